/* feq.d is quiet (NV only for sNaN), flt.d and fle.d signal on any NaN; -0 == +0
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* feq.d 1, 1 */
    FTEST_X 1, "feq.d a0, fa1, fa2", 0x1, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* feq.d 1, 2 */
    FTEST_X 2, "feq.d a0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x0, 0x0, 0
    /* feq.d 2, 1 */
    FTEST_X 3, "feq.d a0, fa1, fa2", 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* feq.d -0, +0 */
    FTEST_X 4, "feq.d a0, fa1, fa2", 0x1, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* feq.d +0, -0 */
    FTEST_X 5, "feq.d a0, fa1, fa2", 0x1, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* feq.d -1, -2 */
    FTEST_X 6, "feq.d a0, fa1, fa2", 0x0, 0x0, 0xbff0000000000000, 0xc000000000000000, 0x0, 0x0, 0
    /* feq.d -inf, inf */
    FTEST_X 7, "feq.d a0, fa1, fa2", 0x0, 0x0, 0xfff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* feq.d inf, inf */
    FTEST_X 8, "feq.d a0, fa1, fa2", 0x1, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* feq.d -sub, sub */
    FTEST_X 9, "feq.d a0, fa1, fa2", 0x0, 0x0, 0x8000000000000001, 0x1, 0x0, 0x0, 0
    /* feq.d qNaN, 1 */
    FTEST_X 10, "feq.d a0, fa1, fa2", 0x0, 0x0, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* feq.d 1, qNaN */
    FTEST_X 11, "feq.d a0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* feq.d qNaN, qNaN */
    FTEST_X 12, "feq.d a0, fa1, fa2", 0x0, 0x0, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, 0x0, 0
    /* feq.d sNaN, 1 */
    FTEST_X 13, "feq.d a0, fa1, fa2", 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0x0, 0
    /* feq.d 1, sNaN */
    FTEST_X 14, "feq.d a0, fa1, fa2", 0x0, 0x10, 0x3ff0000000000000, 0x7ff4000000000abc, 0x0, 0x0, 0
    /* flt.d 1, 1 */
    FTEST_X 15, "flt.d a0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* flt.d 1, 2 */
    FTEST_X 16, "flt.d a0, fa1, fa2", 0x1, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x0, 0x0, 0
    /* flt.d 2, 1 */
    FTEST_X 17, "flt.d a0, fa1, fa2", 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* flt.d -0, +0 */
    FTEST_X 18, "flt.d a0, fa1, fa2", 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* flt.d +0, -0 */
    FTEST_X 19, "flt.d a0, fa1, fa2", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* flt.d -1, -2 */
    FTEST_X 20, "flt.d a0, fa1, fa2", 0x0, 0x0, 0xbff0000000000000, 0xc000000000000000, 0x0, 0x0, 0
    /* flt.d -inf, inf */
    FTEST_X 21, "flt.d a0, fa1, fa2", 0x1, 0x0, 0xfff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* flt.d inf, inf */
    FTEST_X 22, "flt.d a0, fa1, fa2", 0x0, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* flt.d -sub, sub */
    FTEST_X 23, "flt.d a0, fa1, fa2", 0x1, 0x0, 0x8000000000000001, 0x1, 0x0, 0x0, 0
    /* flt.d qNaN, 1 */
    FTEST_X 24, "flt.d a0, fa1, fa2", 0x0, 0x10, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* flt.d 1, qNaN */
    FTEST_X 25, "flt.d a0, fa1, fa2", 0x0, 0x10, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* flt.d qNaN, qNaN */
    FTEST_X 26, "flt.d a0, fa1, fa2", 0x0, 0x10, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, 0x0, 0
    /* flt.d sNaN, 1 */
    FTEST_X 27, "flt.d a0, fa1, fa2", 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0x0, 0
    /* flt.d 1, sNaN */
    FTEST_X 28, "flt.d a0, fa1, fa2", 0x0, 0x10, 0x3ff0000000000000, 0x7ff4000000000abc, 0x0, 0x0, 0
    /* fle.d 1, 1 */
    FTEST_X 29, "fle.d a0, fa1, fa2", 0x1, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fle.d 1, 2 */
    FTEST_X 30, "fle.d a0, fa1, fa2", 0x1, 0x0, 0x3ff0000000000000, 0x4000000000000000, 0x0, 0x0, 0
    /* fle.d 2, 1 */
    FTEST_X 31, "fle.d a0, fa1, fa2", 0x0, 0x0, 0x4000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fle.d -0, +0 */
    FTEST_X 32, "fle.d a0, fa1, fa2", 0x1, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* fle.d +0, -0 */
    FTEST_X 33, "fle.d a0, fa1, fa2", 0x1, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* fle.d -1, -2 */
    FTEST_X 34, "fle.d a0, fa1, fa2", 0x0, 0x0, 0xbff0000000000000, 0xc000000000000000, 0x0, 0x0, 0
    /* fle.d -inf, inf */
    FTEST_X 35, "fle.d a0, fa1, fa2", 0x1, 0x0, 0xfff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* fle.d inf, inf */
    FTEST_X 36, "fle.d a0, fa1, fa2", 0x1, 0x0, 0x7ff0000000000000, 0x7ff0000000000000, 0x0, 0x0, 0
    /* fle.d -sub, sub */
    FTEST_X 37, "fle.d a0, fa1, fa2", 0x1, 0x0, 0x8000000000000001, 0x1, 0x0, 0x0, 0
    /* fle.d qNaN, 1 */
    FTEST_X 38, "fle.d a0, fa1, fa2", 0x0, 0x10, 0x7ff8000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fle.d 1, qNaN */
    FTEST_X 39, "fle.d a0, fa1, fa2", 0x0, 0x10, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* fle.d qNaN, qNaN */
    FTEST_X 40, "fle.d a0, fa1, fa2", 0x0, 0x10, 0x7ff8000000000000, 0x7ff8000000000000, 0x0, 0x0, 0
    /* fle.d sNaN, 1 */
    FTEST_X 41, "fle.d a0, fa1, fa2", 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fle.d 1, sNaN */
    FTEST_X 42, "fle.d a0, fa1, fa2", 0x0, 0x10, 0x3ff0000000000000, 0x7ff4000000000abc, 0x0, 0x0, 0
    /* to x0: no result, still NV */
    FTEST_X 43, "feq.d x0, fa1, fa2", 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x0, 0x0, 0
    PASS
