/* single operands that are not properly NaN-boxed read as the canonical quiet NaN (no NV) in
 * every single-precision instruction
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fadd upper half 0 */
    FTEST_F 1, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0x3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmul upper half 0 */
    FTEST_F 2, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0x3f800000, 0x0, 0x0, 0
    /* fadd upper 0xfffffffe */
    FTEST_F 3, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xfffffffe3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmul upper 0xfffffffe */
    FTEST_F 4, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0xfffffffe3f800000, 0x0, 0x0, 0
    /* fadd upper 0x7fffffff */
    FTEST_F 5, "fadd.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0x7fffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmul upper 0x7fffffff */
    FTEST_F 6, "fmul.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0x7fffffff3f800000, 0x0, 0x0, 0
    /* fcvt.w.s: NaN -> max, NV */
    FTEST_X 7, "fcvt.w.s a0, fa1", 0x7fffffff, 0x10, 0x3f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.lu.s */
    FTEST_X 8, "fcvt.lu.s a0, fa1", 0xffffffffffffffff, 0x10, 0x3f800000, 0x0, 0x0, 0x0, 0
    /* fcvt.d.s */
    FTEST_F 9, "fcvt.d.s fa0, fa1", 0x7ff8000000000000, 0x0, 0xbf800000, 0x0, 0x0, 0x0, 0
    /* fsqrt.s */
    FTEST_F 10, "fsqrt.s fa0, fa1", 0xffffffff7fc00000, 0x0, 0x40800000, 0x0, 0x0, 0x0, 0
    /* fdiv.s */
    FTEST_F 11, "fdiv.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0x40800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmadd.s addend */
    FTEST_F 12, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff7fc00000, 0x0, 0xffffffff3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fmadd.s: inf * NaN, not inf * 0 */
    FTEST_F 13, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff7fc00000, 0x0, 0xffffffff7f800000, 0x0, 0xffffffff3f800000, 0x0, 0
    /* feq.s: quiet, 0 */
    FTEST_X 14, "feq.s a0, fa1, fa2", 0x0, 0x0, 0x3f800000, 0x3f800000, 0x0, 0x0, 0
    /* fle.s: NV */
    FTEST_X 15, "fle.s a0, fa1, fa2", 0x0, 0x10, 0x3f800000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* fclass.s: quiet NaN */
    FTEST_X 16, "fclass.s a0, fa1", 0x200, 0x0, 0xff800000, 0x0, 0x0, 0x0, 0
    /* fmin.s: the other one */
    FTEST_F 17, "fmin.s fa0, fa1, fa2", 0xffffffff40400000, 0x0, 0x0, 0xffffffff40400000, 0x0, 0x0, 0
    /* fsgnj.s: -canonical NaN */
    FTEST_F 18, "fsgnj.s fa0, fa1, fa2", 0xffffffffffc00000, 0x0, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fmv.x.w does not check: raw low bits */
    FTEST_X 19, "fmv.x.w a0, fa1", 0xffffffff9abcdef0, 0x0, 0x123456789abcdef0, 0x0, 0x0, 0x0, 0
    /* a double read as a single */
    FTEST_F 20, "fcvt.d.s fa0, fa1", 0x7ff8000000000000, 0x0, 0x3ff0000000000000, 0x0, 0x0, 0x0, 0
    PASS
