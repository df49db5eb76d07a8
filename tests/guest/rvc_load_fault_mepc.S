/* A compressed load faulting in the middle of a block of 16- and 32-bit
 * instructions: mcause 5, mtval = the address, mepc = the c.lw exactly
 * (the restore data counts 2-byte instructions right); the instructions
 * before it have taken effect, those after it have not, the destination
 * keeps its value. Returning to mepc + 2 runs the rest. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
/* The 32-bit instruction, never compressed by the assembler. */
.macro C32 insn:vararg
    .option push
    .option norvc
    \insn
    .option pop
.endm

_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li a1, 0x5a5a
    li a0, 8                /* unmapped: virt has nothing below 0x1000 */
    li s1, 0
    j block
    .balign 4
block:
    c.addi s1, 1
    C32 addi s1, s1, 2
    c.addi s1, 4
ld1:
    c.lw a1, 0(a0)
    c.addi s1, 8
    C32 addi s1, s1, 16
    CHECK_IMM s0, 1, 1
    CHECK_IMM s1, 31, 2
    CHECK_IMM a1, 0x5a5a, 3
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 5, 4
    csrr t0, mtval
    CHECK_IMM t0, 8, 5
    csrr t0, mepc
    la t1, ld1
    CHECK_EQ t0, t1, 6
    CHECK_IMM s1, 7, 7
    addi t0, t0, 2
    csrw mepc, t0
    mret
