/* With mstatus.FS Off (its reset value) every F/D instruction, loads,
 * stores and moves included, raises illegal instruction: mcause 2, mepc
 * its address, mtval its bits; it writes no register. Once FS is Initial
 * the same instructions run. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    csrr t0, mstatus
    li t1, 0x6000
    and t0, t0, t1
    CHECK_IMM t0, 0, 1              /* FS is Off at reset */
    la s1, buf
    li s0, 0                        /* traps taken */
    li a0, 0x5a5a
    li a1, 0x3ff0000000000000
    flw fa0, 0(s1)
    fld fa0, 0(s1)
    fsw fa0, 0(s1)
    fsd fa0, 0(s1)
    fadd.s fa0, fa1, fa2
    fmadd.d fa0, fa1, fa2, fa3
    fsgnj.d fa0, fa1, fa2
    fmv.x.w a0, fa1
    fmv.w.x fa0, a1
    fmv.d.x fa0, a1
    fclass.d a0, fa1
    feq.d a0, fa1, fa2
    fcvt.w.d a0, fa1, rtz
    fcvt.d.w fa0, a1
    fmin.d fa0, fa1, fa2
    fsqrt.d fa0, fa1
    CHECK_IMM s0, 16, 2
    CHECK_IMM a0, 0x5a5a, 3         /* integer destinations untouched */
    ld t0, 0(s1)
    CHECK_IMM t0, 0x1122334455667788, 4 /* the stores did not happen */
    /* FS = Initial: they run */
    li t0, 0x2000
    csrs mstatus, t0
    fmv.d.x fa1, a1
    fadd.d fa0, fa1, fa1
    fmv.x.d a0, fa0
    CHECK_IMM a0, 0x4000000000000000, 5
    fsd fa0, 0(s1)
    ld t0, 0(s1)
    CHECK_IMM t0, 0x4000000000000000, 6
    CHECK_IMM s0, 16, 7
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 8
    csrr t0, mepc
    lwu t1, 0(t0)
    csrr t2, mtval
    CHECK_EQ t1, t2, 9              /* mtval: the instruction's bits */
    addi t0, t0, 4
    csrw mepc, t0
    mret

    .data
    .align 3
buf: .dword 0x1122334455667788
