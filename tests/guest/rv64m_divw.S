/* divw: signed 32-bit division, sign-extended; upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, divw, 0x3, 0x14, 0x6
    TEST_RR 2, divw, 0xfffffffffffffffd, 0xffffffffffffffec, 0x6
    TEST_RR 3, divw, 0xfffffffffffffffd, 0x14, 0xfffffffffffffffa
    TEST_RR 4, divw, 0x3, 0xffffffffffffffec, 0xfffffffffffffffa
    TEST_RR 5, divw, 0x3, 0xdeadbeef00000014, 0x1234567800000006
    TEST_RR 6, divw, 0xffffffffc0000000, 0x80000000, 0x2
    TEST_RR 7, divw, 0x0, 0xffffffff, 0x2
    TEST_RR 8, divw, 0xffffffff80000001, 0x7fffffff, 0xffffffff
    TEST_RR 9, divw, 0x7fffffff, 0xdeadbeef7fffffff, 0x1
    TEST_RR 10, divw, 0xfffffffffffffffe, 0xfffffff6, 0x4
    TEST_RR_D1 11, divw, 0xfffffffffffffdb7, 0xdeadbeeffffff000, 0x7
    TEST_RR_D2 12, divw, 0xfffffffffffffdb7, 0xdeadbeeffffff000, 0x7
    TEST_RR_DD 13, divw, 0x1, 0xdeadbeeffffff000
    TEST_RR_Z1 14, divw, 0x0, 0x7
    TEST_RR_Z2 15, divw, 0xffffffffffffffff, 0xdeadbeeffffff000
    PASS
