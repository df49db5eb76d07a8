/* lw: word, sign-extended from bit 31. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    lw a0, 0(a1)
    CHECK_IMM a0, 0xffffffff80000000, 1
    lw a0, 4(a1)
    CHECK_IMM a0, 0x7fffffff, 2
    lw a0, 8(a1)
    CHECK_IMM a0, 0xffffffffffffffff, 3
    lw a0, 12(a1)
    CHECK_IMM a0, 0x00008000, 4
    lw a0, 16(a1)
    CHECK_IMM a0, 0x44332211, 5
    lw a0, 20(a1)
    CHECK_IMM a0, 0xffffffff88776655, 6
    addi a2, a1, 24
    lw a0, -16(a2)
    CHECK_IMM a0, 0xffffffffffffffff, 7
    addi a2, a1, -2044
    lw a0, 2044(a2)
    CHECK_IMM a0, 0xffffffff80000000, 8
    mv a2, a1
    lw a2, 4(a2)
    CHECK_IMM a2, 0x7fffffff, 9
    PASS
    .data
    .align 3
d:  .word 0x80000000, 0x7fffffff, 0xffffffff, 0x00008000
    .dword 0x8877665544332211
