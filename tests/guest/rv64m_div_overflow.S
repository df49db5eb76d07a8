/* signed overflow: INT64_MIN / -1 = INT64_MIN, remainder 0, no trap */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 2, rem, 0x0, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR_D1 3, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR_D2 4, div, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR_D1 5, rem, 0x0, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR_D2 6, rem, 0x0, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 7, divu, 0x0, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 8, remu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 9, div, 0x7fffffffffffffff, 0x8000000000000001, 0xffffffffffffffff
    TEST_RR 10, div, 0x8000000000000000, 0x8000000000000000, 0x1
    TEST_RR 11, rem, 0x0, 0x8000000000000001, 0xffffffffffffffff
    PASS
