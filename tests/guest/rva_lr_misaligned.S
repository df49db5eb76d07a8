/* A misaligned lr raises load address-misaligned (4) with mtval = the
 * address and mepc = the lr; rd keeps its value and no reservation is
 * made (an sc to the aligned word after it fails). */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s5, 0
    la a1, mem
    addi a2, a1, 2
    li a0, 0x77
fault1:
    lr.w a0, (a2)
    CHECK_IMM s5, 1, 1
    CHECK_IMM s2, 4, 2
    la t0, fault1
    CHECK_EQ s3, t0, 3
    CHECK_EQ s4, a2, 4
    CHECK_IMM a0, 0x77, 5
    addi a2, a1, 4
fault2:
    lr.d a0, (a2)
    CHECK_IMM s5, 2, 6
    CHECK_IMM s2, 4, 7
    la t0, fault2
    CHECK_EQ s3, t0, 8
    CHECK_EQ s4, a2, 9
    CHECK_IMM a0, 0x77, 10
    sc.w a3, a0, (a1)
    CHECK_IMM a3, 1, 11
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
