/* amomax.w: mem = signed max(old, rs2), rd = the old value sign-extended from 32 bits; only the
 * word at the address changes (the next word is checked).
 * Then the aq/rl forms, rd = rs2, rd = x0, rs2 = x0 and rd = rs1. */
#include "test.h"
    .option arch, +a
/* mem starts as init, rs2 = v: rd must get old and mem become new; the
 * guard word after it, rs1 and rs2 must not change (clobbers t0, t4). */
.macro SETUP init, v
    la a1, mem
    li t0, 0x5a5a5a5a
    sw t0, 4(a1)
    li t0, \init
    sw t0, 0(a1)
    li a2, \v
.endm
.macro CHECKMEM code, new
    la t0, mem
    lw t0, 0(t0)
    CHECK_IMM t0, \new, \code
    la t0, mem
    lw t0, 4(t0)
    CHECK_IMM t0, 0x5a5a5a5a, \code
.endm
.macro TEST_AMO code, inst, init, v, old, new
    SETUP \init, \v
    \inst a0, a2, (a1)
    CHECK_IMM a0, \old, \code
    CHECK_IMM a2, \v, \code
    la t0, mem
    CHECK_EQ a1, t0, \code
    CHECKMEM \code, \new
.endm
.macro TEST_AMO_D2 code, inst, init, v, old, new
    SETUP \init, \v
    \inst a2, a2, (a1)
    CHECK_IMM a2, \old, \code
    CHECKMEM \code, \new
.endm
.macro TEST_AMO_X0 code, inst, init, v, new
    SETUP \init, \v
    \inst x0, a2, (a1)
    CHECK_IMM a2, \v, \code
    CHECKMEM \code, \new
.endm
.macro TEST_AMO_Z2 code, inst, init, old, new
    SETUP \init, 0
    \inst a0, x0, (a1)
    CHECK_IMM a0, \old, \code
    CHECKMEM \code, \new
.endm
.macro TEST_AMO_D1 code, inst, init, v, old, new
    SETUP \init, \v
    \inst a1, a2, (a1)
    CHECK_IMM a1, \old, \code
    CHECK_IMM a2, \v, \code
    CHECKMEM \code, \new
.endm
    .section .text.init
    .globl _start
_start:
    TEST_AMO 1, amomax.w, 0x1, 0x2, 0x1, 0x2
    TEST_AMO 2, amomax.w, 0x7fffffff, 0x1, 0x7fffffff, 0x7fffffff
    TEST_AMO 3, amomax.w, 0x80000000, 0xffffffff, 0xffffffff80000000, 0xffffffffffffffff
    TEST_AMO 4, amomax.w, 0xffffffff, 0x7fffffff, 0xffffffffffffffff, 0x7fffffff
    TEST_AMO 5, amomax.w, 0x0, 0xffffffff80000000, 0x0, 0x0
    TEST_AMO 6, amomax.w, 0x12345678, 0xdeadbeef87654321, 0x12345678, 0x12345678
    TEST_AMO 7, amomax.w, 0xfedcba98, 0x123456789abcdef, 0xfffffffffedcba98, 0xfffffffffedcba98
    TEST_AMO 8, amomax.w, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0x7fffffff
    TEST_AMO 9, amomax.w, 0xffffffff, 0x0, 0xffffffffffffffff, 0x0
    TEST_AMO 10, amomax.w.aq, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    TEST_AMO 11, amomax.w.rl, 0x7ffffffe, 0x80000001, 0x7ffffffe, 0x7ffffffe
    TEST_AMO 12, amomax.w.aqrl, 0x80000001, 0x80000001, 0xffffffff80000001, 0xffffffff80000001
    TEST_AMO_D2 13, amomax.w, 0x80000001, 0x7ffffffe, 0xffffffff80000001, 0x7ffffffe
    TEST_AMO_X0 14, amomax.w, 0x7ffffffe, 0x80000001, 0x7ffffffe
    TEST_AMO_Z2 15, amomax.w, 0x80000001, 0xffffffff80000001, 0x0
    TEST_AMO_D1 16, amomax.w, 0x7ffffffe, 0x7ffffffe, 0x7ffffffe, 0x7ffffffe
    PASS

    .data
    .balign 16
mem: .dword 0, 0
