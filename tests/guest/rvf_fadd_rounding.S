/* fadd.s/fsub.s in every rounding mode on ties and near-ties
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1 + 2^-24: tie rne */
    FTEST_F 1, "fadd.s fa0, fa1, fa2, rne", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rtz */
    FTEST_F 2, "fadd.s fa0, fa1, fa2, rtz", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rdn */
    FTEST_F 3, "fadd.s fa0, fa1, fa2, rdn", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rup */
    FTEST_F 4, "fadd.s fa0, fa1, fa2, rup", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 0
    /* 1 + 2^-24: tie rmm */
    FTEST_F 5, "fadd.s fa0, fa1, fa2, rmm", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 0
    /* 1 + 2^-24: tie dyn rne */
    FTEST_F 6, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 0
    /* 1 + 2^-24: tie dyn rtz */
    FTEST_F 7, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 1
    /* 1 + 2^-24: tie dyn rdn */
    FTEST_F 8, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 2
    /* 1 + 2^-24: tie dyn rup */
    FTEST_F 9, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 3
    /* 1 + 2^-24: tie dyn rmm */
    FTEST_F 10, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33800000, 0x0, 0x0, 4
    /* (1 + 2^-23) + 2^-24: tie, odd below rne */
    FTEST_F 11, "fadd.s fa0, fa1, fa2, rne", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 0
    /* (1 + 2^-23) + 2^-24: tie, odd below rtz */
    FTEST_F 12, "fadd.s fa0, fa1, fa2, rtz", 0xffffffff3f800001, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 0
    /* (1 + 2^-23) + 2^-24: tie, odd below rdn */
    FTEST_F 13, "fadd.s fa0, fa1, fa2, rdn", 0xffffffff3f800001, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 0
    /* (1 + 2^-23) + 2^-24: tie, odd below rup */
    FTEST_F 14, "fadd.s fa0, fa1, fa2, rup", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 0
    /* (1 + 2^-23) + 2^-24: tie, odd below rmm */
    FTEST_F 15, "fadd.s fa0, fa1, fa2, rmm", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 0
    /* (1 + 2^-23) + 2^-24: tie, odd below dyn rne */
    FTEST_F 16, "fadd.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 0
    /* (1 + 2^-23) + 2^-24: tie, odd below dyn rtz */
    FTEST_F 17, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 1
    /* (1 + 2^-23) + 2^-24: tie, odd below dyn rdn */
    FTEST_F 18, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 2
    /* (1 + 2^-23) + 2^-24: tie, odd below dyn rup */
    FTEST_F 19, "fadd.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 3
    /* (1 + 2^-23) + 2^-24: tie, odd below dyn rmm */
    FTEST_F 20, "fadd.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff33800000, 0x0, 0x0, 4
    /* 1 + 1.5*2^-24: above half rne */
    FTEST_F 21, "fadd.s fa0, fa1, fa2, rne", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-24: above half rtz */
    FTEST_F 22, "fadd.s fa0, fa1, fa2, rtz", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-24: above half rdn */
    FTEST_F 23, "fadd.s fa0, fa1, fa2, rdn", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-24: above half rup */
    FTEST_F 24, "fadd.s fa0, fa1, fa2, rup", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-24: above half rmm */
    FTEST_F 25, "fadd.s fa0, fa1, fa2, rmm", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-24: above half dyn rne */
    FTEST_F 26, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-24: above half dyn rtz */
    FTEST_F 27, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 1
    /* 1 + 1.5*2^-24: above half dyn rdn */
    FTEST_F 28, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 2
    /* 1 + 1.5*2^-24: above half dyn rup */
    FTEST_F 29, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 3
    /* 1 + 1.5*2^-24: above half dyn rmm */
    FTEST_F 30, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33c00000, 0x0, 0x0, 4
    /* 1 + 2^-25: below half rne */
    FTEST_F 31, "fadd.s fa0, fa1, fa2, rne", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 0
    /* 1 + 2^-25: below half rtz */
    FTEST_F 32, "fadd.s fa0, fa1, fa2, rtz", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 0
    /* 1 + 2^-25: below half rdn */
    FTEST_F 33, "fadd.s fa0, fa1, fa2, rdn", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 0
    /* 1 + 2^-25: below half rup */
    FTEST_F 34, "fadd.s fa0, fa1, fa2, rup", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 0
    /* 1 + 2^-25: below half rmm */
    FTEST_F 35, "fadd.s fa0, fa1, fa2, rmm", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 0
    /* 1 + 2^-25: below half dyn rne */
    FTEST_F 36, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 0
    /* 1 + 2^-25: below half dyn rtz */
    FTEST_F 37, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 1
    /* 1 + 2^-25: below half dyn rdn */
    FTEST_F 38, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 2
    /* 1 + 2^-25: below half dyn rup */
    FTEST_F 39, "fadd.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 3
    /* 1 + 2^-25: below half dyn rmm */
    FTEST_F 40, "fadd.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffff33000000, 0x0, 0x0, 4
    /* -1 - 2^-24: tie rne */
    FTEST_F 41, "fadd.s fa0, fa1, fa2, rne", 0xffffffffbf800000, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* -1 - 2^-24: tie rtz */
    FTEST_F 42, "fadd.s fa0, fa1, fa2, rtz", 0xffffffffbf800000, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* -1 - 2^-24: tie rdn */
    FTEST_F 43, "fadd.s fa0, fa1, fa2, rdn", 0xffffffffbf800001, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* -1 - 2^-24: tie rup */
    FTEST_F 44, "fadd.s fa0, fa1, fa2, rup", 0xffffffffbf800000, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* -1 - 2^-24: tie rmm */
    FTEST_F 45, "fadd.s fa0, fa1, fa2, rmm", 0xffffffffbf800001, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* -1 - 2^-24: tie dyn rne */
    FTEST_F 46, "fadd.s fa0, fa1, fa2", 0xffffffffbf800000, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* -1 - 2^-24: tie dyn rtz */
    FTEST_F 47, "fadd.s fa0, fa1, fa2", 0xffffffffbf800000, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 1
    /* -1 - 2^-24: tie dyn rdn */
    FTEST_F 48, "fadd.s fa0, fa1, fa2", 0xffffffffbf800001, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 2
    /* -1 - 2^-24: tie dyn rup */
    FTEST_F 49, "fadd.s fa0, fa1, fa2", 0xffffffffbf800000, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 3
    /* -1 - 2^-24: tie dyn rmm */
    FTEST_F 50, "fadd.s fa0, fa1, fa2", 0xffffffffbf800001, 0x1, 0xffffffffbf800000, 0xffffffffb3800000, 0x0, 0x0, 4
    /* 1 - (-2^-24) rne */
    FTEST_F 51, "fsub.s fa0, fa1, fa2, rne", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* 1 - (-2^-24) rtz */
    FTEST_F 52, "fsub.s fa0, fa1, fa2, rtz", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* 1 - (-2^-24) rdn */
    FTEST_F 53, "fsub.s fa0, fa1, fa2, rdn", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* 1 - (-2^-24) rup */
    FTEST_F 54, "fsub.s fa0, fa1, fa2, rup", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* 1 - (-2^-24) rmm */
    FTEST_F 55, "fsub.s fa0, fa1, fa2, rmm", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* 1 - (-2^-24) dyn rne */
    FTEST_F 56, "fsub.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 0
    /* 1 - (-2^-24) dyn rtz */
    FTEST_F 57, "fsub.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 1
    /* 1 - (-2^-24) dyn rdn */
    FTEST_F 58, "fsub.s fa0, fa1, fa2", 0xffffffff3f800000, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 2
    /* 1 - (-2^-24) dyn rup */
    FTEST_F 59, "fsub.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 3
    /* 1 - (-2^-24) dyn rmm */
    FTEST_F 60, "fsub.s fa0, fa1, fa2", 0xffffffff3f800001, 0x1, 0xffffffff3f800000, 0xffffffffb3800000, 0x0, 0x0, 4
    PASS
