/* slt: signed compare with the 64-bit extremes */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, slt, 0x1, 0x0, 0x1
    TEST_RR 2, slt, 0x0, 0x1, 0x0
    TEST_RR 3, slt, 0x1, 0xffffffffffffffff, 0x0
    TEST_RR 4, slt, 0x0, 0x0, 0xffffffffffffffff
    TEST_RR 5, slt, 0x1, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR 6, slt, 0x0, 0x7fffffffffffffff, 0x8000000000000000
    TEST_RR 7, slt, 0x0, 0x8000000000000000, 0x8000000000000000
    TEST_RR 8, slt, 0x1, 0xffffffffffffffff, 0x1
    TEST_RR 9, slt, 0x1, 0x80000000, 0xffffffff
    TEST_RR 10, slt, 0x0, 0xffffffff, 0x80000000
    TEST_RR 11, slt, 0x1, 0x8000000000000000, 0x0
    TEST_RR 12, slt, 0x0, 0x0, 0x8000000000000000
    TEST_RR 13, slt, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 14, slt, 0x0, 0x7fffffffffffffff, 0xffffffffffffffff
    TEST_RR_D1 15, slt, 0x1, 0xffffffffffffffff, 0x1
    TEST_RR_D2 16, slt, 0x1, 0xffffffffffffffff, 0x1
    TEST_RR_DD 17, slt, 0x0, 0xffffffffffffffff
    TEST_RR_Z1 18, slt, 0x1, 0x1
    TEST_RR_Z2 19, slt, 0x1, 0xffffffffffffffff
    PASS
