/* The all-zero word is illegal (mcause 2), mtval 0 (the instruction bits,
 * which are 0), both mid-block and as the first word of a block. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li a0, -1
    csrw mtval, a0
    addi a1, zero, 5
z1: .word 0
    j 1f
1:
z2: .word 0
    li t0, 2
    CHECK_EQ s0, t0, 1
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 2
    csrr t1, mtval
    CHECK_IMM t1, 0, 3
    li t1, -1
    csrw mtval, t1
    csrr t0, mepc
    li t2, 1
    la t3, z1
    beq s0, t2, 1f
    la t3, z2
1:  CHECK_EQ t0, t3, 4
    addi t0, t0, 4
    csrw mepc, t0
    mret
