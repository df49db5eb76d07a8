/* c.addi4spn rd', sp, nzuimm has the effect of addi rd', sp, nzuimm, for
 * nonzero multiples of 4 up to 1020; rd' is one of x8..x15. */
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

/* c.addi4spn rd', sp, imm must write rd' as addi rd', sp, imm does. */
.macro T_4SPN code, rd, v, imm
    li sp, \v
    li \rd, -1
    c.addi4spn \rd, sp, \imm
    mv s11, \rd
    li \rd, 7
    C32 addi \rd, sp, \imm
    CHECK_EQ s11, \rd, \code
    CHECK_IMM sp, \v, \code
.endm
_start:
    mv s10, sp
    T_4SPN 1, a0, 2147487744, 4
    T_4SPN 2, a0, 2147487744, 1020
    T_4SPN 3, s0, 2147487744, 8
    T_4SPN 4, a5, -4, 512
    T_4SPN 5, s1, 1311768467463790320, 252
    T_4SPN 6, a2, 0, 16
    mv sp, s10
    PASS
