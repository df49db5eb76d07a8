/* fcvt.s.{w,wu,l,lu} in every rounding mode on ties
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* w 2^24 + 1: tie rne */
    FTEST_F 1, "fcvt.s.w fa0, a1, rne", 0xffffffff4b800000, 0x1, 0x0, 0x0, 0x0, 0x1000001, 0
    /* w 2^24 + 1: tie rtz */
    FTEST_F 2, "fcvt.s.w fa0, a1, rtz", 0xffffffff4b800000, 0x1, 0x0, 0x0, 0x0, 0x1000001, 0
    /* w 2^24 + 1: tie rdn */
    FTEST_F 3, "fcvt.s.w fa0, a1, rdn", 0xffffffff4b800000, 0x1, 0x0, 0x0, 0x0, 0x1000001, 0
    /* w 2^24 + 1: tie rup */
    FTEST_F 4, "fcvt.s.w fa0, a1, rup", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000001, 0
    /* w 2^24 + 1: tie rmm */
    FTEST_F 5, "fcvt.s.w fa0, a1, rmm", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000001, 0
    /* w 2^24 + 1: tie dyn rne */
    FTEST_F 6, "fcvt.s.w fa0, a1", 0xffffffff4b800000, 0x1, 0x0, 0x0, 0x0, 0x1000001, 0
    /* w 2^24 + 1: tie dyn rtz */
    FTEST_F 7, "fcvt.s.w fa0, a1", 0xffffffff4b800000, 0x1, 0x0, 0x0, 0x0, 0x1000001, 1
    /* w 2^24 + 1: tie dyn rdn */
    FTEST_F 8, "fcvt.s.w fa0, a1", 0xffffffff4b800000, 0x1, 0x0, 0x0, 0x0, 0x1000001, 2
    /* w 2^24 + 1: tie dyn rup */
    FTEST_F 9, "fcvt.s.w fa0, a1", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000001, 3
    /* w 2^24 + 1: tie dyn rmm */
    FTEST_F 10, "fcvt.s.w fa0, a1", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000001, 4
    /* w 2^24 + 3: tie, odd below rne */
    FTEST_F 11, "fcvt.s.w fa0, a1, rne", 0xffffffff4b800002, 0x1, 0x0, 0x0, 0x0, 0x1000003, 0
    /* w 2^24 + 3: tie, odd below rtz */
    FTEST_F 12, "fcvt.s.w fa0, a1, rtz", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000003, 0
    /* w 2^24 + 3: tie, odd below rdn */
    FTEST_F 13, "fcvt.s.w fa0, a1, rdn", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000003, 0
    /* w 2^24 + 3: tie, odd below rup */
    FTEST_F 14, "fcvt.s.w fa0, a1, rup", 0xffffffff4b800002, 0x1, 0x0, 0x0, 0x0, 0x1000003, 0
    /* w 2^24 + 3: tie, odd below rmm */
    FTEST_F 15, "fcvt.s.w fa0, a1, rmm", 0xffffffff4b800002, 0x1, 0x0, 0x0, 0x0, 0x1000003, 0
    /* w 2^24 + 3: tie, odd below dyn rne */
    FTEST_F 16, "fcvt.s.w fa0, a1", 0xffffffff4b800002, 0x1, 0x0, 0x0, 0x0, 0x1000003, 0
    /* w 2^24 + 3: tie, odd below dyn rtz */
    FTEST_F 17, "fcvt.s.w fa0, a1", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000003, 1
    /* w 2^24 + 3: tie, odd below dyn rdn */
    FTEST_F 18, "fcvt.s.w fa0, a1", 0xffffffff4b800001, 0x1, 0x0, 0x0, 0x0, 0x1000003, 2
    /* w 2^24 + 3: tie, odd below dyn rup */
    FTEST_F 19, "fcvt.s.w fa0, a1", 0xffffffff4b800002, 0x1, 0x0, 0x0, 0x0, 0x1000003, 3
    /* w 2^24 + 3: tie, odd below dyn rmm */
    FTEST_F 20, "fcvt.s.w fa0, a1", 0xffffffff4b800002, 0x1, 0x0, 0x0, 0x0, 0x1000003, 4
    /* w -(2^24 + 1) rne */
    FTEST_F 21, "fcvt.s.w fa0, a1, rne", 0xffffffffcb800000, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 0
    /* w -(2^24 + 1) rtz */
    FTEST_F 22, "fcvt.s.w fa0, a1, rtz", 0xffffffffcb800000, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 0
    /* w -(2^24 + 1) rdn */
    FTEST_F 23, "fcvt.s.w fa0, a1, rdn", 0xffffffffcb800001, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 0
    /* w -(2^24 + 1) rup */
    FTEST_F 24, "fcvt.s.w fa0, a1, rup", 0xffffffffcb800000, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 0
    /* w -(2^24 + 1) rmm */
    FTEST_F 25, "fcvt.s.w fa0, a1, rmm", 0xffffffffcb800001, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 0
    /* w -(2^24 + 1) dyn rne */
    FTEST_F 26, "fcvt.s.w fa0, a1", 0xffffffffcb800000, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 0
    /* w -(2^24 + 1) dyn rtz */
    FTEST_F 27, "fcvt.s.w fa0, a1", 0xffffffffcb800000, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 1
    /* w -(2^24 + 1) dyn rdn */
    FTEST_F 28, "fcvt.s.w fa0, a1", 0xffffffffcb800001, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 2
    /* w -(2^24 + 1) dyn rup */
    FTEST_F 29, "fcvt.s.w fa0, a1", 0xffffffffcb800000, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 3
    /* w -(2^24 + 1) dyn rmm */
    FTEST_F 30, "fcvt.s.w fa0, a1", 0xffffffffcb800001, 0x1, 0x0, 0x0, 0x0, 0xfffffffffeffffff, 4
    /* w INT32_MAX rne */
    FTEST_F 31, "fcvt.s.w fa0, a1, rne", 0xffffffff4f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 0
    /* w INT32_MAX rtz */
    FTEST_F 32, "fcvt.s.w fa0, a1, rtz", 0xffffffff4effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 0
    /* w INT32_MAX rdn */
    FTEST_F 33, "fcvt.s.w fa0, a1, rdn", 0xffffffff4effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 0
    /* w INT32_MAX rup */
    FTEST_F 34, "fcvt.s.w fa0, a1, rup", 0xffffffff4f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 0
    /* w INT32_MAX rmm */
    FTEST_F 35, "fcvt.s.w fa0, a1, rmm", 0xffffffff4f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 0
    /* w INT32_MAX dyn rne */
    FTEST_F 36, "fcvt.s.w fa0, a1", 0xffffffff4f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 0
    /* w INT32_MAX dyn rtz */
    FTEST_F 37, "fcvt.s.w fa0, a1", 0xffffffff4effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 1
    /* w INT32_MAX dyn rdn */
    FTEST_F 38, "fcvt.s.w fa0, a1", 0xffffffff4effffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 2
    /* w INT32_MAX dyn rup */
    FTEST_F 39, "fcvt.s.w fa0, a1", 0xffffffff4f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 3
    /* w INT32_MAX dyn rmm */
    FTEST_F 40, "fcvt.s.w fa0, a1", 0xffffffff4f000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffff, 4
    /* wu 2^32 - 1 rne */
    FTEST_F 41, "fcvt.s.wu fa0, a1, rne", 0xffffffff4f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 0
    /* wu 2^32 - 1 rtz */
    FTEST_F 42, "fcvt.s.wu fa0, a1, rtz", 0xffffffff4f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 0
    /* wu 2^32 - 1 rdn */
    FTEST_F 43, "fcvt.s.wu fa0, a1, rdn", 0xffffffff4f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 0
    /* wu 2^32 - 1 rup */
    FTEST_F 44, "fcvt.s.wu fa0, a1, rup", 0xffffffff4f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 0
    /* wu 2^32 - 1 rmm */
    FTEST_F 45, "fcvt.s.wu fa0, a1, rmm", 0xffffffff4f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 0
    /* wu 2^32 - 1 dyn rne */
    FTEST_F 46, "fcvt.s.wu fa0, a1", 0xffffffff4f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 0
    /* wu 2^32 - 1 dyn rtz */
    FTEST_F 47, "fcvt.s.wu fa0, a1", 0xffffffff4f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 1
    /* wu 2^32 - 1 dyn rdn */
    FTEST_F 48, "fcvt.s.wu fa0, a1", 0xffffffff4f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 2
    /* wu 2^32 - 1 dyn rup */
    FTEST_F 49, "fcvt.s.wu fa0, a1", 0xffffffff4f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 3
    /* wu 2^32 - 1 dyn rmm */
    FTEST_F 50, "fcvt.s.wu fa0, a1", 0xffffffff4f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffff, 4
    /* l tie rne */
    FTEST_F 51, "fcvt.s.l fa0, a1, rne", 0xffffffff53800000, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 0
    /* l tie rtz */
    FTEST_F 52, "fcvt.s.l fa0, a1, rtz", 0xffffffff53800000, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 0
    /* l tie rdn */
    FTEST_F 53, "fcvt.s.l fa0, a1, rdn", 0xffffffff53800000, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 0
    /* l tie rup */
    FTEST_F 54, "fcvt.s.l fa0, a1, rup", 0xffffffff53800001, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 0
    /* l tie rmm */
    FTEST_F 55, "fcvt.s.l fa0, a1, rmm", 0xffffffff53800001, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 0
    /* l tie dyn rne */
    FTEST_F 56, "fcvt.s.l fa0, a1", 0xffffffff53800000, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 0
    /* l tie dyn rtz */
    FTEST_F 57, "fcvt.s.l fa0, a1", 0xffffffff53800000, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 1
    /* l tie dyn rdn */
    FTEST_F 58, "fcvt.s.l fa0, a1", 0xffffffff53800000, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 2
    /* l tie dyn rup */
    FTEST_F 59, "fcvt.s.l fa0, a1", 0xffffffff53800001, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 3
    /* l tie dyn rmm */
    FTEST_F 60, "fcvt.s.l fa0, a1", 0xffffffff53800001, 0x1, 0x0, 0x0, 0x0, 0x10000010000, 4
    /* lu 2^64 - 1 rne */
    FTEST_F 61, "fcvt.s.lu fa0, a1, rne", 0xffffffff5f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rtz */
    FTEST_F 62, "fcvt.s.lu fa0, a1, rtz", 0xffffffff5f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rdn */
    FTEST_F 63, "fcvt.s.lu fa0, a1, rdn", 0xffffffff5f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rup */
    FTEST_F 64, "fcvt.s.lu fa0, a1, rup", 0xffffffff5f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rmm */
    FTEST_F 65, "fcvt.s.lu fa0, a1, rmm", 0xffffffff5f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 dyn rne */
    FTEST_F 66, "fcvt.s.lu fa0, a1", 0xffffffff5f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 dyn rtz */
    FTEST_F 67, "fcvt.s.lu fa0, a1", 0xffffffff5f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 1
    /* lu 2^64 - 1 dyn rdn */
    FTEST_F 68, "fcvt.s.lu fa0, a1", 0xffffffff5f7fffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 2
    /* lu 2^64 - 1 dyn rup */
    FTEST_F 69, "fcvt.s.lu fa0, a1", 0xffffffff5f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 3
    /* lu 2^64 - 1 dyn rmm */
    FTEST_F 70, "fcvt.s.lu fa0, a1", 0xffffffff5f800000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 4
    PASS
