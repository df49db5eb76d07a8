/* fmadd.d and its variants in every rounding mode on exact ties of the fused result
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie rne */
    FTEST_F 1, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie rtz */
    FTEST_F 2, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie rdn */
    FTEST_F 3, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie rup */
    FTEST_F 4, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie rmm */
    FTEST_F 5, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie dyn rne */
    FTEST_F 6, "fmadd.d fa0, fa1, fa2, fa3", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie dyn rtz */
    FTEST_F 7, "fmadd.d fa0, fa1, fa2, fa3", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 1
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie dyn rdn */
    FTEST_F 8, "fmadd.d fa0, fa1, fa2, fa3", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 2
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie dyn rup */
    FTEST_F 9, "fmadd.d fa0, fa1, fa2, fa3", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 3
    /* (1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie dyn rmm */
    FTEST_F 10, "fmadd.d fa0, fa1, fa2, fa3", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 4
    /* 3 * (1 + 2^-52) + 0: tie rne */
    FTEST_F 11, "fmadd.d fa0, fa1, fa2, fa3, rne", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) + 0: tie rtz */
    FTEST_F 12, "fmadd.d fa0, fa1, fa2, fa3, rtz", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) + 0: tie rdn */
    FTEST_F 13, "fmadd.d fa0, fa1, fa2, fa3, rdn", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) + 0: tie rup */
    FTEST_F 14, "fmadd.d fa0, fa1, fa2, fa3, rup", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) + 0: tie rmm */
    FTEST_F 15, "fmadd.d fa0, fa1, fa2, fa3, rmm", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) + 0: tie dyn rne */
    FTEST_F 16, "fmadd.d fa0, fa1, fa2, fa3", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 0
    /* 3 * (1 + 2^-52) + 0: tie dyn rtz */
    FTEST_F 17, "fmadd.d fa0, fa1, fa2, fa3", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 1
    /* 3 * (1 + 2^-52) + 0: tie dyn rdn */
    FTEST_F 18, "fmadd.d fa0, fa1, fa2, fa3", 0x4008000000000001, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 2
    /* 3 * (1 + 2^-52) + 0: tie dyn rup */
    FTEST_F 19, "fmadd.d fa0, fa1, fa2, fa3", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 3
    /* 3 * (1 + 2^-52) + 0: tie dyn rmm */
    FTEST_F 20, "fmadd.d fa0, fa1, fa2, fa3", 0x4008000000000002, 0x1, 0x4008000000000000, 0x3ff0000000000001, 0x0, 0x0, 4
    /* fmsub tie rne */
    FTEST_F 21, "fmsub.d fa0, fa1, fa2, fa3, rne", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fmsub tie rtz */
    FTEST_F 22, "fmsub.d fa0, fa1, fa2, fa3, rtz", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fmsub tie rdn */
    FTEST_F 23, "fmsub.d fa0, fa1, fa2, fa3, rdn", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fmsub tie rup */
    FTEST_F 24, "fmsub.d fa0, fa1, fa2, fa3, rup", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fmsub tie rmm */
    FTEST_F 25, "fmsub.d fa0, fa1, fa2, fa3, rmm", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fmsub tie dyn rne */
    FTEST_F 26, "fmsub.d fa0, fa1, fa2, fa3", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fmsub tie dyn rtz */
    FTEST_F 27, "fmsub.d fa0, fa1, fa2, fa3", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 1
    /* fmsub tie dyn rdn */
    FTEST_F 28, "fmsub.d fa0, fa1, fa2, fa3", 0x3cc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 2
    /* fmsub tie dyn rup */
    FTEST_F 29, "fmsub.d fa0, fa1, fa2, fa3", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 3
    /* fmsub tie dyn rmm */
    FTEST_F 30, "fmsub.d fa0, fa1, fa2, fa3", 0x3cc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 4
    /* fnmsub tie rne */
    FTEST_F 31, "fnmsub.d fa0, fa1, fa2, fa3, rne", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fnmsub tie rtz */
    FTEST_F 32, "fnmsub.d fa0, fa1, fa2, fa3, rtz", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fnmsub tie rdn */
    FTEST_F 33, "fnmsub.d fa0, fa1, fa2, fa3, rdn", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fnmsub tie rup */
    FTEST_F 34, "fnmsub.d fa0, fa1, fa2, fa3, rup", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fnmsub tie rmm */
    FTEST_F 35, "fnmsub.d fa0, fa1, fa2, fa3, rmm", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fnmsub tie dyn rne */
    FTEST_F 36, "fnmsub.d fa0, fa1, fa2, fa3", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 0
    /* fnmsub tie dyn rtz */
    FTEST_F 37, "fnmsub.d fa0, fa1, fa2, fa3", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 1
    /* fnmsub tie dyn rdn */
    FTEST_F 38, "fnmsub.d fa0, fa1, fa2, fa3", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 2
    /* fnmsub tie dyn rup */
    FTEST_F 39, "fnmsub.d fa0, fa1, fa2, fa3", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 3
    /* fnmsub tie dyn rmm */
    FTEST_F 40, "fnmsub.d fa0, fa1, fa2, fa3", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0x3ff0000000000000, 0x0, 4
    /* fnmadd tie rne */
    FTEST_F 41, "fnmadd.d fa0, fa1, fa2, fa3, rne", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* fnmadd tie rtz */
    FTEST_F 42, "fnmadd.d fa0, fa1, fa2, fa3, rtz", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* fnmadd tie rdn */
    FTEST_F 43, "fnmadd.d fa0, fa1, fa2, fa3, rdn", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* fnmadd tie rup */
    FTEST_F 44, "fnmadd.d fa0, fa1, fa2, fa3, rup", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* fnmadd tie rmm */
    FTEST_F 45, "fnmadd.d fa0, fa1, fa2, fa3, rmm", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* fnmadd tie dyn rne */
    FTEST_F 46, "fnmadd.d fa0, fa1, fa2, fa3", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 0
    /* fnmadd tie dyn rtz */
    FTEST_F 47, "fnmadd.d fa0, fa1, fa2, fa3", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 1
    /* fnmadd tie dyn rdn */
    FTEST_F 48, "fnmadd.d fa0, fa1, fa2, fa3", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 2
    /* fnmadd tie dyn rup */
    FTEST_F 49, "fnmadd.d fa0, fa1, fa2, fa3", 0xbcc0000000000000, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 3
    /* fnmadd tie dyn rmm */
    FTEST_F 50, "fnmadd.d fa0, fa1, fa2, fa3", 0xbcc0000000000001, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000000, 0x0, 4
    PASS
