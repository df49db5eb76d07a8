/* sc to another address than the lr's fails (rd = 1, neither word
 * written), and drops the reservation: an sc to the lr's address after it
 * fails too. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1111
    sw t0, 0(a1)
    li t0, 0x2222
    sw t0, 4(a1)
    li a2, 0x3333
    addi a4, a1, 4
    lr.w a0, (a1)
    sc.w a3, a2, (a4)
    CHECK_IMM a3, 1, 1
    lw t0, 4(a1)
    CHECK_IMM t0, 0x2222, 2
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 1, 3
    lw t0, 0(a1)
    CHECK_IMM t0, 0x1111, 4
    PASS

    .data
    .balign 16
mem: .dword 0, 0
