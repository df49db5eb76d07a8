/* slti: signed compare with a sign-extended immediate */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, slti, 0x1, 0x0, 1
    TEST_RI 2, slti, 0x0, 0x1, 0
    TEST_RI 3, slti, 0x1, 0xffffffffffffffff, 0
    TEST_RI 4, slti, 0x0, 0x0, -1
    TEST_RI 5, slti, 0x0, 0xffffffffffffffff, -1
    TEST_RI 6, slti, 0x1, 0x8000000000000000, -2048
    TEST_RI 7, slti, 0x0, 0x7fffffffffffffff, 2047
    TEST_RI 8, slti, 0x1, 0xfffffffffffff7ff, -2048
    TEST_RI 9, slti, 0x0, 0xfffffffffffff800, -2048
    TEST_RI 10, slti, 0x0, 0xffffffff, -1
    TEST_RI 11, slti, 0x1, 0x7fe, 2047
    TEST_RI_D 12, slti, 0x1, 0xffffffffffffffff, 0
    TEST_RI_Z 13, slti, 0x0, 0
    PASS
