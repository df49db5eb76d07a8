/* sh: stores the low halfword of rs2, little-endian, nothing else. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, buf
    li a2, 0xdeadbeefcafe8001
    sh a2, 2(a1)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x1111111180011111, 1
    ld a0, 8(a1)
    CHECK_IMM a0, 0x1111111111111111, 2
    addi a3, a1, 16
    li a2, 0x12345
    sh a2, -2(a3)
    ld a0, 8(a1)
    CHECK_IMM a0, 0x2345111111111111, 3
    ld a0, 16(a1)
    CHECK_IMM a0, 0x1111111111111111, 4
    sh zero, 0(a1)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x1111111180010000, 5
    lh a0, 2(a1)
    CHECK_IMM a0, 0xffffffffffff8001, 6
    addi a3, a1, -2040
    li a2, -1
    sh a2, 2046(a3)
    ld a0, 0(a1)
    CHECK_IMM a0, 0xffff111180010000, 7
    PASS
    .data
    .align 3
buf: .dword 0x1111111111111111, 0x1111111111111111, 0x1111111111111111
