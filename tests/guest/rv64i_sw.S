/* sw: stores the low word of rs2, little-endian, nothing else. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, buf
    li a2, 0xdeadbeef80000001
    sw a2, 4(a1)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x8000000111111111, 1
    ld a0, 8(a1)
    CHECK_IMM a0, 0x1111111111111111, 2
    addi a3, a1, 16
    li a2, 0x7fffffff
    sw a2, -8(a3)
    ld a0, 8(a1)
    CHECK_IMM a0, 0x111111117fffffff, 3
    ld a0, 16(a1)
    CHECK_IMM a0, 0x1111111111111111, 4
    sw zero, 0(a1)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x8000000100000000, 5
    lw a0, 4(a1)
    CHECK_IMM a0, 0xffffffff80000001, 6
    addi a3, a1, -2028
    li a2, -1
    sw a2, 2044(a3)
    ld a0, 16(a1)
    CHECK_IMM a0, 0x11111111ffffffff, 7
    PASS
    .data
    .align 3
buf: .dword 0x1111111111111111, 0x1111111111111111, 0x1111111111111111
