/* fmul.d in every rounding mode on products that are ties
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie rne */
    FTEST_F 1, "fmul.d fa0, fa1, fa2, rne", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie rtz */
    FTEST_F 2, "fmul.d fa0, fa1, fa2, rtz", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie rdn */
    FTEST_F 3, "fmul.d fa0, fa1, fa2, rdn", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie rup */
    FTEST_F 4, "fmul.d fa0, fa1, fa2, rup", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie rmm */
    FTEST_F 5, "fmul.d fa0, fa1, fa2, rmm", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie dyn rne */
    FTEST_F 6, "fmul.d fa0, fa1, fa2", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie dyn rtz */
    FTEST_F 7, "fmul.d fa0, fa1, fa2", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 1
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie dyn rdn */
    FTEST_F 8, "fmul.d fa0, fa1, fa2", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 2
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie dyn rup */
    FTEST_F 9, "fmul.d fa0, fa1, fa2", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 3
    /* 3 * (1 + 2^-52) = 3 + 1.5 ulp: tie dyn rmm */
    FTEST_F 10, "fmul.d fa0, fa1, fa2", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 4
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie rne */
    FTEST_F 11, "fmul.d fa0, fa1, fa2, rne", 0x4008000000000004, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie rtz */
    FTEST_F 12, "fmul.d fa0, fa1, fa2, rtz", 0x4008000000000004, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie rdn */
    FTEST_F 13, "fmul.d fa0, fa1, fa2, rdn", 0x4008000000000004, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie rup */
    FTEST_F 14, "fmul.d fa0, fa1, fa2, rup", 0x4008000000000005, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie rmm */
    FTEST_F 15, "fmul.d fa0, fa1, fa2, rmm", 0x4008000000000005, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie dyn rne */
    FTEST_F 16, "fmul.d fa0, fa1, fa2", 0x4008000000000004, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 0
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie dyn rtz */
    FTEST_F 17, "fmul.d fa0, fa1, fa2", 0x4008000000000004, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 1
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie dyn rdn */
    FTEST_F 18, "fmul.d fa0, fa1, fa2", 0x4008000000000004, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 2
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie dyn rup */
    FTEST_F 19, "fmul.d fa0, fa1, fa2", 0x4008000000000005, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 3
    /* 3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie dyn rmm */
    FTEST_F 20, "fmul.d fa0, fa1, fa2", 0x4008000000000005, 0x1, 0x4008000000000000, 0x3ff0000000000003, 0x0, 0x0, 4
    /* -3 * (1 + 2^-52): tie rne */
    FTEST_F 21, "fmul.d fa0, fa1, fa2, rne", 0xc008000000000002, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* -3 * (1 + 2^-52): tie rtz */
    FTEST_F 22, "fmul.d fa0, fa1, fa2, rtz", 0xc008000000000001, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* -3 * (1 + 2^-52): tie rdn */
    FTEST_F 23, "fmul.d fa0, fa1, fa2, rdn", 0xc008000000000002, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* -3 * (1 + 2^-52): tie rup */
    FTEST_F 24, "fmul.d fa0, fa1, fa2, rup", 0xc008000000000001, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* -3 * (1 + 2^-52): tie rmm */
    FTEST_F 25, "fmul.d fa0, fa1, fa2, rmm", 0xc008000000000002, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* -3 * (1 + 2^-52): tie dyn rne */
    FTEST_F 26, "fmul.d fa0, fa1, fa2", 0xc008000000000002, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* -3 * (1 + 2^-52): tie dyn rtz */
    FTEST_F 27, "fmul.d fa0, fa1, fa2", 0xc008000000000001, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 1
    /* -3 * (1 + 2^-52): tie dyn rdn */
    FTEST_F 28, "fmul.d fa0, fa1, fa2", 0xc008000000000002, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 2
    /* -3 * (1 + 2^-52): tie dyn rup */
    FTEST_F 29, "fmul.d fa0, fa1, fa2", 0xc008000000000001, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 3
    /* -3 * (1 + 2^-52): tie dyn rmm */
    FTEST_F 30, "fmul.d fa0, fa1, fa2", 0xc008000000000002, 0x1, 0xc008000000000000, 0x3ff0000000000001, 0x0, 0x0, 4
    /* (1 + 2^-52)^2: below half rne */
    FTEST_F 31, "fmul.d fa0, fa1, fa2, rne", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 0
    /* (1 + 2^-52)^2: below half rtz */
    FTEST_F 32, "fmul.d fa0, fa1, fa2, rtz", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 0
    /* (1 + 2^-52)^2: below half rdn */
    FTEST_F 33, "fmul.d fa0, fa1, fa2, rdn", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 0
    /* (1 + 2^-52)^2: below half rup */
    FTEST_F 34, "fmul.d fa0, fa1, fa2, rup", 0x3ff0000000000003, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 0
    /* (1 + 2^-52)^2: below half rmm */
    FTEST_F 35, "fmul.d fa0, fa1, fa2, rmm", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 0
    /* (1 + 2^-52)^2: below half dyn rne */
    FTEST_F 36, "fmul.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 0
    /* (1 + 2^-52)^2: below half dyn rtz */
    FTEST_F 37, "fmul.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 1
    /* (1 + 2^-52)^2: below half dyn rdn */
    FTEST_F 38, "fmul.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 2
    /* (1 + 2^-52)^2: below half dyn rup */
    FTEST_F 39, "fmul.d fa0, fa1, fa2", 0x3ff0000000000003, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 3
    /* (1 + 2^-52)^2: below half dyn rmm */
    FTEST_F 40, "fmul.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x0, 0x0, 4
    PASS
