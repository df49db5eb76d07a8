/* lr.d: rd = the doubleword at rs1; memory and rs1 unchanged. Also with
 * rd = rs1 and with aq / aq+rl. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x8000000000000001
    sd t0, 0(a1)
    li t0, 0x00000000ffffffff
    sd t0, 8(a1)
    lr.d a0, (a1)
    CHECK_IMM a0, 0x8000000000000001, 1
    la t0, mem
    CHECK_EQ a1, t0, 2
    ld t0, 0(a1)
    CHECK_IMM t0, 0x8000000000000001, 3
    addi a2, a1, 8
    lr.d.aq a0, (a2)
    CHECK_IMM a0, 0xffffffff, 4
    lr.d.aqrl a0, (a1)
    CHECK_IMM a0, 0x8000000000000001, 5
    lr.d a1, (a1)
    CHECK_IMM a1, 0x8000000000000001, 6
    PASS

    .data
    .balign 16
mem: .dword 0, 0
