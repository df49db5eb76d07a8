/* ld: doubleword, little-endian. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    ld a0, 0(a1)
    CHECK_IMM a0, 0x8877665544332211, 1
    ld a0, 8(a1)
    CHECK_IMM a0, 0x8000000000000000, 2
    ld a0, 16(a1)
    CHECK_IMM a0, 0xffffffffffffffff, 3
    ld a0, 24(a1)
    CHECK_IMM a0, 0x00000000ffffffff, 4
    addi a2, a1, 32
    ld a0, -32(a2)
    CHECK_IMM a0, 0x8877665544332211, 5
    addi a2, a1, -2040
    ld a0, 2040(a2)
    CHECK_IMM a0, 0x8877665544332211, 6
    li a3, 2048
    add a2, a1, a3
    ld a0, -2040(a2)
    CHECK_IMM a0, 0x8000000000000000, 7
    mv a2, a1
    ld a2, 16(a2)
    CHECK_IMM a2, 0xffffffffffffffff, 8
    /* a pointer chain: each load's result is the next load's base */
    la a2, chain
    ld a2, 0(a2)
    ld a2, 0(a2)
    ld a2, 8(a2)
    CHECK_IMM a2, 0x0123456789abcdef, 9
    PASS
    .data
    .align 3
d:  .dword 0x8877665544332211, 0x8000000000000000, 0xffffffffffffffff
    .dword 0x00000000ffffffff
chain: .dword c1
c1: .dword c2
c2: .dword 0, 0x0123456789abcdef
