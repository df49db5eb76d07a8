/* Loads into x0 discard the value, but still access memory: a load into x0
 * from an unmapped address still takes the access fault. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    la a1, d
    ld x0, 0(a1)
    mv a0, x0
    CHECK_IMM a0, 0, 1
    lw x0, 0(a1)
    lwu x0, 0(a1)
    lh x0, 0(a1)
    lhu x0, 0(a1)
    lb x0, 0(a1)
    lbu x0, 0(a1)
    add a0, x0, x0
    CHECK_IMM a0, 0, 2
    bnez x0, 1f
    li s0, 0
    li a2, 0
2:  lw x0, 8(a2)
    FAIL 3
1:  FAIL 4

    .align 2
handler:
    csrr a0, mcause
    CHECK_IMM a0, 5, 5
    csrr a0, mepc
    la a3, 2b
    CHECK_EQ a0, a3, 6
    csrr a0, mtval
    CHECK_IMM a0, 8, 7
    PASS
    .data
    .align 3
d:  .dword 0xffffffffffffffff
