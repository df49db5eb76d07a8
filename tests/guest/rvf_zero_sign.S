/* single signed zeros, x + -x in every mode
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1 + -1 rne */
    FTEST_F 1, "fadd.s fa0, fa1, fa2, rne", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* 1 + -1 rtz */
    FTEST_F 2, "fadd.s fa0, fa1, fa2, rtz", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* 1 + -1 rdn */
    FTEST_F 3, "fadd.s fa0, fa1, fa2, rdn", 0xffffffff80000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* 1 + -1 rup */
    FTEST_F 4, "fadd.s fa0, fa1, fa2, rup", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* 1 + -1 rmm */
    FTEST_F 5, "fadd.s fa0, fa1, fa2, rmm", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* 1 + -1 dyn rne */
    FTEST_F 6, "fadd.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* 1 + -1 dyn rtz */
    FTEST_F 7, "fadd.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 1
    /* 1 + -1 dyn rdn */
    FTEST_F 8, "fadd.s fa0, fa1, fa2", 0xffffffff80000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 2
    /* 1 + -1 dyn rup */
    FTEST_F 9, "fadd.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 3
    /* 1 + -1 dyn rmm */
    FTEST_F 10, "fadd.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 4
    /* -0 + -0 */
    FTEST_F 11, "fadd.s fa0, fa1, fa2", 0xffffffff80000000, 0x0, 0xffffffff80000000, 0xffffffff80000000, 0x0, 0x0, 0
    /* -smallest / 4 rne */
    FTEST_F 12, "fmul.s fa0, fa1, fa2, rne", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 0
    /* -smallest / 4 rtz */
    FTEST_F 13, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 0
    /* -smallest / 4 rdn */
    FTEST_F 14, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff80000001, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 0
    /* -smallest / 4 rup */
    FTEST_F 15, "fmul.s fa0, fa1, fa2, rup", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 0
    /* -smallest / 4 rmm */
    FTEST_F 16, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 0
    /* -smallest / 4 dyn rne */
    FTEST_F 17, "fmul.s fa0, fa1, fa2", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 0
    /* -smallest / 4 dyn rtz */
    FTEST_F 18, "fmul.s fa0, fa1, fa2", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 1
    /* -smallest / 4 dyn rdn */
    FTEST_F 19, "fmul.s fa0, fa1, fa2", 0xffffffff80000001, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 2
    /* -smallest / 4 dyn rup */
    FTEST_F 20, "fmul.s fa0, fa1, fa2", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 3
    /* -smallest / 4 dyn rmm */
    FTEST_F 21, "fmul.s fa0, fa1, fa2", 0xffffffff80000000, 0x3, 0xffffffff80000001, 0xffffffff3e800000, 0x0, 0x0, 4
    /* -(1*1) + 1 rne */
    FTEST_F 22, "fnmsub.s fa0, fa1, fa2, fa3, rne", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    /* -(1*1) + 1 rtz */
    FTEST_F 23, "fnmsub.s fa0, fa1, fa2, fa3, rtz", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    /* -(1*1) + 1 rdn */
    FTEST_F 24, "fnmsub.s fa0, fa1, fa2, fa3, rdn", 0xffffffff80000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    /* -(1*1) + 1 rup */
    FTEST_F 25, "fnmsub.s fa0, fa1, fa2, fa3, rup", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    /* -(1*1) + 1 rmm */
    FTEST_F 26, "fnmsub.s fa0, fa1, fa2, fa3, rmm", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    /* -(1*1) + 1 dyn rne */
    FTEST_F 27, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0
    /* -(1*1) + 1 dyn rtz */
    FTEST_F 28, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 1
    /* -(1*1) + 1 dyn rdn */
    FTEST_F 29, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffff80000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 2
    /* -(1*1) + 1 dyn rup */
    FTEST_F 30, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 3
    /* -(1*1) + 1 dyn rmm */
    FTEST_F 31, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffff00000000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 4
    PASS
