/* c.srli rd', shamt has the effect of srli rd', rd', shamt (logical
 * shift, 6-bit amounts, rd' in x8..x15). */
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
    T_CI 1, c.srli, srli, a0, -1, 1
    T_CI 2, c.srli, srli, a0, 9223372036854775809, 31
    T_CI 3, c.srli, srli, a1, 9223372036854775809, 32
    T_CI 4, c.srli, srli, s0, -1, 63
    T_CI 5, c.srli, srli, a5, 1311768467463790320, 4
    T_CI 6, c.srli, srli, s1, 240, 33
    PASS
