/* c.mv rd, rs2 has the effect of add rd, x0, rs2, for any registers. */
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

/* c.mv rd, rs2 must write rd as add rd, x0, rs2 does, and leave rs2. */
.macro T_MV code, rd, rs2, v
    li \rd, 0x5a5a
    li \rs2, \v
    c.mv \rd, \rs2
    mv s11, \rd
    li \rd, 0x5a5a
    C32 add \rd, zero, \rs2
    CHECK_EQ s11, \rd, \code
    CHECK_IMM \rs2, \v, \code
.endm
_start:
    T_MV 1, a0, a1, -1
    T_MV 2, t0, t1, 1311768467463790320
    T_MV 3, ra, s2, 0
    T_MV 4, s9, gp, 9223372036854775808
    T_MV 5, t3, tp, 42
    PASS
