/* double results in the subnormal range: UF with NX when inexact, nothing when exact, in
 * every rounding mode
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* min normal / 2: exact subnormal */
    FTEST_F 1, "fmul.d fa0, fa1, fa2", 0x8000000000000, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x0, 0x0, 0
    /* min normal / 3 rne */
    FTEST_F 2, "fmul.d fa0, fa1, fa2, rne", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 0
    /* min normal / 3 rtz */
    FTEST_F 3, "fmul.d fa0, fa1, fa2, rtz", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 0
    /* min normal / 3 rdn */
    FTEST_F 4, "fmul.d fa0, fa1, fa2, rdn", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 0
    /* min normal / 3 rup */
    FTEST_F 5, "fmul.d fa0, fa1, fa2, rup", 0x5555555555556, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 0
    /* min normal / 3 rmm */
    FTEST_F 6, "fmul.d fa0, fa1, fa2, rmm", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 0
    /* min normal / 3 dyn rne */
    FTEST_F 7, "fmul.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 0
    /* min normal / 3 dyn rtz */
    FTEST_F 8, "fmul.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 1
    /* min normal / 3 dyn rdn */
    FTEST_F 9, "fmul.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 2
    /* min normal / 3 dyn rup */
    FTEST_F 10, "fmul.d fa0, fa1, fa2", 0x5555555555556, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 3
    /* min normal / 3 dyn rmm */
    FTEST_F 11, "fmul.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x3fd5555555555555, 0x0, 0x0, 4
    /* smallest / 2: tie with 0 rne */
    FTEST_F 12, "fmul.d fa0, fa1, fa2, rne", 0x0, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 0
    /* smallest / 2: tie with 0 rtz */
    FTEST_F 13, "fmul.d fa0, fa1, fa2, rtz", 0x0, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 0
    /* smallest / 2: tie with 0 rdn */
    FTEST_F 14, "fmul.d fa0, fa1, fa2, rdn", 0x0, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 0
    /* smallest / 2: tie with 0 rup */
    FTEST_F 15, "fmul.d fa0, fa1, fa2, rup", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 0
    /* smallest / 2: tie with 0 rmm */
    FTEST_F 16, "fmul.d fa0, fa1, fa2, rmm", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 0
    /* smallest / 2: tie with 0 dyn rne */
    FTEST_F 17, "fmul.d fa0, fa1, fa2", 0x0, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 0
    /* smallest / 2: tie with 0 dyn rtz */
    FTEST_F 18, "fmul.d fa0, fa1, fa2", 0x0, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 1
    /* smallest / 2: tie with 0 dyn rdn */
    FTEST_F 19, "fmul.d fa0, fa1, fa2", 0x0, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 2
    /* smallest / 2: tie with 0 dyn rup */
    FTEST_F 20, "fmul.d fa0, fa1, fa2", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 3
    /* smallest / 2: tie with 0 dyn rmm */
    FTEST_F 21, "fmul.d fa0, fa1, fa2", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x0, 0x0, 4
    /* -smallest * 0.75 rne */
    FTEST_F 22, "fmul.d fa0, fa1, fa2, rne", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 0
    /* -smallest * 0.75 rtz */
    FTEST_F 23, "fmul.d fa0, fa1, fa2, rtz", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 0
    /* -smallest * 0.75 rdn */
    FTEST_F 24, "fmul.d fa0, fa1, fa2, rdn", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 0
    /* -smallest * 0.75 rup */
    FTEST_F 25, "fmul.d fa0, fa1, fa2, rup", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 0
    /* -smallest * 0.75 rmm */
    FTEST_F 26, "fmul.d fa0, fa1, fa2, rmm", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 0
    /* -smallest * 0.75 dyn rne */
    FTEST_F 27, "fmul.d fa0, fa1, fa2", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 0
    /* -smallest * 0.75 dyn rtz */
    FTEST_F 28, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 1
    /* -smallest * 0.75 dyn rdn */
    FTEST_F 29, "fmul.d fa0, fa1, fa2", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 2
    /* -smallest * 0.75 dyn rup */
    FTEST_F 30, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 3
    /* -smallest * 0.75 dyn rmm */
    FTEST_F 31, "fmul.d fa0, fa1, fa2", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fe8000000000000, 0x0, 0x0, 4
    /* min normal / 3 rne */
    FTEST_F 32, "fdiv.d fa0, fa1, fa2, rne", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* min normal / 3 rtz */
    FTEST_F 33, "fdiv.d fa0, fa1, fa2, rtz", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* min normal / 3 rdn */
    FTEST_F 34, "fdiv.d fa0, fa1, fa2, rdn", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* min normal / 3 rup */
    FTEST_F 35, "fdiv.d fa0, fa1, fa2, rup", 0x5555555555556, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* min normal / 3 rmm */
    FTEST_F 36, "fdiv.d fa0, fa1, fa2, rmm", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* min normal / 3 dyn rne */
    FTEST_F 37, "fdiv.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* min normal / 3 dyn rtz */
    FTEST_F 38, "fdiv.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 1
    /* min normal / 3 dyn rdn */
    FTEST_F 39, "fdiv.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 2
    /* min normal / 3 dyn rup */
    FTEST_F 40, "fdiv.d fa0, fa1, fa2", 0x5555555555556, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 3
    /* min normal / 3 dyn rmm */
    FTEST_F 41, "fdiv.d fa0, fa1, fa2", 0x5555555555555, 0x3, 0x10000000000000, 0x4008000000000000, 0x0, 0x0, 4
    /* min normal / 2 + smallest: exact rne */
    FTEST_F 42, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 0
    /* min normal / 2 + smallest: exact rtz */
    FTEST_F 43, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 0
    /* min normal / 2 + smallest: exact rdn */
    FTEST_F 44, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 0
    /* min normal / 2 + smallest: exact rup */
    FTEST_F 45, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 0
    /* min normal / 2 + smallest: exact rmm */
    FTEST_F 46, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 0
    /* min normal / 2 + smallest: exact dyn rne */
    FTEST_F 47, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 0
    /* min normal / 2 + smallest: exact dyn rtz */
    FTEST_F 48, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 1
    /* min normal / 2 + smallest: exact dyn rdn */
    FTEST_F 49, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 2
    /* min normal / 2 + smallest: exact dyn rup */
    FTEST_F 50, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 3
    /* min normal / 2 + smallest: exact dyn rmm */
    FTEST_F 51, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000001, 0x0, 0x10000000000000, 0x3fe0000000000000, 0x1, 0x0, 4
    /* smallest / 2 + smallest rne */
    FTEST_F 52, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x2, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 0
    /* smallest / 2 + smallest rtz */
    FTEST_F 53, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 0
    /* smallest / 2 + smallest rdn */
    FTEST_F 54, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 0
    /* smallest / 2 + smallest rup */
    FTEST_F 55, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x2, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 0
    /* smallest / 2 + smallest rmm */
    FTEST_F 56, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x2, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 0
    /* smallest / 2 + smallest dyn rne */
    FTEST_F 57, "fmadd.d fa0, fa1, fa2, fa3", 0x2, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 0
    /* smallest / 2 + smallest dyn rtz */
    FTEST_F 58, "fmadd.d fa0, fa1, fa2, fa3", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 1
    /* smallest / 2 + smallest dyn rdn */
    FTEST_F 59, "fmadd.d fa0, fa1, fa2, fa3", 0x1, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 2
    /* smallest / 2 + smallest dyn rup */
    FTEST_F 60, "fmadd.d fa0, fa1, fa2, fa3", 0x2, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 3
    /* smallest / 2 + smallest dyn rmm */
    FTEST_F 61, "fmadd.d fa0, fa1, fa2, fa3", 0x2, 0x3, 0x1, 0x3fe0000000000000, 0x1, 0x0, 4
    PASS
