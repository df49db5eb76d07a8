/* mulh: high 64 bits of signed x signed */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, mulh, 0x0, 0x3, 0x7
    TEST_RR 2, mulh, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 3, mulh, 0xffffffffffffffff, 0xffffffffffffffff, 0x5
    TEST_RR 4, mulh, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
    TEST_RR 5, mulh, 0x0, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 6, mulh, 0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR 7, mulh, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR 8, mulh, 0xfffeb49923cc0953, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 9, mulh, 0x25e9889af92dd1, 0xdeadbeefcafebabe, 0xfedcba9876543210
    TEST_RR 10, mulh, 0x1, 0x100000000, 0x100000000
    TEST_RR 11, mulh, 0xffffffffffffffff, 0x5, 0xffffffffffffffff
    TEST_RR_D1 12, mulh, 0xffda16776506d22e, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 13, mulh, 0xffda16776506d22e, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 14, mulh, 0x4564f33ec95849c, 0xdeadbeefcafebabe
    TEST_RR_Z1 15, mulh, 0x0, 0x123456789abcdef
    TEST_RR_Z2 16, mulh, 0x0, 0xdeadbeefcafebabe
    PASS
