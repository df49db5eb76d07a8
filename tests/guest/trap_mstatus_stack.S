/* Trap entry pushes the interrupt-enable stack: MPIE = old MIE, MIE = 0,
 * MPP = M. mret pops it: MIE = MPIE, MPIE = 1, MPP = the least-privileged
 * mode (U if misa.U, else M). Run once with MIE clear and once with it set;
 * mie = 0 keeps every interrupt source disabled, so MIE = 1 is harmless. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    csrwi mie, 0
    csrr a2, misa
    srli a2, a2, 20         /* U */
    andi a2, a2, 1
    li s3, 3                /* MPP expected after mret */
    beqz a2, 1f
    li s3, 0
1:
    /* round 1: MIE = 0 */
    li t0, 0x88             /* MIE | MPIE */
    csrc mstatus, t0
    li s1, 0                /* expected MPIE inside the handler */
    ecall
    csrr a0, mstatus
    srli a1, a0, 7
    andi a1, a1, 1
    CHECK_IMM a1, 1, 1      /* MPIE = 1 */
    srli a1, a0, 3
    andi a1, a1, 1
    CHECK_IMM a1, 0, 2      /* MIE = 0 */
    srli a1, a0, 11
    andi a1, a1, 3
    CHECK_EQ a1, s3, 3

    /* round 2: MIE = 1 */
    csrsi mstatus, 8
    li s1, 1
    ecall
    csrr a0, mstatus
    srli a1, a0, 7
    andi a1, a1, 1
    CHECK_IMM a1, 1, 4      /* MPIE = 1 */
    srli a1, a0, 3
    andi a1, a1, 1
    CHECK_IMM a1, 1, 5      /* MIE = 1 again */
    srli a1, a0, 11
    andi a1, a1, 3
    CHECK_EQ a1, s3, 6
    csrci mstatus, 8
    PASS

    .align 2
handler:
    csrr a0, mstatus
    srli a1, a0, 11
    andi a1, a1, 3
    CHECK_IMM a1, 3, 7      /* MPP = M */
    srli a1, a0, 7
    andi a1, a1, 1
    CHECK_EQ a1, s1, 8      /* MPIE = MIE before the trap */
    srli a1, a0, 3
    andi a1, a1, 1
    CHECK_IMM a1, 0, 9      /* MIE = 0 */
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret
