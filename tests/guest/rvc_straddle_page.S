/* A 32-bit instruction at the last 2 bytes of a 4 KiB page, its second
 * half on the next page: reached in straight-line code after 16-bit
 * instructions, as a jump target (the start of a block), inside a loop
 * (the same block run again), and as auipc / jal, whose results depend on
 * its pc. Each runs once per pass with both halves. */
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
    li a1, 0
    li s0, 100
    j s1_start
    .balign 4096
    .skip 4096 - 10
s1_start:                   /* page offset 4086 */
    c.addi a0, 1
    c.addi a0, 2
    c.addi a0, 4
    c.addi a0, 8
    C32 addi a0, a0, 0x100  /* offset 4094: straddles */
    c.addi a0, 16
    CHECK_IMM a0, 0x11f, 1

    la t0, s2_insn
    c.jr t0
    .balign 4096
    .skip 4096 - 2
s2_insn:
    C32 addi a1, a1, 0x200  /* the first instruction of its block */
    CHECK_IMM a1, 0x200, 2

    li a2, 0
    j loop
    .balign 4096
    .skip 4096 - 6
loop:                       /* offset 4090 */
    c.addi a2, 1
    c.addi s0, -1
    C32 addi a2, a2, 0x10   /* straddles */
    c.bnez s0, loop
    CHECK_IMM a2, 1700, 3

    j s4
    .balign 4096
    .skip 4096 - 2
s4:
    C32 auipc t1, 0         /* straddles: t1 = its own address */
    la t2, s4
    CHECK_EQ t1, t2, 4

    j s5
    .balign 4096
    .skip 4096 - 4
s5:
    c.nop
    C32 jal ra, s5_target   /* straddles: ra = its address + 4 */
s5_ret:
    FAIL 5
s5_target:
    la t2, s5_ret
    CHECK_EQ ra, t2, 6
    PASS
