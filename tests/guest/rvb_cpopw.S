/* cpopw: bits set in the low word of rs1 */
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
    TEST_R1 1, cpopw, 0x0, 0x0
    TEST_R1 2, cpopw, 0x1, 0x1
    TEST_R1 3, cpopw, 0x20, 0xffffffffffffffff
    TEST_R1 4, cpopw, 0x0, 0x8000000000000000
    TEST_R1 5, cpopw, 0x20, 0x7fffffffffffffff
    TEST_R1 6, cpopw, 0x1, 0x80000000
    TEST_R1 7, cpopw, 0x20, 0xffffffff
    TEST_R1 8, cpopw, 0x1f, 0x7fffffff
    TEST_R1 9, cpopw, 0x14, 0x123456789abcdef
    TEST_R1 10, cpopw, 0x16, 0xdeadbeefcafebabe
    TEST_R1 11, cpopw, 0x0, 0x100000000
    TEST_R1 12, cpopw, 0x8, 0xff
    TEST_R1 13, cpopw, 0x1, 0x80
    TEST_R1 14, cpopw, 0x7, 0x7f
    TEST_R1 15, cpopw, 0x1, 0x8000
    TEST_R1 16, cpopw, 0x10, 0xffff
    TEST_R1 17, cpopw, 0xf, 0x7fff
    TEST_R1 18, cpopw, 0x10, 0xff00ff00ff00ff
    TEST_R1 19, cpopw, 0x1, 0x100000000000080
    TEST_R1 20, cpopw, 0x0, 0xffffffff00000000
    TEST_R1 21, cpopw, 0x1, 0x100000001
    TEST_R1_D 22, cpopw, 0x16, 0xdeadbeefcafebabe
    TEST_R1_D 23, cpopw, 0x1, 0x80
    TEST_R1_Z 24, cpopw, 0x0
    /* the same, operands from memory */
    MEM_R1 25, cpopw, 0x0, 0x0
    MEM_R1 26, cpopw, 0x1, 0x1
    MEM_R1 27, cpopw, 0x20, 0xffffffffffffffff
    MEM_R1 28, cpopw, 0x0, 0x8000000000000000
    MEM_R1 29, cpopw, 0x20, 0x7fffffffffffffff
    MEM_R1 30, cpopw, 0x1, 0x80000000
    MEM_R1 31, cpopw, 0x20, 0xffffffff
    MEM_R1 32, cpopw, 0x1f, 0x7fffffff
    MEM_R1 33, cpopw, 0x14, 0x123456789abcdef
    MEM_R1 34, cpopw, 0x16, 0xdeadbeefcafebabe
    MEM_R1 35, cpopw, 0x0, 0x100000000
    MEM_R1 36, cpopw, 0x8, 0xff
    MEM_R1 37, cpopw, 0x1, 0x80
    MEM_R1 38, cpopw, 0x7, 0x7f
    MEM_R1 39, cpopw, 0x1, 0x8000
    MEM_R1 40, cpopw, 0x10, 0xffff
    MEM_R1 41, cpopw, 0xf, 0x7fff
    MEM_R1 42, cpopw, 0x10, 0xff00ff00ff00ff
    MEM_R1 43, cpopw, 0x1, 0x100000000000080
    MEM_R1 44, cpopw, 0x0, 0xffffffff00000000
    MEM_R1 45, cpopw, 0x1, 0x100000001
    MEM_R1_D 46, cpopw, 0x16, 0xdeadbeefcafebabe
    MEM_R1_D 47, cpopw, 0x1, 0x80
    PASS
