/* bclri: clear bit shamt */
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
    TEST_RI 1, bclri, 0x123456789abcdee, 0x123456789abcdef, 0
    TEST_RI 2, bclri, 0x123456789abcded, 0x123456789abcdef, 1
    TEST_RI 3, bclri, 0x123456789abcdcf, 0x123456789abcdef, 5
    TEST_RI 4, bclri, 0x123456709abcdef, 0x123456789abcdef, 31
    TEST_RI 5, bclri, 0x123456689abcdef, 0x123456789abcdef, 32
    TEST_RI 6, bclri, 0x123456589abcdef, 0x123456789abcdef, 33
    TEST_RI 7, bclri, 0x123456789abcdef, 0x123456789abcdef, 63
    TEST_RI 8, bclri, 0xfffffffffffffffe, 0xffffffffffffffff, 0
    TEST_RI 9, bclri, 0xfffffffffffffffd, 0xffffffffffffffff, 1
    TEST_RI 10, bclri, 0xffffffffffffffdf, 0xffffffffffffffff, 5
    TEST_RI 11, bclri, 0xffffffff7fffffff, 0xffffffffffffffff, 31
    TEST_RI 12, bclri, 0xfffffffeffffffff, 0xffffffffffffffff, 32
    TEST_RI 13, bclri, 0xfffffffdffffffff, 0xffffffffffffffff, 33
    TEST_RI 14, bclri, 0x7fffffffffffffff, 0xffffffffffffffff, 63
    TEST_RI 15, bclri, 0x8000000000000000, 0x8000000000000001, 0
    TEST_RI 16, bclri, 0x8000000000000001, 0x8000000000000001, 1
    TEST_RI 17, bclri, 0x8000000000000001, 0x8000000000000001, 5
    TEST_RI 18, bclri, 0x8000000000000001, 0x8000000000000001, 31
    TEST_RI 19, bclri, 0x8000000000000001, 0x8000000000000001, 32
    TEST_RI 20, bclri, 0x8000000000000001, 0x8000000000000001, 33
    TEST_RI 21, bclri, 0x1, 0x8000000000000001, 63
    TEST_RI 22, bclri, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI 23, bclri, 0xdeadbeefcafebabc, 0xdeadbeefcafebabe, 1
    TEST_RI 24, bclri, 0xdeadbeefcafeba9e, 0xdeadbeefcafebabe, 5
    TEST_RI 25, bclri, 0xdeadbeef4afebabe, 0xdeadbeefcafebabe, 31
    TEST_RI 26, bclri, 0xdeadbeeecafebabe, 0xdeadbeefcafebabe, 32
    TEST_RI 27, bclri, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    TEST_RI 28, bclri, 0x5eadbeefcafebabe, 0xdeadbeefcafebabe, 63
    TEST_RI_D 29, bclri, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    TEST_RI_D 30, bclri, 0x123456789abcdee, 0x123456789abcdef, 0
    TEST_RI_Z 31, bclri, 0x0, 7
    /* the same, operands from memory */
    MEM_RI 32, bclri, 0x123456789abcdee, 0x123456789abcdef, 0
    MEM_RI 33, bclri, 0x123456789abcded, 0x123456789abcdef, 1
    MEM_RI 34, bclri, 0x123456789abcdcf, 0x123456789abcdef, 5
    MEM_RI 35, bclri, 0x123456709abcdef, 0x123456789abcdef, 31
    MEM_RI 36, bclri, 0x123456689abcdef, 0x123456789abcdef, 32
    MEM_RI 37, bclri, 0x123456589abcdef, 0x123456789abcdef, 33
    MEM_RI 38, bclri, 0x123456789abcdef, 0x123456789abcdef, 63
    MEM_RI 39, bclri, 0xfffffffffffffffe, 0xffffffffffffffff, 0
    MEM_RI 40, bclri, 0xfffffffffffffffd, 0xffffffffffffffff, 1
    MEM_RI 41, bclri, 0xffffffffffffffdf, 0xffffffffffffffff, 5
    MEM_RI 42, bclri, 0xffffffff7fffffff, 0xffffffffffffffff, 31
    MEM_RI 43, bclri, 0xfffffffeffffffff, 0xffffffffffffffff, 32
    MEM_RI 44, bclri, 0xfffffffdffffffff, 0xffffffffffffffff, 33
    MEM_RI 45, bclri, 0x7fffffffffffffff, 0xffffffffffffffff, 63
    MEM_RI 46, bclri, 0x8000000000000000, 0x8000000000000001, 0
    MEM_RI 47, bclri, 0x8000000000000001, 0x8000000000000001, 1
    MEM_RI 48, bclri, 0x8000000000000001, 0x8000000000000001, 5
    MEM_RI 49, bclri, 0x8000000000000001, 0x8000000000000001, 31
    MEM_RI 50, bclri, 0x8000000000000001, 0x8000000000000001, 32
    MEM_RI 51, bclri, 0x8000000000000001, 0x8000000000000001, 33
    MEM_RI 52, bclri, 0x1, 0x8000000000000001, 63
    MEM_RI 53, bclri, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    MEM_RI 54, bclri, 0xdeadbeefcafebabc, 0xdeadbeefcafebabe, 1
    MEM_RI 55, bclri, 0xdeadbeefcafeba9e, 0xdeadbeefcafebabe, 5
    MEM_RI 56, bclri, 0xdeadbeef4afebabe, 0xdeadbeefcafebabe, 31
    MEM_RI 57, bclri, 0xdeadbeeecafebabe, 0xdeadbeefcafebabe, 32
    MEM_RI 58, bclri, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    MEM_RI 59, bclri, 0x5eadbeefcafebabe, 0xdeadbeefcafebabe, 63
    MEM_RI_D 60, bclri, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    MEM_RI_D 61, bclri, 0x123456789abcdee, 0x123456789abcdef, 0
    PASS
