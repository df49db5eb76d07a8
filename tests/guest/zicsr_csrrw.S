/* csrrw on mscratch: returns the old value, writes all 64 bits; rd = rs1
 * swaps. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a1, 0x8000000000000001
    csrw mscratch, a1
    li a2, 0x0123456789abcdef
    csrrw a0, mscratch, a2
    CHECK_IMM a0, 0x8000000000000001, 1
    csrr a0, mscratch
    CHECK_IMM a0, 0x0123456789abcdef, 2
    li a1, -1
    csrrw a0, mscratch, a1
    CHECK_IMM a0, 0x0123456789abcdef, 3
    csrr a0, mscratch
    CHECK_IMM a0, 0xffffffffffffffff, 4
    li a1, 0x55
    csrrw a1, mscratch, a1
    CHECK_IMM a1, 0xffffffffffffffff, 5
    csrrw a0, mscratch, zero
    CHECK_IMM a0, 0x55, 6
    csrr a0, mscratch
    CHECK_IMM a0, 0, 7
    PASS
