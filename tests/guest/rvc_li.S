/* c.li rd, imm has the effect of addi rd, x0, imm (sign-extended 6-bit
 * immediate, any register). */
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

/* \cop rd, imm must write rd as \op rd, <src> imm does, whatever rd held. */
.macro T_LI code, cop, op, rd, imm
    li \rd, 0x5a5a5a5a5a5a
    \cop \rd, \imm
    mv s11, \rd
    li \rd, -0x1234
    C32 \op \rd, zero, \imm
    CHECK_EQ s11, \rd, \code
.endm
_start:
    T_LI 1, c.li, addi, a0, 0
    T_LI 2, c.li, addi, a0, 31
    T_LI 3, c.li, addi, a0, -32
    T_LI 4, c.li, addi, t0, -1
    T_LI 5, c.li, addi, s1, 1
    T_LI 6, c.li, addi, ra, 17
    T_LI 7, c.li, addi, t6, -17
    PASS
