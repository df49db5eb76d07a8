/* bseti: set bit shamt */
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
    TEST_RI 1, bseti, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RI 2, bseti, 0x123456789abcdef, 0x123456789abcdef, 1
    TEST_RI 3, bseti, 0x123456789abcdef, 0x123456789abcdef, 5
    TEST_RI 4, bseti, 0x123456789abcdef, 0x123456789abcdef, 31
    TEST_RI 5, bseti, 0x123456789abcdef, 0x123456789abcdef, 32
    TEST_RI 6, bseti, 0x123456789abcdef, 0x123456789abcdef, 33
    TEST_RI 7, bseti, 0x8123456789abcdef, 0x123456789abcdef, 63
    TEST_RI 8, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 0
    TEST_RI 9, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 1
    TEST_RI 10, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 5
    TEST_RI 11, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 31
    TEST_RI 12, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 32
    TEST_RI 13, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 33
    TEST_RI 14, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 63
    TEST_RI 15, bseti, 0x8000000000000001, 0x8000000000000001, 0
    TEST_RI 16, bseti, 0x8000000000000003, 0x8000000000000001, 1
    TEST_RI 17, bseti, 0x8000000000000021, 0x8000000000000001, 5
    TEST_RI 18, bseti, 0x8000000080000001, 0x8000000000000001, 31
    TEST_RI 19, bseti, 0x8000000100000001, 0x8000000000000001, 32
    TEST_RI 20, bseti, 0x8000000200000001, 0x8000000000000001, 33
    TEST_RI 21, bseti, 0x8000000000000001, 0x8000000000000001, 63
    TEST_RI 22, bseti, 0xdeadbeefcafebabf, 0xdeadbeefcafebabe, 0
    TEST_RI 23, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 1
    TEST_RI 24, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 5
    TEST_RI 25, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 31
    TEST_RI 26, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 32
    TEST_RI 27, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 33
    TEST_RI 28, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 63
    TEST_RI_D 29, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 33
    TEST_RI_D 30, bseti, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RI_Z 31, bseti, 0x80, 7
    /* the same, operands from memory */
    MEM_RI 32, bseti, 0x123456789abcdef, 0x123456789abcdef, 0
    MEM_RI 33, bseti, 0x123456789abcdef, 0x123456789abcdef, 1
    MEM_RI 34, bseti, 0x123456789abcdef, 0x123456789abcdef, 5
    MEM_RI 35, bseti, 0x123456789abcdef, 0x123456789abcdef, 31
    MEM_RI 36, bseti, 0x123456789abcdef, 0x123456789abcdef, 32
    MEM_RI 37, bseti, 0x123456789abcdef, 0x123456789abcdef, 33
    MEM_RI 38, bseti, 0x8123456789abcdef, 0x123456789abcdef, 63
    MEM_RI 39, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 0
    MEM_RI 40, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 1
    MEM_RI 41, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 5
    MEM_RI 42, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 31
    MEM_RI 43, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 32
    MEM_RI 44, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 33
    MEM_RI 45, bseti, 0xffffffffffffffff, 0xffffffffffffffff, 63
    MEM_RI 46, bseti, 0x8000000000000001, 0x8000000000000001, 0
    MEM_RI 47, bseti, 0x8000000000000003, 0x8000000000000001, 1
    MEM_RI 48, bseti, 0x8000000000000021, 0x8000000000000001, 5
    MEM_RI 49, bseti, 0x8000000080000001, 0x8000000000000001, 31
    MEM_RI 50, bseti, 0x8000000100000001, 0x8000000000000001, 32
    MEM_RI 51, bseti, 0x8000000200000001, 0x8000000000000001, 33
    MEM_RI 52, bseti, 0x8000000000000001, 0x8000000000000001, 63
    MEM_RI 53, bseti, 0xdeadbeefcafebabf, 0xdeadbeefcafebabe, 0
    MEM_RI 54, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 1
    MEM_RI 55, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 5
    MEM_RI 56, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 31
    MEM_RI 57, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 32
    MEM_RI 58, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 33
    MEM_RI 59, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 63
    MEM_RI_D 60, bseti, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 33
    MEM_RI_D 61, bseti, 0x123456789abcdef, 0x123456789abcdef, 0
    PASS
