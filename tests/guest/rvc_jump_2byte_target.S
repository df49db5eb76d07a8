/* With C, indirect jumps (jalr, c.jr, c.jalr) to addresses that are 2
 * (mod 4) land there without a trap; jalr still clears bit 0 of the sum. */
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
    la t0, t1
    C32 jalr zero, 0(t0)
    FAIL 1
    .balign 4
    c.nop
t1: addi s0, s0, 1          /* 2 mod 4 */
    la t0, t2
    c.jr t0
    FAIL 2
    .balign 4
    c.nop
t2: addi s0, s0, 2
    la t0, t3
    c.jalr t0
    FAIL 3
    .balign 4
    c.nop
t3: addi s0, s0, 4
    la t0, t4
    C32 jalr zero, 1(t0)    /* t4 + 1: bit 0 cleared */
    FAIL 4
    .balign 4
    c.nop
t4: addi s0, s0, 8
    CHECK_IMM s0, 15, 5
    PASS

    .align 2
handler:
    FAIL 6
