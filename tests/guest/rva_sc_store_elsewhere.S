/* Stores that do not touch the reserved bytes leave the reservation: the
 * word after it, the byte before it, and another page; sc then succeeds. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1111
    sw t0, 4(a1)
    li a2, 0x3333
    la a4, other
    addi a1, a1, 4
    lr.w a0, (a1)
    CHECK_IMM a0, 0x1111, 1
    li t0, 0x2222
    sw t0, 4(a1)
    sb t0, -1(a1)
    sd t0, 0(a4)
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 0, 2
    lw t0, 0(a1)
    CHECK_IMM t0, 0x3333, 3
    lw t0, 4(a1)
    CHECK_IMM t0, 0x2222, 4
    PASS

    .data
    .balign 16
mem: .dword 0, 0
    .balign 4096
other: .dword 0
