/* clzw: leading zero bits of the low word of rs1; 32 for zero */
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
    TEST_R1 1, clzw, 0x20, 0x0
    TEST_R1 2, clzw, 0x1f, 0x1
    TEST_R1 3, clzw, 0x0, 0xffffffffffffffff
    TEST_R1 4, clzw, 0x20, 0x8000000000000000
    TEST_R1 5, clzw, 0x0, 0x7fffffffffffffff
    TEST_R1 6, clzw, 0x0, 0x80000000
    TEST_R1 7, clzw, 0x0, 0xffffffff
    TEST_R1 8, clzw, 0x1, 0x7fffffff
    TEST_R1 9, clzw, 0x0, 0x123456789abcdef
    TEST_R1 10, clzw, 0x0, 0xdeadbeefcafebabe
    TEST_R1 11, clzw, 0x20, 0x100000000
    TEST_R1 12, clzw, 0x18, 0xff
    TEST_R1 13, clzw, 0x18, 0x80
    TEST_R1 14, clzw, 0x19, 0x7f
    TEST_R1 15, clzw, 0x10, 0x8000
    TEST_R1 16, clzw, 0x10, 0xffff
    TEST_R1 17, clzw, 0x11, 0x7fff
    TEST_R1 18, clzw, 0x8, 0xff00ff00ff00ff
    TEST_R1 19, clzw, 0x18, 0x100000000000080
    TEST_R1 20, clzw, 0x20, 0xffffffff00000000
    TEST_R1 21, clzw, 0x1f, 0x100000001
    TEST_R1_D 22, clzw, 0x0, 0xdeadbeefcafebabe
    TEST_R1_D 23, clzw, 0x18, 0x80
    TEST_R1_Z 24, clzw, 0x20
    /* the same, operands from memory */
    MEM_R1 25, clzw, 0x20, 0x0
    MEM_R1 26, clzw, 0x1f, 0x1
    MEM_R1 27, clzw, 0x0, 0xffffffffffffffff
    MEM_R1 28, clzw, 0x20, 0x8000000000000000
    MEM_R1 29, clzw, 0x0, 0x7fffffffffffffff
    MEM_R1 30, clzw, 0x0, 0x80000000
    MEM_R1 31, clzw, 0x0, 0xffffffff
    MEM_R1 32, clzw, 0x1, 0x7fffffff
    MEM_R1 33, clzw, 0x0, 0x123456789abcdef
    MEM_R1 34, clzw, 0x0, 0xdeadbeefcafebabe
    MEM_R1 35, clzw, 0x20, 0x100000000
    MEM_R1 36, clzw, 0x18, 0xff
    MEM_R1 37, clzw, 0x18, 0x80
    MEM_R1 38, clzw, 0x19, 0x7f
    MEM_R1 39, clzw, 0x10, 0x8000
    MEM_R1 40, clzw, 0x10, 0xffff
    MEM_R1 41, clzw, 0x11, 0x7fff
    MEM_R1 42, clzw, 0x8, 0xff00ff00ff00ff
    MEM_R1 43, clzw, 0x18, 0x100000000000080
    MEM_R1 44, clzw, 0x20, 0xffffffff00000000
    MEM_R1 45, clzw, 0x1f, 0x100000001
    MEM_R1_D 46, clzw, 0x0, 0xdeadbeefcafebabe
    MEM_R1_D 47, clzw, 0x18, 0x80
    PASS
