/* mret jumps to whatever mepc holds: a handler can resume elsewhere, and
 * mret with a hand-written mepc (no trap before it) works too. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    ecall
    FAIL 1
resume:
    CHECK_IMM s0, 1, 2
    la t0, there
    csrw mepc, t0
    /* stay in M-mode after mret */
    li t0, 3 << 11
    csrs mstatus, t0
    mret
    FAIL 3
there:
    csrr a0, mepc
    la t0, there
    CHECK_EQ a0, t0, 4
    PASS

    .align 2
handler:
    li s0, 1
    la t0, resume
    csrw mepc, t0
    mret
