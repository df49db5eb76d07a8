/* ecall from M-mode: mcause 11, mepc = the ecall, mtval 0, and the trap
 * enters mtvec (direct mode) with mstatus.MPP = M. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li a0, -1
    csrw mtval, a0
    li s0, 1
e:  ecall
    FAIL 1

    .align 2
handler:
    CHECK_IMM s0, 1, 2
    csrr a0, mcause
    CHECK_IMM a0, 11, 3
    csrr a0, mepc
    la a1, e
    CHECK_EQ a0, a1, 4
    csrr a0, mtval
    CHECK_IMM a0, 0, 5
    csrr a0, mstatus
    srli a0, a0, 11
    andi a0, a0, 3
    CHECK_IMM a0, 3, 6
    PASS
