/* feq.s quiet, flt.s/fle.s signalling; improperly boxed operands are qNaN
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* feq.s 1, 1 */
    FTEST_X 1, "feq.s a0, fa1, fa2", 0x1, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* feq.s 1, 2 */
    FTEST_X 2, "feq.s a0, fa1, fa2", 0x0, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0x0, 0x0, 0
    /* feq.s -0, +0 */
    FTEST_X 3, "feq.s a0, fa1, fa2", 0x1, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0x0, 0x0, 0
    /* feq.s -inf, max */
    FTEST_X 4, "feq.s a0, fa1, fa2", 0x0, 0x0, 0xffffffffff800000, 0xffffffff7f7fffff, 0x0, 0x0, 0
    /* feq.s qNaN, 1 */
    FTEST_X 5, "feq.s a0, fa1, fa2", 0x0, 0x0, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* feq.s sNaN, 1 */
    FTEST_X 6, "feq.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff7f800001, 0xffffffff3f800000, 0x0, 0x0, 0
    /* feq.s improperly boxed 1, 1 */
    FTEST_X 7, "feq.s a0, fa1, fa2", 0x0, 0x0, 0x3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* feq.s 1, improperly boxed 1 */
    FTEST_X 8, "feq.s a0, fa1, fa2", 0x0, 0x0, 0xffffffff3f800000, 0xfffffffe3f800000, 0x0, 0x0, 0
    /* flt.s 1, 1 */
    FTEST_X 9, "flt.s a0, fa1, fa2", 0x0, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* flt.s 1, 2 */
    FTEST_X 10, "flt.s a0, fa1, fa2", 0x1, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0x0, 0x0, 0
    /* flt.s -0, +0 */
    FTEST_X 11, "flt.s a0, fa1, fa2", 0x0, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0x0, 0x0, 0
    /* flt.s -inf, max */
    FTEST_X 12, "flt.s a0, fa1, fa2", 0x1, 0x0, 0xffffffffff800000, 0xffffffff7f7fffff, 0x0, 0x0, 0
    /* flt.s qNaN, 1 */
    FTEST_X 13, "flt.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* flt.s sNaN, 1 */
    FTEST_X 14, "flt.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff7f800001, 0xffffffff3f800000, 0x0, 0x0, 0
    /* flt.s improperly boxed 1, 1 */
    FTEST_X 15, "flt.s a0, fa1, fa2", 0x0, 0x10, 0x3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* flt.s 1, improperly boxed 1 */
    FTEST_X 16, "flt.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff3f800000, 0xfffffffe3f800000, 0x0, 0x0, 0
    /* fle.s 1, 1 */
    FTEST_X 17, "fle.s a0, fa1, fa2", 0x1, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fle.s 1, 2 */
    FTEST_X 18, "fle.s a0, fa1, fa2", 0x1, 0x0, 0xffffffff3f800000, 0xffffffff40000000, 0x0, 0x0, 0
    /* fle.s -0, +0 */
    FTEST_X 19, "fle.s a0, fa1, fa2", 0x1, 0x0, 0xffffffff80000000, 0xffffffff00000000, 0x0, 0x0, 0
    /* fle.s -inf, max */
    FTEST_X 20, "fle.s a0, fa1, fa2", 0x1, 0x0, 0xffffffffff800000, 0xffffffff7f7fffff, 0x0, 0x0, 0
    /* fle.s qNaN, 1 */
    FTEST_X 21, "fle.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff7fc00000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fle.s sNaN, 1 */
    FTEST_X 22, "fle.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff7f800001, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fle.s improperly boxed 1, 1 */
    FTEST_X 23, "fle.s a0, fa1, fa2", 0x0, 0x10, 0x3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fle.s 1, improperly boxed 1 */
    FTEST_X 24, "fle.s a0, fa1, fa2", 0x0, 0x10, 0xffffffff3f800000, 0xfffffffe3f800000, 0x0, 0x0, 0
    PASS
