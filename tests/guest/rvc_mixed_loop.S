/* Loops whose blocks mix 16- and 32-bit instructions, with the loop head
 * 2 (mod 4) bytes into a word: one closed by c.bnez back to the block's
 * start, one by a 32-bit bne, with compressed loads and stores inside.
 * Sums by formula: 1 + ... + 1000 = 500500, and 1 ^ 2 ^ ... ^ 1000 = 1000
 * (n ^ ... for n = 0 mod 4 is n). */
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
    li a0, 0
    li a1, 1000
    li a2, 0
    li a3, 0
    li a4, 0
    j loop1
    .balign 4
    c.nop
loop1:                      /* 2 mod 4 */
    c.add a0, a1
    C32 addi a2, a2, 3
    c.addi a3, 1
    C32 xor a4, a4, a1
    c.addi a1, -1
    c.bnez a1, loop1
    CHECK_IMM a0, 500500, 1
    CHECK_IMM a2, 3000, 2
    CHECK_IMM a3, 1000, 3
    CHECK_IMM a4, 1000, 4
    CHECK_IMM a1, 0, 5

    /* a counter in memory, stepped by c.ld/c.sd and 32-bit code */
    la s0, counter
    li s1, 500
    j loop2
    .balign 4
    c.nop
loop2:
    c.ld a5, 0(s0)
    C32 addi a5, a5, 7
    c.sd a5, 0(s0)
    C32 addi s1, s1, -1
    C32 bne s1, zero, loop2
    ld a5, 0(s0)
    CHECK_IMM a5, 3500, 6
    PASS

    .data
    .balign 8
counter:
    .dword 0
