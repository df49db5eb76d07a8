/* rori: rotate right by a 6-bit immediate */
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
    TEST_RI 1, rori, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RI 2, rori, 0x8091a2b3c4d5e6f7, 0x123456789abcdef, 1
    TEST_RI 3, rori, 0x78091a2b3c4d5e6f, 0x123456789abcdef, 5
    TEST_RI 4, rori, 0x13579bde02468acf, 0x123456789abcdef, 31
    TEST_RI 5, rori, 0x89abcdef01234567, 0x123456789abcdef, 32
    TEST_RI 6, rori, 0xc4d5e6f78091a2b3, 0x123456789abcdef, 33
    TEST_RI 7, rori, 0x2468acf13579bde, 0x123456789abcdef, 63
    TEST_RI 8, rori, 0xffffffffffffffff, 0xffffffffffffffff, 0
    TEST_RI 9, rori, 0xffffffffffffffff, 0xffffffffffffffff, 1
    TEST_RI 10, rori, 0xffffffffffffffff, 0xffffffffffffffff, 5
    TEST_RI 11, rori, 0xffffffffffffffff, 0xffffffffffffffff, 31
    TEST_RI 12, rori, 0xffffffffffffffff, 0xffffffffffffffff, 32
    TEST_RI 13, rori, 0xffffffffffffffff, 0xffffffffffffffff, 33
    TEST_RI 14, rori, 0xffffffffffffffff, 0xffffffffffffffff, 63
    TEST_RI 15, rori, 0x8000000000000001, 0x8000000000000001, 0
    TEST_RI 16, rori, 0xc000000000000000, 0x8000000000000001, 1
    TEST_RI 17, rori, 0xc00000000000000, 0x8000000000000001, 5
    TEST_RI 18, rori, 0x300000000, 0x8000000000000001, 31
    TEST_RI 19, rori, 0x180000000, 0x8000000000000001, 32
    TEST_RI 20, rori, 0xc0000000, 0x8000000000000001, 33
    TEST_RI 21, rori, 0x3, 0x8000000000000001, 63
    TEST_RI 22, rori, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI 23, rori, 0x6f56df77e57f5d5f, 0xdeadbeefcafebabe, 1
    TEST_RI 24, rori, 0xf6f56df77e57f5d5, 0xdeadbeefcafebabe, 5
    TEST_RI 25, rori, 0x95fd757dbd5b7ddf, 0xdeadbeefcafebabe, 31
    TEST_RI 26, rori, 0xcafebabedeadbeef, 0xdeadbeefcafebabe, 32
    TEST_RI 27, rori, 0xe57f5d5f6f56df77, 0xdeadbeefcafebabe, 33
    TEST_RI 28, rori, 0xbd5b7ddf95fd757d, 0xdeadbeefcafebabe, 63
    TEST_RI_D 29, rori, 0xe57f5d5f6f56df77, 0xdeadbeefcafebabe, 33
    TEST_RI_D 30, rori, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RI_Z 31, rori, 0x0, 7
    /* the same, operands from memory */
    MEM_RI 32, rori, 0x123456789abcdef, 0x123456789abcdef, 0
    MEM_RI 33, rori, 0x8091a2b3c4d5e6f7, 0x123456789abcdef, 1
    MEM_RI 34, rori, 0x78091a2b3c4d5e6f, 0x123456789abcdef, 5
    MEM_RI 35, rori, 0x13579bde02468acf, 0x123456789abcdef, 31
    MEM_RI 36, rori, 0x89abcdef01234567, 0x123456789abcdef, 32
    MEM_RI 37, rori, 0xc4d5e6f78091a2b3, 0x123456789abcdef, 33
    MEM_RI 38, rori, 0x2468acf13579bde, 0x123456789abcdef, 63
    MEM_RI 39, rori, 0xffffffffffffffff, 0xffffffffffffffff, 0
    MEM_RI 40, rori, 0xffffffffffffffff, 0xffffffffffffffff, 1
    MEM_RI 41, rori, 0xffffffffffffffff, 0xffffffffffffffff, 5
    MEM_RI 42, rori, 0xffffffffffffffff, 0xffffffffffffffff, 31
    MEM_RI 43, rori, 0xffffffffffffffff, 0xffffffffffffffff, 32
    MEM_RI 44, rori, 0xffffffffffffffff, 0xffffffffffffffff, 33
    MEM_RI 45, rori, 0xffffffffffffffff, 0xffffffffffffffff, 63
    MEM_RI 46, rori, 0x8000000000000001, 0x8000000000000001, 0
    MEM_RI 47, rori, 0xc000000000000000, 0x8000000000000001, 1
    MEM_RI 48, rori, 0xc00000000000000, 0x8000000000000001, 5
    MEM_RI 49, rori, 0x300000000, 0x8000000000000001, 31
    MEM_RI 50, rori, 0x180000000, 0x8000000000000001, 32
    MEM_RI 51, rori, 0xc0000000, 0x8000000000000001, 33
    MEM_RI 52, rori, 0x3, 0x8000000000000001, 63
    MEM_RI 53, rori, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    MEM_RI 54, rori, 0x6f56df77e57f5d5f, 0xdeadbeefcafebabe, 1
    MEM_RI 55, rori, 0xf6f56df77e57f5d5, 0xdeadbeefcafebabe, 5
    MEM_RI 56, rori, 0x95fd757dbd5b7ddf, 0xdeadbeefcafebabe, 31
    MEM_RI 57, rori, 0xcafebabedeadbeef, 0xdeadbeefcafebabe, 32
    MEM_RI 58, rori, 0xe57f5d5f6f56df77, 0xdeadbeefcafebabe, 33
    MEM_RI 59, rori, 0xbd5b7ddf95fd757d, 0xdeadbeefcafebabe, 63
    MEM_RI_D 60, rori, 0xe57f5d5f6f56df77, 0xdeadbeefcafebabe, 33
    MEM_RI_D 61, rori, 0x123456789abcdef, 0x123456789abcdef, 0
    PASS
