/* fmin.s/fmax.s: as the double forms, improperly boxed = canonical NaN
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fmin.s -0, +0 */
    FTEST_F 1, "fmin.s fa0, fa1, fa2", 0xffffffff80000000, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0x0, 0x0, 0
    /* fmin.s +0, -0 */
    FTEST_F 2, "fmin.s fa0, fa1, fa2", 0xffffffff80000000, 0x0, 0xffffffff00000000, 0xffffffff80000000, 0x0, 0x0, 0
    /* fmin.s 1, 2 */
    FTEST_F 3, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0x0, 0x0, 0
    /* fmin.s 2, 1 */
    FTEST_F 4, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmin.s -1, 1 */
    FTEST_F 5, "fmin.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffffbf800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmin.s qNaN, 1 */
    FTEST_F 6, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff7fc00123, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmin.s 1, -qNaN */
    FTEST_F 7, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xffffffffffc00456, 0x0, 0x0, 0
    /* fmin.s sNaN, 1: NV */
    FTEST_F 8, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x10, 0xffffffff7f800001, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmin.s 1, sNaN: NV */
    FTEST_F 9, "fmin.s fa0, fa1, fa2", 0xffffffff3f800000, 0x10, 0xffffffff3f800000, 0xffffffff7f800001, 0x0, 0x0, 0
    /* fmin.s two NaNs */
    FTEST_F 10, "fmin.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff7fc00123, 0xffffffffffc00456, 0x0, 0x0, 0
    /* fmin.s sNaN, qNaN */
    FTEST_F 11, "fmin.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff7f800001, 0xffffffff7fc00123, 0x0, 0x0, 0
    /* fmin.s -inf, inf */
    FTEST_F 12, "fmin.s fa0, fa1, fa2", 0xffffffffff800000, 0x0, 0xffffffffff800000, 0xffffffff7f800000, 0x0, 0x0, 0
    /* fmin.s qNaN, -inf */
    FTEST_F 13, "fmin.s fa0, fa1, fa2", 0xffffffffff800000, 0x0, 0xffffffff7fc00123, 0xffffffffff800000, 0x0, 0x0, 0
    /* fmax.s -0, +0 */
    FTEST_F 14, "fmax.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0x0, 0x0, 0
    /* fmax.s +0, -0 */
    FTEST_F 15, "fmax.s fa0, fa1, fa2", 0xffffffff00000000, 0x0, 0xffffffff00000000, 0xffffffff80000000, 0x0, 0x0, 0
    /* fmax.s 1, 2 */
    FTEST_F 16, "fmax.s fa0, fa1, fa2", 0xffffffff40000000, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0x0, 0x0, 0
    /* fmax.s 2, 1 */
    FTEST_F 17, "fmax.s fa0, fa1, fa2", 0xffffffff40000000, 0x0, 0xffffffff40000000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmax.s -1, 1 */
    FTEST_F 18, "fmax.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffffbf800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmax.s qNaN, 1 */
    FTEST_F 19, "fmax.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff7fc00123, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmax.s 1, -qNaN */
    FTEST_F 20, "fmax.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xffffffffffc00456, 0x0, 0x0, 0
    /* fmax.s sNaN, 1: NV */
    FTEST_F 21, "fmax.s fa0, fa1, fa2", 0xffffffff3f800000, 0x10, 0xffffffff7f800001, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmax.s 1, sNaN: NV */
    FTEST_F 22, "fmax.s fa0, fa1, fa2", 0xffffffff3f800000, 0x10, 0xffffffff3f800000, 0xffffffff7f800001, 0x0, 0x0, 0
    /* fmax.s two NaNs */
    FTEST_F 23, "fmax.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff7fc00123, 0xffffffffffc00456, 0x0, 0x0, 0
    /* fmax.s sNaN, qNaN */
    FTEST_F 24, "fmax.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff7f800001, 0xffffffff7fc00123, 0x0, 0x0, 0
    /* fmax.s -inf, inf */
    FTEST_F 25, "fmax.s fa0, fa1, fa2", 0xffffffff7f800000, 0x0, 0xffffffffff800000, 0xffffffff7f800000, 0x0, 0x0, 0
    /* fmax.s qNaN, -inf */
    FTEST_F 26, "fmax.s fa0, fa1, fa2", 0xffffffffff800000, 0x0, 0xffffffff7fc00123, 0xffffffffff800000, 0x0, 0x0, 0
    /* improperly boxed, -1 */
    FTEST_F 27, "fmin.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0x3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* both improperly boxed */
    FTEST_F 28, "fmax.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0x3f800000, 0x40000000, 0x0, 0x0, 0
    PASS
