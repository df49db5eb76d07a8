/* rolw: rotate the low word left by rs2 mod 32, sign-extend */
#include "test.h"
    .option arch, +zba, +zbb, +zbc, +zbs
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
    TEST_RR 1, rolw, 0xffffffff89abcdef, 0x123456789abcdef, 0x0
    TEST_RR 2, rolw, 0x13579bdf, 0x123456789abcdef, 0x1
    TEST_RR 3, rolw, 0xffffffff9abcdef8, 0x123456789abcdef, 0x4
    TEST_RR 4, rolw, 0xffffffffc4d5e6f7, 0x123456789abcdef, 0x1f
    TEST_RR 5, rolw, 0xffffffff89abcdef, 0x123456789abcdef, 0x20
    TEST_RR 6, rolw, 0x13579bdf, 0x123456789abcdef, 0x21
    TEST_RR 7, rolw, 0xffffffffc4d5e6f7, 0x123456789abcdef, 0x3f
    TEST_RR 8, rolw, 0x3, 0x80000001, 0x1
    TEST_RR 9, rolw, 0xffffffffc0000000, 0x80000001, 0xffffffffffffffff
    TEST_RR 10, rolw, 0xfffffffffffffffe, 0x7fffffff, 0x1
    TEST_RR 11, rolw, 0x0, 0xffffffff00000000, 0x7
    TEST_RR 12, rolw, 0x23456781, 0xffffffff12345678, 0x24
    TEST_RR 13, rolw, 0x76543210, 0xfedcba9876543210, 0xffffffffffffffe0
    TEST_RR_D1 14, rolw, 0xffffffffbcdef89a, 0x123456789abcdef, 0xc
    TEST_RR_D2 15, rolw, 0xffffffffbcdef89a, 0x123456789abcdef, 0xc
    TEST_RR_DD 16, rolw, 0x3579a4b1, 0x123456789abcd25
    TEST_RR_Z1 17, rolw, 0x0, 0x9
    TEST_RR_Z2 18, rolw, 0xffffffff89abcdef, 0x123456789abcdef
    /* the same, operands from memory */
    MEM_RR 19, rolw, 0xffffffff89abcdef, 0x123456789abcdef, 0x0
    MEM_RR 20, rolw, 0x13579bdf, 0x123456789abcdef, 0x1
    MEM_RR 21, rolw, 0xffffffff9abcdef8, 0x123456789abcdef, 0x4
    MEM_RR 22, rolw, 0xffffffffc4d5e6f7, 0x123456789abcdef, 0x1f
    MEM_RR 23, rolw, 0xffffffff89abcdef, 0x123456789abcdef, 0x20
    MEM_RR 24, rolw, 0x13579bdf, 0x123456789abcdef, 0x21
    MEM_RR 25, rolw, 0xffffffffc4d5e6f7, 0x123456789abcdef, 0x3f
    MEM_RR 26, rolw, 0x3, 0x80000001, 0x1
    MEM_RR 27, rolw, 0xffffffffc0000000, 0x80000001, 0xffffffffffffffff
    MEM_RR 28, rolw, 0xfffffffffffffffe, 0x7fffffff, 0x1
    MEM_RR 29, rolw, 0x0, 0xffffffff00000000, 0x7
    MEM_RR 30, rolw, 0x23456781, 0xffffffff12345678, 0x24
    MEM_RR 31, rolw, 0x76543210, 0xfedcba9876543210, 0xffffffffffffffe0
    MEM_RR_D1 32, rolw, 0xffffffffbcdef89a, 0x123456789abcdef, 0xc
    MEM_RR_D2 33, rolw, 0xffffffffbcdef89a, 0x123456789abcdef, 0xc
    MEM_RR_DD 34, rolw, 0x3579a4b1, 0x123456789abcd25
    MEM_RR_Z1 35, rolw, 0x0, 0x9
    MEM_RR_Z2 36, rolw, 0xffffffff89abcdef, 0x123456789abcdef
    PASS
