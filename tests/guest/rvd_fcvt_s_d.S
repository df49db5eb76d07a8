/* fcvt.s.d: rounding in every mode, overflow to infinity or the largest single, underflow to
 * subnormal singles, NaNs canonical; fcvt.d.s exact
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1 + 2^-24: tie rne */
    FTEST_F 1, "fcvt.s.d fa0, fa1, rne", 0xffffffff3f800000, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rtz */
    FTEST_F 2, "fcvt.s.d fa0, fa1, rtz", 0xffffffff3f800000, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rdn */
    FTEST_F 3, "fcvt.s.d fa0, fa1, rdn", 0xffffffff3f800000, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rup */
    FTEST_F 4, "fcvt.s.d fa0, fa1, rup", 0xffffffff3f800001, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rmm */
    FTEST_F 5, "fcvt.s.d fa0, fa1, rmm", 0xffffffff3f800001, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 0
    /* 1 + 2^-24: tie dyn rne */
    FTEST_F 6, "fcvt.s.d fa0, fa1", 0xffffffff3f800000, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 0
    /* 1 + 2^-24: tie dyn rtz */
    FTEST_F 7, "fcvt.s.d fa0, fa1", 0xffffffff3f800000, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 1
    /* 1 + 2^-24: tie dyn rdn */
    FTEST_F 8, "fcvt.s.d fa0, fa1", 0xffffffff3f800000, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 2
    /* 1 + 2^-24: tie dyn rup */
    FTEST_F 9, "fcvt.s.d fa0, fa1", 0xffffffff3f800001, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 3
    /* 1 + 2^-24: tie dyn rmm */
    FTEST_F 10, "fcvt.s.d fa0, fa1", 0xffffffff3f800001, 0x1, 0x3ff0000010000000, 0x0, 0x0, 0x0, 4
    /* -(1 + 3*2^-24): tie rne */
    FTEST_F 11, "fcvt.s.d fa0, fa1, rne", 0xffffffffbf800002, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 0
    /* -(1 + 3*2^-24): tie rtz */
    FTEST_F 12, "fcvt.s.d fa0, fa1, rtz", 0xffffffffbf800001, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 0
    /* -(1 + 3*2^-24): tie rdn */
    FTEST_F 13, "fcvt.s.d fa0, fa1, rdn", 0xffffffffbf800002, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 0
    /* -(1 + 3*2^-24): tie rup */
    FTEST_F 14, "fcvt.s.d fa0, fa1, rup", 0xffffffffbf800001, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 0
    /* -(1 + 3*2^-24): tie rmm */
    FTEST_F 15, "fcvt.s.d fa0, fa1, rmm", 0xffffffffbf800002, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 0
    /* -(1 + 3*2^-24): tie dyn rne */
    FTEST_F 16, "fcvt.s.d fa0, fa1", 0xffffffffbf800002, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 0
    /* -(1 + 3*2^-24): tie dyn rtz */
    FTEST_F 17, "fcvt.s.d fa0, fa1", 0xffffffffbf800001, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 1
    /* -(1 + 3*2^-24): tie dyn rdn */
    FTEST_F 18, "fcvt.s.d fa0, fa1", 0xffffffffbf800002, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 2
    /* -(1 + 3*2^-24): tie dyn rup */
    FTEST_F 19, "fcvt.s.d fa0, fa1", 0xffffffffbf800001, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 3
    /* -(1 + 3*2^-24): tie dyn rmm */
    FTEST_F 20, "fcvt.s.d fa0, fa1", 0xffffffffbf800002, 0x1, 0xbff0000030000000, 0x0, 0x0, 0x0, 4
    /* halfway past the largest single rne */
    FTEST_F 21, "fcvt.s.d fa0, fa1, rne", 0xffffffff7f800000, 0x5, 0x47effffff0000000, 0x0, 0x0, 0x0, 0
    /* halfway past the largest single rtz */
    FTEST_F 22, "fcvt.s.d fa0, fa1, rtz", 0xffffffff7f7fffff, 0x1, 0x47effffff0000000, 0x0, 0x0, 0x0, 0
    /* halfway past the largest single rdn */
    FTEST_F 23, "fcvt.s.d fa0, fa1, rdn", 0xffffffff7f7fffff, 0x1, 0x47effffff0000000, 0x0, 0x0, 0x0, 0
    /* halfway past the largest single rup */
    FTEST_F 24, "fcvt.s.d fa0, fa1, rup", 0xffffffff7f800000, 0x5, 0x47effffff0000000, 0x0, 0x0, 0x0, 0
    /* halfway past the largest single rmm */
    FTEST_F 25, "fcvt.s.d fa0, fa1, rmm", 0xffffffff7f800000, 0x5, 0x47effffff0000000, 0x0, 0x0, 0x0, 0
    /* halfway past the largest single dyn rne */
    FTEST_F 26, "fcvt.s.d fa0, fa1", 0xffffffff7f800000, 0x5, 0x47effffff0000000, 0x0, 0x0, 0x0, 0
    /* halfway past the largest single dyn rtz */
    FTEST_F 27, "fcvt.s.d fa0, fa1", 0xffffffff7f7fffff, 0x1, 0x47effffff0000000, 0x0, 0x0, 0x0, 1
    /* halfway past the largest single dyn rdn */
    FTEST_F 28, "fcvt.s.d fa0, fa1", 0xffffffff7f7fffff, 0x1, 0x47effffff0000000, 0x0, 0x0, 0x0, 2
    /* halfway past the largest single dyn rup */
    FTEST_F 29, "fcvt.s.d fa0, fa1", 0xffffffff7f800000, 0x5, 0x47effffff0000000, 0x0, 0x0, 0x0, 3
    /* halfway past the largest single dyn rmm */
    FTEST_F 30, "fcvt.s.d fa0, fa1", 0xffffffff7f800000, 0x5, 0x47effffff0000000, 0x0, 0x0, 0x0, 4
    /* -2^128: overflow rne */
    FTEST_F 31, "fcvt.s.d fa0, fa1, rne", 0xffffffffff800000, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 0
    /* -2^128: overflow rtz */
    FTEST_F 32, "fcvt.s.d fa0, fa1, rtz", 0xffffffffff7fffff, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 0
    /* -2^128: overflow rdn */
    FTEST_F 33, "fcvt.s.d fa0, fa1, rdn", 0xffffffffff800000, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 0
    /* -2^128: overflow rup */
    FTEST_F 34, "fcvt.s.d fa0, fa1, rup", 0xffffffffff7fffff, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 0
    /* -2^128: overflow rmm */
    FTEST_F 35, "fcvt.s.d fa0, fa1, rmm", 0xffffffffff800000, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 0
    /* -2^128: overflow dyn rne */
    FTEST_F 36, "fcvt.s.d fa0, fa1", 0xffffffffff800000, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 0
    /* -2^128: overflow dyn rtz */
    FTEST_F 37, "fcvt.s.d fa0, fa1", 0xffffffffff7fffff, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 1
    /* -2^128: overflow dyn rdn */
    FTEST_F 38, "fcvt.s.d fa0, fa1", 0xffffffffff800000, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 2
    /* -2^128: overflow dyn rup */
    FTEST_F 39, "fcvt.s.d fa0, fa1", 0xffffffffff7fffff, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 3
    /* -2^128: overflow dyn rmm */
    FTEST_F 40, "fcvt.s.d fa0, fa1", 0xffffffffff800000, 0x5, 0xc7f0000000000000, 0x0, 0x0, 0x0, 4
    /* 2^-149 * 1: smallest subnormal rne */
    FTEST_F 41, "fcvt.s.d fa0, fa1, rne", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-149 * 1: smallest subnormal rtz */
    FTEST_F 42, "fcvt.s.d fa0, fa1, rtz", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-149 * 1: smallest subnormal rdn */
    FTEST_F 43, "fcvt.s.d fa0, fa1, rdn", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-149 * 1: smallest subnormal rup */
    FTEST_F 44, "fcvt.s.d fa0, fa1, rup", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-149 * 1: smallest subnormal rmm */
    FTEST_F 45, "fcvt.s.d fa0, fa1, rmm", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-149 * 1: smallest subnormal dyn rne */
    FTEST_F 46, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-149 * 1: smallest subnormal dyn rtz */
    FTEST_F 47, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 1
    /* 2^-149 * 1: smallest subnormal dyn rdn */
    FTEST_F 48, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 2
    /* 2^-149 * 1: smallest subnormal dyn rup */
    FTEST_F 49, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 3
    /* 2^-149 * 1: smallest subnormal dyn rmm */
    FTEST_F 50, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x0, 0x36a0000000000000, 0x0, 0x0, 0x0, 4
    /* 2^-150: half the smallest rne */
    FTEST_F 51, "fcvt.s.d fa0, fa1, rne", 0xffffffff00000000, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-150: half the smallest rtz */
    FTEST_F 52, "fcvt.s.d fa0, fa1, rtz", 0xffffffff00000000, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-150: half the smallest rdn */
    FTEST_F 53, "fcvt.s.d fa0, fa1, rdn", 0xffffffff00000000, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-150: half the smallest rup */
    FTEST_F 54, "fcvt.s.d fa0, fa1, rup", 0xffffffff00000001, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-150: half the smallest rmm */
    FTEST_F 55, "fcvt.s.d fa0, fa1, rmm", 0xffffffff00000001, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-150: half the smallest dyn rne */
    FTEST_F 56, "fcvt.s.d fa0, fa1", 0xffffffff00000000, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 0
    /* 2^-150: half the smallest dyn rtz */
    FTEST_F 57, "fcvt.s.d fa0, fa1", 0xffffffff00000000, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 1
    /* 2^-150: half the smallest dyn rdn */
    FTEST_F 58, "fcvt.s.d fa0, fa1", 0xffffffff00000000, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 2
    /* 2^-150: half the smallest dyn rup */
    FTEST_F 59, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 3
    /* 2^-150: half the smallest dyn rmm */
    FTEST_F 60, "fcvt.s.d fa0, fa1", 0xffffffff00000001, 0x3, 0x3690000000000000, 0x0, 0x0, 0x0, 4
    /* just below the smallest normal rne */
    FTEST_F 61, "fcvt.s.d fa0, fa1, rne", 0xffffffff00800000, 0x1, 0x380ffffff0000000, 0x0, 0x0, 0x0, 0
    /* just below the smallest normal rtz */
    FTEST_F 62, "fcvt.s.d fa0, fa1, rtz", 0xffffffff007fffff, 0x3, 0x380ffffff0000000, 0x0, 0x0, 0x0, 0
    /* just below the smallest normal rdn */
    FTEST_F 63, "fcvt.s.d fa0, fa1, rdn", 0xffffffff007fffff, 0x3, 0x380ffffff0000000, 0x0, 0x0, 0x0, 0
    /* just below the smallest normal rup */
    FTEST_F 64, "fcvt.s.d fa0, fa1, rup", 0xffffffff00800000, 0x1, 0x380ffffff0000000, 0x0, 0x0, 0x0, 0
    /* just below the smallest normal rmm */
    FTEST_F 65, "fcvt.s.d fa0, fa1, rmm", 0xffffffff00800000, 0x1, 0x380ffffff0000000, 0x0, 0x0, 0x0, 0
    /* just below the smallest normal dyn rne */
    FTEST_F 66, "fcvt.s.d fa0, fa1", 0xffffffff00800000, 0x1, 0x380ffffff0000000, 0x0, 0x0, 0x0, 0
    /* just below the smallest normal dyn rtz */
    FTEST_F 67, "fcvt.s.d fa0, fa1", 0xffffffff007fffff, 0x3, 0x380ffffff0000000, 0x0, 0x0, 0x0, 1
    /* just below the smallest normal dyn rdn */
    FTEST_F 68, "fcvt.s.d fa0, fa1", 0xffffffff007fffff, 0x3, 0x380ffffff0000000, 0x0, 0x0, 0x0, 2
    /* just below the smallest normal dyn rup */
    FTEST_F 69, "fcvt.s.d fa0, fa1", 0xffffffff00800000, 0x1, 0x380ffffff0000000, 0x0, 0x0, 0x0, 3
    /* just below the smallest normal dyn rmm */
    FTEST_F 70, "fcvt.s.d fa0, fa1", 0xffffffff00800000, 0x1, 0x380ffffff0000000, 0x0, 0x0, 0x0, 4
    /* NaN payload dropped */
    FTEST_F 71, "fcvt.s.d fa0, fa1", 0xffffffff7fc00000, 0x0, 0x7ff8000000000123, 0x0, 0x0, 0x0, 0
    /* sNaN: NV */
    FTEST_F 72, "fcvt.s.d fa0, fa1", 0xffffffff7fc00000, 0x10, 0x7ff0000000000001, 0x0, 0x0, 0x0, 0
    /* -inf */
    FTEST_F 73, "fcvt.s.d fa0, fa1", 0xffffffffff800000, 0x0, 0xfff0000000000000, 0x0, 0x0, 0x0, 0
    /* -0 */
    FTEST_F 74, "fcvt.s.d fa0, fa1", 0xffffffff80000000, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* widening is exact */
    FTEST_F 75, "fcvt.d.s fa0, fa1", 0x3ff8000020000000, 0x0, 0xffffffff3fc00001, 0x0, 0x0, 0x0, 0
    /* a subnormal single is a normal double */
    FTEST_F 76, "fcvt.d.s fa0, fa1", 0x36a0000000000000, 0x0, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* negative subnormal */
    FTEST_F 77, "fcvt.d.s fa0, fa1", 0xb80fffffc0000000, 0x0, 0xffffffff807fffff, 0x0, 0x0, 0x0, 0
    /* NaN payload dropped */
    FTEST_F 78, "fcvt.d.s fa0, fa1", 0x7ff8000000000000, 0x0, 0xffffffff7fc00123, 0x0, 0x0, 0x0, 0
    /* sNaN: NV */
    FTEST_F 79, "fcvt.d.s fa0, fa1", 0x7ff8000000000000, 0x10, 0xffffffff7f800001, 0x0, 0x0, 0x0, 0
    /* improperly boxed: canonical NaN */
    FTEST_F 80, "fcvt.d.s fa0, fa1", 0x7ff8000000000000, 0x0, 0x3f800000, 0x0, 0x0, 0x0, 0
    /* -inf */
    FTEST_F 81, "fcvt.d.s fa0, fa1", 0xfff0000000000000, 0x0, 0xffffffffff800000, 0x0, 0x0, 0x0, 0
    /* fcvt.d.s with rm = rup */
    FTEST_F 82, ".insn r 0x53, 3, 0x21, fa0, fa1, f0", 0x3ff8000020000000, 0x0, 0xffffffff3fc00001, 0x0, 0x0, 0x0, 0
    PASS
