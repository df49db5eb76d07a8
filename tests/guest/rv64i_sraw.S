/* sraw: 32-bit arithmetic shift, sign-extended; only rs2[4:0] is used */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, sraw, 0xffffffff87654321, 0xdeadbeef87654321, 0x0
    TEST_RR 2, sraw, 0xffffffffc3b2a190, 0xdeadbeef87654321, 0x1
    TEST_RR 3, sraw, 0xffffffffffffffff, 0xdeadbeef87654321, 0x1f
    TEST_RR 4, sraw, 0xffffffff87654321, 0x87654321, 0x20
    TEST_RR 5, sraw, 0xffffffffc3b2a190, 0x87654321, 0x21
    TEST_RR 6, sraw, 0xffffffffffffffff, 0x87654321, 0x3f
    TEST_RR 7, sraw, 0xffffffffffffffff, 0x87654321, 0xffffffffffffffff
    TEST_RR 8, sraw, 0xffffffff87654321, 0x87654321, 0x12345678abcdefe0
    TEST_RR 9, sraw, 0x1, 0xdeadbeef7fffffff, 0x1e
    TEST_RR 10, sraw, 0xffffffffffffffff, 0x80000000, 0x1f
    TEST_RR_D1 11, sraw, 0xfffffffff8000000, 0xdeadbeef80000000, 0x4
    TEST_RR_D2 12, sraw, 0xfffffffff8000000, 0xdeadbeef80000000, 0x4
    TEST_RR_DD 13, sraw, 0xffffffff80000000, 0xdeadbeef80000000
    TEST_RR_Z1 14, sraw, 0x0, 0x4
    TEST_RR_Z2 15, sraw, 0xffffffff80000000, 0xdeadbeef80000000
    PASS
