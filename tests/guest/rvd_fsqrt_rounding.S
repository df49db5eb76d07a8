/* fsqrt.d in every rounding mode, and its special cases
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* sqrt 2 rne */
    FTEST_F 1, "fsqrt.d fa0, fa1, rne", 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rtz */
    FTEST_F 2, "fsqrt.d fa0, fa1, rtz", 0x3ff6a09e667f3bcc, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rdn */
    FTEST_F 3, "fsqrt.d fa0, fa1, rdn", 0x3ff6a09e667f3bcc, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rup */
    FTEST_F 4, "fsqrt.d fa0, fa1, rup", 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 rmm */
    FTEST_F 5, "fsqrt.d fa0, fa1, rmm", 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 dyn rne */
    FTEST_F 6, "fsqrt.d fa0, fa1", 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 2 dyn rtz */
    FTEST_F 7, "fsqrt.d fa0, fa1", 0x3ff6a09e667f3bcc, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 1
    /* sqrt 2 dyn rdn */
    FTEST_F 8, "fsqrt.d fa0, fa1", 0x3ff6a09e667f3bcc, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 2
    /* sqrt 2 dyn rup */
    FTEST_F 9, "fsqrt.d fa0, fa1", 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 3
    /* sqrt 2 dyn rmm */
    FTEST_F 10, "fsqrt.d fa0, fa1", 0x3ff6a09e667f3bcd, 0x1, 0x4000000000000000, 0x0, 0x0, 0x0, 4
    /* sqrt 3 rne */
    FTEST_F 11, "fsqrt.d fa0, fa1, rne", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rtz */
    FTEST_F 12, "fsqrt.d fa0, fa1, rtz", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rdn */
    FTEST_F 13, "fsqrt.d fa0, fa1, rdn", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rup */
    FTEST_F 14, "fsqrt.d fa0, fa1, rup", 0x3ffbb67ae8584cab, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 rmm */
    FTEST_F 15, "fsqrt.d fa0, fa1, rmm", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 dyn rne */
    FTEST_F 16, "fsqrt.d fa0, fa1", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt 3 dyn rtz */
    FTEST_F 17, "fsqrt.d fa0, fa1", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 1
    /* sqrt 3 dyn rdn */
    FTEST_F 18, "fsqrt.d fa0, fa1", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 2
    /* sqrt 3 dyn rup */
    FTEST_F 19, "fsqrt.d fa0, fa1", 0x3ffbb67ae8584cab, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 3
    /* sqrt 3 dyn rmm */
    FTEST_F 20, "fsqrt.d fa0, fa1", 0x3ffbb67ae8584caa, 0x1, 0x4008000000000000, 0x0, 0x0, 0x0, 4
    /* sqrt(1 + 2^-52) rne */
    FTEST_F 21, "fsqrt.d fa0, fa1, rne", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-52) rtz */
    FTEST_F 22, "fsqrt.d fa0, fa1, rtz", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-52) rdn */
    FTEST_F 23, "fsqrt.d fa0, fa1, rdn", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-52) rup */
    FTEST_F 24, "fsqrt.d fa0, fa1, rup", 0x3ff0000000000001, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-52) rmm */
    FTEST_F 25, "fsqrt.d fa0, fa1, rmm", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-52) dyn rne */
    FTEST_F 26, "fsqrt.d fa0, fa1", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 0
    /* sqrt(1 + 2^-52) dyn rtz */
    FTEST_F 27, "fsqrt.d fa0, fa1", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 1
    /* sqrt(1 + 2^-52) dyn rdn */
    FTEST_F 28, "fsqrt.d fa0, fa1", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 2
    /* sqrt(1 + 2^-52) dyn rup */
    FTEST_F 29, "fsqrt.d fa0, fa1", 0x3ff0000000000001, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 3
    /* sqrt(1 + 2^-52) dyn rmm */
    FTEST_F 30, "fsqrt.d fa0, fa1", 0x3ff0000000000000, 0x1, 0x3ff0000000000001, 0x0, 0x0, 0x0, 4
    /* sqrt(1 - 2^-53) rne */
    FTEST_F 31, "fsqrt.d fa0, fa1, rne", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* sqrt(1 - 2^-53) rtz */
    FTEST_F 32, "fsqrt.d fa0, fa1, rtz", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* sqrt(1 - 2^-53) rdn */
    FTEST_F 33, "fsqrt.d fa0, fa1, rdn", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* sqrt(1 - 2^-53) rup */
    FTEST_F 34, "fsqrt.d fa0, fa1, rup", 0x3ff0000000000000, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* sqrt(1 - 2^-53) rmm */
    FTEST_F 35, "fsqrt.d fa0, fa1, rmm", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* sqrt(1 - 2^-53) dyn rne */
    FTEST_F 36, "fsqrt.d fa0, fa1", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 0
    /* sqrt(1 - 2^-53) dyn rtz */
    FTEST_F 37, "fsqrt.d fa0, fa1", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 1
    /* sqrt(1 - 2^-53) dyn rdn */
    FTEST_F 38, "fsqrt.d fa0, fa1", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 2
    /* sqrt(1 - 2^-53) dyn rup */
    FTEST_F 39, "fsqrt.d fa0, fa1", 0x3ff0000000000000, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 3
    /* sqrt(1 - 2^-53) dyn rmm */
    FTEST_F 40, "fsqrt.d fa0, fa1", 0x3fefffffffffffff, 0x1, 0x3fefffffffffffff, 0x0, 0x0, 0x0, 4
    /* sqrt of the smallest subnormal rne */
    FTEST_F 41, "fsqrt.d fa0, fa1, rne", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rtz */
    FTEST_F 42, "fsqrt.d fa0, fa1, rtz", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rdn */
    FTEST_F 43, "fsqrt.d fa0, fa1, rdn", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rup */
    FTEST_F 44, "fsqrt.d fa0, fa1, rup", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal rmm */
    FTEST_F 45, "fsqrt.d fa0, fa1, rmm", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal dyn rne */
    FTEST_F 46, "fsqrt.d fa0, fa1", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 0
    /* sqrt of the smallest subnormal dyn rtz */
    FTEST_F 47, "fsqrt.d fa0, fa1", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 1
    /* sqrt of the smallest subnormal dyn rdn */
    FTEST_F 48, "fsqrt.d fa0, fa1", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 2
    /* sqrt of the smallest subnormal dyn rup */
    FTEST_F 49, "fsqrt.d fa0, fa1", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 3
    /* sqrt of the smallest subnormal dyn rmm */
    FTEST_F 50, "fsqrt.d fa0, fa1", 0x1e60000000000000, 0x0, 0x1, 0x0, 0x0, 0x0, 4
    /* sqrt 4 = 2, exact */
    FTEST_F 51, "fsqrt.d fa0, fa1", 0x4000000000000000, 0x0, 0x4010000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt(-0) = -0 */
    FTEST_F 52, "fsqrt.d fa0, fa1", 0x8000000000000000, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt(inf) = inf */
    FTEST_F 53, "fsqrt.d fa0, fa1", 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt(-1): NV */
    FTEST_F 54, "fsqrt.d fa0, fa1", 0x7ff8000000000000, 0x10, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt(-inf): NV */
    FTEST_F 55, "fsqrt.d fa0, fa1", 0x7ff8000000000000, 0x10, 0xfff0000000000000, 0x0, 0x0, 0x0, 0
    /* sqrt(-subnormal): NV */
    FTEST_F 56, "fsqrt.d fa0, fa1", 0x7ff8000000000000, 0x10, 0x8000000000000001, 0x0, 0x0, 0x0, 0
    PASS
