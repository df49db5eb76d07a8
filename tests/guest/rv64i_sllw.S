/* sllw: 32-bit shift, sign-extended; only rs2[4:0] is used */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, sllw, 0x12345679, 0xdeadbeef12345679, 0x0
    TEST_RR 2, sllw, 0x2468acf2, 0xdeadbeef12345679, 0x1
    TEST_RR 3, sllw, 0xffffffff80000000, 0xdeadbeef12345679, 0x1f
    TEST_RR 4, sllw, 0x12345679, 0x12345679, 0x20
    TEST_RR 5, sllw, 0x2468acf2, 0x12345679, 0x21
    TEST_RR 6, sllw, 0xffffffff80000000, 0x12345679, 0x3f
    TEST_RR 7, sllw, 0xffffffff80000000, 0x12345679, 0xffffffffffffffff
    TEST_RR 8, sllw, 0x12345679, 0x12345679, 0x12345678abcdefe0
    TEST_RR 9, sllw, 0xffffffff80000000, 0x1, 0x1f
    TEST_RR 10, sllw, 0xffffffff80000000, 0x3, 0x1f
    TEST_RR 11, sllw, 0xfffffffffffffffe, 0x7fffffff, 0x1
    TEST_RR_D1 12, sllw, 0x810, 0xdeadbeef00000081, 0x4
    TEST_RR_D2 13, sllw, 0x810, 0xdeadbeef00000081, 0x4
    TEST_RR_DD 14, sllw, 0x102, 0xdeadbeef00000081
    TEST_RR_Z1 15, sllw, 0x0, 0x4
    TEST_RR_Z2 16, sllw, 0x81, 0xdeadbeef00000081
    PASS
