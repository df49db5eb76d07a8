/* mulw: low 32 bits of the product, sign-extended; upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, mulw, 0x15, 0x3, 0x7
    TEST_RR 2, mulw, 0x15, 0xdeadbeef00000003, 0x1234567800000007
    TEST_RR 3, mulw, 0xfffffffffffffffe, 0x7fffffff, 0x2
    TEST_RR 4, mulw, 0xffffffff80000000, 0x80000000, 0x1
    TEST_RR 5, mulw, 0x1, 0xffffffff, 0xffffffff
    TEST_RR 6, mulw, 0x0, 0x10000, 0x10000
    TEST_RR 7, mulw, 0xffffffff80000000, 0x10000, 0x8000
    TEST_RR 8, mulw, 0xffffffff80000000, 0x80000000, 0xffffffffffffffff
    TEST_RR 9, mulw, 0x0, 0x100000000, 0x100000000
    TEST_RR 10, mulw, 0xfffffffffffffffb, 0xffffffffffffffff, 0x5
    TEST_RR_D1 11, mulw, 0x79652e6b, 0xdeadbeef00012345, 0xabcdef
    TEST_RR_D2 12, mulw, 0x79652e6b, 0xdeadbeef00012345, 0xabcdef
    TEST_RR_DD 13, mulw, 0x4b65f099, 0xdeadbeef00012345
    TEST_RR_Z1 14, mulw, 0x0, 0xabcdef
    TEST_RR_Z2 15, mulw, 0x0, 0xdeadbeef00012345
    PASS
