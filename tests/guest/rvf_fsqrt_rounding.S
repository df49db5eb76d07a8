/* fsqrt.s in every rounding mode, and its special cases
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* sqrt 2 rne */
    FTEST_F 1, "fsqrt.s fa0, fa1, rne", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rtz */
    FTEST_F 2, "fsqrt.s fa0, fa1, rtz", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rdn */
    FTEST_F 3, "fsqrt.s fa0, fa1, rdn", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rup */
    FTEST_F 4, "fsqrt.s fa0, fa1, rup", 0xffffffff3fb504f4, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rmm */
    FTEST_F 5, "fsqrt.s fa0, fa1, rmm", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 dyn rne */
    FTEST_F 6, "fsqrt.s fa0, fa1", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 dyn rtz */
    FTEST_F 7, "fsqrt.s fa0, fa1", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 1
    /* sqrt 2 dyn rdn */
    FTEST_F 8, "fsqrt.s fa0, fa1", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 2
    /* sqrt 2 dyn rup */
    FTEST_F 9, "fsqrt.s fa0, fa1", 0xffffffff3fb504f4, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 3
    /* sqrt 2 dyn rmm */
    FTEST_F 10, "fsqrt.s fa0, fa1", 0xffffffff3fb504f3, 0x1, 0xffffffff40000000, 0x0, 0x0, 0x0, 4
    /* sqrt 3 rne */
    FTEST_F 11, "fsqrt.s fa0, fa1, rne", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rtz */
    FTEST_F 12, "fsqrt.s fa0, fa1, rtz", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rdn */
    FTEST_F 13, "fsqrt.s fa0, fa1, rdn", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rup */
    FTEST_F 14, "fsqrt.s fa0, fa1, rup", 0xffffffff3fddb3d8, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rmm */
    FTEST_F 15, "fsqrt.s fa0, fa1, rmm", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 dyn rne */
    FTEST_F 16, "fsqrt.s fa0, fa1", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 dyn rtz */
    FTEST_F 17, "fsqrt.s fa0, fa1", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 1
    /* sqrt 3 dyn rdn */
    FTEST_F 18, "fsqrt.s fa0, fa1", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 2
    /* sqrt 3 dyn rup */
    FTEST_F 19, "fsqrt.s fa0, fa1", 0xffffffff3fddb3d8, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 3
    /* sqrt 3 dyn rmm */
    FTEST_F 20, "fsqrt.s fa0, fa1", 0xffffffff3fddb3d7, 0x1, 0xffffffff40400000, 0x0, 0x0, 0x0, 4
    /* sqrt(1 + 2^-23) rne */
    FTEST_F 21, "fsqrt.s fa0, fa1, rne", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-23) rtz */
    FTEST_F 22, "fsqrt.s fa0, fa1, rtz", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-23) rdn */
    FTEST_F 23, "fsqrt.s fa0, fa1, rdn", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-23) rup */
    FTEST_F 24, "fsqrt.s fa0, fa1, rup", 0xffffffff3f800001, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-23) rmm */
    FTEST_F 25, "fsqrt.s fa0, fa1, rmm", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-23) dyn rne */
    FTEST_F 26, "fsqrt.s fa0, fa1", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-23) dyn rtz */
    FTEST_F 27, "fsqrt.s fa0, fa1", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 1
    /* sqrt(1 + 2^-23) dyn rdn */
    FTEST_F 28, "fsqrt.s fa0, fa1", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 2
    /* sqrt(1 + 2^-23) dyn rup */
    FTEST_F 29, "fsqrt.s fa0, fa1", 0xffffffff3f800001, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 3
    /* sqrt(1 + 2^-23) dyn rmm */
    FTEST_F 30, "fsqrt.s fa0, fa1", 0xffffffff3f800000, 0x1, 0xffffffff3f800001, 0x0, 0x0, 0x0, 4
    /* sqrt of the smallest subnormal rne */
    FTEST_F 31, "fsqrt.s fa0, fa1, rne", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rtz */
    FTEST_F 32, "fsqrt.s fa0, fa1, rtz", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rdn */
    FTEST_F 33, "fsqrt.s fa0, fa1, rdn", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rup */
    FTEST_F 34, "fsqrt.s fa0, fa1, rup", 0xffffffff1a3504f4, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rmm */
    FTEST_F 35, "fsqrt.s fa0, fa1, rmm", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal dyn rne */
    FTEST_F 36, "fsqrt.s fa0, fa1", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal dyn rtz */
    FTEST_F 37, "fsqrt.s fa0, fa1", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 1
    /* sqrt of the smallest subnormal dyn rdn */
    FTEST_F 38, "fsqrt.s fa0, fa1", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 2
    /* sqrt of the smallest subnormal dyn rup */
    FTEST_F 39, "fsqrt.s fa0, fa1", 0xffffffff1a3504f4, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 3
    /* sqrt of the smallest subnormal dyn rmm */
    FTEST_F 40, "fsqrt.s fa0, fa1", 0xffffffff1a3504f3, 0x1, 0xffffffff00000001, 0x0, 0x0, 0x0, 4
    /* sqrt(-0) = -0 */
    FTEST_F 41, "fsqrt.s fa0, fa1", 0xffffffff80000000, 0x0, 0xffffffff80000000, 0x0, 0x0, 0x0, 0
    /* sqrt(-1): NV */
    FTEST_F 42, "fsqrt.s fa0, fa1", 0xffffffff7fc00000, 0x10, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    PASS
