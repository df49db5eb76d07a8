/* sc.w after lr.w of the same address succeeds: rd = 0, the word at rs1
 * becomes the low word of rs2, the next word is unchanged. Also with
 * rd = rs2 and with the rl / aq+rl forms. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x11111111
    sw t0, 0(a1)
    li t0, 0x5a5a5a5a
    sw t0, 4(a1)
    li a2, 0xdeadbeef87654321
    lr.w a0, (a1)
    CHECK_IMM a0, 0x11111111, 1
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 0, 2
    lw t0, 0(a1)
    CHECK_IMM t0, 0xffffffff87654321, 3
    lw t0, 4(a1)
    CHECK_IMM t0, 0x5a5a5a5a, 4
    CHECK_IMM a2, 0xdeadbeef87654321, 5

    li a2, 0x22222222
    lr.w.aq a0, (a1)
    sc.w.rl a2, a2, (a1)
    CHECK_IMM a2, 0, 6
    lw t0, 0(a1)
    CHECK_IMM t0, 0x22222222, 7

    li a2, 0x33333333
    lr.w.aqrl a0, (a1)
    sc.w.aqrl a3, a2, (a1)
    CHECK_IMM a3, 0, 8
    lw t0, 0(a1)
    CHECK_IMM t0, 0x33333333, 9
    PASS

    .data
    .balign 16
mem: .dword 0, 0
