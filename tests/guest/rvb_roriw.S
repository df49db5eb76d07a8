/* roriw: rotate the low word right by a 5-bit immediate, sign-extend */
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
.macro MEM_RI code, inst, result, v1, imm
    LDV a1, \v1
    \inst a0, a1, \imm
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
.endm
.macro MEM_RI_D code, inst, result, v1, imm
    LDV a1, \v1
    \inst a1, a1, \imm
    CHECK_IMM a1, \result, \code
.endm
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, roriw, 0xffffffff89abcdef, 0x123456789abcdef, 0
    TEST_RI 2, roriw, 0xffffffffc4d5e6f7, 0x123456789abcdef, 1
    TEST_RI 3, roriw, 0x7c4d5e6f, 0x123456789abcdef, 5
    TEST_RI 4, roriw, 0xffffffffcdef89ab, 0x123456789abcdef, 16
    TEST_RI 5, roriw, 0x13579bdf, 0x123456789abcdef, 31
    TEST_RI 6, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 0
    TEST_RI 7, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 1
    TEST_RI 8, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 5
    TEST_RI 9, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 16
    TEST_RI 10, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 31
    TEST_RI 11, roriw, 0x1, 0x8000000000000001, 0
    TEST_RI 12, roriw, 0xffffffff80000000, 0x8000000000000001, 1
    TEST_RI 13, roriw, 0x8000000, 0x8000000000000001, 5
    TEST_RI 14, roriw, 0x10000, 0x8000000000000001, 16
    TEST_RI 15, roriw, 0x2, 0x8000000000000001, 31
    TEST_RI 16, roriw, 0xffffffffcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI 17, roriw, 0x657f5d5f, 0xdeadbeefcafebabe, 1
    TEST_RI 18, roriw, 0xfffffffff657f5d5, 0xdeadbeefcafebabe, 5
    TEST_RI 19, roriw, 0xffffffffbabecafe, 0xdeadbeefcafebabe, 16
    TEST_RI 20, roriw, 0xffffffff95fd757d, 0xdeadbeefcafebabe, 31
    TEST_RI_D 21, roriw, 0x5d5f657f, 0xdeadbeefcafebabe, 17
    TEST_RI_D 22, roriw, 0xffffffff89abcdef, 0x123456789abcdef, 0
    TEST_RI_Z 23, roriw, 0x0, 7
    /* the same, operands from memory */
    MEM_RI 24, roriw, 0xffffffff89abcdef, 0x123456789abcdef, 0
    MEM_RI 25, roriw, 0xffffffffc4d5e6f7, 0x123456789abcdef, 1
    MEM_RI 26, roriw, 0x7c4d5e6f, 0x123456789abcdef, 5
    MEM_RI 27, roriw, 0xffffffffcdef89ab, 0x123456789abcdef, 16
    MEM_RI 28, roriw, 0x13579bdf, 0x123456789abcdef, 31
    MEM_RI 29, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 0
    MEM_RI 30, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 1
    MEM_RI 31, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 5
    MEM_RI 32, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 16
    MEM_RI 33, roriw, 0xffffffffffffffff, 0xffffffffffffffff, 31
    MEM_RI 34, roriw, 0x1, 0x8000000000000001, 0
    MEM_RI 35, roriw, 0xffffffff80000000, 0x8000000000000001, 1
    MEM_RI 36, roriw, 0x8000000, 0x8000000000000001, 5
    MEM_RI 37, roriw, 0x10000, 0x8000000000000001, 16
    MEM_RI 38, roriw, 0x2, 0x8000000000000001, 31
    MEM_RI 39, roriw, 0xffffffffcafebabe, 0xdeadbeefcafebabe, 0
    MEM_RI 40, roriw, 0x657f5d5f, 0xdeadbeefcafebabe, 1
    MEM_RI 41, roriw, 0xfffffffff657f5d5, 0xdeadbeefcafebabe, 5
    MEM_RI 42, roriw, 0xffffffffbabecafe, 0xdeadbeefcafebabe, 16
    MEM_RI 43, roriw, 0xffffffff95fd757d, 0xdeadbeefcafebabe, 31
    MEM_RI_D 44, roriw, 0x5d5f657f, 0xdeadbeefcafebabe, 17
    MEM_RI_D 45, roriw, 0xffffffff89abcdef, 0x123456789abcdef, 0
    PASS
