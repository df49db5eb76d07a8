/* fmin.d/fmax.d (F 2.2): -0 < +0; one NaN operand gives the other; two give the canonical
 * NaN; a signalling NaN raises NV
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fmin.d -0, +0 */
    FTEST_F 1, "fmin.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* fmin.d +0, -0 */
    FTEST_F 2, "fmin.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* fmin.d 1, 2 */
    FTEST_F 3, "fmin.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x0, 0x0, 0
    /* fmin.d 2, 1 */
    FTEST_F 4, "fmin.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmin.d -1, 1 */
    FTEST_F 5, "fmin.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0xbff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmin.d qNaN, 1 */
    FTEST_F 6, "fmin.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x7ff8000000000123, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmin.d 1, -qNaN */
    FTEST_F 7, "fmin.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* fmin.d sNaN, 1: NV */
    FTEST_F 8, "fmin.d fa0, fa1, fa2", 0x3ff0000000000000, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmin.d 1, sNaN: NV */
    FTEST_F 9, "fmin.d fa0, fa1, fa2", 0x3ff0000000000000, 0x10, 0x3ff0000000000000, 0x7ff0000000000001, 0x0, 0x0, 0
    /* fmin.d two NaNs */
    FTEST_F 10, "fmin.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0xfff8000000000456, 0x0, 0x0, 0
    /* fmin.d sNaN, qNaN */
    FTEST_F 11, "fmin.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x7ff8000000000123, 0x0, 0x0, 0
    /* fmin.d -inf, inf */
    FTEST_F 12, "fmin.d fa0, fa1, fa2", 0xfff0000000000000, 0x0, 0xfff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* fmin.d qNaN, -inf */
    FTEST_F 13, "fmin.d fa0, fa1, fa2", 0xfff0000000000000, 0x0, 0x7ff8000000000123, 0xfff0000000000000, 0x0, 0x0, 0
    /* fmax.d -0, +0 */
    FTEST_F 14, "fmax.d fa0, fa1, fa2", 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* fmax.d +0, -0 */
    FTEST_F 15, "fmax.d fa0, fa1, fa2", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* fmax.d 1, 2 */
    FTEST_F 16, "fmax.d fa0, fa1, fa2", 0x4000000000000000, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x0, 0x0, 0
    /* fmax.d 2, 1 */
    FTEST_F 17, "fmax.d fa0, fa1, fa2", 0x4000000000000000, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmax.d -1, 1 */
    FTEST_F 18, "fmax.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0xbff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmax.d qNaN, 1 */
    FTEST_F 19, "fmax.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x7ff8000000000123, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmax.d 1, -qNaN */
    FTEST_F 20, "fmax.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* fmax.d sNaN, 1: NV */
    FTEST_F 21, "fmax.d fa0, fa1, fa2", 0x3ff0000000000000, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fmax.d 1, sNaN: NV */
    FTEST_F 22, "fmax.d fa0, fa1, fa2", 0x3ff0000000000000, 0x10, 0x3ff0000000000000, 0x7ff0000000000001, 0x0, 0x0, 0
    /* fmax.d two NaNs */
    FTEST_F 23, "fmax.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0xfff8000000000456, 0x0, 0x0, 0
    /* fmax.d sNaN, qNaN */
    FTEST_F 24, "fmax.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x7ff8000000000123, 0x0, 0x0, 0
    /* fmax.d -inf, inf */
    FTEST_F 25, "fmax.d fa0, fa1, fa2", 0x7ff0000000000000, 0x0, 0xfff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* fmax.d qNaN, -inf */
    FTEST_F 26, "fmax.d fa0, fa1, fa2", 0xfff0000000000000, 0x0, 0x7ff8000000000123, 0xfff0000000000000, 0x0, 0x0, 0
    PASS
