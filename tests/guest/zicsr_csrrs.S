/* csrrs on mscratch: returns the old value and sets the bits of rs1;
 * rd = rs1 uses the old rs1 as the mask. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a1, 0x00f0000000000f00
    csrw mscratch, a1
    li a2, 0x8000000000000001
    csrrs a0, mscratch, a2
    CHECK_IMM a0, 0x00f0000000000f00, 1
    csrr a0, mscratch
    CHECK_IMM a0, 0x80f0000000000f01, 2
    li a2, 0x0f00
    csrrs a0, mscratch, a2
    CHECK_IMM a0, 0x80f0000000000f01, 3
    csrr a0, mscratch
    CHECK_IMM a0, 0x80f0000000000f01, 4
    li a1, 0x30
    csrrs a1, mscratch, a1
    CHECK_IMM a1, 0x80f0000000000f01, 5
    csrr a0, mscratch
    CHECK_IMM a0, 0x80f0000000000f31, 6
    /* rs1 = x0 only reads */
    csrrs a0, mscratch, x0
    CHECK_IMM a0, 0x80f0000000000f31, 7
    csrr a0, mscratch
    CHECK_IMM a0, 0x80f0000000000f31, 8
    PASS
