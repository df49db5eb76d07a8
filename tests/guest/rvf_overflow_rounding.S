/* single overflow in every rounding mode, both signs
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* max * 2 rne */
    FTEST_F 1, "fmul.s fa0, fa1, fa2, rne", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* max * 2 rtz */
    FTEST_F 2, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff7f7fffff, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* max * 2 rdn */
    FTEST_F 3, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff7f7fffff, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* max * 2 rup */
    FTEST_F 4, "fmul.s fa0, fa1, fa2, rup", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* max * 2 rmm */
    FTEST_F 5, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* max * 2 dyn rne */
    FTEST_F 6, "fmul.s fa0, fa1, fa2", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* max * 2 dyn rtz */
    FTEST_F 7, "fmul.s fa0, fa1, fa2", 0xffffffff7f7fffff, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 1
    /* max * 2 dyn rdn */
    FTEST_F 8, "fmul.s fa0, fa1, fa2", 0xffffffff7f7fffff, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 2
    /* max * 2 dyn rup */
    FTEST_F 9, "fmul.s fa0, fa1, fa2", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 3
    /* max * 2 dyn rmm */
    FTEST_F 10, "fmul.s fa0, fa1, fa2", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff40000000, 0x0, 0x0, 4
    /* -max * 2 rne */
    FTEST_F 11, "fmul.s fa0, fa1, fa2, rne", 0xffffffffff800000, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* -max * 2 rtz */
    FTEST_F 12, "fmul.s fa0, fa1, fa2, rtz", 0xffffffffff7fffff, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* -max * 2 rdn */
    FTEST_F 13, "fmul.s fa0, fa1, fa2, rdn", 0xffffffffff800000, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* -max * 2 rup */
    FTEST_F 14, "fmul.s fa0, fa1, fa2, rup", 0xffffffffff7fffff, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* -max * 2 rmm */
    FTEST_F 15, "fmul.s fa0, fa1, fa2, rmm", 0xffffffffff800000, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* -max * 2 dyn rne */
    FTEST_F 16, "fmul.s fa0, fa1, fa2", 0xffffffffff800000, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 0
    /* -max * 2 dyn rtz */
    FTEST_F 17, "fmul.s fa0, fa1, fa2", 0xffffffffff7fffff, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 1
    /* -max * 2 dyn rdn */
    FTEST_F 18, "fmul.s fa0, fa1, fa2", 0xffffffffff800000, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 2
    /* -max * 2 dyn rup */
    FTEST_F 19, "fmul.s fa0, fa1, fa2", 0xffffffffff7fffff, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 3
    /* -max * 2 dyn rmm */
    FTEST_F 20, "fmul.s fa0, fa1, fa2", 0xffffffffff800000, 0x5, 0xffffffffff7fffff, 0xffffffff40000000, 0x0, 0x0, 4
    /* max + half an ulp rne */
    FTEST_F 21, "fadd.s fa0, fa1, fa2, rne", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 0
    /* max + half an ulp rtz */
    FTEST_F 22, "fadd.s fa0, fa1, fa2, rtz", 0xffffffff7f7fffff, 0x1, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 0
    /* max + half an ulp rdn */
    FTEST_F 23, "fadd.s fa0, fa1, fa2, rdn", 0xffffffff7f7fffff, 0x1, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 0
    /* max + half an ulp rup */
    FTEST_F 24, "fadd.s fa0, fa1, fa2, rup", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 0
    /* max + half an ulp rmm */
    FTEST_F 25, "fadd.s fa0, fa1, fa2, rmm", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 0
    /* max + half an ulp dyn rne */
    FTEST_F 26, "fadd.s fa0, fa1, fa2", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 0
    /* max + half an ulp dyn rtz */
    FTEST_F 27, "fadd.s fa0, fa1, fa2", 0xffffffff7f7fffff, 0x1, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 1
    /* max + half an ulp dyn rdn */
    FTEST_F 28, "fadd.s fa0, fa1, fa2", 0xffffffff7f7fffff, 0x1, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 2
    /* max + half an ulp dyn rup */
    FTEST_F 29, "fadd.s fa0, fa1, fa2", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 3
    /* max + half an ulp dyn rmm */
    FTEST_F 30, "fadd.s fa0, fa1, fa2", 0xffffffff7f800000, 0x5, 0xffffffff7f7fffff, 0xffffffff73000000, 0x0, 0x0, 4
    /* 2^128 to single rne */
    FTEST_F 31, "fcvt.s.d fa0, fa1, rne", 0xffffffff7f800000, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^128 to single rtz */
    FTEST_F 32, "fcvt.s.d fa0, fa1, rtz", 0xffffffff7f7fffff, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^128 to single rdn */
    FTEST_F 33, "fcvt.s.d fa0, fa1, rdn", 0xffffffff7f7fffff, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^128 to single rup */
    FTEST_F 34, "fcvt.s.d fa0, fa1, rup", 0xffffffff7f800000, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^128 to single rmm */
    FTEST_F 35, "fcvt.s.d fa0, fa1, rmm", 0xffffffff7f800000, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^128 to single dyn rne */
    FTEST_F 36, "fcvt.s.d fa0, fa1", 0xffffffff7f800000, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 0
    /* 2^128 to single dyn rtz */
    FTEST_F 37, "fcvt.s.d fa0, fa1", 0xffffffff7f7fffff, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 1
    /* 2^128 to single dyn rdn */
    FTEST_F 38, "fcvt.s.d fa0, fa1", 0xffffffff7f7fffff, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 2
    /* 2^128 to single dyn rup */
    FTEST_F 39, "fcvt.s.d fa0, fa1", 0xffffffff7f800000, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 3
    /* 2^128 to single dyn rmm */
    FTEST_F 40, "fcvt.s.d fa0, fa1", 0xffffffff7f800000, 0x5, 0x47f0000000000000, 0x0, 0x0, 0x0, 4
    /* INT64_MAX: no overflow rne */
    FTEST_F 41, "fcvt.s.l fa0, a1, rne", 0xffffffff5f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* INT64_MAX: no overflow rtz */
    FTEST_F 42, "fcvt.s.l fa0, a1, rtz", 0xffffffff5effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* INT64_MAX: no overflow rdn */
    FTEST_F 43, "fcvt.s.l fa0, a1, rdn", 0xffffffff5effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* INT64_MAX: no overflow rup */
    FTEST_F 44, "fcvt.s.l fa0, a1, rup", 0xffffffff5f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* INT64_MAX: no overflow rmm */
    FTEST_F 45, "fcvt.s.l fa0, a1, rmm", 0xffffffff5f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* INT64_MAX: no overflow dyn rne */
    FTEST_F 46, "fcvt.s.l fa0, a1", 0xffffffff5f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* INT64_MAX: no overflow dyn rtz */
    FTEST_F 47, "fcvt.s.l fa0, a1", 0xffffffff5effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 1
    /* INT64_MAX: no overflow dyn rdn */
    FTEST_F 48, "fcvt.s.l fa0, a1", 0xffffffff5effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 2
    /* INT64_MAX: no overflow dyn rup */
    FTEST_F 49, "fcvt.s.l fa0, a1", 0xffffffff5f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 3
    /* INT64_MAX: no overflow dyn rmm */
    FTEST_F 50, "fcvt.s.l fa0, a1", 0xffffffff5f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 4
    PASS
