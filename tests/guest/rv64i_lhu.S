/* lhu: halfword, zero-extended. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    lhu a0, 0(a1)
    CHECK_IMM a0, 0x8000, 1
    lhu a0, 2(a1)
    CHECK_IMM a0, 0x7fff, 2
    lhu a0, 4(a1)
    CHECK_IMM a0, 0xffff, 3
    lhu a0, 14(a1)
    CHECK_IMM a0, 0x8877, 4
    addi a2, a1, 16
    lhu a0, -12(a2)
    CHECK_IMM a0, 0xffff, 5
    mv a2, a1
    lhu a2, 0(a2)
    CHECK_IMM a2, 0x8000, 6
    PASS
    .data
    .align 3
d:  .half 0x8000, 0x7fff, 0xffff, 0x0080
    .dword 0x8877665544332211
