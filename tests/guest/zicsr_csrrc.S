/* csrrc on mscratch: returns the old value and clears the bits of rs1. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a1, -1
    csrw mscratch, a1
    li a2, 0x8000000000000001
    csrrc a0, mscratch, a2
    CHECK_IMM a0, 0xffffffffffffffff, 1
    csrr a0, mscratch
    CHECK_IMM a0, 0x7ffffffffffffffe, 2
    li a2, 0x00000000ffff0000
    csrrc a0, mscratch, a2
    CHECK_IMM a0, 0x7ffffffffffffffe, 3
    csrr a0, mscratch
    CHECK_IMM a0, 0x7fffffff0000fffe, 4
    li a1, 0x7fffffff00000000
    csrrc a1, mscratch, a1
    CHECK_IMM a1, 0x7fffffff0000fffe, 5
    csrr a0, mscratch
    CHECK_IMM a0, 0x000000000000fffe, 6
    csrrc a0, mscratch, x0
    CHECK_IMM a0, 0x000000000000fffe, 7
    csrr a0, mscratch
    CHECK_IMM a0, 0x000000000000fffe, 8
    PASS
