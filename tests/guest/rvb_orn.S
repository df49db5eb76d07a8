/* orn: rd = rs1 | ~rs2 */
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
    TEST_RR 1, orn, 0xfffffffffffffffb, 0x3, 0x7
    TEST_RR 2, orn, 0xffffffffffffffff, 0x0, 0x0
    TEST_RR 3, orn, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 4, orn, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    TEST_RR 5, orn, 0x1, 0x1, 0xffffffffffffffff
    TEST_RR 6, orn, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR 7, orn, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000
    TEST_RR 8, orn, 0xffffffff80000000, 0x80000000, 0xffffffff
    TEST_RR 9, orn, 0xffffffffffffffff, 0xffffffff, 0x1
    TEST_RR 10, orn, 0x123456789abcdef, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 11, orn, 0xfefdbefffefebabe, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR 12, orn, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 13, orn, 0xffffffff80000000, 0xffffffff80000000, 0x7fffffff
    TEST_RR_D1 14, orn, 0xfefdbefffefebabe, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 15, orn, 0xfefdbefffefebabe, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 16, orn, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR_Z1 17, orn, 0xfedcba9876543210, 0x123456789abcdef
    TEST_RR_Z2 18, orn, 0xffffffffffffffff, 0xdeadbeefcafebabe
    /* the same, operands from memory */
    MEM_RR 19, orn, 0xfffffffffffffffb, 0x3, 0x7
    MEM_RR 20, orn, 0xffffffffffffffff, 0x0, 0x0
    MEM_RR 21, orn, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff
    MEM_RR 22, orn, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    MEM_RR 23, orn, 0x1, 0x1, 0xffffffffffffffff
    MEM_RR 24, orn, 0x8000000000000000, 0x8000000000000000, 0x7fffffffffffffff
    MEM_RR 25, orn, 0x7fffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000
    MEM_RR 26, orn, 0xffffffff80000000, 0x80000000, 0xffffffff
    MEM_RR 27, orn, 0xffffffffffffffff, 0xffffffff, 0x1
    MEM_RR 28, orn, 0x123456789abcdef, 0x123456789abcdef, 0xfedcba9876543210
    MEM_RR 29, orn, 0xfefdbefffefebabe, 0xdeadbeefcafebabe, 0x123456789abcdef
    MEM_RR 30, orn, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    MEM_RR 31, orn, 0xffffffff80000000, 0xffffffff80000000, 0x7fffffff
    MEM_RR_D1 32, orn, 0xfefdbefffefebabe, 0xdeadbeefcafebabe, 0x123456789abcdef
    MEM_RR_D2 33, orn, 0xfefdbefffefebabe, 0xdeadbeefcafebabe, 0x123456789abcdef
    MEM_RR_DD 34, orn, 0xffffffffffffffff, 0xdeadbeefcafebabe
    MEM_RR_Z1 35, orn, 0xfedcba9876543210, 0x123456789abcdef
    MEM_RR_Z2 36, orn, 0xffffffffffffffff, 0xdeadbeefcafebabe
    PASS
