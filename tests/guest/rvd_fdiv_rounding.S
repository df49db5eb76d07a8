/* fdiv.d in every rounding mode (a quotient is never an exact tie: 1/3, 2/3, -1/10)
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1/3 rne */
    FTEST_F 1, "fdiv.d fa0, fa1, fa2, rne", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 1/3 rtz */
    FTEST_F 2, "fdiv.d fa0, fa1, fa2, rtz", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 1/3 rdn */
    FTEST_F 3, "fdiv.d fa0, fa1, fa2, rdn", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 1/3 rup */
    FTEST_F 4, "fdiv.d fa0, fa1, fa2, rup", 0x3fd5555555555556, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 1/3 rmm */
    FTEST_F 5, "fdiv.d fa0, fa1, fa2, rmm", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 1/3 dyn rne */
    FTEST_F 6, "fdiv.d fa0, fa1, fa2", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 1/3 dyn rtz */
    FTEST_F 7, "fdiv.d fa0, fa1, fa2", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 1
    /* 1/3 dyn rdn */
    FTEST_F 8, "fdiv.d fa0, fa1, fa2", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 2
    /* 1/3 dyn rup */
    FTEST_F 9, "fdiv.d fa0, fa1, fa2", 0x3fd5555555555556, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 3
    /* 1/3 dyn rmm */
    FTEST_F 10, "fdiv.d fa0, fa1, fa2", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 4
    /* 2/3 rne */
    FTEST_F 11, "fdiv.d fa0, fa1, fa2, rne", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 2/3 rtz */
    FTEST_F 12, "fdiv.d fa0, fa1, fa2, rtz", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 2/3 rdn */
    FTEST_F 13, "fdiv.d fa0, fa1, fa2, rdn", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 2/3 rup */
    FTEST_F 14, "fdiv.d fa0, fa1, fa2, rup", 0x3fe5555555555556, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 2/3 rmm */
    FTEST_F 15, "fdiv.d fa0, fa1, fa2, rmm", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 2/3 dyn rne */
    FTEST_F 16, "fdiv.d fa0, fa1, fa2", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 2/3 dyn rtz */
    FTEST_F 17, "fdiv.d fa0, fa1, fa2", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 1
    /* 2/3 dyn rdn */
    FTEST_F 18, "fdiv.d fa0, fa1, fa2", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 2
    /* 2/3 dyn rup */
    FTEST_F 19, "fdiv.d fa0, fa1, fa2", 0x3fe5555555555556, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 3
    /* 2/3 dyn rmm */
    FTEST_F 20, "fdiv.d fa0, fa1, fa2", 0x3fe5555555555555, 0x1, 0x4000000000000000, 0x4008000000000000, 0x0, 0x0, 4
    /* -1/10 rne */
    FTEST_F 21, "fdiv.d fa0, fa1, fa2, rne", 0xbfb999999999999a, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 0
    /* -1/10 rtz */
    FTEST_F 22, "fdiv.d fa0, fa1, fa2, rtz", 0xbfb9999999999999, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 0
    /* -1/10 rdn */
    FTEST_F 23, "fdiv.d fa0, fa1, fa2, rdn", 0xbfb999999999999a, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 0
    /* -1/10 rup */
    FTEST_F 24, "fdiv.d fa0, fa1, fa2, rup", 0xbfb9999999999999, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 0
    /* -1/10 rmm */
    FTEST_F 25, "fdiv.d fa0, fa1, fa2, rmm", 0xbfb999999999999a, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 0
    /* -1/10 dyn rne */
    FTEST_F 26, "fdiv.d fa0, fa1, fa2", 0xbfb999999999999a, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 0
    /* -1/10 dyn rtz */
    FTEST_F 27, "fdiv.d fa0, fa1, fa2", 0xbfb9999999999999, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 1
    /* -1/10 dyn rdn */
    FTEST_F 28, "fdiv.d fa0, fa1, fa2", 0xbfb999999999999a, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 2
    /* -1/10 dyn rup */
    FTEST_F 29, "fdiv.d fa0, fa1, fa2", 0xbfb9999999999999, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 3
    /* -1/10 dyn rmm */
    FTEST_F 30, "fdiv.d fa0, fa1, fa2", 0xbfb999999999999a, 0x1, 0xbff0000000000000, 0x4024000000000000, 0x0, 0x0, 4
    /* 1/(1 - 2^-53) rne */
    FTEST_F 31, "fdiv.d fa0, fa1, fa2, rne", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 0
    /* 1/(1 - 2^-53) rtz */
    FTEST_F 32, "fdiv.d fa0, fa1, fa2, rtz", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 0
    /* 1/(1 - 2^-53) rdn */
    FTEST_F 33, "fdiv.d fa0, fa1, fa2, rdn", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 0
    /* 1/(1 - 2^-53) rup */
    FTEST_F 34, "fdiv.d fa0, fa1, fa2, rup", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 0
    /* 1/(1 - 2^-53) rmm */
    FTEST_F 35, "fdiv.d fa0, fa1, fa2, rmm", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 0
    /* 1/(1 - 2^-53) dyn rne */
    FTEST_F 36, "fdiv.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 0
    /* 1/(1 - 2^-53) dyn rtz */
    FTEST_F 37, "fdiv.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 1
    /* 1/(1 - 2^-53) dyn rdn */
    FTEST_F 38, "fdiv.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 2
    /* 1/(1 - 2^-53) dyn rup */
    FTEST_F 39, "fdiv.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 3
    /* 1/(1 - 2^-53) dyn rmm */
    FTEST_F 40, "fdiv.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3fefffffffffffff, 0x0, 0x0, 4
    PASS
