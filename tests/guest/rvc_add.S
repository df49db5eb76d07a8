/* c.add rd, rs2 has the effect of add rd, rd, rs2, for any registers. */
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
.macro T_ADD code, cop, op, rd, rs2, v1, v2
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
    T_ADD 1, c.add, add, a0, a1, 1, 2
    T_ADD 2, c.add, add, t0, t1, -1, 1
    T_ADD 3, c.add, add, ra, s2, 9223372036854775807, 1
    T_ADD 4, c.add, add, s9, gp, 9223372036854775808, -1
    T_ADD 5, c.add, add, t3, tp, 4886718345, 68414056839
    /* rd = rs2: doubles */
    li s3, 0x4000000000000001
    c.add s3, s3
    CHECK_IMM s3, 0x8000000000000002, 9
    PASS
