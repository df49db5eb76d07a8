/* divuw: unsigned 32-bit division, sign-extended; upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, divuw, 0x3, 0x14, 0x6
    TEST_RR 2, divuw, 0x2aaaaaa7, 0xffffffffffffffec, 0x6
    TEST_RR 3, divuw, 0x3, 0xdeadbeef00000014, 0x1234567800000006
    TEST_RR 4, divuw, 0xffffffffffffffff, 0xffffffff, 0x1
    TEST_RR 5, divuw, 0x7fffffff, 0xffffffff, 0x2
    TEST_RR 6, divuw, 0xffffffff80000000, 0x80000000, 0x1
    TEST_RR 7, divuw, 0x1, 0xffffffff, 0xffffffff
    TEST_RR 8, divuw, 0xffffffffffffffff, 0xffffffffffffffff, 0x1234567800000001
    TEST_RR 9, divuw, 0x3ffffffd, 0xfffffff6, 0x4
    TEST_RR_D1 10, divuw, 0x249246db, 0xdeadbeeffffff000, 0x7
    TEST_RR_D2 11, divuw, 0x249246db, 0xdeadbeeffffff000, 0x7
    TEST_RR_DD 12, divuw, 0x1, 0xdeadbeeffffff000
    TEST_RR_Z1 13, divuw, 0x0, 0x7
    TEST_RR_Z2 14, divuw, 0xffffffffffffffff, 0xdeadbeeffffff000
    PASS
