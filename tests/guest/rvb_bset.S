/* bset: set bit rs2 mod 64 */
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
    TEST_RR 1, bset, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    TEST_RR 2, bset, 0xffffffffffffffff, 0xffffffffffffffff, 0x3f
    TEST_RR 3, bset, 0x8000000000000000, 0x0, 0x3f
    TEST_RR 4, bset, 0x1, 0x0, 0x0
    TEST_RR 5, bset, 0x123456789abcdff, 0x123456789abcdef, 0x4
    TEST_RR 6, bset, 0x123456789abcdef, 0x123456789abcdef, 0x5
    TEST_RR 7, bset, 0x123456789abcdef, 0x123456789abcdef, 0x45
    TEST_RR 8, bset, 0x8000000000000000, 0x8000000000000000, 0x3f
    TEST_RR 9, bset, 0x80000000, 0x0, 0x1f
    TEST_RR 10, bset, 0x100000000, 0x0, 0x20
    TEST_RR 11, bset, 0xfedcba9876543210, 0xfedcba9876543210, 0xffffffffffffffff
    TEST_RR 12, bset, 0x123456789abcdef, 0x123456789abcdef, 0xffffffffffffff80
    TEST_RR 13, bset, 0xfedcbb9876543210, 0xfedcba9876543210, 0x28
    TEST_RR_D1 14, bset, 0x123456789abddef, 0x123456789abcdef, 0xc
    TEST_RR_D2 15, bset, 0x123456789abddef, 0x123456789abcdef, 0xc
    TEST_RR_DD 16, bset, 0x123456789abcd25, 0x123456789abcd25
    TEST_RR_Z1 17, bset, 0x200, 0x9
    TEST_RR_Z2 18, bset, 0x123456789abcdef, 0x123456789abcdef
    /* the same, operands from memory */
    MEM_RR 19, bset, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    MEM_RR 20, bset, 0xffffffffffffffff, 0xffffffffffffffff, 0x3f
    MEM_RR 21, bset, 0x8000000000000000, 0x0, 0x3f
    MEM_RR 22, bset, 0x1, 0x0, 0x0
    MEM_RR 23, bset, 0x123456789abcdff, 0x123456789abcdef, 0x4
    MEM_RR 24, bset, 0x123456789abcdef, 0x123456789abcdef, 0x5
    MEM_RR 25, bset, 0x123456789abcdef, 0x123456789abcdef, 0x45
    MEM_RR 26, bset, 0x8000000000000000, 0x8000000000000000, 0x3f
    MEM_RR 27, bset, 0x80000000, 0x0, 0x1f
    MEM_RR 28, bset, 0x100000000, 0x0, 0x20
    MEM_RR 29, bset, 0xfedcba9876543210, 0xfedcba9876543210, 0xffffffffffffffff
    MEM_RR 30, bset, 0x123456789abcdef, 0x123456789abcdef, 0xffffffffffffff80
    MEM_RR 31, bset, 0xfedcbb9876543210, 0xfedcba9876543210, 0x28
    MEM_RR_D1 32, bset, 0x123456789abddef, 0x123456789abcdef, 0xc
    MEM_RR_D2 33, bset, 0x123456789abddef, 0x123456789abcdef, 0xc
    MEM_RR_DD 34, bset, 0x123456789abcd25, 0x123456789abcd25
    MEM_RR_Z1 35, bset, 0x200, 0x9
    MEM_RR_Z2 36, bset, 0x123456789abcdef, 0x123456789abcdef
    PASS
