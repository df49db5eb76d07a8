/* and/or/xor on full 64-bit patterns */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, and, 0x0, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 2, and, 0xdeadbeefcafebabe, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR 3, and, 0xde00be00ca00ba00, 0xdeadbeefcafebabe, 0xff00ff00ff00ff00
    TEST_RR 4, and, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR_D1 5, and, 0x21046788aa88ae, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 6, and, 0x21046788aa88ae, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 7, and, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR_Z1 8, and, 0x0, 0x123456789abcdef
    TEST_RR_Z2 9, and, 0x0, 0xdeadbeefcafebabe
    TEST_RR 10, or, 0xffffffffffffffff, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 11, or, 0xdeadbeefcafebabe, 0x0, 0xdeadbeefcafebabe
    TEST_RR 12, or, 0x8000000000000001, 0x8000000000000000, 0x1
    TEST_RR 13, or, 0xffffffffffffffff, 0xf0f0f0f0f0f0f0f0, 0xf0f0f0f0f0f0f0f
    TEST_RR_D1 14, or, 0xdfafffefcbffffff, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 15, or, 0xdfafffefcbffffff, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 16, or, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR_Z1 17, or, 0x123456789abcdef, 0x123456789abcdef
    TEST_RR_Z2 18, or, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR 19, xor, 0xffffffffffffffff, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 20, xor, 0x2152411035014541, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR 21, xor, 0x0, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR 22, xor, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR_D1 23, xor, 0xdf8efb8843557751, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 24, xor, 0xdf8efb8843557751, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 25, xor, 0x0, 0xdeadbeefcafebabe
    TEST_RR_Z1 26, xor, 0x123456789abcdef, 0x123456789abcdef
    TEST_RR_Z2 27, xor, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    PASS
