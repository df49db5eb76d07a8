/* tininess is detected after rounding: a result that rounds up to the smallest normal raises
 * NX but not UF, in the modes that round it up
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 rne */
    FTEST_F 1, "fmul.d fa0, fa1, fa2, rne", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 rtz */
    FTEST_F 2, "fmul.d fa0, fa1, fa2, rtz", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 rdn */
    FTEST_F 3, "fmul.d fa0, fa1, fa2, rdn", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 rup */
    FTEST_F 4, "fmul.d fa0, fa1, fa2, rup", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 rmm */
    FTEST_F 5, "fmul.d fa0, fa1, fa2, rmm", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 dyn rne */
    FTEST_F 6, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 dyn rtz */
    FTEST_F 7, "fmul.d fa0, fa1, fa2", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 1
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 dyn rdn */
    FTEST_F 8, "fmul.d fa0, fa1, fa2", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 2
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 dyn rup */
    FTEST_F 9, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 3
    /* (1 + 2^-52) * largest subnormal = min normal - 2^-1126 dyn rmm */
    FTEST_F 10, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 4
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below rne */
    FTEST_F 11, "fmul.d fa0, fa1, fa2, rne", 0x10000000000000, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 0
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below rtz */
    FTEST_F 12, "fmul.d fa0, fa1, fa2, rtz", 0xfffffffffffff, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 0
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below rdn */
    FTEST_F 13, "fmul.d fa0, fa1, fa2, rdn", 0xfffffffffffff, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 0
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below rup */
    FTEST_F 14, "fmul.d fa0, fa1, fa2, rup", 0x10000000000000, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 0
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below rmm */
    FTEST_F 15, "fmul.d fa0, fa1, fa2, rmm", 0x10000000000000, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 0
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below dyn rne */
    FTEST_F 16, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 0
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below dyn rtz */
    FTEST_F 17, "fmul.d fa0, fa1, fa2", 0xfffffffffffff, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 1
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below dyn rdn */
    FTEST_F 18, "fmul.d fa0, fa1, fa2", 0xfffffffffffff, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 2
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below dyn rup */
    FTEST_F 19, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 3
    /* (1 - 2^-53) * min normal: exactly half a subnormal ulp below dyn rmm */
    FTEST_F 20, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x3, 0x3fefffffffffffff, 0x10000000000000, 0x0, 0x0, 4
    /* fused rne */
    FTEST_F 21, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* fused rtz */
    FTEST_F 22, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* fused rdn */
    FTEST_F 23, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* fused rup */
    FTEST_F 24, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* fused rmm */
    FTEST_F 25, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* fused dyn rne */
    FTEST_F 26, "fmadd.d fa0, fa1, fa2, fa3", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 0
    /* fused dyn rtz */
    FTEST_F 27, "fmadd.d fa0, fa1, fa2, fa3", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 1
    /* fused dyn rdn */
    FTEST_F 28, "fmadd.d fa0, fa1, fa2, fa3", 0xfffffffffffff, 0x3, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 2
    /* fused dyn rup */
    FTEST_F 29, "fmadd.d fa0, fa1, fa2, fa3", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 3
    /* fused dyn rmm */
    FTEST_F 30, "fmadd.d fa0, fa1, fa2, fa3", 0x10000000000000, 0x1, 0x3ff0000000000001, 0xfffffffffffff, 0x0, 0x0, 4
    /* to single, just below rne */
    FTEST_F 31, "fcvt.s.d fa0, fa1, rne", 0xffffffff00800000, 0x1, 0x380ffffff8000000, 0x0, 0x0, 0x0, 0
    /* to single, just below rtz */
    FTEST_F 32, "fcvt.s.d fa0, fa1, rtz", 0xffffffff007fffff, 0x3, 0x380ffffff8000000, 0x0, 0x0, 0x0, 0
    /* to single, just below rdn */
    FTEST_F 33, "fcvt.s.d fa0, fa1, rdn", 0xffffffff007fffff, 0x3, 0x380ffffff8000000, 0x0, 0x0, 0x0, 0
    /* to single, just below rup */
    FTEST_F 34, "fcvt.s.d fa0, fa1, rup", 0xffffffff00800000, 0x1, 0x380ffffff8000000, 0x0, 0x0, 0x0, 0
    /* to single, just below rmm */
    FTEST_F 35, "fcvt.s.d fa0, fa1, rmm", 0xffffffff00800000, 0x1, 0x380ffffff8000000, 0x0, 0x0, 0x0, 0
    /* to single, just below dyn rne */
    FTEST_F 36, "fcvt.s.d fa0, fa1", 0xffffffff00800000, 0x1, 0x380ffffff8000000, 0x0, 0x0, 0x0, 0
    /* to single, just below dyn rtz */
    FTEST_F 37, "fcvt.s.d fa0, fa1", 0xffffffff007fffff, 0x3, 0x380ffffff8000000, 0x0, 0x0, 0x0, 1
    /* to single, just below dyn rdn */
    FTEST_F 38, "fcvt.s.d fa0, fa1", 0xffffffff007fffff, 0x3, 0x380ffffff8000000, 0x0, 0x0, 0x0, 2
    /* to single, just below dyn rup */
    FTEST_F 39, "fcvt.s.d fa0, fa1", 0xffffffff00800000, 0x1, 0x380ffffff8000000, 0x0, 0x0, 0x0, 3
    /* to single, just below dyn rmm */
    FTEST_F 40, "fcvt.s.d fa0, fa1", 0xffffffff00800000, 0x1, 0x380ffffff8000000, 0x0, 0x0, 0x0, 4
    PASS
