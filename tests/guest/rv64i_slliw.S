/* slliw: 32-bit shift by 0..31, sign-extended */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, slliw, 0x12345679, 0xdeadbeef12345679, 0
    TEST_RI 2, slliw, 0x2468acf2, 0xdeadbeef12345679, 1
    TEST_RI 3, slliw, 0xffffffff80000000, 0xdeadbeef12345679, 31
    TEST_RI 4, slliw, 0xffffffff80000000, 0x1, 31
    TEST_RI 5, slliw, 0xffffffff80000000, 0x3, 31
    TEST_RI 6, slliw, 0xfffffffffffffffe, 0x7fffffff, 1
    TEST_RI 7, slliw, 0xffffffff80000000, 0x80000000, 0
    TEST_RI 8, slliw, 0xffffffffffff0000, 0xffffffff, 16
    TEST_RI_D 9, slliw, 0x10000000, 0xdeadbeef00000081, 28
    TEST_RI_Z 10, slliw, 0x0, 28
    PASS
