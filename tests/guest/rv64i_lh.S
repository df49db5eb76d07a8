/* lh: halfword, sign-extended from bit 15; little-endian byte order. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    lh a0, 0(a1)
    CHECK_IMM a0, 0xffffffffffff8000, 1
    lh a0, 2(a1)
    CHECK_IMM a0, 0x7fff, 2
    lh a0, 4(a1)
    CHECK_IMM a0, 0xffffffffffffffff, 3
    lh a0, 6(a1)
    CHECK_IMM a0, 0x0080, 4
    lh a0, 8(a1)
    CHECK_IMM a0, 0x2211, 5
    lh a0, 14(a1)
    CHECK_IMM a0, 0xffffffffffff8877, 6
    addi a2, a1, 16
    lh a0, -10(a2)
    CHECK_IMM a0, 0x0080, 7
    addi a2, a1, -2046
    lh a0, 2046(a2)
    CHECK_IMM a0, 0xffffffffffff8000, 8
    mv a2, a1
    lh a2, 2(a2)
    CHECK_IMM a2, 0x7fff, 9
    PASS
    .data
    .align 3
d:  .half 0x8000, 0x7fff, 0xffff, 0x0080
    .dword 0x8877665544332211
