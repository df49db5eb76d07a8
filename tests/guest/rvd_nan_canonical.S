/* a NaN result is always the canonical NaN 0x7ff8000000000000: no payload, no sign, whatever
 * the operands; NV only for a signalling operand or an invalid operation
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* quiet payload */
    FTEST_F 1, "fadd.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0x3ff0000000000000, 0x0, 0x0, 0
    /* negative quiet NaN */
    FTEST_F 2, "fadd.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* signalling: NV */
    FTEST_F 3, "fadd.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff4000000000abc, 0x3ff0000000000000, 0x0, 0x0, 0
    /* both */
    FTEST_F 4, "fadd.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff8000000000123, 0x7ff0000000000001, 0x0, 0x0, 0
    /* quiet payload */
    FTEST_F 5, "fsub.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0x3ff0000000000000, 0x0, 0x0, 0
    /* negative quiet NaN */
    FTEST_F 6, "fsub.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* signalling: NV */
    FTEST_F 7, "fsub.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff4000000000abc, 0x3ff0000000000000, 0x0, 0x0, 0
    /* both */
    FTEST_F 8, "fsub.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff8000000000123, 0x7ff0000000000001, 0x0, 0x0, 0
    /* quiet payload */
    FTEST_F 9, "fmul.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0x3ff0000000000000, 0x0, 0x0, 0
    /* negative quiet NaN */
    FTEST_F 10, "fmul.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* signalling: NV */
    FTEST_F 11, "fmul.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff4000000000abc, 0x3ff0000000000000, 0x0, 0x0, 0
    /* both */
    FTEST_F 12, "fmul.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff8000000000123, 0x7ff0000000000001, 0x0, 0x0, 0
    /* quiet payload */
    FTEST_F 13, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0x3ff0000000000000, 0x0, 0x0, 0
    /* negative quiet NaN */
    FTEST_F 14, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* signalling: NV */
    FTEST_F 15, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff4000000000abc, 0x3ff0000000000000, 0x0, 0x0, 0
    /* both */
    FTEST_F 16, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff8000000000123, 0x7ff0000000000001, 0x0, 0x0, 0
    FTEST_F 17, "fsqrt.d fa0, fa1", 0x7ff8000000000000, 0x0, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    FTEST_F 18, "fsqrt.d fa0, fa1", 0x7ff8000000000000, 0x10, 0x7ff4000000000abc, 0x0, 0x0, 0x0, 0
    /* NaN addend */
    FTEST_F 19, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x7ff8000000000123, 0x0, 0
    /* sNaN factor */
    FTEST_F 20, "fmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x7ff8000000000123, 0x0, 0
    /* negated NaN */
    FTEST_F 21, "fnmadd.d fa0, fa1, fa2, fa3", 0x7ff8000000000000, 0x0, 0xfff8000000000456, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0
    /* inf - inf: NV */
    FTEST_F 22, "fadd.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0xfff0000000000000, 0x0, 0x0, 0
    /* 0 * inf: NV */
    FTEST_F 23, "fmul.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x0, 0xfff0000000000000, 0x0, 0x0, 0
    /* 0 / 0: NV */
    FTEST_F 24, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* inf / inf: NV */
    FTEST_F 25, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x7ff0000000000000, 0xfff0000000000000, 0x0, 0x0, 0
    /* fmin of two NaNs */
    FTEST_F 26, "fmin.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000123, 0xfff8000000000456, 0x0, 0x0, 0
    /* sign injection keeps the payload */
    FTEST_F 27, "fsgnj.d fa0, fa1, fa2", 0xfff4000000000abc, 0x0, 0x7ff4000000000abc, 0xbff0000000000000, 0x0, 0x0, 0
    /* fmv keeps it too */
    FTEST_F 28, "fmv.d.x fa0, a1", 0x7ff4000000000abc, 0x0, 0x0, 0x0, 0x0, 0x7ff4000000000abc, 0
    PASS
