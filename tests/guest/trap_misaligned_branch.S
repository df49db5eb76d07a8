/* Conditional branches to an address that is 2 but not 4-byte aligned.
 * Without C (misa.C clear) only a taken one raises instruction-address-
 * misaligned: mcause 0, mepc = the branch, mtval = the target; a not-taken
 * one falls through silently. With C the target is legal. (QEMU 7.2 puts a
 * wrong value in mtval here, failing check 5: tests/guest/run.sh knows.) */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    csrr s0, misa
    andi s0, s0, 4          /* C */
    li s1, 0                /* 1 once the not-taken branch is behind us */
    li a1, -1
    li a2, 1
    bltu a1, a2, target + 2
    li s1, 1
    nop
jump:
    blt a1, a2, target + 2
    FAIL 10

    .align 2
target:
    .half 0x0001            /* c.nop */
    .half 0x0001            /* target + 2: c.nop, reached only with C */
    beqz s0, 1f
    CHECK_IMM s1, 1, 11
    PASS
1:  FAIL 12

    .align 2
handler:
    beqz s0, 1f
    FAIL 13
1:  CHECK_IMM s1, 1, 1
    csrr t0, mcause
    CHECK_IMM t0, 0, 2
    csrr t0, mepc
    la t2, jump
    CHECK_EQ t0, t2, 3
    CHECK_IMM a1, -1, 4
    csrr t0, mtval
    la t2, target + 2
    CHECK_EQ t0, t2, 5
    PASS
