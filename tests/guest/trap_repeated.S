/* 10000 ecalls from a loop, each handled and resumed: the trap path works
 * again and again from the same, hot, code. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li s1, 0
    li s2, 10000
1:  addi s1, s1, 3
    ecall
    addi s1, s1, -1
    addi s2, s2, -1
    bnez s2, 1b
    li t0, 10000
    CHECK_EQ s0, t0, 1
    li t0, 20000
    CHECK_EQ s1, t0, 2
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret
