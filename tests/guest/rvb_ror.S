/* ror: rotate right by rs2 mod 64 */
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
    TEST_RR 1, ror, 0x123456789abcdef, 0x123456789abcdef, 0x0
    TEST_RR 2, ror, 0x8091a2b3c4d5e6f7, 0x123456789abcdef, 0x1
    TEST_RR 3, ror, 0xf0123456789abcde, 0x123456789abcdef, 0x4
    TEST_RR 4, ror, 0x13579bde02468acf, 0x123456789abcdef, 0x1f
    TEST_RR 5, ror, 0x89abcdef01234567, 0x123456789abcdef, 0x20
    TEST_RR 6, ror, 0xc4d5e6f78091a2b3, 0x123456789abcdef, 0x21
    TEST_RR 7, ror, 0x2468acf13579bde, 0x123456789abcdef, 0x3f
    TEST_RR 8, ror, 0x123456789abcdef, 0x123456789abcdef, 0x40
    TEST_RR 9, ror, 0x8091a2b3c4d5e6f7, 0x123456789abcdef, 0x41
    TEST_RR 10, ror, 0xc000000000000000, 0x8000000000000001, 0x1
    TEST_RR 11, ror, 0x3, 0x8000000000000001, 0xffffffffffffffff
    TEST_RR 12, ror, 0xffffffffffffffff, 0xffffffffffffffff, 0x11
    TEST_RR 13, ror, 0x0, 0x0, 0x5
    TEST_RR 14, ror, 0x76543210fedcba98, 0xfedcba9876543210, 0xffffffffffffffe0
    TEST_RR_D1 15, ror, 0xdef0123456789abc, 0x123456789abcdef, 0xc
    TEST_RR_D2 16, ror, 0xdef0123456789abc, 0x123456789abcdef, 0xc
    TEST_RR_DD 17, ror, 0x3c4d5e6928091a2b, 0x123456789abcd25
    TEST_RR_Z1 18, ror, 0x0, 0x9
    TEST_RR_Z2 19, ror, 0x123456789abcdef, 0x123456789abcdef
    /* the same, operands from memory */
    MEM_RR 20, ror, 0x123456789abcdef, 0x123456789abcdef, 0x0
    MEM_RR 21, ror, 0x8091a2b3c4d5e6f7, 0x123456789abcdef, 0x1
    MEM_RR 22, ror, 0xf0123456789abcde, 0x123456789abcdef, 0x4
    MEM_RR 23, ror, 0x13579bde02468acf, 0x123456789abcdef, 0x1f
    MEM_RR 24, ror, 0x89abcdef01234567, 0x123456789abcdef, 0x20
    MEM_RR 25, ror, 0xc4d5e6f78091a2b3, 0x123456789abcdef, 0x21
    MEM_RR 26, ror, 0x2468acf13579bde, 0x123456789abcdef, 0x3f
    MEM_RR 27, ror, 0x123456789abcdef, 0x123456789abcdef, 0x40
    MEM_RR 28, ror, 0x8091a2b3c4d5e6f7, 0x123456789abcdef, 0x41
    MEM_RR 29, ror, 0xc000000000000000, 0x8000000000000001, 0x1
    MEM_RR 30, ror, 0x3, 0x8000000000000001, 0xffffffffffffffff
    MEM_RR 31, ror, 0xffffffffffffffff, 0xffffffffffffffff, 0x11
    MEM_RR 32, ror, 0x0, 0x0, 0x5
    MEM_RR 33, ror, 0x76543210fedcba98, 0xfedcba9876543210, 0xffffffffffffffe0
    MEM_RR_D1 34, ror, 0xdef0123456789abc, 0x123456789abcdef, 0xc
    MEM_RR_D2 35, ror, 0xdef0123456789abc, 0x123456789abcdef, 0xc
    MEM_RR_DD 36, ror, 0x3c4d5e6928091a2b, 0x123456789abcd25
    MEM_RR_Z1 37, ror, 0x0, 0x9
    MEM_RR_Z2 38, ror, 0x123456789abcdef, 0x123456789abcdef
    PASS
