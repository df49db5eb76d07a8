/* mulhu: high 64 bits of unsigned x unsigned */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, mulhu, 0x0, 0x3, 0x7
    TEST_RR 2, mulhu, 0xfffffffffffffffe, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 3, mulhu, 0x0, 0xffffffffffffffff, 0x1
    TEST_RR 4, mulhu, 0x4000000000000000, 0x8000000000000000, 0x8000000000000000
    TEST_RR 5, mulhu, 0x1, 0x8000000000000000, 0x2
    TEST_RR 6, mulhu, 0x3fffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR 7, mulhu, 0x121fa00ad77d742, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 8, mulhu, 0xddb06310dc4c1a9f, 0xdeadbeefcafebabe, 0xfedcba9876543210
    TEST_RR 9, mulhu, 0x1, 0x100000000, 0x100000000
    TEST_RR_D1 10, mulhu, 0xfd5bdeeeb2a01d, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 11, mulhu, 0xfd5bdeeeb2a01d, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 12, mulhu, 0xc1b1cd138292fa18, 0xdeadbeefcafebabe
    TEST_RR_Z1 13, mulhu, 0x0, 0x123456789abcdef
    TEST_RR_Z2 14, mulhu, 0x0, 0xdeadbeefcafebabe
    PASS
