/* lui: imm << 12 sign-extended from bit 31, low 12 bits cleared, old rd
 * value fully replaced. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a0, -1
    lui a0, 0
    CHECK_IMM a0, 0, 1
    li a0, -1
    lui a0, 1
    CHECK_IMM a0, 0x1000, 2
    lui a0, 0x7ffff
    CHECK_IMM a0, 0x7ffff000, 3
    lui a0, 0x80000
    CHECK_IMM a0, 0xffffffff80000000, 4
    lui a0, 0xfffff
    CHECK_IMM a0, 0xfffffffffffff000, 5
    lui a0, 0x12345
    CHECK_IMM a0, 0x12345000, 6
    lui a0, 0xabcde
    CHECK_IMM a0, 0xffffffffabcde000, 7
    /* lui + addi with a negative low part, as `li` builds constants */
    lui a0, 0x80000
    addi a0, a0, -1
    CHECK_IMM a0, 0xffffffff7fffffff, 8
    PASS
