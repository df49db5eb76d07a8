/* A trap between lr and sc (here an ecall, whose handler returns with
 * mret) drops the reservation: sc fails, rd = 1, memory unchanged. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s5, 0
    la a1, mem
    li t0, 0x1111
    sw t0, 0(a1)
    li a2, 0x3333
    lr.w a0, (a1)
    ecall
    sc.w a3, a2, (a1)
    CHECK_IMM s5, 1, 1
    CHECK_IMM s2, 11, 2
    CHECK_IMM a3, 1, 3
    lw t0, 0(a1)
    CHECK_IMM t0, 0x1111, 4
    PASS

    .align 2
/* Records the trap (s2 = mcause, s3 = mepc, s4 = mtval, s5 counts) and
 * skips the instruction. */
handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi s5, s5, 1
    addi t0, s3, 4
    csrw mepc, t0
    mret

    .data
    .balign 16
mem: .dword 0, 0
