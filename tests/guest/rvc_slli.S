/* c.slli rd, shamt has the effect of slli rd, rd, shamt, for 6-bit shift
 * amounts (bit 12 is shamt[5]) and any register. */
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
    T_CI 1, c.slli, slli, a0, 1, 1
    T_CI 2, c.slli, slli, a0, 81985529216486895, 31
    T_CI 3, c.slli, slli, a0, 81985529216486895, 32
    T_CI 4, c.slli, slli, t0, -1, 63
    T_CI 5, c.slli, slli, s1, 3, 62
    T_CI 6, c.slli, slli, ra, 9223372036854775809, 4
    PASS
