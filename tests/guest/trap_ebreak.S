/* ebreak: mcause 3 (breakpoint), mepc = the ebreak. mtval is 0, as QEMU
 * 7.2 reports for ebreak. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li a0, -1
    csrw mtval, a0
b:  ebreak
    FAIL 1

    .align 2
handler:
    csrr a0, mcause
    CHECK_IMM a0, 3, 2
    csrr a0, mepc
    la a1, b
    CHECK_EQ a0, a1, 3
    csrr a0, mtval
    CHECK_IMM a0, 0, 4
    PASS
