/* double overflow: infinity or the largest finite value depending on the rounding mode and
 * the sign; OF and NX
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* max * 2 rne */
    FTEST_F 1, "fmul.d fa0, fa1, fa2, rne", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* max * 2 rtz */
    FTEST_F 2, "fmul.d fa0, fa1, fa2, rtz", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* max * 2 rdn */
    FTEST_F 3, "fmul.d fa0, fa1, fa2, rdn", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* max * 2 rup */
    FTEST_F 4, "fmul.d fa0, fa1, fa2, rup", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* max * 2 rmm */
    FTEST_F 5, "fmul.d fa0, fa1, fa2, rmm", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* max * 2 dyn rne */
    FTEST_F 6, "fmul.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* max * 2 dyn rtz */
    FTEST_F 7, "fmul.d fa0, fa1, fa2", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 1
    /* max * 2 dyn rdn */
    FTEST_F 8, "fmul.d fa0, fa1, fa2", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 2
    /* max * 2 dyn rup */
    FTEST_F 9, "fmul.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 3
    /* max * 2 dyn rmm */
    FTEST_F 10, "fmul.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 4
    /* -max * 2 rne */
    FTEST_F 11, "fmul.d fa0, fa1, fa2, rne", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* -max * 2 rtz */
    FTEST_F 12, "fmul.d fa0, fa1, fa2, rtz", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* -max * 2 rdn */
    FTEST_F 13, "fmul.d fa0, fa1, fa2, rdn", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* -max * 2 rup */
    FTEST_F 14, "fmul.d fa0, fa1, fa2, rup", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* -max * 2 rmm */
    FTEST_F 15, "fmul.d fa0, fa1, fa2, rmm", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* -max * 2 dyn rne */
    FTEST_F 16, "fmul.d fa0, fa1, fa2", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    /* -max * 2 dyn rtz */
    FTEST_F 17, "fmul.d fa0, fa1, fa2", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 1
    /* -max * 2 dyn rdn */
    FTEST_F 18, "fmul.d fa0, fa1, fa2", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 2
    /* -max * 2 dyn rup */
    FTEST_F 19, "fmul.d fa0, fa1, fa2", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 3
    /* -max * 2 dyn rmm */
    FTEST_F 20, "fmul.d fa0, fa1, fa2", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x4000000000000000, 0x0, 0x0, 4
    /* max + max rne */
    FTEST_F 21, "fadd.d fa0, fa1, fa2, rne", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 0
    /* max + max rtz */
    FTEST_F 22, "fadd.d fa0, fa1, fa2, rtz", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 0
    /* max + max rdn */
    FTEST_F 23, "fadd.d fa0, fa1, fa2, rdn", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 0
    /* max + max rup */
    FTEST_F 24, "fadd.d fa0, fa1, fa2, rup", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 0
    /* max + max rmm */
    FTEST_F 25, "fadd.d fa0, fa1, fa2, rmm", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 0
    /* max + max dyn rne */
    FTEST_F 26, "fadd.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 0
    /* max + max dyn rtz */
    FTEST_F 27, "fadd.d fa0, fa1, fa2", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 1
    /* max + max dyn rdn */
    FTEST_F 28, "fadd.d fa0, fa1, fa2", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 2
    /* max + max dyn rup */
    FTEST_F 29, "fadd.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 3
    /* max + max dyn rmm */
    FTEST_F 30, "fadd.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7fefffffffffffff, 0x0, 0x0, 4
    /* max + half an ulp rne */
    FTEST_F 31, "fadd.d fa0, fa1, fa2, rne", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 0
    /* max + half an ulp rtz */
    FTEST_F 32, "fadd.d fa0, fa1, fa2, rtz", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 0
    /* max + half an ulp rdn */
    FTEST_F 33, "fadd.d fa0, fa1, fa2, rdn", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 0
    /* max + half an ulp rup */
    FTEST_F 34, "fadd.d fa0, fa1, fa2, rup", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 0
    /* max + half an ulp rmm */
    FTEST_F 35, "fadd.d fa0, fa1, fa2, rmm", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 0
    /* max + half an ulp dyn rne */
    FTEST_F 36, "fadd.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 0
    /* max + half an ulp dyn rtz */
    FTEST_F 37, "fadd.d fa0, fa1, fa2", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 1
    /* max + half an ulp dyn rdn */
    FTEST_F 38, "fadd.d fa0, fa1, fa2", 0x7fefffffffffffff, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 2
    /* max + half an ulp dyn rup */
    FTEST_F 39, "fadd.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 3
    /* max + half an ulp dyn rmm */
    FTEST_F 40, "fadd.d fa0, fa1, fa2", 0x7ff0000000000000, 0x5, 0x7fefffffffffffff, 0x7ca0000000000000, 0x0, 0x0, 4
    /* -max / 0.5 rne */
    FTEST_F 41, "fdiv.d fa0, fa1, fa2, rne", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 0
    /* -max / 0.5 rtz */
    FTEST_F 42, "fdiv.d fa0, fa1, fa2, rtz", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 0
    /* -max / 0.5 rdn */
    FTEST_F 43, "fdiv.d fa0, fa1, fa2, rdn", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 0
    /* -max / 0.5 rup */
    FTEST_F 44, "fdiv.d fa0, fa1, fa2, rup", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 0
    /* -max / 0.5 rmm */
    FTEST_F 45, "fdiv.d fa0, fa1, fa2, rmm", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 0
    /* -max / 0.5 dyn rne */
    FTEST_F 46, "fdiv.d fa0, fa1, fa2", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 0
    /* -max / 0.5 dyn rtz */
    FTEST_F 47, "fdiv.d fa0, fa1, fa2", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 1
    /* -max / 0.5 dyn rdn */
    FTEST_F 48, "fdiv.d fa0, fa1, fa2", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 2
    /* -max / 0.5 dyn rup */
    FTEST_F 49, "fdiv.d fa0, fa1, fa2", 0xffefffffffffffff, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 3
    /* -max / 0.5 dyn rmm */
    FTEST_F 50, "fdiv.d fa0, fa1, fa2", 0xfff0000000000000, 0x5, 0xffefffffffffffff, 0x3fe0000000000000, 0x0, 0x0, 4
    /* inf addend wins rne */
    FTEST_F 51, "fmadd.d fa0, fa1, fa2, fa3, rne", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 0
    /* inf addend wins rtz */
    FTEST_F 52, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 0
    /* inf addend wins rdn */
    FTEST_F 53, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 0
    /* inf addend wins rup */
    FTEST_F 54, "fmadd.d fa0, fa1, fa2, fa3, rup", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 0
    /* inf addend wins rmm */
    FTEST_F 55, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 0
    /* inf addend wins dyn rne */
    FTEST_F 56, "fmadd.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 0
    /* inf addend wins dyn rtz */
    FTEST_F 57, "fmadd.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 1
    /* inf addend wins dyn rdn */
    FTEST_F 58, "fmadd.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 2
    /* inf addend wins dyn rup */
    FTEST_F 59, "fmadd.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 3
    /* inf addend wins dyn rmm */
    FTEST_F 60, "fmadd.d fa0, fa1, fa2, fa3", 0xfff0000000000000, 0x0, 0x7fefffffffffffff, 0x7fefffffffffffff, 0xfff0000000000000, 0x0, 4
    /* -(max*2) + max rne */
    FTEST_F 61, "fnmsub.d fa0, fa1, fa2, fa3, rne", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 0
    /* -(max*2) + max rtz */
    FTEST_F 62, "fnmsub.d fa0, fa1, fa2, fa3, rtz", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 0
    /* -(max*2) + max rdn */
    FTEST_F 63, "fnmsub.d fa0, fa1, fa2, fa3, rdn", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 0
    /* -(max*2) + max rup */
    FTEST_F 64, "fnmsub.d fa0, fa1, fa2, fa3, rup", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 0
    /* -(max*2) + max rmm */
    FTEST_F 65, "fnmsub.d fa0, fa1, fa2, fa3, rmm", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 0
    /* -(max*2) + max dyn rne */
    FTEST_F 66, "fnmsub.d fa0, fa1, fa2, fa3", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 0
    /* -(max*2) + max dyn rtz */
    FTEST_F 67, "fnmsub.d fa0, fa1, fa2, fa3", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 1
    /* -(max*2) + max dyn rdn */
    FTEST_F 68, "fnmsub.d fa0, fa1, fa2, fa3", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 2
    /* -(max*2) + max dyn rup */
    FTEST_F 69, "fnmsub.d fa0, fa1, fa2, fa3", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 3
    /* -(max*2) + max dyn rmm */
    FTEST_F 70, "fnmsub.d fa0, fa1, fa2, fa3", 0xffefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0x7fefffffffffffff, 0x0, 4
    PASS
