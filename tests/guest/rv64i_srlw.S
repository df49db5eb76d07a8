/* srlw: 32-bit logical shift, sign-extended; only rs2[4:0] is used */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, srlw, 0xffffffff87654321, 0xdeadbeef87654321, 0x0
    TEST_RR 2, srlw, 0x43b2a190, 0xdeadbeef87654321, 0x1
    TEST_RR 3, srlw, 0x1, 0xdeadbeef87654321, 0x1f
    TEST_RR 4, srlw, 0xffffffff87654321, 0x87654321, 0x20
    TEST_RR 5, srlw, 0x43b2a190, 0x87654321, 0x21
    TEST_RR 6, srlw, 0x1, 0x87654321, 0x3f
    TEST_RR 7, srlw, 0x1, 0x87654321, 0xffffffffffffffff
    TEST_RR 8, srlw, 0xffffffff87654321, 0x87654321, 0x12345678abcdefe0
    TEST_RR 9, srlw, 0xffffffff80000000, 0x80000000, 0x0
    TEST_RR 10, srlw, 0x7fffffff, 0xffffffffffffffff, 0x1
    TEST_RR_D1 11, srlw, 0x8000000, 0xdeadbeef80000000, 0x4
    TEST_RR_D2 12, srlw, 0x8000000, 0xdeadbeef80000000, 0x4
    TEST_RR_DD 13, srlw, 0xffffffff80000000, 0xdeadbeef80000000
    TEST_RR_Z1 14, srlw, 0x0, 0x4
    TEST_RR_Z2 15, srlw, 0xffffffff80000000, 0xdeadbeef80000000
    PASS
