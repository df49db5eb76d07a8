/* c.addiw rd, imm has the effect of addiw rd, rd, imm: the 32-bit sum,
 * sign-extended, including imm = 0 (sext.w) and wrap-around at bit 31. */
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
    T_CI 1, c.addiw, addiw, a0, 2147483647, 1
    T_CI 2, c.addiw, addiw, a0, 4886718345, 0
    T_CI 3, c.addiw, addiw, a0, 0, -1
    T_CI 4, c.addiw, addiw, t0, 18446744071562067968, -32
    T_CI 5, c.addiw, addiw, s1, 4294967295, 31
    T_CI 6, c.addiw, addiw, ra, -5, 5
    PASS
