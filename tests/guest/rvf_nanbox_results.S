/* every single-precision result is written NaN-boxed: bits 63:32 all ones
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    FTEST_F 1, "fadd.s fa0, fa1, fa2", 0xffffffff40000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* +0, boxed */
    FTEST_F 2, "fsub.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 3, "fmul.s fa0, fa1, fa2", 0xffffffffc0400000, 0x0, 0xffffffffbf800000, 0xffffffff40400000, 0x0, 0x0, 0
    FTEST_F 4, "fdiv.s fa0, fa1, fa2", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    FTEST_F 5, "fsqrt.s fa0, fa1", 0xffffffff40000000, 0x0, 0xffffffff40800000, 0x0, 0x0, 0x0, 0
    FTEST_F 6, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff40000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    FTEST_F 7, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    FTEST_F 8, "fmax.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffff7fc00000, 0xffffffffbf800000, 0x0, 0x0, 0
    FTEST_F 9, "fsgnjn.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 10, "fcvt.s.d fa0, fa1", 0xffffffff3f800000, 0x0, 0x3ff0000000000000, 0x0, 0x0, 0x0, 0
    FTEST_F 11, "fcvt.s.w fa0, a1", 0xffffffffc0400000, 0x0, 0x0, 0x0, 0x0, 0xfffffffffffffffd, 0
    FTEST_F 12, "fcvt.s.lu fa0, a1", 0xffffffff00000000, 0x0, 0x0, 0x0, 0x0, 0x0, 0
    /* fmv.w.x takes the low half and boxes it */
    FTEST_F 13, "fmv.w.x fa0, a1", 0xffffffff9abcdef0, 0x0, 0x0, 0x0, 0x0, 0x123456789abcdef0, 0
    FTEST_F 14, "fmv.w.x fa0, a1", 0xffffffff00000000, 0x0, 0x0, 0x0, 0x0, 0x0, 0
    PASS
