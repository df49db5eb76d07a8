/* sc without a reservation fails: rd = 1 and memory is unchanged. Both at
 * the start (no lr ever) and after an sc has used up the reservation of
 * the lr before it. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1234
    sd t0, 0(a1)
    li a2, 0x5678
    sc.w a0, a2, (a1)
    CHECK_IMM a0, 1, 1
    sc.d a0, a2, (a1)
    CHECK_IMM a0, 1, 2
    ld t0, 0(a1)
    CHECK_IMM t0, 0x1234, 3

    lr.d a0, (a1)
    sc.d a3, a2, (a1)
    CHECK_IMM a3, 0, 4
    li a2, 0x9abc
    sc.d a3, a2, (a1)
    CHECK_IMM a3, 1, 5
    ld t0, 0(a1)
    CHECK_IMM t0, 0x5678, 6
    PASS

    .data
    .balign 16
mem: .dword 0, 0
