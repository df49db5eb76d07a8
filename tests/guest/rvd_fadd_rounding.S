/* fadd.d/fsub.d in every rounding mode, static and dynamic, on sums that are exact ties,
 * just above and just below half an ulp, both signs
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1 + 2^-53: tie, 1 is even rne */
    FTEST_F 1, "fadd.d fa0, fa1, fa2, rne", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* 1 + 2^-53: tie, 1 is even rtz */
    FTEST_F 2, "fadd.d fa0, fa1, fa2, rtz", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* 1 + 2^-53: tie, 1 is even rdn */
    FTEST_F 3, "fadd.d fa0, fa1, fa2, rdn", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* 1 + 2^-53: tie, 1 is even rup */
    FTEST_F 4, "fadd.d fa0, fa1, fa2, rup", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* 1 + 2^-53: tie, 1 is even rmm */
    FTEST_F 5, "fadd.d fa0, fa1, fa2, rmm", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* 1 + 2^-53: tie, 1 is even dyn rne */
    FTEST_F 6, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* 1 + 2^-53: tie, 1 is even dyn rtz */
    FTEST_F 7, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 1
    /* 1 + 2^-53: tie, 1 is even dyn rdn */
    FTEST_F 8, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 2
    /* 1 + 2^-53: tie, 1 is even dyn rup */
    FTEST_F 9, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 3
    /* 1 + 2^-53: tie, 1 is even dyn rmm */
    FTEST_F 10, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 4
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below rne */
    FTEST_F 11, "fadd.d fa0, fa1, fa2, rne", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 0
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below rtz */
    FTEST_F 12, "fadd.d fa0, fa1, fa2, rtz", 0x3ff0000000000001, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 0
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below rdn */
    FTEST_F 13, "fadd.d fa0, fa1, fa2, rdn", 0x3ff0000000000001, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 0
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below rup */
    FTEST_F 14, "fadd.d fa0, fa1, fa2, rup", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 0
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below rmm */
    FTEST_F 15, "fadd.d fa0, fa1, fa2, rmm", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 0
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below dyn rne */
    FTEST_F 16, "fadd.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 0
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below dyn rtz */
    FTEST_F 17, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 1
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below dyn rdn */
    FTEST_F 18, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 2
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below dyn rup */
    FTEST_F 19, "fadd.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 3
    /* (1 + 2^-52) + 2^-53: tie, the odd one is below dyn rmm */
    FTEST_F 20, "fadd.d fa0, fa1, fa2", 0x3ff0000000000002, 0x1, 0x3ff0000000000001, 0x3ca0000000000000, 0x0, 0x0, 4
    /* 1 + 1.5*2^-53: above half rne */
    FTEST_F 21, "fadd.d fa0, fa1, fa2, rne", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-53: above half rtz */
    FTEST_F 22, "fadd.d fa0, fa1, fa2, rtz", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-53: above half rdn */
    FTEST_F 23, "fadd.d fa0, fa1, fa2, rdn", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-53: above half rup */
    FTEST_F 24, "fadd.d fa0, fa1, fa2, rup", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-53: above half rmm */
    FTEST_F 25, "fadd.d fa0, fa1, fa2, rmm", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-53: above half dyn rne */
    FTEST_F 26, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 0
    /* 1 + 1.5*2^-53: above half dyn rtz */
    FTEST_F 27, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 1
    /* 1 + 1.5*2^-53: above half dyn rdn */
    FTEST_F 28, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 2
    /* 1 + 1.5*2^-53: above half dyn rup */
    FTEST_F 29, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 3
    /* 1 + 1.5*2^-53: above half dyn rmm */
    FTEST_F 30, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3ca8000000000000, 0x0, 0x0, 4
    /* 1 + 2^-54: below half rne */
    FTEST_F 31, "fadd.d fa0, fa1, fa2, rne", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 0
    /* 1 + 2^-54: below half rtz */
    FTEST_F 32, "fadd.d fa0, fa1, fa2, rtz", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 0
    /* 1 + 2^-54: below half rdn */
    FTEST_F 33, "fadd.d fa0, fa1, fa2, rdn", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 0
    /* 1 + 2^-54: below half rup */
    FTEST_F 34, "fadd.d fa0, fa1, fa2, rup", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 0
    /* 1 + 2^-54: below half rmm */
    FTEST_F 35, "fadd.d fa0, fa1, fa2, rmm", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 0
    /* 1 + 2^-54: below half dyn rne */
    FTEST_F 36, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 0
    /* 1 + 2^-54: below half dyn rtz */
    FTEST_F 37, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 1
    /* 1 + 2^-54: below half dyn rdn */
    FTEST_F 38, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 2
    /* 1 + 2^-54: below half dyn rup */
    FTEST_F 39, "fadd.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 3
    /* 1 + 2^-54: below half dyn rmm */
    FTEST_F 40, "fadd.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3c90000000000000, 0x0, 0x0, 4
    /* -1 - 2^-53: tie rne */
    FTEST_F 41, "fadd.d fa0, fa1, fa2, rne", 0xbff0000000000000, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* -1 - 2^-53: tie rtz */
    FTEST_F 42, "fadd.d fa0, fa1, fa2, rtz", 0xbff0000000000000, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* -1 - 2^-53: tie rdn */
    FTEST_F 43, "fadd.d fa0, fa1, fa2, rdn", 0xbff0000000000001, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* -1 - 2^-53: tie rup */
    FTEST_F 44, "fadd.d fa0, fa1, fa2, rup", 0xbff0000000000000, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* -1 - 2^-53: tie rmm */
    FTEST_F 45, "fadd.d fa0, fa1, fa2, rmm", 0xbff0000000000001, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* -1 - 2^-53: tie dyn rne */
    FTEST_F 46, "fadd.d fa0, fa1, fa2", 0xbff0000000000000, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* -1 - 2^-53: tie dyn rtz */
    FTEST_F 47, "fadd.d fa0, fa1, fa2", 0xbff0000000000000, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 1
    /* -1 - 2^-53: tie dyn rdn */
    FTEST_F 48, "fadd.d fa0, fa1, fa2", 0xbff0000000000001, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 2
    /* -1 - 2^-53: tie dyn rup */
    FTEST_F 49, "fadd.d fa0, fa1, fa2", 0xbff0000000000000, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 3
    /* -1 - 2^-53: tie dyn rmm */
    FTEST_F 50, "fadd.d fa0, fa1, fa2", 0xbff0000000000001, 0x1, 0xbff0000000000000, 0xbca0000000000000, 0x0, 0x0, 4
    /* -(1 + 2^-52) - 2^-53: tie rne */
    FTEST_F 51, "fadd.d fa0, fa1, fa2, rne", 0xbff0000000000002, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 0
    /* -(1 + 2^-52) - 2^-53: tie rtz */
    FTEST_F 52, "fadd.d fa0, fa1, fa2, rtz", 0xbff0000000000001, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 0
    /* -(1 + 2^-52) - 2^-53: tie rdn */
    FTEST_F 53, "fadd.d fa0, fa1, fa2, rdn", 0xbff0000000000002, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 0
    /* -(1 + 2^-52) - 2^-53: tie rup */
    FTEST_F 54, "fadd.d fa0, fa1, fa2, rup", 0xbff0000000000001, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 0
    /* -(1 + 2^-52) - 2^-53: tie rmm */
    FTEST_F 55, "fadd.d fa0, fa1, fa2, rmm", 0xbff0000000000002, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 0
    /* -(1 + 2^-52) - 2^-53: tie dyn rne */
    FTEST_F 56, "fadd.d fa0, fa1, fa2", 0xbff0000000000002, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 0
    /* -(1 + 2^-52) - 2^-53: tie dyn rtz */
    FTEST_F 57, "fadd.d fa0, fa1, fa2", 0xbff0000000000001, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 1
    /* -(1 + 2^-52) - 2^-53: tie dyn rdn */
    FTEST_F 58, "fadd.d fa0, fa1, fa2", 0xbff0000000000002, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 2
    /* -(1 + 2^-52) - 2^-53: tie dyn rup */
    FTEST_F 59, "fadd.d fa0, fa1, fa2", 0xbff0000000000001, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 3
    /* -(1 + 2^-52) - 2^-53: tie dyn rmm */
    FTEST_F 60, "fadd.d fa0, fa1, fa2", 0xbff0000000000002, 0x1, 0xbff0000000000001, 0xbca0000000000000, 0x0, 0x0, 4
    /* 1 - (-2^-53): tie rne */
    FTEST_F 61, "fsub.d fa0, fa1, fa2, rne", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* 1 - (-2^-53): tie rtz */
    FTEST_F 62, "fsub.d fa0, fa1, fa2, rtz", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* 1 - (-2^-53): tie rdn */
    FTEST_F 63, "fsub.d fa0, fa1, fa2, rdn", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* 1 - (-2^-53): tie rup */
    FTEST_F 64, "fsub.d fa0, fa1, fa2, rup", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* 1 - (-2^-53): tie rmm */
    FTEST_F 65, "fsub.d fa0, fa1, fa2, rmm", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* 1 - (-2^-53): tie dyn rne */
    FTEST_F 66, "fsub.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 0
    /* 1 - (-2^-53): tie dyn rtz */
    FTEST_F 67, "fsub.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 1
    /* 1 - (-2^-53): tie dyn rdn */
    FTEST_F 68, "fsub.d fa0, fa1, fa2", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 2
    /* 1 - (-2^-53): tie dyn rup */
    FTEST_F 69, "fsub.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 3
    /* 1 - (-2^-53): tie dyn rmm */
    FTEST_F 70, "fsub.d fa0, fa1, fa2", 0x3ff0000000000001, 0x1, 0x3ff0000000000000, 0xbca0000000000000, 0x0, 0x0, 4
    PASS
