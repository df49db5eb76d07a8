/* A handler that advances mepc by 4 and executes mret resumes right after
 * the trapping instruction, with every register the handler did not touch
 * intact, and execution continues normally (including a second trap). */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li a0, 10
    li a1, 20
    add a2, a0, a1
    ecall
    add a3, a2, a1          /* 50 */
    addi a3, a3, 1
    CHECK_IMM s0, 1, 1
    CHECK_IMM a3, 51, 2
    CHECK_IMM a0, 10, 3
    li a0, 7
    ecall
    addi a0, a0, 1
    CHECK_IMM s0, 2, 4
    CHECK_IMM a0, 8, 5
    CHECK_IMM a1, 20, 6
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret
    FAIL 7
