/* A reserved rounding mode raises illegal instruction: a static rm of 5
 * or 6, or rm = 7 (dynamic) while frm holds 5, 6 or 7. mtval is the
 * instruction; nothing is written and no flag accrues. Instructions with
 * a valid static rm, or no rm field, run whatever frm holds; and the check
 * is made each time code runs, not when it is translated. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    FP_START
    li s0, 0                        /* traps taken */
    li t0, 0x3ff0000000000000
    fmv.d.x fa1, t0
    fmv.d.x fa2, t0
    fmv.d.x fa3, t0
    li t0, 0x123
    fmv.d.x fa0, t0

    csrwi frm, 5
    fadd.d fa0, fa1, fa2            /* dynamic: traps */
    fmadd.s fa0, fa1, fa2, fa3
    fcvt.w.d a0, fa1
    fsqrt.d fa0, fa1
    .insn r 0x53, 7, 0x21, fa0, fa1, f0 /* fcvt.d.s, dynamic */
    CHECK_IMM s0, 5, 1
    csrwi frm, 6
    fdiv.s fa0, fa1, fa2
    csrwi frm, 7
    fcvt.d.l fa0, zero
    CHECK_IMM s0, 7, 2
    fmv.x.d a0, fa0
    CHECK_IMM a0, 0x123, 3          /* not written */
    frflags a0
    CHECK_IMM a0, 0, 4              /* no flag */
    /* frm = 7: a valid static rm, or none, runs */
    fadd.d fa0, fa1, fa2, rne
    fsgnj.d fa0, fa0, fa1
    fmin.d fa0, fa0, fa1
    feq.d a0, fa0, fa1
    fmv.x.d a1, fa0
    CHECK_IMM a1, 0x3ff0000000000000, 5
    CHECK_IMM a0, 1, 6              /* fmin(2, 1) == 1 */
    CHECK_IMM s0, 7, 7
    /* static rm 5 and 6 trap with a valid frm */
    csrwi frm, 0
    .insn r 0x53, 5, 0x01, fa0, fa1, fa2 /* fadd.d rm=5 */
    .insn r 0x53, 6, 0x01, fa0, fa1, fa2 /* fadd.d rm=6 */
    .insn r 0x53, 5, 0x21, fa0, fa1, f0  /* fcvt.d.s rm=5 */
    CHECK_IMM s0, 10, 8
    /* the same code with frm valid, reserved, valid again */
    call add_dyn
    CHECK_IMM s0, 10, 9
    csrwi frm, 6
    call add_dyn
    CHECK_IMM s0, 13, 10             /* each of its three instructions */
    csrwi frm, 3
    call add_dyn
    CHECK_IMM s0, 13, 11
    fmv.x.d a0, fa5
    CHECK_IMM a0, 0x4000000000000000, 12
    PASS

add_dyn:
    fadd.d fa5, fa1, fa2
    fadd.d fa5, fa5, fa1
    fsub.d fa5, fa5, fa1
    ret

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 20
    csrr t0, mepc
    lwu t1, 0(t0)
    csrr t2, mtval
    CHECK_EQ t1, t2, 21
    addi t0, t0, 4
    csrw mepc, t0
    mret
