/* sd: stores all 64 bits, little-endian. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, buf
    li a2, 0x8877665544332211
    sd a2, 8(a1)
    ld a0, 8(a1)
    CHECK_EQ a0, a2, 1
    ld a0, 0(a1)
    CHECK_IMM a0, 0x1111111111111111, 2
    ld a0, 16(a1)
    CHECK_IMM a0, 0x1111111111111111, 3
    lbu a0, 8(a1)
    CHECK_IMM a0, 0x11, 4
    lbu a0, 15(a1)
    CHECK_IMM a0, 0x88, 5
    lwu a0, 12(a1)
    CHECK_IMM a0, 0x88776655, 6
    addi a3, a1, 24
    li a2, 0x8000000000000000
    sd a2, -24(a3)
    ld a0, 0(a1)
    CHECK_EQ a0, a2, 7
    addi a3, a1, -2024
    sd zero, 2040(a3)
    ld a0, 16(a1)
    CHECK_IMM a0, 0, 8
    /* store-then-load of the base register itself */
    sd a1, 0(a1)
    ld a0, 0(a1)
    CHECK_EQ a0, a1, 9
    PASS
    .data
    .align 3
buf: .dword 0x1111111111111111, 0x1111111111111111, 0x1111111111111111
