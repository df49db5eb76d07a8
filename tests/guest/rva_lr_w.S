/* lr.w: rd = the word at rs1, sign-extended; memory and rs1 unchanged.
 * Also with rd = rs1 and with aq / aq+rl. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x80000000
    sw t0, 0(a1)
    li t0, 0x7fffffff
    sw t0, 4(a1)
    lr.w a0, (a1)
    CHECK_IMM a0, 0xffffffff80000000, 1
    la t0, mem
    CHECK_EQ a1, t0, 2
    lw t0, 0(a1)
    CHECK_IMM t0, 0xffffffff80000000, 3
    addi a2, a1, 4
    lr.w.aq a0, (a2)
    CHECK_IMM a0, 0x7fffffff, 4
    lr.w.aqrl a0, (a1)
    CHECK_IMM a0, 0xffffffff80000000, 5
    lr.w a1, (a1)
    CHECK_IMM a1, 0xffffffff80000000, 6
    lr.w zero, (a2)
    PASS

    .data
    .balign 16
mem: .dword 0, 0
