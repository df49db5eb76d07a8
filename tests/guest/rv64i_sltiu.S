/* sltiu: unsigned compare, immediate sign-extended first (so -1 is 2^64-1) */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, sltiu, 0x1, 0x0, 1
    TEST_RI 2, sltiu, 0x0, 0x1, 1
    TEST_RI 3, sltiu, 0x0, 0x5, 1
    TEST_RI 4, sltiu, 0x1, 0x0, -1
    TEST_RI 5, sltiu, 0x1, 0xfffffffffffffffe, -1
    TEST_RI 6, sltiu, 0x0, 0xffffffffffffffff, -1
    TEST_RI 7, sltiu, 0x1, 0x7fffffffffffffff, -2048
    TEST_RI 8, sltiu, 0x1, 0x8000000000000000, -2048
    TEST_RI 9, sltiu, 0x0, 0xffffffff, 2047
    TEST_RI 10, sltiu, 0x1, 0x7fe, 2047
    TEST_RI 11, sltiu, 0x0, 0xfffffffffffff800, -2048
    TEST_RI_D 12, sltiu, 0x1, 0x0, 1
    TEST_RI_Z 13, sltiu, 0x1, 1
    PASS
