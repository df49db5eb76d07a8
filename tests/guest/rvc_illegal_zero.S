/* The all-zero half-word is illegal (mcause 2) with mtval 0 and mepc = its
 * address, mid-block and at the start of a block; it is 16 bits long, so
 * the instruction right after it (mepc + 2) runs after the return. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li s1, 0
    li a0, -1
    csrw mtval, a0
    c.li a1, 5
z1: .half 0
    c.addi s1, 1
    j 1f
1:
z2: .half 0
    c.addi s1, 2
    CHECK_IMM s0, 2, 1
    CHECK_IMM s1, 3, 2
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 3
    csrr t1, mtval
    CHECK_IMM t1, 0, 4
    li t1, -1
    csrw mtval, t1
    csrr t0, mepc
    li t2, 1
    la t3, z1
    beq s0, t2, 1f
    la t3, z2
1:  CHECK_EQ t0, t3, 5
    addi t0, t0, 2
    csrw mepc, t0
    mret
