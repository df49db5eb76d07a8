/* binvi: invert bit shamt */
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
    TEST_RI 1, binvi, 0x123456789abcdee, 0x123456789abcdef, 0
    TEST_RI 2, binvi, 0x123456789abcded, 0x123456789abcdef, 1
    TEST_RI 3, binvi, 0x123456789abcdcf, 0x123456789abcdef, 5
    TEST_RI 4, binvi, 0x123456709abcdef, 0x123456789abcdef, 31
    TEST_RI 5, binvi, 0x123456689abcdef, 0x123456789abcdef, 32
    TEST_RI 6, binvi, 0x123456589abcdef, 0x123456789abcdef, 33
    TEST_RI 7, binvi, 0x8123456789abcdef, 0x123456789abcdef, 63
    TEST_RI 8, binvi, 0xfffffffffffffffe, 0xffffffffffffffff, 0
    TEST_RI 9, binvi, 0xfffffffffffffffd, 0xffffffffffffffff, 1
    TEST_RI 10, binvi, 0xffffffffffffffdf, 0xffffffffffffffff, 5
    TEST_RI 11, binvi, 0xffffffff7fffffff, 0xffffffffffffffff, 31
    TEST_RI 12, binvi, 0xfffffffeffffffff, 0xffffffffffffffff, 32
    TEST_RI 13, binvi, 0xfffffffdffffffff, 0xffffffffffffffff, 33
    TEST_RI 14, binvi, 0x7fffffffffffffff, 0xffffffffffffffff, 63
    TEST_RI 15, binvi, 0x8000000000000000, 0x8000000000000001, 0
    TEST_RI 16, binvi, 0x8000000000000003, 0x8000000000000001, 1
    TEST_RI 17, binvi, 0x8000000000000021, 0x8000000000000001, 5
    TEST_RI 18, binvi, 0x8000000080000001, 0x8000000000000001, 31
    TEST_RI 19, binvi, 0x8000000100000001, 0x8000000000000001, 32
    TEST_RI 20, binvi, 0x8000000200000001, 0x8000000000000001, 33
    TEST_RI 21, binvi, 0x1, 0x8000000000000001, 63
    TEST_RI 22, binvi, 0xdeadbeefcafebabf, 0xdeadbeefcafebabe, 0
    TEST_RI 23, binvi, 0xdeadbeefcafebabc, 0xdeadbeefcafebabe, 1
    TEST_RI 24, binvi, 0xdeadbeefcafeba9e, 0xdeadbeefcafebabe, 5
    TEST_RI 25, binvi, 0xdeadbeef4afebabe, 0xdeadbeefcafebabe, 31
    TEST_RI 26, binvi, 0xdeadbeeecafebabe, 0xdeadbeefcafebabe, 32
    TEST_RI 27, binvi, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    TEST_RI 28, binvi, 0x5eadbeefcafebabe, 0xdeadbeefcafebabe, 63
    TEST_RI_D 29, binvi, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    TEST_RI_D 30, binvi, 0x123456789abcdee, 0x123456789abcdef, 0
    TEST_RI_Z 31, binvi, 0x80, 7
    /* the same, operands from memory */
    MEM_RI 32, binvi, 0x123456789abcdee, 0x123456789abcdef, 0
    MEM_RI 33, binvi, 0x123456789abcded, 0x123456789abcdef, 1
    MEM_RI 34, binvi, 0x123456789abcdcf, 0x123456789abcdef, 5
    MEM_RI 35, binvi, 0x123456709abcdef, 0x123456789abcdef, 31
    MEM_RI 36, binvi, 0x123456689abcdef, 0x123456789abcdef, 32
    MEM_RI 37, binvi, 0x123456589abcdef, 0x123456789abcdef, 33
    MEM_RI 38, binvi, 0x8123456789abcdef, 0x123456789abcdef, 63
    MEM_RI 39, binvi, 0xfffffffffffffffe, 0xffffffffffffffff, 0
    MEM_RI 40, binvi, 0xfffffffffffffffd, 0xffffffffffffffff, 1
    MEM_RI 41, binvi, 0xffffffffffffffdf, 0xffffffffffffffff, 5
    MEM_RI 42, binvi, 0xffffffff7fffffff, 0xffffffffffffffff, 31
    MEM_RI 43, binvi, 0xfffffffeffffffff, 0xffffffffffffffff, 32
    MEM_RI 44, binvi, 0xfffffffdffffffff, 0xffffffffffffffff, 33
    MEM_RI 45, binvi, 0x7fffffffffffffff, 0xffffffffffffffff, 63
    MEM_RI 46, binvi, 0x8000000000000000, 0x8000000000000001, 0
    MEM_RI 47, binvi, 0x8000000000000003, 0x8000000000000001, 1
    MEM_RI 48, binvi, 0x8000000000000021, 0x8000000000000001, 5
    MEM_RI 49, binvi, 0x8000000080000001, 0x8000000000000001, 31
    MEM_RI 50, binvi, 0x8000000100000001, 0x8000000000000001, 32
    MEM_RI 51, binvi, 0x8000000200000001, 0x8000000000000001, 33
    MEM_RI 52, binvi, 0x1, 0x8000000000000001, 63
    MEM_RI 53, binvi, 0xdeadbeefcafebabf, 0xdeadbeefcafebabe, 0
    MEM_RI 54, binvi, 0xdeadbeefcafebabc, 0xdeadbeefcafebabe, 1
    MEM_RI 55, binvi, 0xdeadbeefcafeba9e, 0xdeadbeefcafebabe, 5
    MEM_RI 56, binvi, 0xdeadbeef4afebabe, 0xdeadbeefcafebabe, 31
    MEM_RI 57, binvi, 0xdeadbeeecafebabe, 0xdeadbeefcafebabe, 32
    MEM_RI 58, binvi, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    MEM_RI 59, binvi, 0x5eadbeefcafebabe, 0xdeadbeefcafebabe, 63
    MEM_RI_D 60, binvi, 0xdeadbeedcafebabe, 0xdeadbeefcafebabe, 33
    MEM_RI_D 61, binvi, 0x123456789abcdee, 0x123456789abcdef, 0
    PASS
