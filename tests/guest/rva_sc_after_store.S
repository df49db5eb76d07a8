/* A store by this hart to the reserved address between lr and sc makes sc
 * fail: rd = 1, and memory keeps what the store wrote. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1111
    sw t0, 0(a1)
    li a2, 0x3333
    lr.w a0, (a1)
    li t0, 0x2222
    sw t0, 0(a1)
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 1, 1
    lw t0, 0(a1)
    CHECK_IMM t0, 0x2222, 2

    lr.d a0, (a1)
    li t0, 0x4444
    sh t0, 2(a1)
    sc.d a3, a2, (a1)
    CHECK_IMM a3, 1, 3
    ld t0, 0(a1)
    CHECK_IMM t0, 0x44442222, 4
    PASS

    .data
    .balign 16
mem: .dword 0, 0
