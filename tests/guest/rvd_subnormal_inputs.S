/* double-precision arithmetic on subnormal operands: exact results raise nothing
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 2 * smallest */
    FTEST_F 1, "fadd.d fa0, fa1, fa2", 0x2, 0x0, 0x1, 0x1, 0x0, 0x0, 0
    /* largest subnormal + smallest = min normal */
    FTEST_F 2, "fadd.d fa0, fa1, fa2", 0x10000000000000, 0x0, 0xfffffffffffff, 0x1, 0x0, 0x0, 0
    /* min normal - smallest */
    FTEST_F 3, "fsub.d fa0, fa1, fa2", 0xfffffffffffff, 0x0, 0x10000000000000, 0x1, 0x0, 0x0, 0
    /* smallest * 2^52 */
    FTEST_F 4, "fmul.d fa0, fa1, fa2", 0x10000000000000, 0x0, 0x1, 0x4330000000000000, 0x0, 0x0, 0
    /* largest subnormal * 2 */
    FTEST_F 5, "fmul.d fa0, fa1, fa2", 0x1ffffffffffffe, 0x0, 0xfffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* largest / smallest = 2^52 - 1 */
    FTEST_F 6, "fdiv.d fa0, fa1, fa2", 0x432ffffffffffffe, 0x0, 0xfffffffffffff, 0x1, 0x0, 0x0, 0
    /* sqrt of the largest subnormal */
    FTEST_F 7, "fsqrt.d fa0, fa1", 0x1fffffffffffffff, 0x1, 0xfffffffffffff, 0x0, 0x0, 0x0, 0
    /* fma of subnormals */
    FTEST_F 8, "fmadd.d fa0, fa1, fa2, fa3", 0x2, 0x0, 0x1, 0x3ff0000000000000, 0x1, 0x0, 0
    /* subnormals compare equal */
    FTEST_X 9, "feq.d a0, fa1, fa2", 0x1, 0x0, 0x1, 0x1, 0x0, 0x0, 0
    /* -smallest < 0 */
    FTEST_X 10, "flt.d a0, fa1, fa2", 0x1, 0x0, 0x8000000000000001, 0x0, 0x0, 0x0, 0
    /* rounds up to 1 */
    FTEST_X 11, "fcvt.l.d a0, fa1, rup", 0x1, 0x1, 0x1, 0x0, 0x0, 0x0, 0
    PASS
