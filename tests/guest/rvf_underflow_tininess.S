/* single: tininess after rounding
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* rounds to min normal rne */
    FTEST_F 1, "fmul.s fa0, fa1, fa2, rne", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 0
    /* rounds to min normal rtz */
    FTEST_F 2, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 0
    /* rounds to min normal rdn */
    FTEST_F 3, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 0
    /* rounds to min normal rup */
    FTEST_F 4, "fmul.s fa0, fa1, fa2, rup", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 0
    /* rounds to min normal rmm */
    FTEST_F 5, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 0
    /* rounds to min normal dyn rne */
    FTEST_F 6, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 0
    /* rounds to min normal dyn rtz */
    FTEST_F 7, "fmul.s fa0, fa1, fa2", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 1
    /* rounds to min normal dyn rdn */
    FTEST_F 8, "fmul.s fa0, fa1, fa2", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 2
    /* rounds to min normal dyn rup */
    FTEST_F 9, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 3
    /* rounds to min normal dyn rmm */
    FTEST_F 10, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0x0, 0x0, 4
    /* (1 - 2^-24) * min normal rne */
    FTEST_F 11, "fmul.s fa0, fa1, fa2, rne", 0xffffffff00800000, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 0
    /* (1 - 2^-24) * min normal rtz */
    FTEST_F 12, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff007fffff, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 0
    /* (1 - 2^-24) * min normal rdn */
    FTEST_F 13, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff007fffff, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 0
    /* (1 - 2^-24) * min normal rup */
    FTEST_F 14, "fmul.s fa0, fa1, fa2, rup", 0xffffffff00800000, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 0
    /* (1 - 2^-24) * min normal rmm */
    FTEST_F 15, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff00800000, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 0
    /* (1 - 2^-24) * min normal dyn rne */
    FTEST_F 16, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 0
    /* (1 - 2^-24) * min normal dyn rtz */
    FTEST_F 17, "fmul.s fa0, fa1, fa2", 0xffffffff007fffff, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 1
    /* (1 - 2^-24) * min normal dyn rdn */
    FTEST_F 18, "fmul.s fa0, fa1, fa2", 0xffffffff007fffff, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 2
    /* (1 - 2^-24) * min normal dyn rup */
    FTEST_F 19, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 3
    /* (1 - 2^-24) * min normal dyn rmm */
    FTEST_F 20, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x3, 0xffffffff3f7fffff, 0xffffffff00800000, 0x0, 0x0, 4
    /* fused rne */
    FTEST_F 21, "fmadd.s fa0, fa1, fa2, fa3, rne", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 0
    /* fused rtz */
    FTEST_F 22, "fmadd.s fa0, fa1, fa2, fa3, rtz", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 0
    /* fused rdn */
    FTEST_F 23, "fmadd.s fa0, fa1, fa2, fa3, rdn", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 0
    /* fused rup */
    FTEST_F 24, "fmadd.s fa0, fa1, fa2, fa3, rup", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 0
    /* fused rmm */
    FTEST_F 25, "fmadd.s fa0, fa1, fa2, fa3, rmm", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 0
    /* fused dyn rne */
    FTEST_F 26, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 0
    /* fused dyn rtz */
    FTEST_F 27, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 1
    /* fused dyn rdn */
    FTEST_F 28, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff007fffff, 0x3, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 2
    /* fused dyn rup */
    FTEST_F 29, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 3
    /* fused dyn rmm */
    FTEST_F 30, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff00800000, 0x1, 0xffffffff3f800001, 0xffffffff007fffff, 0xffffffff00000000, 0x0, 4
    PASS
