/* slli.uw: rd = zext32(rs1) << shamt (6 bits) */
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
    TEST_RI 1, slli.uw, 0xffffffff, 0xffffffffffffffff, 0
    TEST_RI 2, slli.uw, 0x1fffffffe, 0xffffffffffffffff, 1
    TEST_RI 3, slli.uw, 0x1fffffffe0, 0xffffffffffffffff, 5
    TEST_RI 4, slli.uw, 0x7fffffff80000000, 0xffffffffffffffff, 31
    TEST_RI 5, slli.uw, 0xffffffff00000000, 0xffffffffffffffff, 32
    TEST_RI 6, slli.uw, 0xfffffffe00000000, 0xffffffffffffffff, 33
    TEST_RI 7, slli.uw, 0x8000000000000000, 0xffffffffffffffff, 63
    TEST_RI 8, slli.uw, 0x89abcdef, 0x123456789abcdef, 0
    TEST_RI 9, slli.uw, 0x113579bde, 0x123456789abcdef, 1
    TEST_RI 10, slli.uw, 0x113579bde0, 0x123456789abcdef, 5
    TEST_RI 11, slli.uw, 0x44d5e6f780000000, 0x123456789abcdef, 31
    TEST_RI 12, slli.uw, 0x89abcdef00000000, 0x123456789abcdef, 32
    TEST_RI 13, slli.uw, 0x13579bde00000000, 0x123456789abcdef, 33
    TEST_RI 14, slli.uw, 0x8000000000000000, 0x123456789abcdef, 63
    TEST_RI 15, slli.uw, 0x80000000, 0x80000000, 0
    TEST_RI 16, slli.uw, 0x100000000, 0x80000000, 1
    TEST_RI 17, slli.uw, 0x1000000000, 0x80000000, 5
    TEST_RI 18, slli.uw, 0x4000000000000000, 0x80000000, 31
    TEST_RI 19, slli.uw, 0x8000000000000000, 0x80000000, 32
    TEST_RI 20, slli.uw, 0x0, 0x80000000, 33
    TEST_RI 21, slli.uw, 0x0, 0x80000000, 63
    TEST_RI 22, slli.uw, 0x1, 0x7fffffff00000001, 0
    TEST_RI 23, slli.uw, 0x2, 0x7fffffff00000001, 1
    TEST_RI 24, slli.uw, 0x20, 0x7fffffff00000001, 5
    TEST_RI 25, slli.uw, 0x80000000, 0x7fffffff00000001, 31
    TEST_RI 26, slli.uw, 0x100000000, 0x7fffffff00000001, 32
    TEST_RI 27, slli.uw, 0x200000000, 0x7fffffff00000001, 33
    TEST_RI 28, slli.uw, 0x8000000000000000, 0x7fffffff00000001, 63
    TEST_RI_D 29, slli.uw, 0x95fd757c00000000, 0xdeadbeefcafebabe, 33
    TEST_RI_D 30, slli.uw, 0x89abcdef, 0x123456789abcdef, 0
    TEST_RI_Z 31, slli.uw, 0x0, 7
    /* the same, operands from memory */
    MEM_RI 32, slli.uw, 0xffffffff, 0xffffffffffffffff, 0
    MEM_RI 33, slli.uw, 0x1fffffffe, 0xffffffffffffffff, 1
    MEM_RI 34, slli.uw, 0x1fffffffe0, 0xffffffffffffffff, 5
    MEM_RI 35, slli.uw, 0x7fffffff80000000, 0xffffffffffffffff, 31
    MEM_RI 36, slli.uw, 0xffffffff00000000, 0xffffffffffffffff, 32
    MEM_RI 37, slli.uw, 0xfffffffe00000000, 0xffffffffffffffff, 33
    MEM_RI 38, slli.uw, 0x8000000000000000, 0xffffffffffffffff, 63
    MEM_RI 39, slli.uw, 0x89abcdef, 0x123456789abcdef, 0
    MEM_RI 40, slli.uw, 0x113579bde, 0x123456789abcdef, 1
    MEM_RI 41, slli.uw, 0x113579bde0, 0x123456789abcdef, 5
    MEM_RI 42, slli.uw, 0x44d5e6f780000000, 0x123456789abcdef, 31
    MEM_RI 43, slli.uw, 0x89abcdef00000000, 0x123456789abcdef, 32
    MEM_RI 44, slli.uw, 0x13579bde00000000, 0x123456789abcdef, 33
    MEM_RI 45, slli.uw, 0x8000000000000000, 0x123456789abcdef, 63
    MEM_RI 46, slli.uw, 0x80000000, 0x80000000, 0
    MEM_RI 47, slli.uw, 0x100000000, 0x80000000, 1
    MEM_RI 48, slli.uw, 0x1000000000, 0x80000000, 5
    MEM_RI 49, slli.uw, 0x4000000000000000, 0x80000000, 31
    MEM_RI 50, slli.uw, 0x8000000000000000, 0x80000000, 32
    MEM_RI 51, slli.uw, 0x0, 0x80000000, 33
    MEM_RI 52, slli.uw, 0x0, 0x80000000, 63
    MEM_RI 53, slli.uw, 0x1, 0x7fffffff00000001, 0
    MEM_RI 54, slli.uw, 0x2, 0x7fffffff00000001, 1
    MEM_RI 55, slli.uw, 0x20, 0x7fffffff00000001, 5
    MEM_RI 56, slli.uw, 0x80000000, 0x7fffffff00000001, 31
    MEM_RI 57, slli.uw, 0x100000000, 0x7fffffff00000001, 32
    MEM_RI 58, slli.uw, 0x200000000, 0x7fffffff00000001, 33
    MEM_RI 59, slli.uw, 0x8000000000000000, 0x7fffffff00000001, 63
    MEM_RI_D 60, slli.uw, 0x95fd757c00000000, 0xdeadbeefcafebabe, 33
    MEM_RI_D 61, slli.uw, 0x89abcdef, 0x123456789abcdef, 0
    PASS
