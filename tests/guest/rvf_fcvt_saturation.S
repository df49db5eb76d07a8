/* fcvt.{w,wu,l,lu}.s out of range saturate with NV (no NX), NaN goes to the maximum
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fcvt.w.s qNaN */
    FTEST_X 1, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff7fc00000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s negative NaN */
    FTEST_X 2, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffffffc00456, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s sNaN */
    FTEST_X 3, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff7f800001, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s inf */
    FTEST_X 4, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff7f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s -inf */
    FTEST_X 5, "fcvt.w.s a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xffffffffff800000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s 2^31 */
    FTEST_X 6, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff4f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s below -2^31 */
    FTEST_X 7, "fcvt.w.s a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xffffffffcf000001, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s 2^32 */
    FTEST_X 8, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff4f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s 2^63 */
    FTEST_X 9, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff5f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s -2^63 */
    FTEST_X 10, "fcvt.w.s a0, fa1, rtz", 0xffffffff80000000, 0x10, 0xffffffffdf000000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s 2^64 */
    FTEST_X 11, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0xffffffff5f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s -1 */
    FTEST_X 12, "fcvt.w.s a0, fa1, rtz", 0xffffffffffffffff, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    /* fcvt.w.s improperly boxed 1 */
    FTEST_X 13, "fcvt.w.s a0, fa1, rtz", 0x7fffffff, 0x10, 0x3f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s qNaN */
    FTEST_X 14, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff7fc00000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s negative NaN */
    FTEST_X 15, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffffffc00456, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s sNaN */
    FTEST_X 16, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff7f800001, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s inf */
    FTEST_X 17, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff7f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s -inf */
    FTEST_X 18, "fcvt.wu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffff800000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s 2^31 */
    FTEST_X 19, "fcvt.wu.s a0, fa1, rtz", 0xffffffff80000000, 0x0, 0xffffffff4f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s below -2^31 */
    FTEST_X 20, "fcvt.wu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffcf000001, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s 2^32 */
    FTEST_X 21, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff4f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s 2^63 */
    FTEST_X 22, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff5f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s -2^63 */
    FTEST_X 23, "fcvt.wu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffdf000000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s 2^64 */
    FTEST_X 24, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff5f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s -1 */
    FTEST_X 25, "fcvt.wu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    /* fcvt.wu.s improperly boxed 1 */
    FTEST_X 26, "fcvt.wu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x3f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s qNaN */
    FTEST_X 27, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xffffffff7fc00000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s negative NaN */
    FTEST_X 28, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xffffffffffc00456, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s sNaN */
    FTEST_X 29, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xffffffff7f800001, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s inf */
    FTEST_X 30, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xffffffff7f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s -inf */
    FTEST_X 31, "fcvt.l.s a0, fa1, rtz", 0x8000000000000000, 0x10, 0xffffffffff800000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s 2^31 */
    FTEST_X 32, "fcvt.l.s a0, fa1, rtz", 0x80000000, 0x0, 0xffffffff4f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s below -2^31 */
    FTEST_X 33, "fcvt.l.s a0, fa1, rtz", 0xffffffff7fffff00, 0x0, 0xffffffffcf000001, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s 2^32 */
    FTEST_X 34, "fcvt.l.s a0, fa1, rtz", 0x100000000, 0x0, 0xffffffff4f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s 2^63 */
    FTEST_X 35, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xffffffff5f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s -2^63 */
    FTEST_X 36, "fcvt.l.s a0, fa1, rtz", 0x8000000000000000, 0x0, 0xffffffffdf000000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s 2^64 */
    FTEST_X 37, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0xffffffff5f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s -1 */
    FTEST_X 38, "fcvt.l.s a0, fa1, rtz", 0xffffffffffffffff, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    /* fcvt.l.s improperly boxed 1 */
    FTEST_X 39, "fcvt.l.s a0, fa1, rtz", 0x7fffffffffffffff, 0x10, 0x3f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s qNaN */
    FTEST_X 40, "fcvt.lu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff7fc00000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s negative NaN */
    FTEST_X 41, "fcvt.lu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffffffc00456, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s sNaN */
    FTEST_X 42, "fcvt.lu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff7f800001, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s inf */
    FTEST_X 43, "fcvt.lu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff7f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s -inf */
    FTEST_X 44, "fcvt.lu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffff800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s 2^31 */
    FTEST_X 45, "fcvt.lu.s a0, fa1, rtz", 0x80000000, 0x0, 0xffffffff4f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s below -2^31 */
    FTEST_X 46, "fcvt.lu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffcf000001, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s 2^32 */
    FTEST_X 47, "fcvt.lu.s a0, fa1, rtz", 0x100000000, 0x0, 0xffffffff4f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s 2^63 */
    FTEST_X 48, "fcvt.lu.s a0, fa1, rtz", 0x8000000000000000, 0x0, 0xffffffff5f000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s -2^63 */
    FTEST_X 49, "fcvt.lu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffdf000000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s 2^64 */
    FTEST_X 50, "fcvt.lu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0xffffffff5f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s -1 */
    FTEST_X 51, "fcvt.lu.s a0, fa1, rtz", 0x0, 0x10, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s improperly boxed 1 */
    FTEST_X 52, "fcvt.lu.s a0, fa1, rtz", 0xffffffffffffffff, 0x10, 0x3f800000, 0x0, 0x0, 0x0, 0
    PASS
