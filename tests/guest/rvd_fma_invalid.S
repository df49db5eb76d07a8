/* fused multiply-add: infinity times zero raises NV even with a quiet NaN addend; inf - inf
 * inside the sum
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fmadd.d inf*0 + qNaN */
    FTEST_F 1, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x0, 0x7ff8000000000123, 0x0, 0
    /* fmadd.d 0*inf + 1 */
    FTEST_F 2, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x8000000000000000, 0xfff0000000000000, 0x3ff0000000000000, 0x0, 0
    /* fmadd.d inf*1 - inf */
    FTEST_F 3, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x0, 0
    /* fmadd.d inf*1 + inf */
    FTEST_F 4, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x0, 0
    /* fmsub.d inf*0 + qNaN */
    FTEST_F 5, "fmsub.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x0, 0x7ff8000000000123, 0x0, 0
    /* fmsub.d 0*inf + 1 */
    FTEST_F 6, "fmsub.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x8000000000000000, 0xfff0000000000000, 0x3ff0000000000000, 0x0, 0
    /* fmsub.d inf*1 - inf */
    FTEST_F 7, "fmsub.d fa0, fa1, fa2, fa3", 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x0, 0
    /* fmsub.d inf*1 + inf */
    FTEST_F 8, "fmsub.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x0, 0
    /* fnmsub.d inf*0 + qNaN */
    FTEST_F 9, "fnmsub.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x0, 0x7ff8000000000123, 0x0, 0
    /* fnmsub.d 0*inf + 1 */
    FTEST_F 10, "fnmsub.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x8000000000000000, 0xfff0000000000000, 0x3ff0000000000000, 0x0, 0
    /* fnmsub.d inf*1 - inf */
    FTEST_F 11, "fnmsub.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x0, 0
    /* fnmsub.d inf*1 + inf */
    FTEST_F 12, "fnmsub.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x0, 0
    /* fnmadd.d inf*0 + qNaN */
    FTEST_F 13, "fnmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x0, 0x7ff8000000000123, 0x0, 0
    /* fnmadd.d 0*inf + 1 */
    FTEST_F 14, "fnmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x8000000000000000, 0xfff0000000000000, 0x3ff0000000000000, 0x0, 0
    /* fnmadd.d inf*1 - inf */
    FTEST_F 15, "fnmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0x3ff0000000000000, 0xfff0000000000000, 0x0, 0
    /* fnmadd.d inf*1 + inf */
    FTEST_F 16, "fnmadd.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7ff0000000000000, 0x3ff0000000000000, 0x7ff0000000000000, 0x0, 0
    /* NaN factor, inf addend: no NV */
    FTEST_F 17, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x7ff8000000000000, 0x7ff0000000000000, 0x0, 0
    /* single inf*0 + qNaN */
    FTEST_F 18, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff7fc00000, 0x10, 0xffffffff00000000, 0xffffffff7f800000, 0xffffffff7fc00123, 0x0, 0
    /* single -(inf) - inf */
    FTEST_F 19, "fnmadd.s fa0, fa1, fa2, fa3", 0xffffffffff800000, 0x0, 0xffffffff7f800000, 0xffffffff3f800000, 0xffffffff7f800000, 0x0, 0
    PASS
