/* fmul.s in every rounding mode on products that are ties
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 3 * (1 + 2^-23): tie rne */
    FTEST_F 1, "fmul.s fa0, fa1, fa2, rne", 0xffffffff40400002, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-23): tie rtz */
    FTEST_F 2, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff40400001, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-23): tie rdn */
    FTEST_F 3, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff40400001, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-23): tie rup */
    FTEST_F 4, "fmul.s fa0, fa1, fa2, rup", 0xffffffff40400002, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-23): tie rmm */
    FTEST_F 5, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff40400002, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-23): tie dyn rne */
    FTEST_F 6, "fmul.s fa0, fa1, fa2", 0xffffffff40400002, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-23): tie dyn rtz */
    FTEST_F 7, "fmul.s fa0, fa1, fa2", 0xffffffff40400001, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 1
    /* 3 * (1 + 2^-23): tie dyn rdn */
    FTEST_F 8, "fmul.s fa0, fa1, fa2", 0xffffffff40400001, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 2
    /* 3 * (1 + 2^-23): tie dyn rup */
    FTEST_F 9, "fmul.s fa0, fa1, fa2", 0xffffffff40400002, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 3
    /* 3 * (1 + 2^-23): tie dyn rmm */
    FTEST_F 10, "fmul.s fa0, fa1, fa2", 0xffffffff40400002, 0x1, 0xffffffff40400000, 0xffffffff3f800001, 0x0, 0x0, 4
    /* 3 * (1 + 3*2^-23): tie rne */
    FTEST_F 11, "fmul.s fa0, fa1, fa2, rne", 0xffffffff40400004, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-23): tie rtz */
    FTEST_F 12, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff40400004, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-23): tie rdn */
    FTEST_F 13, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff40400004, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-23): tie rup */
    FTEST_F 14, "fmul.s fa0, fa1, fa2, rup", 0xffffffff40400005, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-23): tie rmm */
    FTEST_F 15, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff40400005, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-23): tie dyn rne */
    FTEST_F 16, "fmul.s fa0, fa1, fa2", 0xffffffff40400004, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-23): tie dyn rtz */
    FTEST_F 17, "fmul.s fa0, fa1, fa2", 0xffffffff40400004, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 1
    /* 3 * (1 + 3*2^-23): tie dyn rdn */
    FTEST_F 18, "fmul.s fa0, fa1, fa2", 0xffffffff40400004, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 2
    /* 3 * (1 + 3*2^-23): tie dyn rup */
    FTEST_F 19, "fmul.s fa0, fa1, fa2", 0xffffffff40400005, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 3
    /* 3 * (1 + 3*2^-23): tie dyn rmm */
    FTEST_F 20, "fmul.s fa0, fa1, fa2", 0xffffffff40400005, 0x1, 0xffffffff40400000, 0xffffffff3f800003, 0x0, 0x0, 4
    /* negative tie rne */
    FTEST_F 21, "fmul.s fa0, fa1, fa2, rne", 0xffffffffc0400002, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* negative tie rtz */
    FTEST_F 22, "fmul.s fa0, fa1, fa2, rtz", 0xffffffffc0400001, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* negative tie rdn */
    FTEST_F 23, "fmul.s fa0, fa1, fa2, rdn", 0xffffffffc0400002, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* negative tie rup */
    FTEST_F 24, "fmul.s fa0, fa1, fa2, rup", 0xffffffffc0400001, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* negative tie rmm */
    FTEST_F 25, "fmul.s fa0, fa1, fa2, rmm", 0xffffffffc0400002, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* negative tie dyn rne */
    FTEST_F 26, "fmul.s fa0, fa1, fa2", 0xffffffffc0400002, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 0
    /* negative tie dyn rtz */
    FTEST_F 27, "fmul.s fa0, fa1, fa2", 0xffffffffc0400001, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 1
    /* negative tie dyn rdn */
    FTEST_F 28, "fmul.s fa0, fa1, fa2", 0xffffffffc0400002, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 2
    /* negative tie dyn rup */
    FTEST_F 29, "fmul.s fa0, fa1, fa2", 0xffffffffc0400001, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 3
    /* negative tie dyn rmm */
    FTEST_F 30, "fmul.s fa0, fa1, fa2", 0xffffffffc0400002, 0x1, 0xffffffffc0400000, 0xffffffff3f800001, 0x0, 0x0, 4
    /* (1 + 2^-23)^2: below half rne */
    FTEST_F 31, "fmul.s fa0, fa1, fa2, rne", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 0
    /* (1 + 2^-23)^2: below half rtz */
    FTEST_F 32, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 0
    /* (1 + 2^-23)^2: below half rdn */
    FTEST_F 33, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 0
    /* (1 + 2^-23)^2: below half rup */
    FTEST_F 34, "fmul.s fa0, fa1, fa2, rup", 0xffffffff3f800003, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 0
    /* (1 + 2^-23)^2: below half rmm */
    FTEST_F 35, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 0
    /* (1 + 2^-23)^2: below half dyn rne */
    FTEST_F 36, "fmul.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 0
    /* (1 + 2^-23)^2: below half dyn rtz */
    FTEST_F 37, "fmul.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 1
    /* (1 + 2^-23)^2: below half dyn rdn */
    FTEST_F 38, "fmul.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 2
    /* (1 + 2^-23)^2: below half dyn rup */
    FTEST_F 39, "fmul.s fa0, fa1, fa2", 0xffffffff3f800003, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 3
    /* (1 + 2^-23)^2: below half dyn rmm */
    FTEST_F 40, "fmul.s fa0, fa1, fa2", 0xffffffff3f800002, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0x0, 0x0, 4
    PASS
