/* bexti: bit shamt of rs1 */
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
    TEST_RI 1, bexti, 0x1, 0x123456789abcdef, 0
    TEST_RI 2, bexti, 0x1, 0x123456789abcdef, 1
    TEST_RI 3, bexti, 0x1, 0x123456789abcdef, 5
    TEST_RI 4, bexti, 0x1, 0x123456789abcdef, 31
    TEST_RI 5, bexti, 0x1, 0x123456789abcdef, 32
    TEST_RI 6, bexti, 0x1, 0x123456789abcdef, 33
    TEST_RI 7, bexti, 0x0, 0x123456789abcdef, 63
    TEST_RI 8, bexti, 0x1, 0xffffffffffffffff, 0
    TEST_RI 9, bexti, 0x1, 0xffffffffffffffff, 1
    TEST_RI 10, bexti, 0x1, 0xffffffffffffffff, 5
    TEST_RI 11, bexti, 0x1, 0xffffffffffffffff, 31
    TEST_RI 12, bexti, 0x1, 0xffffffffffffffff, 32
    TEST_RI 13, bexti, 0x1, 0xffffffffffffffff, 33
    TEST_RI 14, bexti, 0x1, 0xffffffffffffffff, 63
    TEST_RI 15, bexti, 0x1, 0x8000000000000001, 0
    TEST_RI 16, bexti, 0x0, 0x8000000000000001, 1
    TEST_RI 17, bexti, 0x0, 0x8000000000000001, 5
    TEST_RI 18, bexti, 0x0, 0x8000000000000001, 31
    TEST_RI 19, bexti, 0x0, 0x8000000000000001, 32
    TEST_RI 20, bexti, 0x0, 0x8000000000000001, 33
    TEST_RI 21, bexti, 0x1, 0x8000000000000001, 63
    TEST_RI 22, bexti, 0x0, 0xdeadbeefcafebabe, 0
    TEST_RI 23, bexti, 0x1, 0xdeadbeefcafebabe, 1
    TEST_RI 24, bexti, 0x1, 0xdeadbeefcafebabe, 5
    TEST_RI 25, bexti, 0x1, 0xdeadbeefcafebabe, 31
    TEST_RI 26, bexti, 0x1, 0xdeadbeefcafebabe, 32
    TEST_RI 27, bexti, 0x1, 0xdeadbeefcafebabe, 33
    TEST_RI 28, bexti, 0x1, 0xdeadbeefcafebabe, 63
    TEST_RI_D 29, bexti, 0x1, 0xdeadbeefcafebabe, 33
    TEST_RI_D 30, bexti, 0x1, 0x123456789abcdef, 0
    TEST_RI_Z 31, bexti, 0x0, 7
    /* the same, operands from memory */
    MEM_RI 32, bexti, 0x1, 0x123456789abcdef, 0
    MEM_RI 33, bexti, 0x1, 0x123456789abcdef, 1
    MEM_RI 34, bexti, 0x1, 0x123456789abcdef, 5
    MEM_RI 35, bexti, 0x1, 0x123456789abcdef, 31
    MEM_RI 36, bexti, 0x1, 0x123456789abcdef, 32
    MEM_RI 37, bexti, 0x1, 0x123456789abcdef, 33
    MEM_RI 38, bexti, 0x0, 0x123456789abcdef, 63
    MEM_RI 39, bexti, 0x1, 0xffffffffffffffff, 0
    MEM_RI 40, bexti, 0x1, 0xffffffffffffffff, 1
    MEM_RI 41, bexti, 0x1, 0xffffffffffffffff, 5
    MEM_RI 42, bexti, 0x1, 0xffffffffffffffff, 31
    MEM_RI 43, bexti, 0x1, 0xffffffffffffffff, 32
    MEM_RI 44, bexti, 0x1, 0xffffffffffffffff, 33
    MEM_RI 45, bexti, 0x1, 0xffffffffffffffff, 63
    MEM_RI 46, bexti, 0x1, 0x8000000000000001, 0
    MEM_RI 47, bexti, 0x0, 0x8000000000000001, 1
    MEM_RI 48, bexti, 0x0, 0x8000000000000001, 5
    MEM_RI 49, bexti, 0x0, 0x8000000000000001, 31
    MEM_RI 50, bexti, 0x0, 0x8000000000000001, 32
    MEM_RI 51, bexti, 0x0, 0x8000000000000001, 33
    MEM_RI 52, bexti, 0x1, 0x8000000000000001, 63
    MEM_RI 53, bexti, 0x0, 0xdeadbeefcafebabe, 0
    MEM_RI 54, bexti, 0x1, 0xdeadbeefcafebabe, 1
    MEM_RI 55, bexti, 0x1, 0xdeadbeefcafebabe, 5
    MEM_RI 56, bexti, 0x1, 0xdeadbeefcafebabe, 31
    MEM_RI 57, bexti, 0x1, 0xdeadbeefcafebabe, 32
    MEM_RI 58, bexti, 0x1, 0xdeadbeefcafebabe, 33
    MEM_RI 59, bexti, 0x1, 0xdeadbeefcafebabe, 63
    MEM_RI_D 60, bexti, 0x1, 0xdeadbeefcafebabe, 33
    MEM_RI_D 61, bexti, 0x1, 0x123456789abcdef, 0
    PASS
