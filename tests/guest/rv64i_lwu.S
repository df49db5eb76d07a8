/* lwu: word, zero-extended. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    lwu a0, 0(a1)
    CHECK_IMM a0, 0x80000000, 1
    lwu a0, 4(a1)
    CHECK_IMM a0, 0x7fffffff, 2
    lwu a0, 8(a1)
    CHECK_IMM a0, 0xffffffff, 3
    lwu a0, 20(a1)
    CHECK_IMM a0, 0x88776655, 4
    addi a2, a1, 24
    lwu a0, -24(a2)
    CHECK_IMM a0, 0x80000000, 5
    mv a2, a1
    lwu a2, 8(a2)
    CHECK_IMM a2, 0xffffffff, 6
    PASS
    .data
    .align 3
d:  .word 0x80000000, 0x7fffffff, 0xffffffff, 0x00008000
    .dword 0x8877665544332211
