/* c.addi16sp sp, imm has the effect of addi sp, sp, imm, for nonzero
 * multiples of 16 in -512..496. */
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

/* c.addi16sp sp, imm must leave sp as addi sp, sp, imm does. */
.macro T_SP code, v, imm
    li sp, \v
    c.addi16sp sp, \imm
    mv s11, sp
    li sp, \v
    C32 addi sp, sp, \imm
    CHECK_EQ s11, sp, \code
.endm
_start:
    mv s10, sp
    T_SP 1, 2147487744, 16
    T_SP 2, 2147487744, -512
    T_SP 3, 2147487744, 496
    T_SP 4, 0, -16
    T_SP 5, 1311768467463790320, 272
    T_SP 6, -16, 32
    mv sp, s10
    PASS
