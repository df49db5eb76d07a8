/* sc.d after lr.d of the same address succeeds: rd = 0 and the doubleword
 * at rs1 becomes rs2. Also with rd = rs2 and with the rl / aq+rl forms. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1111111111111111
    sd t0, 0(a1)
    li t0, 0x5a5a5a5a5a5a5a5a
    sd t0, 8(a1)
    li a2, 0xdeadbeef87654321
    lr.d a0, (a1)
    CHECK_IMM a0, 0x1111111111111111, 1
    sc.d a3, a2, (a1)
    CHECK_IMM a3, 0, 2
    ld t0, 0(a1)
    CHECK_IMM t0, 0xdeadbeef87654321, 3
    ld t0, 8(a1)
    CHECK_IMM t0, 0x5a5a5a5a5a5a5a5a, 4

    li a2, 0x2222222222222222
    lr.d.aq a0, (a1)
    sc.d.rl a2, a2, (a1)
    CHECK_IMM a2, 0, 5
    ld t0, 0(a1)
    CHECK_IMM t0, 0x2222222222222222, 6

    li a2, 0x3333333333333333
    lr.d.aqrl a0, (a1)
    sc.d.aqrl a3, a2, (a1)
    CHECK_IMM a3, 0, 7
    ld t0, 0(a1)
    CHECK_IMM t0, 0x3333333333333333, 8
    PASS

    .data
    .balign 16
mem: .dword 0, 0
