/* fcvt.{w,wu,l,lu}.d out of range saturate with NV (no NX), NaN goes to the maximum
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fcvt.w.d qNaN */
    FTEST_X 1, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x7ff8000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d negative NaN */
    FTEST_X 2, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d sNaN */
    FTEST_X 3, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x7ff0000000000001, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d inf */
    FTEST_X 4, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x7ff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d -inf */
    FTEST_X 5, "fcvt.w.d a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xfff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d max */
    FTEST_X 6, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x7fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d -max */
    FTEST_X 7, "fcvt.w.d a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xffefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d 2^31 */
    FTEST_X 8, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x41e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d -2^31 - 1 */
    FTEST_X 9, "fcvt.w.d a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xc1e0000000200000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d 2^32 - 1 */
    FTEST_X 10, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x41efffffffe00000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d 2^32 */
    FTEST_X 11, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x41f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d 2^63 */
    FTEST_X 12, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x43e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d -2^63 */
    FTEST_X 13, "fcvt.w.d a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xc3e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d 2^64 */
    FTEST_X 14, "fcvt.w.d a0, fa1, rtz", 0x7fffffff, 0x10, 0x43f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d -1 */
    FTEST_X 15, "fcvt.w.d a0, fa1, rtz", 0xffffffffffffffff, 0x0, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.d -0.5 */
    FTEST_X 16, "fcvt.w.d a0, fa1, rtz", 0x0, 0x1, 0xbfe0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d qNaN */
    FTEST_X 17, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7ff8000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d negative NaN */
    FTEST_X 18, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d sNaN */
    FTEST_X 19, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7ff0000000000001, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d inf */
    FTEST_X 20, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7ff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d -inf */
    FTEST_X 21, "fcvt.wu.d a0, fa1, rtz", 0x0, 0x10, 0xfff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d max */
    FTEST_X 22, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d -max */
    FTEST_X 23, "fcvt.wu.d a0, fa1, rtz", 0x0, 0x10, 0xffefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d 2^31 */
    FTEST_X 24, "fcvt.wu.d a0, fa1, rtz", 0xffffffff80000000, 0x0, 0x41e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d -2^31 - 1 */
    FTEST_X 25, "fcvt.wu.d a0, fa1, rtz", 0x0, 0x10, 0xc1e0000000200000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d 2^32 - 1 */
    FTEST_X 26, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x0, 0x41efffffffe00000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d 2^32 */
    FTEST_X 27, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x41f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d 2^63 */
    FTEST_X 28, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x43e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d -2^63 */
    FTEST_X 29, "fcvt.wu.d a0, fa1, rtz", 0x0, 0x10, 0xc3e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d 2^64 */
    FTEST_X 30, "fcvt.wu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x43f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d -1 */
    FTEST_X 31, "fcvt.wu.d a0, fa1, rtz", 0x0, 0x10, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.d -0.5 */
    FTEST_X 32, "fcvt.wu.d a0, fa1, rtz", 0x0, 0x1, 0xbfe0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d qNaN */
    FTEST_X 33, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x7ff8000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d negative NaN */
    FTEST_X 34, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d sNaN */
    FTEST_X 35, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x7ff0000000000001, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d inf */
    FTEST_X 36, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x7ff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d -inf */
    FTEST_X 37, "fcvt.l.d a0, fa1, rtz", 0x8000000000000000, 0x10, 0xfff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d max */
    FTEST_X 38, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x7fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d -max */
    FTEST_X 39, "fcvt.l.d a0, fa1, rtz", 0x8000000000000000, 0x10, 0xffefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d 2^31 */
    FTEST_X 40, "fcvt.l.d a0, fa1, rtz", 0x80000000, 0x0, 0x41e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d -2^31 - 1 */
    FTEST_X 41, "fcvt.l.d a0, fa1, rtz", 0xffffffff7fffffff, 0x0, 0xc1e0000000200000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d 2^32 - 1 */
    FTEST_X 42, "fcvt.l.d a0, fa1, rtz", 0xffffffff, 0x0, 0x41efffffffe00000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d 2^32 */
    FTEST_X 43, "fcvt.l.d a0, fa1, rtz", 0x100000000, 0x0, 0x41f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d 2^63 */
    FTEST_X 44, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x43e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d -2^63 */
    FTEST_X 45, "fcvt.l.d a0, fa1, rtz", 0x8000000000000000, 0x0, 0xc3e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d 2^64 */
    FTEST_X 46, "fcvt.l.d a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x43f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d -1 */
    FTEST_X 47, "fcvt.l.d a0, fa1, rtz", 0xffffffffffffffff, 0x0, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.d -0.5 */
    FTEST_X 48, "fcvt.l.d a0, fa1, rtz", 0x0, 0x1, 0xbfe0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d qNaN */
    FTEST_X 49, "fcvt.lu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7ff8000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d negative NaN */
    FTEST_X 50, "fcvt.lu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d sNaN */
    FTEST_X 51, "fcvt.lu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7ff0000000000001, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d inf */
    FTEST_X 52, "fcvt.lu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7ff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d -inf */
    FTEST_X 53, "fcvt.lu.d a0, fa1, rtz", 0x0, 0x10, 0xfff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d max */
    FTEST_X 54, "fcvt.lu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x7fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d -max */
    FTEST_X 55, "fcvt.lu.d a0, fa1, rtz", 0x0, 0x10, 0xffefffffffffffff, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d 2^31 */
    FTEST_X 56, "fcvt.lu.d a0, fa1, rtz", 0x80000000, 0x0, 0x41e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d -2^31 - 1 */
    FTEST_X 57, "fcvt.lu.d a0, fa1, rtz", 0x0, 0x10, 0xc1e0000000200000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d 2^32 - 1 */
    FTEST_X 58, "fcvt.lu.d a0, fa1, rtz", 0xffffffff, 0x0, 0x41efffffffe00000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d 2^32 */
    FTEST_X 59, "fcvt.lu.d a0, fa1, rtz", 0x100000000, 0x0, 0x41f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d 2^63 */
    FTEST_X 60, "fcvt.lu.d a0, fa1, rtz", 0x8000000000000000, 0x0, 0x43e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d -2^63 */
    FTEST_X 61, "fcvt.lu.d a0, fa1, rtz", 0x0, 0x10, 0xc3e0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d 2^64 */
    FTEST_X 62, "fcvt.lu.d a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x43f0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d -1 */
    FTEST_X 63, "fcvt.lu.d a0, fa1, rtz", 0x0, 0x10, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.d -0.5 */
    FTEST_X 64, "fcvt.lu.d a0, fa1, rtz", 0x0, 0x1, 0xbfe0000000000000, 0x0, 0x0, 0x0, 0
    /* just below 2^31 - 1 rounding up: fits */
    FTEST_X 65, "fcvt.w.d a0, fa1, rup", 0x7fffffff, 0x10, 0x41dfffffffe00001, 0x0, 0x0, 0x0, 0
    /* 2^31 - 0.5 rounding up: out of range */
    FTEST_X 66, "fcvt.w.d a0, fa1, rup", 0x7fffffff, 0x10, 0x41dffffffff00000, 0x0, 0x0, 0x0, 0
    /* -2^31 - 0.5 rounding down: out of range */
    FTEST_X 67, "fcvt.w.d a0, fa1, rdn", 0xffffffff80000000, 0x10, 0xc1e0000000100000, 0x0, 0x0, 0x0, 0
    /* -2^31 - 0.5 rounding up: fits */
    FTEST_X 68, "fcvt.w.d a0, fa1, rup", 0xffffffff80000000, 0x1, 0xc1e0000000100000, 0x0, 0x0, 0x0, 0
    /* -0.5 to nearest: 0, NX only */
    FTEST_X 69, "fcvt.wu.d a0, fa1, rne", 0x0, 0x1, 0xbfe0000000000000, 0x0, 0x0, 0x0, 0
    /* -0.5 down: -1, out of range */
    FTEST_X 70, "fcvt.wu.d a0, fa1, rdn", 0x0, 0x10, 0xbfe0000000000000, 0x0, 0x0, 0x0, 0
    /* just below 2^64 */
    FTEST_X 71, "fcvt.lu.d a0, fa1, rup", 0xfffffffffffff800, 0x0, 0x43efffffffffffff, 0x0, 0x0, 0x0, 0
    PASS
