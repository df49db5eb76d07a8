/* a single NaN result is always 0x7fc00000, boxed
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    FTEST_F 1, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff7fc00123, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 2, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0xffffffffffc00456, 0x0, 0x0, 0
    FTEST_F 3, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff7fa00abc, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 4, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff7fc00123, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 5, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0xffffffffffc00456, 0x0, 0x0, 0
    FTEST_F 6, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff7fa00abc, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 7, "fdiv.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff7fc00123, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 8, "fdiv.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0xffffffffffc00456, 0x0, 0x0, 0
    FTEST_F 9, "fdiv.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff7fa00abc, 0xffffffff3f800000, 0x0, 0x0, 0
    FTEST_F 10, "fsqrt.s fa0, fa1", 0xffffffff7fc00000, 0x0, 0xffffffffffc00456, 0x0, 0x0, 0x0, 0
    FTEST_F 11, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff7fc00123, 0x0, 0
    FTEST_F 12, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff7f800000, 0xffffffffff800000, 0x0, 0x0, 0
    FTEST_F 13, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff00000000, 0xffffffff7f800000, 0x0, 0x0, 0
    FTEST_F 14, "fcvt.s.d fa0, fa1", 0xffffffff7fc00000, 0x0, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* sign injection keeps the payload */
    FTEST_F 15, "fsgnjn.s fa0, fa1, fa2", 0xffffffffffa00abc, 0x0, 0xffffffff7fa00abc, 0xffffffff3f800000, 0x0, 0x0, 0
    PASS
