/* amoswap.d: rd = old, mem = rs2, rd = the old value.
 * Then the aq/rl forms, rd = rs2, rd = x0, rs2 = x0 and rd = rs1. */
#include "test.h"
    .option arch, +a
/* mem starts as init, rs2 = v: rd must get old and mem become new; the
 * guard word after it, rs1 and rs2 must not change (clobbers t0, t4). */
.macro SETUP init, v
    la a1, mem
    li t0, 0x5a5a5a5a5a5a5a5a
    sd t0, 8(a1)
    li t0, \init
    sd t0, 0(a1)
    li a2, \v
.endm
.macro CHECKMEM code, new
    la t0, mem
    ld t0, 0(t0)
    CHECK_IMM t0, \new, \code
    la t0, mem
    ld t0, 8(t0)
    CHECK_IMM t0, 0x5a5a5a5a5a5a5a5a, \code
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
    TEST_AMO 1, amoswap.d, 0x1, 0x2, 0x1, 0x2
    TEST_AMO 2, amoswap.d, 0x7fffffffffffffff, 0x1, 0x7fffffffffffffff, 0x1
    TEST_AMO 3, amoswap.d, 0x8000000000000000, 0xffffffffffffffff, 0x8000000000000000, 0xffffffffffffffff
    TEST_AMO 4, amoswap.d, 0xffffffffffffffff, 0x7fffffffffffffff, 0xffffffffffffffff, 0x7fffffffffffffff
    TEST_AMO 5, amoswap.d, 0x0, 0x8000000000000000, 0x0, 0x8000000000000000
    TEST_AMO 6, amoswap.d, 0x123456789abcdef, 0xfedcba9876543210, 0x123456789abcdef, 0xfedcba9876543210
    TEST_AMO 7, amoswap.d, 0xdeadbeefcafebabe, 0x1, 0xdeadbeefcafebabe, 0x1
    TEST_AMO 8, amoswap.d, 0x8000000000000000, 0x7fffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    TEST_AMO 9, amoswap.d, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x0
    TEST_AMO 10, amoswap.d.aq, 0x8000000000000001, 0x7ffffffffffffffe, 0x8000000000000001, 0x7ffffffffffffffe
    TEST_AMO 11, amoswap.d.rl, 0x7ffffffffffffffe, 0x8000000000000001, 0x7ffffffffffffffe, 0x8000000000000001
    TEST_AMO 12, amoswap.d.aqrl, 0x8000000000000001, 0x8000000000000001, 0x8000000000000001, 0x8000000000000001
    TEST_AMO_D2 13, amoswap.d, 0x8000000000000001, 0x7ffffffffffffffe, 0x8000000000000001, 0x7ffffffffffffffe
    TEST_AMO_X0 14, amoswap.d, 0x7ffffffffffffffe, 0x8000000000000001, 0x8000000000000001
    TEST_AMO_Z2 15, amoswap.d, 0x8000000000000001, 0x8000000000000001, 0x0
    TEST_AMO_D1 16, amoswap.d, 0x7ffffffffffffffe, 0x7ffffffffffffffe, 0x7ffffffffffffffe, 0x7ffffffffffffffe
    PASS

    .data
    .balign 16
mem: .dword 0, 0
