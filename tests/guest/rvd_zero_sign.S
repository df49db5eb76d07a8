/* signed zeros: x + -x is +0 except -0 in RDN; -0 + -0 = -0; products of zero carry the
 * sign; underflow to zero keeps the sign
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1 + -1 rne */
    FTEST_F 1, "fadd.d fa0, fa1, fa2, rne", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 1 + -1 rtz */
    FTEST_F 2, "fadd.d fa0, fa1, fa2, rtz", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 1 + -1 rdn */
    FTEST_F 3, "fadd.d fa0, fa1, fa2, rdn", 0x8000000000000000, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 1 + -1 rup */
    FTEST_F 4, "fadd.d fa0, fa1, fa2, rup", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 1 + -1 rmm */
    FTEST_F 5, "fadd.d fa0, fa1, fa2, rmm", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 1 + -1 dyn rne */
    FTEST_F 6, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 1 + -1 dyn rtz */
    FTEST_F 7, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 1
    /* 1 + -1 dyn rdn */
    FTEST_F 8, "fadd.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 2
    /* 1 + -1 dyn rup */
    FTEST_F 9, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 3
    /* 1 + -1 dyn rmm */
    FTEST_F 10, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 4
    /* 3 - 3 rne */
    FTEST_F 11, "fsub.d fa0, fa1, fa2, rne", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 3 - 3 rtz */
    FTEST_F 12, "fsub.d fa0, fa1, fa2, rtz", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 3 - 3 rdn */
    FTEST_F 13, "fsub.d fa0, fa1, fa2, rdn", 0x8000000000000000, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 3 - 3 rup */
    FTEST_F 14, "fsub.d fa0, fa1, fa2, rup", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 3 - 3 rmm */
    FTEST_F 15, "fsub.d fa0, fa1, fa2, rmm", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 3 - 3 dyn rne */
    FTEST_F 16, "fsub.d fa0, fa1, fa2", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* 3 - 3 dyn rtz */
    FTEST_F 17, "fsub.d fa0, fa1, fa2", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 1
    /* 3 - 3 dyn rdn */
    FTEST_F 18, "fsub.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 2
    /* 3 - 3 dyn rup */
    FTEST_F 19, "fsub.d fa0, fa1, fa2", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 3
    /* 3 - 3 dyn rmm */
    FTEST_F 20, "fsub.d fa0, fa1, fa2", 0x0, 0x0, 0x4008000000000000, 0x4008000000000000, 0x0, 0x0, 4
    /* +0 + -0 rne */
    FTEST_F 21, "fadd.d fa0, fa1, fa2, rne", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* +0 + -0 rtz */
    FTEST_F 22, "fadd.d fa0, fa1, fa2, rtz", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* +0 + -0 rdn */
    FTEST_F 23, "fadd.d fa0, fa1, fa2, rdn", 0x8000000000000000, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* +0 + -0 rup */
    FTEST_F 24, "fadd.d fa0, fa1, fa2, rup", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* +0 + -0 rmm */
    FTEST_F 25, "fadd.d fa0, fa1, fa2, rmm", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* +0 + -0 dyn rne */
    FTEST_F 26, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 0
    /* +0 + -0 dyn rtz */
    FTEST_F 27, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 1
    /* +0 + -0 dyn rdn */
    FTEST_F 28, "fadd.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 2
    /* +0 + -0 dyn rup */
    FTEST_F 29, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 3
    /* +0 + -0 dyn rmm */
    FTEST_F 30, "fadd.d fa0, fa1, fa2", 0x0, 0x0, 0x0, 0x8000000000000000, 0x0, 0x0, 4
    /* -0 + -0 */
    FTEST_F 31, "fadd.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x8000000000000000, 0x8000000000000000, 0x0, 0x0, 0
    /* -0 - +0 */
    FTEST_F 32, "fsub.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x8000000000000000, 0x0, 0x0, 0x0, 0
    /* -0 * 3 */
    FTEST_F 33, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x8000000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* -0 * -1 */
    FTEST_F 34, "fmul.d fa0, fa1, fa2", 0x0, 0x0, 0x8000000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* 0 / -1 */
    FTEST_F 35, "fdiv.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x0, 0xbff0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest rne */
    FTEST_F 36, "fmul.d fa0, fa1, fa2, rne", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest rtz */
    FTEST_F 37, "fmul.d fa0, fa1, fa2, rtz", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest rdn */
    FTEST_F 38, "fmul.d fa0, fa1, fa2, rdn", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest rup */
    FTEST_F 39, "fmul.d fa0, fa1, fa2, rup", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest rmm */
    FTEST_F 40, "fmul.d fa0, fa1, fa2, rmm", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest dyn rne */
    FTEST_F 41, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 0
    /* -smallest / 4: underflows to -0 or -smallest dyn rtz */
    FTEST_F 42, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 1
    /* -smallest / 4: underflows to -0 or -smallest dyn rdn */
    FTEST_F 43, "fmul.d fa0, fa1, fa2", 0x8000000000000001, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 2
    /* -smallest / 4: underflows to -0 or -smallest dyn rup */
    FTEST_F 44, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 3
    /* -smallest / 4: underflows to -0 or -smallest dyn rmm */
    FTEST_F 45, "fmul.d fa0, fa1, fa2", 0x8000000000000000, 0x3, 0x8000000000000001, 0x3fd0000000000000, 0x0, 0x0, 4
    /* 1*1 - 1 rne */
    FTEST_F 46, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* 1*1 - 1 rtz */
    FTEST_F 47, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* 1*1 - 1 rdn */
    FTEST_F 48, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* 1*1 - 1 rup */
    FTEST_F 49, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* 1*1 - 1 rmm */
    FTEST_F 50, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* 1*1 - 1 dyn rne */
    FTEST_F 51, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* 1*1 - 1 dyn rtz */
    FTEST_F 52, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 1
    /* 1*1 - 1 dyn rdn */
    FTEST_F 53, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 2
    /* 1*1 - 1 dyn rup */
    FTEST_F 54, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 3
    /* 1*1 - 1 dyn rmm */
    FTEST_F 55, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 4
    /* -(1*1) + 1 rne */
    FTEST_F 56, "fnmadd.d fa0, fa1, fa2, fa3, rne", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* -(1*1) + 1 rtz */
    FTEST_F 57, "fnmadd.d fa0, fa1, fa2, fa3, rtz", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* -(1*1) + 1 rdn */
    FTEST_F 58, "fnmadd.d fa0, fa1, fa2, fa3, rdn", 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* -(1*1) + 1 rup */
    FTEST_F 59, "fnmadd.d fa0, fa1, fa2, fa3, rup", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* -(1*1) + 1 rmm */
    FTEST_F 60, "fnmadd.d fa0, fa1, fa2, fa3, rmm", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* -(1*1) + 1 dyn rne */
    FTEST_F 61, "fnmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0
    /* -(1*1) + 1 dyn rtz */
    FTEST_F 62, "fnmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 1
    /* -(1*1) + 1 dyn rdn */
    FTEST_F 63, "fnmadd.d fa0, fa1, fa2, fa3", 0x8000000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 2
    /* -(1*1) + 1 dyn rup */
    FTEST_F 64, "fnmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 3
    /* -(1*1) + 1 dyn rmm */
    FTEST_F 65, "fnmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 4
    /* -0*1 + 0 rne */
    FTEST_F 66, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* -0*1 + 0 rtz */
    FTEST_F 67, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* -0*1 + 0 rdn */
    FTEST_F 68, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0x8000000000000000, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* -0*1 + 0 rup */
    FTEST_F 69, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* -0*1 + 0 rmm */
    FTEST_F 70, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* -0*1 + 0 dyn rne */
    FTEST_F 71, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* -0*1 + 0 dyn rtz */
    FTEST_F 72, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 1
    /* -0*1 + 0 dyn rdn */
    FTEST_F 73, "fmadd.d fa0, fa1, fa2, fa3", 0x8000000000000000, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 2
    /* -0*1 + 0 dyn rup */
    FTEST_F 74, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 3
    /* -0*1 + 0 dyn rmm */
    FTEST_F 75, "fmadd.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x8000000000000000, 0x3ff0000000000000, 0x0, 0x0, 4
    /* -(0*1) - 0 = -0 */
    FTEST_F 76, "fnmadd.d fa0, fa1, fa2, fa3", 0x8000000000000000, 0x0, 0x0, 0x3ff0000000000000, 0x0, 0x0, 0
    /* 0*1 - 0 = +0 */
    FTEST_F 77, "fmsub.d fa0, fa1, fa2, fa3", 0x0, 0x0, 0x0, 0x3ff0000000000000, 0x0, 0x0, 0
    PASS
