/* sltu: unsigned compare; -1 is the largest value */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, sltu, 0x1, 0x0, 0x1
    TEST_RR 2, sltu, 0x0, 0x1, 0x0
    TEST_RR 3, sltu, 0x0, 0xffffffffffffffff, 0x0
    TEST_RR 4, sltu, 0x1, 0x0, 0xffffffffffffffff
    TEST_RR 5, sltu, 0x0, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR 6, sltu, 0x1, 0x7fffffffffffffff, 0x8000000000000000
    TEST_RR 7, sltu, 0x0, 0x8000000000000000, 0x8000000000000000
    TEST_RR 8, sltu, 0x0, 0xffffffffffffffff, 0x1
    TEST_RR 9, sltu, 0x1, 0x80000000, 0xffffffff
    TEST_RR 10, sltu, 0x1, 0xffffffff, 0x100000000
    TEST_RR 11, sltu, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 12, sltu, 0x1, 0x7fffffffffffffff, 0xffffffffffffffff
    TEST_RR_D1 13, sltu, 0x1, 0x1, 0xffffffffffffffff
    TEST_RR_D2 14, sltu, 0x1, 0x1, 0xffffffffffffffff
    TEST_RR_DD 15, sltu, 0x0, 0x1
    TEST_RR_Z1 16, sltu, 0x1, 0xffffffffffffffff
    TEST_RR_Z2 17, sltu, 0x0, 0x1
    PASS
