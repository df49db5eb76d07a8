/* ctzw: trailing zero bits of the low word of rs1; 32 for zero.
 * Checks 24, 25 (and 48, 49, from memory) have a zero low word and bits set above
 * it: QEMU 7.2 counts up to those bits (63, 62) where the spec says 32, and fails 24 */
#include "test.h"
    .option arch, +zba, +zbb, +zbc, +zbs
/* Unary forms: rd = a0, rs1 = a1; _D: rd = rs1; _Z: rs1 = x0 (clobber t4). */
.macro TEST_R1 code, inst, result, v1
    li a1, \v1
    \inst a0, a1
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
.endm
.macro TEST_R1_D code, inst, result, v1
    li a1, \v1
    \inst a1, a1
    CHECK_IMM a1, \result, \code
.endm
.macro TEST_R1_Z code, inst, result
    \inst a0, x0
    CHECK_IMM a0, \result, \code
.endm
/* Operands loaded from memory (MEM_*), so that the translator cannot fold
 * the operation away: it runs in generated code. */
.macro LDV reg, v
    .pushsection .data
    .balign 8
.Lv\@: .dword \v
    .popsection
    ld \reg, .Lv\@
.endm
.macro MEM_R1 code, inst, result, v1
    LDV a1, \v1
    \inst a0, a1
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
.endm
.macro MEM_R1_D code, inst, result, v1
    LDV a1, \v1
    \inst a1, a1
    CHECK_IMM a1, \result, \code
.endm
    .section .text.init
    .globl _start
_start:
    TEST_R1 1, ctzw, 0x20, 0x0
    TEST_R1 2, ctzw, 0x0, 0x1
    TEST_R1 3, ctzw, 0x0, 0xffffffffffffffff
    TEST_R1 4, ctzw, 0x0, 0x7fffffffffffffff
    TEST_R1 5, ctzw, 0x1f, 0x80000000
    TEST_R1 6, ctzw, 0x0, 0xffffffff
    TEST_R1 7, ctzw, 0x0, 0x7fffffff
    TEST_R1 8, ctzw, 0x0, 0x123456789abcdef
    TEST_R1 9, ctzw, 0x1, 0xdeadbeefcafebabe
    TEST_R1 10, ctzw, 0x20, 0x100000000
    TEST_R1 11, ctzw, 0x0, 0xff
    TEST_R1 12, ctzw, 0x7, 0x80
    TEST_R1 13, ctzw, 0x0, 0x7f
    TEST_R1 14, ctzw, 0xf, 0x8000
    TEST_R1 15, ctzw, 0x0, 0xffff
    TEST_R1 16, ctzw, 0x0, 0x7fff
    TEST_R1 17, ctzw, 0x0, 0xff00ff00ff00ff
    TEST_R1 18, ctzw, 0x7, 0x100000000000080
    TEST_R1 19, ctzw, 0x20, 0xffffffff00000000
    TEST_R1 20, ctzw, 0x0, 0x100000001
    TEST_R1_D 21, ctzw, 0x1, 0xdeadbeefcafebabe
    TEST_R1_D 22, ctzw, 0x7, 0x80
    TEST_R1_Z 23, ctzw, 0x20
    TEST_R1 24, ctzw, 0x20, 0x8000000000000000
    TEST_R1 25, ctzw, 0x20, 0x4000000000000000
    /* the same, operands from memory */
    MEM_R1 26, ctzw, 0x20, 0x0
    MEM_R1 27, ctzw, 0x0, 0x1
    MEM_R1 28, ctzw, 0x0, 0xffffffffffffffff
    MEM_R1 29, ctzw, 0x0, 0x7fffffffffffffff
    MEM_R1 30, ctzw, 0x1f, 0x80000000
    MEM_R1 31, ctzw, 0x0, 0xffffffff
    MEM_R1 32, ctzw, 0x0, 0x7fffffff
    MEM_R1 33, ctzw, 0x0, 0x123456789abcdef
    MEM_R1 34, ctzw, 0x1, 0xdeadbeefcafebabe
    MEM_R1 35, ctzw, 0x20, 0x100000000
    MEM_R1 36, ctzw, 0x0, 0xff
    MEM_R1 37, ctzw, 0x7, 0x80
    MEM_R1 38, ctzw, 0x0, 0x7f
    MEM_R1 39, ctzw, 0xf, 0x8000
    MEM_R1 40, ctzw, 0x0, 0xffff
    MEM_R1 41, ctzw, 0x0, 0x7fff
    MEM_R1 42, ctzw, 0x0, 0xff00ff00ff00ff
    MEM_R1 43, ctzw, 0x7, 0x100000000000080
    MEM_R1 44, ctzw, 0x20, 0xffffffff00000000
    MEM_R1 45, ctzw, 0x0, 0x100000001
    MEM_R1_D 46, ctzw, 0x1, 0xdeadbeefcafebabe
    MEM_R1_D 47, ctzw, 0x7, 0x80
    MEM_R1 48, ctzw, 0x20, 0x8000000000000000
    MEM_R1 49, ctzw, 0x20, 0x4000000000000000
    PASS
