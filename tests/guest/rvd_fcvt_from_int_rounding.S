/* fcvt.d.{w,wu,l,lu} in every rounding mode: 64-bit integers that are ties, and the 32-bit
 * forms reading only the low half of the register
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* l 2^53 + 1: tie, even below rne */
    FTEST_F 1, "fcvt.d.l fa0, a1, rne", 0x4340000000000000, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 0
    /* l 2^53 + 1: tie, even below rtz */
    FTEST_F 2, "fcvt.d.l fa0, a1, rtz", 0x4340000000000000, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 0
    /* l 2^53 + 1: tie, even below rdn */
    FTEST_F 3, "fcvt.d.l fa0, a1, rdn", 0x4340000000000000, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 0
    /* l 2^53 + 1: tie, even below rup */
    FTEST_F 4, "fcvt.d.l fa0, a1, rup", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 0
    /* l 2^53 + 1: tie, even below rmm */
    FTEST_F 5, "fcvt.d.l fa0, a1, rmm", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 0
    /* l 2^53 + 1: tie, even below dyn rne */
    FTEST_F 6, "fcvt.d.l fa0, a1", 0x4340000000000000, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 0
    /* l 2^53 + 1: tie, even below dyn rtz */
    FTEST_F 7, "fcvt.d.l fa0, a1", 0x4340000000000000, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 1
    /* l 2^53 + 1: tie, even below dyn rdn */
    FTEST_F 8, "fcvt.d.l fa0, a1", 0x4340000000000000, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 2
    /* l 2^53 + 1: tie, even below dyn rup */
    FTEST_F 9, "fcvt.d.l fa0, a1", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 3
    /* l 2^53 + 1: tie, even below dyn rmm */
    FTEST_F 10, "fcvt.d.l fa0, a1", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000001, 4
    /* l 2^53 + 3: tie, odd below rne */
    FTEST_F 11, "fcvt.d.l fa0, a1, rne", 0x4340000000000002, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 0
    /* l 2^53 + 3: tie, odd below rtz */
    FTEST_F 12, "fcvt.d.l fa0, a1, rtz", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 0
    /* l 2^53 + 3: tie, odd below rdn */
    FTEST_F 13, "fcvt.d.l fa0, a1, rdn", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 0
    /* l 2^53 + 3: tie, odd below rup */
    FTEST_F 14, "fcvt.d.l fa0, a1, rup", 0x4340000000000002, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 0
    /* l 2^53 + 3: tie, odd below rmm */
    FTEST_F 15, "fcvt.d.l fa0, a1, rmm", 0x4340000000000002, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 0
    /* l 2^53 + 3: tie, odd below dyn rne */
    FTEST_F 16, "fcvt.d.l fa0, a1", 0x4340000000000002, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 0
    /* l 2^53 + 3: tie, odd below dyn rtz */
    FTEST_F 17, "fcvt.d.l fa0, a1", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 1
    /* l 2^53 + 3: tie, odd below dyn rdn */
    FTEST_F 18, "fcvt.d.l fa0, a1", 0x4340000000000001, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 2
    /* l 2^53 + 3: tie, odd below dyn rup */
    FTEST_F 19, "fcvt.d.l fa0, a1", 0x4340000000000002, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 3
    /* l 2^53 + 3: tie, odd below dyn rmm */
    FTEST_F 20, "fcvt.d.l fa0, a1", 0x4340000000000002, 0x1, 0x0, 0x0, 0x0, 0x20000000000003, 4
    /* l 2^54 + 3: above half rne */
    FTEST_F 21, "fcvt.d.l fa0, a1, rne", 0x4350000000000001, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 0
    /* l 2^54 + 3: above half rtz */
    FTEST_F 22, "fcvt.d.l fa0, a1, rtz", 0x4350000000000000, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 0
    /* l 2^54 + 3: above half rdn */
    FTEST_F 23, "fcvt.d.l fa0, a1, rdn", 0x4350000000000000, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 0
    /* l 2^54 + 3: above half rup */
    FTEST_F 24, "fcvt.d.l fa0, a1, rup", 0x4350000000000001, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 0
    /* l 2^54 + 3: above half rmm */
    FTEST_F 25, "fcvt.d.l fa0, a1, rmm", 0x4350000000000001, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 0
    /* l 2^54 + 3: above half dyn rne */
    FTEST_F 26, "fcvt.d.l fa0, a1", 0x4350000000000001, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 0
    /* l 2^54 + 3: above half dyn rtz */
    FTEST_F 27, "fcvt.d.l fa0, a1", 0x4350000000000000, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 1
    /* l 2^54 + 3: above half dyn rdn */
    FTEST_F 28, "fcvt.d.l fa0, a1", 0x4350000000000000, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 2
    /* l 2^54 + 3: above half dyn rup */
    FTEST_F 29, "fcvt.d.l fa0, a1", 0x4350000000000001, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 3
    /* l 2^54 + 3: above half dyn rmm */
    FTEST_F 30, "fcvt.d.l fa0, a1", 0x4350000000000001, 0x1, 0x0, 0x0, 0x0, 0x40000000000003, 4
    /* l -(2^53 + 1) rne */
    FTEST_F 31, "fcvt.d.l fa0, a1, rne", 0xc340000000000000, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 0
    /* l -(2^53 + 1) rtz */
    FTEST_F 32, "fcvt.d.l fa0, a1, rtz", 0xc340000000000000, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 0
    /* l -(2^53 + 1) rdn */
    FTEST_F 33, "fcvt.d.l fa0, a1, rdn", 0xc340000000000001, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 0
    /* l -(2^53 + 1) rup */
    FTEST_F 34, "fcvt.d.l fa0, a1, rup", 0xc340000000000000, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 0
    /* l -(2^53 + 1) rmm */
    FTEST_F 35, "fcvt.d.l fa0, a1, rmm", 0xc340000000000001, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 0
    /* l -(2^53 + 1) dyn rne */
    FTEST_F 36, "fcvt.d.l fa0, a1", 0xc340000000000000, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 0
    /* l -(2^53 + 1) dyn rtz */
    FTEST_F 37, "fcvt.d.l fa0, a1", 0xc340000000000000, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 1
    /* l -(2^53 + 1) dyn rdn */
    FTEST_F 38, "fcvt.d.l fa0, a1", 0xc340000000000001, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 2
    /* l -(2^53 + 1) dyn rup */
    FTEST_F 39, "fcvt.d.l fa0, a1", 0xc340000000000000, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 3
    /* l -(2^53 + 1) dyn rmm */
    FTEST_F 40, "fcvt.d.l fa0, a1", 0xc340000000000001, 0x1, 0x0, 0x0, 0x0, 0xffdfffffffffffff, 4
    /* l INT64_MAX rne */
    FTEST_F 41, "fcvt.d.l fa0, a1, rne", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* l INT64_MAX rtz */
    FTEST_F 42, "fcvt.d.l fa0, a1, rtz", 0x43dfffffffffffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* l INT64_MAX rdn */
    FTEST_F 43, "fcvt.d.l fa0, a1, rdn", 0x43dfffffffffffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* l INT64_MAX rup */
    FTEST_F 44, "fcvt.d.l fa0, a1, rup", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* l INT64_MAX rmm */
    FTEST_F 45, "fcvt.d.l fa0, a1, rmm", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* l INT64_MAX dyn rne */
    FTEST_F 46, "fcvt.d.l fa0, a1", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 0
    /* l INT64_MAX dyn rtz */
    FTEST_F 47, "fcvt.d.l fa0, a1", 0x43dfffffffffffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 1
    /* l INT64_MAX dyn rdn */
    FTEST_F 48, "fcvt.d.l fa0, a1", 0x43dfffffffffffff, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 2
    /* l INT64_MAX dyn rup */
    FTEST_F 49, "fcvt.d.l fa0, a1", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 3
    /* l INT64_MAX dyn rmm */
    FTEST_F 50, "fcvt.d.l fa0, a1", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x7fffffffffffffff, 4
    /* lu 2^64 - 1 rne */
    FTEST_F 51, "fcvt.d.lu fa0, a1, rne", 0x43f0000000000000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rtz */
    FTEST_F 52, "fcvt.d.lu fa0, a1, rtz", 0x43efffffffffffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rdn */
    FTEST_F 53, "fcvt.d.lu fa0, a1, rdn", 0x43efffffffffffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rup */
    FTEST_F 54, "fcvt.d.lu fa0, a1, rup", 0x43f0000000000000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 rmm */
    FTEST_F 55, "fcvt.d.lu fa0, a1, rmm", 0x43f0000000000000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 dyn rne */
    FTEST_F 56, "fcvt.d.lu fa0, a1", 0x43f0000000000000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 0
    /* lu 2^64 - 1 dyn rtz */
    FTEST_F 57, "fcvt.d.lu fa0, a1", 0x43efffffffffffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 1
    /* lu 2^64 - 1 dyn rdn */
    FTEST_F 58, "fcvt.d.lu fa0, a1", 0x43efffffffffffff, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 2
    /* lu 2^64 - 1 dyn rup */
    FTEST_F 59, "fcvt.d.lu fa0, a1", 0x43f0000000000000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 3
    /* lu 2^64 - 1 dyn rmm */
    FTEST_F 60, "fcvt.d.lu fa0, a1", 0x43f0000000000000, 0x1, 0x0, 0x0, 0x0, 0xffffffffffffffff, 4
    /* lu 2^63 + 2^10: tie rne */
    FTEST_F 61, "fcvt.d.lu fa0, a1, rne", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 0
    /* lu 2^63 + 2^10: tie rtz */
    FTEST_F 62, "fcvt.d.lu fa0, a1, rtz", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 0
    /* lu 2^63 + 2^10: tie rdn */
    FTEST_F 63, "fcvt.d.lu fa0, a1, rdn", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 0
    /* lu 2^63 + 2^10: tie rup */
    FTEST_F 64, "fcvt.d.lu fa0, a1, rup", 0x43e0000000000001, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 0
    /* lu 2^63 + 2^10: tie rmm */
    FTEST_F 65, "fcvt.d.lu fa0, a1, rmm", 0x43e0000000000001, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 0
    /* lu 2^63 + 2^10: tie dyn rne */
    FTEST_F 66, "fcvt.d.lu fa0, a1", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 0
    /* lu 2^63 + 2^10: tie dyn rtz */
    FTEST_F 67, "fcvt.d.lu fa0, a1", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 1
    /* lu 2^63 + 2^10: tie dyn rdn */
    FTEST_F 68, "fcvt.d.lu fa0, a1", 0x43e0000000000000, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 2
    /* lu 2^63 + 2^10: tie dyn rup */
    FTEST_F 69, "fcvt.d.lu fa0, a1", 0x43e0000000000001, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 3
    /* lu 2^63 + 2^10: tie dyn rmm */
    FTEST_F 70, "fcvt.d.lu fa0, a1", 0x43e0000000000001, 0x1, 0x0, 0x0, 0x0, 0x8000000000000400, 4
    /* w: low half -1 */
    FTEST_F 71, "fcvt.d.w fa0, a1", 0xbff0000000000000, 0x0, 0x0, 0x0, 0x0, 0x12345678ffffffff, 0
    /* wu: low half 2^32 - 1 */
    FTEST_F 72, "fcvt.d.wu fa0, a1", 0x41efffffffe00000, 0x0, 0x0, 0x0, 0x0, 0x12345678ffffffff, 0
    /* w: low half 5 */
    FTEST_F 73, "fcvt.d.w fa0, a1", 0x4014000000000000, 0x0, 0x0, 0x0, 0x0, 0xffffffff00000005, 0
    /* l: INT64_MIN, exact */
    FTEST_F 74, "fcvt.d.l fa0, a1", 0xc3e0000000000000, 0x0, 0x0, 0x0, 0x0, 0x8000000000000000, 0
    PASS
