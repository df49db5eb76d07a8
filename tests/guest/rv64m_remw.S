/* remw: signed 32-bit remainder, sign-extended; upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, remw, 0x2, 0x14, 0x6
    TEST_RR 2, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0x6
    TEST_RR 3, remw, 0x2, 0x14, 0xfffffffffffffffa
    TEST_RR 4, remw, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa
    TEST_RR 5, remw, 0x2, 0xdeadbeef00000014, 0x1234567800000006
    TEST_RR 6, remw, 0xfffffffffffffffe, 0x80000000, 0x3
    TEST_RR 7, remw, 0xffffffffffffffff, 0xffffffff, 0x2
    TEST_RR 8, remw, 0x0, 0x7fffffff, 0xffffffff
    TEST_RR 9, remw, 0xfffffffffffffffe, 0xfffffff6, 0x4
    TEST_RR_D1 10, remw, 0x0, 0xdeadbeeffffff001, 0x7
    TEST_RR_D2 11, remw, 0x0, 0xdeadbeeffffff001, 0x7
    TEST_RR_DD 12, remw, 0x0, 0xdeadbeeffffff001
    TEST_RR_Z1 13, remw, 0x0, 0x7
    TEST_RR_Z2 14, remw, 0xfffffffffffff001, 0xdeadbeeffffff001
    PASS
