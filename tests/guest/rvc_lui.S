/* c.lui rd, nzimm has the effect of lui rd, nzimm: the 6-bit immediate goes
 * to bits 17:12 and is sign-extended from bit 17 (0xfffe0..0xfffff are the
 * negative ones). */
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
    C32 \op \rd, \imm
    CHECK_EQ s11, \rd, \code
.endm
_start:
    T_LI 1, c.lui, lui, a0, 1
    T_LI 2, c.lui, lui, a0, 31
    T_LI 3, c.lui, lui, a0, 1048544
    T_LI 4, c.lui, lui, t0, 1048575
    T_LI 5, c.lui, lui, s1, 16
    T_LI 6, c.lui, lui, ra, 1048560
    T_LI 7, c.lui, lui, t6, 2
    PASS
