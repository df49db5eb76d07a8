/* fflags when operations done inline (round to nearest) and in helpers (other modes,
 * conversions, min/max) alternate in one block, with fflags read and written between them
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* inline NX, helper NV, inline exact */
    FTEST_F 1, "fadd.d fa0, fa1, fa2; fcvt.w.d a1, fa3; fmul.d fa0, fa1, fa1", 0x3ff0000000000000, 0x11, 0x3ff0000000000000, 0x3ca0000000000000, 0x7ff8000000000000, 0x0, 0
    /* helper (rtz) NX, then an exact inline op */
    FTEST_F 2, "fadd.d fa0, fa1, fa2, rtz; fmul.d fa0, fa1, fa1", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* helper NX, cleared, an exact inline op: nothing */
    FTEST_F 3, "fadd.d fa0, fa1, fa2, rtz; csrwi fflags, 0; fmul.d fa0, fa1, fa1", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* inline OF NX, helper NV (signalling NaN), inline exact */
    FTEST_F 4, "fmul.d fa0, fa1, fa1; fmin.d fa0, fa2, fa3; fadd.d fa0, fa0, fa3", 0x4000000000000000, 0x15, 0x7fefffffffffffff, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* DZ written, then inline NX: both */
    FTEST_F 5, "csrwi fflags, 8; fdiv.d fa0, fa1, fa2", 0x3fd5555555555555, 0x9, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* inline NX, cleared by csrc, an exact inline op: nothing */
    FTEST_F 6, "fdiv.d fa0, fa1, fa2; csrci fflags, 1; fadd.d fa0, fa1, fa1", 0x4000000000000000, 0x0, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* inline OF NX, OF cleared by csrc: NX stays */
    FTEST_F 7, "fmul.d fa0, fa3, fa3; csrci fflags, 4; fadd.d fa0, fa1, fa1", 0x4000000000000000, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x7fefffffffffffff, 0x0, 0
    /* inline NX read in the block, then inline NV: a0 = NX */
    FTEST_X 8, "fdiv.d fa0, fa1, fa2; frflags a0; fsqrt.d fa0, fa3", 0x1, 0x11, 0x3ff0000000000000, 0x4008000000000000, 0xbff0000000000000, 0x0, 0
    /* an exact op read in the block: a0 = 0, then NX */
    FTEST_X 9, "fadd.d fa0, fa1, fa1; frflags a0; fdiv.d fa0, fa1, fa2", 0x0, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* single: helper NX (narrowing 0.1), inline add, helper widening */
    FTEST_F 10, "fcvt.s.d fa0, fa1; fadd.s fa0, fa0, fa2; fcvt.d.s fa0, fa0", 0x3ff19999a0000000, 0x1, 0x3fb999999999999a, 0xffffffff3f800000, 0x0, 0x0, 0
    /* inline compare NV (quiet NaN), helper NX (2.5 to integer), inline equal */
    FTEST_X 11, "fle.d a0, fa1, fa2; fcvt.l.d a1, fa3, rtz; feq.d a0, fa1, fa1", 0x1, 0x11, 0x3ff0000000000000, 0x7ff8000000000000, 0x4004000000000000, 0x0, 0
    /* inline fma NX, helper fma (rdn), inline fma */
    FTEST_F 12, "fmadd.d fa0, fa1, fa2, fa3; fnmsub.d fa0, fa0, fa2, fa3, rdn; fmsub.d fa0, fa1, fa1, fa1", 0x4018000000000000, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0
    PASS
