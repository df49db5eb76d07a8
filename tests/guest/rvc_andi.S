/* c.andi rd', imm has the effect of andi rd', rd', imm (sign-extended
 * 6-bit immediate; rd' is one of x8..x15). */
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

/* \cop rd, imm must leave rd (holding v) as \op rd, rd, imm does. */
.macro T_CI code, cop, op, rd, v, imm
    li \rd, \v
    \cop \rd, \imm
    mv s11, \rd
    li \rd, \v
    C32 \op \rd, \rd, \imm
    CHECK_EQ s11, \rd, \code
.endm
_start:
    T_CI 1, c.andi, andi, a0, -1, -1
    T_CI 2, c.andi, andi, a0, -1, -32
    T_CI 3, c.andi, andi, a1, 1311768467463790320, 31
    T_CI 4, c.andi, andi, s0, -1, 0
    T_CI 5, c.andi, andi, a5, 17361641481138401520, -17
    T_CI 6, c.andi, andi, s1, 85, 21
    PASS
