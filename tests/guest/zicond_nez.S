/* czero.nez (Zicond): rd = rs2 != 0 ? 0 : rs1
 * (Zicond is not in QEMU 7.2 nor in this assembler: the results are the
 * spec's, the encoding a .insn) */
#include "test.h"
.macro czero_nez rd, rs1, rs2
    .insn r 0x33, 7, 7, \rd, \rs1, \rs2
.endm
/* Operands loaded from memory (MEM_*), so that the translator cannot fold
 * the operation away: it runs in generated code. */
.macro LDV reg, v
    .pushsection .data
    .balign 8
.Lv\@: .dword \v
    .popsection
    ld \reg, .Lv\@
.endm
.macro MEM_RR code, inst, result, v1, v2
    LDV a1, \v1
    LDV a2, \v2
    \inst a0, a1, a2
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
    CHECK_IMM a2, \v2, \code
.endm
.macro MEM_RR_D1 code, inst, result, v1, v2
    LDV a1, \v1
    LDV a2, \v2
    \inst a1, a1, a2
    CHECK_IMM a1, \result, \code
    CHECK_IMM a2, \v2, \code
.endm
.macro MEM_RR_D2 code, inst, result, v1, v2
    LDV a1, \v1
    LDV a2, \v2
    \inst a2, a1, a2
    CHECK_IMM a2, \result, \code
    CHECK_IMM a1, \v1, \code
.endm
.macro MEM_RR_DD code, inst, result, v
    LDV a1, \v
    \inst a1, a1, a1
    CHECK_IMM a1, \result, \code
.endm
.macro MEM_RR_Z1 code, inst, result, v2
    LDV a2, \v2
    \inst a0, x0, a2
    CHECK_IMM a0, \result, \code
    CHECK_IMM a2, \v2, \code
.endm
.macro MEM_RR_Z2 code, inst, result, v1
    LDV a1, \v1
    \inst a0, a1, x0
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
.endm
    .section .text.init
    .globl _start
_start:
    TEST_RR_D1 1, czero_nez, 0x0, 0x123456789abcdef, 0x7
    TEST_RR_D2 2, czero_nez, 0x0, 0x123456789abcdef, 0x7
    TEST_RR_D2 3, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    TEST_RR_DD 4, czero_nez, 0x0, 0x0
    TEST_RR 5, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    TEST_RR 6, czero_nez, 0x0, 0x123456789abcdef, 0x1
    TEST_RR 7, czero_nez, 0x0, 0x123456789abcdef, 0xffffffffffffffff
    TEST_RR 8, czero_nez, 0x0, 0xffffffffffffffff, 0x8000000000000000
    TEST_RR 9, czero_nez, 0x0, 0x0, 0x0
    TEST_RR 10, czero_nez, 0x0, 0x0, 0x5
    TEST_RR 11, czero_nez, 0x0, 0xffffffffffffffff, 0x100000000
    TEST_RR 12, czero_nez, 0x8000000000000000, 0x8000000000000000, 0x0
    TEST_RR_D1 13, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    TEST_RR_D2 14, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    TEST_RR_DD 15, czero_nez, 0x0, 0x123456789abcdef
    TEST_RR_Z1 16, czero_nez, 0x0, 0x123456789abcdef
    TEST_RR_Z2 17, czero_nez, 0x123456789abcdef, 0x123456789abcdef
    /* the same, operands from memory */
    MEM_RR_D1 18, czero_nez, 0x0, 0x123456789abcdef, 0x7
    MEM_RR_D2 19, czero_nez, 0x0, 0x123456789abcdef, 0x7
    MEM_RR_D2 20, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    MEM_RR_DD 21, czero_nez, 0x0, 0x0
    MEM_RR 22, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    MEM_RR 23, czero_nez, 0x0, 0x123456789abcdef, 0x1
    MEM_RR 24, czero_nez, 0x0, 0x123456789abcdef, 0xffffffffffffffff
    MEM_RR 25, czero_nez, 0x0, 0xffffffffffffffff, 0x8000000000000000
    MEM_RR 26, czero_nez, 0x0, 0x0, 0x0
    MEM_RR 27, czero_nez, 0x0, 0x0, 0x5
    MEM_RR 28, czero_nez, 0x0, 0xffffffffffffffff, 0x100000000
    MEM_RR 29, czero_nez, 0x8000000000000000, 0x8000000000000000, 0x0
    MEM_RR_D1 30, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    MEM_RR_D2 31, czero_nez, 0x123456789abcdef, 0x123456789abcdef, 0x0
    MEM_RR_DD 32, czero_nez, 0x0, 0x123456789abcdef
    MEM_RR_Z1 33, czero_nez, 0x0, 0x123456789abcdef
    MEM_RR_Z2 34, czero_nez, 0x123456789abcdef, 0x123456789abcdef
    PASS
