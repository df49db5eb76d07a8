/* fflags of operations in round to nearest when something else runs between
 * them: a loop over its own block, a load from a page touched for the first
 * time (a TLB miss), a UART register read (MMIO), a branch out of the
 * block, fflags cleared in between. Exact operations raise nothing and
 * 1/3 raises NX alone, as the spec fixes; passes on QEMU as well. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    csrwi frm, 0
    csrwi fflags, 0
    li t0, 0x3ff0000000000000
    fmv.d.x f1, t0 /* 1 */
    li t0, 0x4008000000000000
    fmv.d.x f3, t0 /* 3 */
    fmv.d.x f0, zero

    /* 1000 exact adds and multiplies in a loop: 1000, no flag */
    li t1, 1000
1:  fadd.d f0, f0, f1
    fmul.d f2, f0, f1
    addi t1, t1, -1
    bnez t1, 1b
    frflags a3
    CHECK_IMM a3, 0, 1
    fmv.x.d a0, f2
    CHECK_IMM a0, 0x408f400000000000, 2

    /* the same loop with 1/3 in it: NX */
    li t1, 10
1:  fdiv.d f4, f1, f3
    fadd.d f0, f0, f1
    addi t1, t1, -1
    bnez t1, 1b
    frflags a3
    CHECK_IMM a3, 1, 3

    /* cleared, then an exact loop: nothing */
    csrwi fflags, 0
    li t1, 10
1:  fadd.d f0, f0, f1
    addi t1, t1, -1
    bnez t1, 1b
    frflags a3
    CHECK_IMM a3, 0, 4
    fmv.x.d a0, f0
    CHECK_IMM a0, 0x408fe00000000000, 5 /* 1020 */

    /* exact, a load from a fresh page, exact: nothing */
    la t2, page1
    fadd.d f5, f1, f1
    fld f6, 0(t2)
    fadd.d f5, f5, f6
    frflags a3
    CHECK_IMM a3, 0, 6
    fmv.x.d a0, f5
    CHECK_IMM a0, 0x4000000000000000, 7

    /* 1/3, a load from another fresh page, exact: NX */
    la t2, page2
    fdiv.d f5, f1, f3
    fld f6, 0(t2)
    fadd.d f5, f1, f6
    frflags a3
    CHECK_IMM a3, 1, 8

    /* cleared; exact, a store to a fresh page, exact: nothing */
    csrwi fflags, 0
    la t2, page3
    fadd.d f5, f1, f1
    fsd f5, 0(t2)
    fadd.d f5, f5, f1
    frflags a3
    CHECK_IMM a3, 0, 9

    /* exact, a UART register read, exact: nothing */
    li t2, UART0
    fadd.d f5, f1, f1
    lbu t3, 5(t2)
    fadd.d f5, f5, f1
    frflags a3
    CHECK_IMM a3, 0, 10

    /* 1/3, a UART register read, exact: NX */
    fdiv.d f5, f1, f3
    lbu t3, 5(t2)
    fadd.d f5, f1, f1
    frflags a3
    CHECK_IMM a3, 1, 11

    /* 1/3, then a taken branch out of the block: NX at the target */
    csrwi fflags, 0
    fdiv.d f5, f1, f3
    li t3, 1
    bnez t3, 2f
    FAIL 12
2:  frflags a3
    CHECK_IMM a3, 1, 13

    /* fflags read at the top of each iteration, then cleared, then 1/3:
     * 0 the first time, NX the four others */
    csrwi fflags, 0
    li t1, 5
    li a4, 0
1:  frflags a3
    add a4, a4, a3
    csrwi fflags, 0
    fdiv.d f5, f1, f3
    addi t1, t1, -1
    bnez t1, 1b
    CHECK_IMM a4, 4, 14
    frflags a3
    CHECK_IMM a3, 1, 15
    PASS

    .section .bss
    .balign 4096
page1: .space 4096
page2: .space 4096
page3: .space 4096
