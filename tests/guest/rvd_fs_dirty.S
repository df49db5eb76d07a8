/* mstatus.FS becomes Dirty (3), with SD (bit 63) set, when an instruction
 * writes an FP register; stores and moves out of the FP registers leave it
 * as it is. A routine translated while FS was Dirty and run again after FS
 * went back to Clean still sets it. */
#include "rvf_test.h"

/* FS := \v (clears SD, which follows FS) */
.macro SET_FS v
    li t0, 0x6000
    csrc mstatus, t0
    li t0, (\v) << 13
    csrs mstatus, t0
.endm

/* fails with \code unless mstatus.FS == \fs and SD == (\fs == 3) */
.macro CHECK_FS fs, code
    csrr t0, mstatus
    srli t1, t0, 63
    srli t0, t0, 13
    andi t0, t0, 3
    CHECK_IMM t0, \fs, \code
    CHECK_IMM t1, ((\fs) >> 1) & (\fs) & 1, \code
.endm

    .section .text.init
    .globl _start
_start:
    la s1, buf
    SET_FS 1
    CHECK_FS 1, 1
    fsd fa0, 0(s1)
    fsw fa0, 8(s1)
    fmv.x.d a0, fa0
    fmv.x.w a0, fa0
    fclass.d a0, fa0
    CHECK_FS 1, 2                   /* no FP register written */
    fadd.d fa0, fa1, fa2
    CHECK_FS 3, 3

    SET_FS 2
    CHECK_FS 2, 4
    fld fa0, 0(s1)
    CHECK_FS 3, 5
    SET_FS 2
    flw fa0, 8(s1)
    CHECK_FS 3, 6
    SET_FS 2
    fmv.w.x fa0, zero
    CHECK_FS 3, 7
    SET_FS 2
    fsgnjn.d fa0, fa1, fa1
    CHECK_FS 3, 8
    SET_FS 2
    fcvt.d.w fa0, zero
    CHECK_FS 3, 9
    SET_FS 2
    fmadd.s fa0, fa1, fa2, fa3
    CHECK_FS 3, 10
    SET_FS 1
    fmin.d fa0, fa1, fa2
    CHECK_FS 3, 11
    SET_FS 1
    fcvt.s.d fa0, fa1
    CHECK_FS 3, 12

    /* the same routine under FS Dirty, then Clean */
    call write_fp
    CHECK_FS 3, 13
    SET_FS 2
    call write_fp
    CHECK_FS 3, 14
    SET_FS 1
    call write_fp
    CHECK_FS 3, 15
    PASS

write_fp:
    li t0, 0x3ff0000000000000
    fmv.d.x fa4, t0
    fadd.d fa5, fa4, fa4
    ret

    .data
    .align 3
buf: .dword 0x4008000000000000, 0
