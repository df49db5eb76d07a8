/* A 32-bit instruction at the last 2 bytes of RAM whose second half lies
 * beyond it is never executed when a conditional branch before it, in the
 * same block, is taken: no fault is raised. (Fetching its second half while
 * translating that block would fault.) */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
    .option arch, +zifencei

/* Writes the half-words at [src, src_end) to [dst, ...), then fence.i. */
.macro COPY src, src_end, dst
    la t0, \src
    la t1, \src_end
    li t2, \dst
1:  lhu t3, 0(t0)
    sh t3, 0(t2)
    addi t0, t0, 2
    addi t2, t2, 2
    bltu t0, t1, 1b
    fence.i
.endm

_start:
    la t0, handler
    csrw mtvec, t0
    li a0, 0
    li a1, 0
    COPY code, code_end, 0x87ffffe0
    li t0, 0x87fffff0
    jalr t0
    CHECK_IMM a0, 1, 1
    CHECK_IMM a1, 2, 2
    /* and again, the block now translated */
    li a0, 0
    li t0, 0x87fffff0
    jalr t0
    CHECK_IMM a0, 1, 3
    PASS

    .align 2
handler:
    FAIL 4

    .align 2
code:                       /* runs at 0x87ffffe0 */
    c.jr ra
    .skip 14
    c.li a0, 1              /* 0x87fffff0 */
    c.li a1, 2
    c.bnez a0, code         /* taken */
    c.nop
    c.nop
    c.nop
    c.nop
    .half 0x0513            /* first half of a 32-bit instruction */
code_end:
