/* lbu: one byte, zero-extended. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    lbu a0, 0(a1)
    CHECK_IMM a0, 0x80, 1
    lbu a0, 1(a1)
    CHECK_IMM a0, 0x7f, 2
    lbu a0, 2(a1)
    CHECK_IMM a0, 0xff, 3
    lbu a0, 3(a1)
    CHECK_IMM a0, 0, 4
    addi a2, a1, 8
    lbu a0, -3(a2)
    CHECK_IMM a0, 0xe5, 5
    addi a2, a1, -2045
    lbu a0, 2047(a2)
    CHECK_IMM a0, 0xff, 6
    lbu a0, 15(a1)
    CHECK_IMM a0, 0x88, 7
    mv a2, a1
    lbu a2, 2(a2)
    CHECK_IMM a2, 0xff, 8
    PASS
    .data
    .align 3
d:  .byte 0x80, 0x7f, 0xff, 0x00, 0x01, 0xe5, 0x42, 0x99
    .dword 0x8877665544332211
