/* Accessing a CSR number the hart does not implement (here two addresses
 * in the custom M-mode ranges, 0x7c0 and 0xbc0) is an illegal instruction:
 * mcause 2, mtval = the instruction bits, rd not written. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li a0, 0x77
i1: csrr a0, 0x7c0
    CHECK_IMM a0, 0x77, 1
i2: csrw 0xbc0, a0
    CHECK_IMM s0, 2, 2
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 3
    csrr t0, mepc
    csrr t1, mtval
    li t2, 1
    bne s0, t2, 1f
    la t3, i1
    CHECK_EQ t0, t3, 4
    CHECK_IMM t1, 0x7c002573, 5
    j 2f
1:  la t3, i2
    CHECK_EQ t0, t3, 6
    CHECK_IMM t1, 0xbc051073, 7
2:  addi t0, t0, 4
    csrw mepc, t0
    mret
