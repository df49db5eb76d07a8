/* fmadd.s and its variants in every rounding mode on ties
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* (1+2^-23)^2 - 1: tie rne */
    FTEST_F 1, "fmadd.s fa0, fa1, fa2, fa3, rne", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* (1+2^-23)^2 - 1: tie rtz */
    FTEST_F 2, "fmadd.s fa0, fa1, fa2, fa3, rtz", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* (1+2^-23)^2 - 1: tie rdn */
    FTEST_F 3, "fmadd.s fa0, fa1, fa2, fa3, rdn", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* (1+2^-23)^2 - 1: tie rup */
    FTEST_F 4, "fmadd.s fa0, fa1, fa2, fa3, rup", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* (1+2^-23)^2 - 1: tie rmm */
    FTEST_F 5, "fmadd.s fa0, fa1, fa2, fa3, rmm", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* (1+2^-23)^2 - 1: tie dyn rne */
    FTEST_F 6, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* (1+2^-23)^2 - 1: tie dyn rtz */
    FTEST_F 7, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 1
    /* (1+2^-23)^2 - 1: tie dyn rdn */
    FTEST_F 8, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 2
    /* (1+2^-23)^2 - 1: tie dyn rup */
    FTEST_F 9, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 3
    /* (1+2^-23)^2 - 1: tie dyn rmm */
    FTEST_F 10, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 4
    /* fmsub rne */
    FTEST_F 11, "fmsub.s fa0, fa1, fa2, fa3, rne", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fmsub rtz */
    FTEST_F 12, "fmsub.s fa0, fa1, fa2, fa3, rtz", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fmsub rdn */
    FTEST_F 13, "fmsub.s fa0, fa1, fa2, fa3, rdn", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fmsub rup */
    FTEST_F 14, "fmsub.s fa0, fa1, fa2, fa3, rup", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fmsub rmm */
    FTEST_F 15, "fmsub.s fa0, fa1, fa2, fa3, rmm", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fmsub dyn rne */
    FTEST_F 16, "fmsub.s fa0, fa1, fa2, fa3", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fmsub dyn rtz */
    FTEST_F 17, "fmsub.s fa0, fa1, fa2, fa3", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 1
    /* fmsub dyn rdn */
    FTEST_F 18, "fmsub.s fa0, fa1, fa2, fa3", 0xffffffff34800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 2
    /* fmsub dyn rup */
    FTEST_F 19, "fmsub.s fa0, fa1, fa2, fa3", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 3
    /* fmsub dyn rmm */
    FTEST_F 20, "fmsub.s fa0, fa1, fa2, fa3", 0xffffffff34800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 4
    /* fnmsub rne */
    FTEST_F 21, "fnmsub.s fa0, fa1, fa2, fa3, rne", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fnmsub rtz */
    FTEST_F 22, "fnmsub.s fa0, fa1, fa2, fa3, rtz", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fnmsub rdn */
    FTEST_F 23, "fnmsub.s fa0, fa1, fa2, fa3, rdn", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fnmsub rup */
    FTEST_F 24, "fnmsub.s fa0, fa1, fa2, fa3, rup", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fnmsub rmm */
    FTEST_F 25, "fnmsub.s fa0, fa1, fa2, fa3, rmm", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fnmsub dyn rne */
    FTEST_F 26, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 0
    /* fnmsub dyn rtz */
    FTEST_F 27, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 1
    /* fnmsub dyn rdn */
    FTEST_F 28, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 2
    /* fnmsub dyn rup */
    FTEST_F 29, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 3
    /* fnmsub dyn rmm */
    FTEST_F 30, "fnmsub.s fa0, fa1, fa2, fa3", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffff3f800000, 0x0, 4
    /* fnmadd rne */
    FTEST_F 31, "fnmadd.s fa0, fa1, fa2, fa3, rne", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* fnmadd rtz */
    FTEST_F 32, "fnmadd.s fa0, fa1, fa2, fa3, rtz", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* fnmadd rdn */
    FTEST_F 33, "fnmadd.s fa0, fa1, fa2, fa3, rdn", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* fnmadd rup */
    FTEST_F 34, "fnmadd.s fa0, fa1, fa2, fa3, rup", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* fnmadd rmm */
    FTEST_F 35, "fnmadd.s fa0, fa1, fa2, fa3, rmm", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* fnmadd dyn rne */
    FTEST_F 36, "fnmadd.s fa0, fa1, fa2, fa3", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 0
    /* fnmadd dyn rtz */
    FTEST_F 37, "fnmadd.s fa0, fa1, fa2, fa3", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 1
    /* fnmadd dyn rdn */
    FTEST_F 38, "fnmadd.s fa0, fa1, fa2, fa3", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 2
    /* fnmadd dyn rup */
    FTEST_F 39, "fnmadd.s fa0, fa1, fa2, fa3", 0xffffffffb4800000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 3
    /* fnmadd dyn rmm */
    FTEST_F 40, "fnmadd.s fa0, fa1, fa2, fa3", 0xffffffffb4800001, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800000, 0x0, 4
    PASS
