/* rev8: byte order reversed */
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
    TEST_R1 1, rev8, 0x0, 0x0
    TEST_R1 2, rev8, 0x100000000000000, 0x1
    TEST_R1 3, rev8, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_R1 4, rev8, 0x80, 0x8000000000000000
    TEST_R1 5, rev8, 0xffffffffffffff7f, 0x7fffffffffffffff
    TEST_R1 6, rev8, 0x8000000000, 0x80000000
    TEST_R1 7, rev8, 0xffffffff00000000, 0xffffffff
    TEST_R1 8, rev8, 0xffffff7f00000000, 0x7fffffff
    TEST_R1 9, rev8, 0xefcdab8967452301, 0x123456789abcdef
    TEST_R1 10, rev8, 0xbebafecaefbeadde, 0xdeadbeefcafebabe
    TEST_R1 11, rev8, 0x1000000, 0x100000000
    TEST_R1 12, rev8, 0xff00000000000000, 0xff
    TEST_R1 13, rev8, 0x8000000000000000, 0x80
    TEST_R1 14, rev8, 0x7f00000000000000, 0x7f
    TEST_R1 15, rev8, 0x80000000000000, 0x8000
    TEST_R1 16, rev8, 0xffff000000000000, 0xffff
    TEST_R1 17, rev8, 0xff7f000000000000, 0x7fff
    TEST_R1 18, rev8, 0xff00ff00ff00ff00, 0xff00ff00ff00ff
    TEST_R1 19, rev8, 0x8000000000000001, 0x100000000000080
    TEST_R1 20, rev8, 0xffffffff, 0xffffffff00000000
    TEST_R1 21, rev8, 0x100000001000000, 0x100000001
    TEST_R1_D 22, rev8, 0xbebafecaefbeadde, 0xdeadbeefcafebabe
    TEST_R1_D 23, rev8, 0x8000000000000000, 0x80
    TEST_R1_Z 24, rev8, 0x0
    /* the same, operands from memory */
    MEM_R1 25, rev8, 0x0, 0x0
    MEM_R1 26, rev8, 0x100000000000000, 0x1
    MEM_R1 27, rev8, 0xffffffffffffffff, 0xffffffffffffffff
    MEM_R1 28, rev8, 0x80, 0x8000000000000000
    MEM_R1 29, rev8, 0xffffffffffffff7f, 0x7fffffffffffffff
    MEM_R1 30, rev8, 0x8000000000, 0x80000000
    MEM_R1 31, rev8, 0xffffffff00000000, 0xffffffff
    MEM_R1 32, rev8, 0xffffff7f00000000, 0x7fffffff
    MEM_R1 33, rev8, 0xefcdab8967452301, 0x123456789abcdef
    MEM_R1 34, rev8, 0xbebafecaefbeadde, 0xdeadbeefcafebabe
    MEM_R1 35, rev8, 0x1000000, 0x100000000
    MEM_R1 36, rev8, 0xff00000000000000, 0xff
    MEM_R1 37, rev8, 0x8000000000000000, 0x80
    MEM_R1 38, rev8, 0x7f00000000000000, 0x7f
    MEM_R1 39, rev8, 0x80000000000000, 0x8000
    MEM_R1 40, rev8, 0xffff000000000000, 0xffff
    MEM_R1 41, rev8, 0xff7f000000000000, 0x7fff
    MEM_R1 42, rev8, 0xff00ff00ff00ff00, 0xff00ff00ff00ff
    MEM_R1 43, rev8, 0x8000000000000001, 0x100000000000080
    MEM_R1 44, rev8, 0xffffffff, 0xffffffff00000000
    MEM_R1 45, rev8, 0x100000001000000, 0x100000001
    MEM_R1_D 46, rev8, 0xbebafecaefbeadde, 0xdeadbeefcafebabe
    MEM_R1_D 47, rev8, 0x8000000000000000, 0x80
    PASS
