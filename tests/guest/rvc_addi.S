/* c.addi rd, imm (16-bit) has the effect of addi rd, rd, imm: sign-extended
 * 6-bit immediates at both ends, any register, 64-bit wrap-around. */
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
    T_CI 1, c.addi, addi, a0, 0, 1
    T_CI 2, c.addi, addi, a0, 5, -32
    T_CI 3, c.addi, addi, a0, -1, 31
    T_CI 4, c.addi, addi, t0, 100, 17
    T_CI 5, c.addi, addi, s1, 9223372036854775807, 1
    T_CI 6, c.addi, addi, ra, -9223372036854775808, -1
    T_CI 7, c.addi, addi, t6, 4886718345, -7
    PASS
