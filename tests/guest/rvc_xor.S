/* c.xor rd', rs2' has the effect of xor rd', rd', rs2'; both
 * registers are in x8..x15 and rs2' keeps its value. */
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

/* \cop rd, rs2 must leave rd as \op rd, rd, rs2 does, and rs2 alone. */
.macro T_CR code, cop, op, rd, rs2, v1, v2
    li \rd, \v1
    li \rs2, \v2
    \cop \rd, \rs2
    mv s11, \rd
    li \rd, \v1
    C32 \op \rd, \rd, \rs2
    CHECK_EQ s11, \rd, \code
    CHECK_IMM \rs2, \v2, \code
.endm
_start:
    T_CR 1, c.xor, xor, a0, a1, 0, 0
    T_CR 2, c.xor, xor, s0, a5, 0, 0x7fffffffffffffff
    T_CR 3, c.xor, xor, a3, s1, 0, 0x7fffffff
    T_CR 4, c.xor, xor, a4, a2, 0, 0x0f0f0f0f0f0f0f0f
    T_CR 5, c.xor, xor, a0, a1, 1, 0
    T_CR 6, c.xor, xor, s0, a5, 1, 0x7fffffffffffffff
    T_CR 7, c.xor, xor, a3, s1, 1, 0x7fffffff
    T_CR 8, c.xor, xor, a4, a2, 1, 0x0f0f0f0f0f0f0f0f
    T_CR 9, c.xor, xor, a0, a1, -1, 0
    T_CR 10, c.xor, xor, s0, a5, -1, 0x7fffffffffffffff
    T_CR 11, c.xor, xor, a3, s1, -1, 0x7fffffff
    T_CR 12, c.xor, xor, a4, a2, -1, 0x0f0f0f0f0f0f0f0f
    T_CR 13, c.xor, xor, a0, a1, 0x7fffffffffffffff, 0
    T_CR 14, c.xor, xor, s0, a5, 0x7fffffffffffffff, 0x7fffffffffffffff
    T_CR 15, c.xor, xor, a3, s1, 0x7fffffffffffffff, 0x7fffffff
    T_CR 16, c.xor, xor, a4, a2, 0x7fffffffffffffff, 0x0f0f0f0f0f0f0f0f
    T_CR 17, c.xor, xor, a0, a1, -0x8000000000000000, 0
    T_CR 18, c.xor, xor, s0, a5, -0x8000000000000000, 0x7fffffffffffffff
    T_CR 19, c.xor, xor, a3, s1, -0x8000000000000000, 0x7fffffff
    T_CR 20, c.xor, xor, a4, a2, -0x8000000000000000, 0x0f0f0f0f0f0f0f0f
    T_CR 21, c.xor, xor, a0, a1, 0x123456789abcdef0, 0
    T_CR 22, c.xor, xor, s0, a5, 0x123456789abcdef0, 0x7fffffffffffffff
    T_CR 23, c.xor, xor, a3, s1, 0x123456789abcdef0, 0x7fffffff
    T_CR 24, c.xor, xor, a4, a2, 0x123456789abcdef0, 0x0f0f0f0f0f0f0f0f
    T_CR 25, c.xor, xor, a0, a1, 0x7fffffff, 0
    T_CR 26, c.xor, xor, s0, a5, 0x7fffffff, 0x7fffffffffffffff
    T_CR 27, c.xor, xor, a3, s1, 0x7fffffff, 0x7fffffff
    T_CR 28, c.xor, xor, a4, a2, 0x7fffffff, 0x0f0f0f0f0f0f0f0f
    T_CR 29, c.xor, xor, a0, a1, 0xffffffff80000000, 0
    T_CR 30, c.xor, xor, s0, a5, 0xffffffff80000000, 0x7fffffffffffffff
    T_CR 31, c.xor, xor, a3, s1, 0xffffffff80000000, 0x7fffffff
    T_CR 32, c.xor, xor, a4, a2, 0xffffffff80000000, 0x0f0f0f0f0f0f0f0f
    PASS
