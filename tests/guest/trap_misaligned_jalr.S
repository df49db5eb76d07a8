/* jalr to an address that is 2 but not 4-byte aligned. Without C (misa.C
 * clear) it raises instruction-address-misaligned: mcause 0, mepc = the
 * jalr, mtval = the target, and the link register is not written. With C
 * the target is legal and the jump lands there. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    csrr s0, misa
    andi s0, s0, 4          /* C */
    la s1, target + 2
    li t1, 0x5a5a
jump:
    jalr t1, 0(s1)
after:
    FAIL 10

    .align 2
target:
    .half 0x0001            /* c.nop */
    .half 0x0001            /* target + 2: c.nop, reached only with C */
    beqz s0, 1f
    la t0, after
    CHECK_EQ t1, t0, 11
    PASS
1:  FAIL 12

    .align 2
handler:
    beqz s0, 1f
    FAIL 13
1:  csrr t0, mcause
    CHECK_IMM t0, 0, 1
    csrr t0, mepc
    la t2, jump
    CHECK_EQ t0, t2, 2
    CHECK_IMM t1, 0x5a5a, 3
    csrr t0, mtval
    CHECK_EQ t0, s1, 4
    PASS
