/* c.ebreak raises a breakpoint like ebreak: mcause 3, mepc = the 16-bit
 * instruction, mtval 0 (as QEMU 7.2 reports); returning to mepc + 2
 * resumes with the next instruction. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li a0, -1
    csrw mtval, a0
    li s0, 0
b:  c.ebreak
    addi s0, s0, 10
    CHECK_IMM s0, 11, 5
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr a0, mcause
    CHECK_IMM a0, 3, 2
    csrr a0, mepc
    la a1, b
    CHECK_EQ a0, a1, 3
    csrr a0, mtval
    CHECK_IMM a0, 0, 4
    csrr a0, mepc
    addi a0, a0, 2
    csrw mepc, a0
    mret
