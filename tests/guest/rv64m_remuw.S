/* remuw: unsigned 32-bit remainder, sign-extended; upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, remuw, 0x2, 0x14, 0x6
    TEST_RR 2, remuw, 0x2, 0xffffffffffffffec, 0x6
    TEST_RR 3, remuw, 0x2, 0xdeadbeef00000014, 0x1234567800000006
    TEST_RR 4, remuw, 0x1, 0xffffffff, 0x2
    TEST_RR 5, remuw, 0x5, 0x80000005, 0x80000000
    TEST_RR 6, remuw, 0x0, 0xffffffff, 0xffffffff
    TEST_RR 7, remuw, 0xf, 0xffffffffffffffff, 0x1234567800000010
    TEST_RR 8, remuw, 0x2, 0xfffffff6, 0x4
    TEST_RR_D1 9, remuw, 0x4, 0xdeadbeeffffff001, 0x7
    TEST_RR_D2 10, remuw, 0x4, 0xdeadbeeffffff001, 0x7
    TEST_RR_DD 11, remuw, 0x0, 0xdeadbeeffffff001
    TEST_RR_Z1 12, remuw, 0x0, 0x7
    TEST_RR_Z2 13, remuw, 0xfffffffffffff001, 0xdeadbeeffffff001
    PASS
