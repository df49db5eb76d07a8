/* fmadd.d rounds once: a*b - round(a*b) is the exact error, where fmul then fadd give 0
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* (1+2^-52)^2 - (1+2^-51) = 2^-104 */
    FTEST_F 1, "fmadd.d fa0, fa1, fa2, fa3", 0x3970000000000000, 0x0, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000002, 0x0, 0
    /* the same with two roundings: 0 */
    FTEST_F 2, "fmul.d fa0, fa1, fa2; fadd.d fa0, fa0, fa3", 0x0, 0x1, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000002, 0x0, 0
    /* another error term */
    FTEST_F 3, "fmadd.d fa0, fa1, fa2, fa3", 0xbcc8000000000000, 0x1, 0x3ff8000000000001, 0x3ff8000000000001, 0xc002000000000003, 0x0, 0
    /* single */
    FTEST_F 4, "fmadd.s fa0, fa1, fa2, fa3", 0xffffffff28800000, 0x0, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800002, 0x0, 0
    /* single, two roundings */
    FTEST_F 5, "fmul.s fa0, fa1, fa2; fadd.s fa0, fa0, fa3", 0xffffffff00000000, 0x1, 0xffffffff3f800001, 0xffffffff3f800001, 0xffffffffbf800002, 0x0, 0
    /* max*2 - max: no overflow inside a fused op */
    FTEST_F 6, "fmadd.d fa0, fa1, fa2, fa3", 0x7fefffffffffffff, 0x0, 0x7fefffffffffffff, 0x4000000000000000, 0xffefffffffffffff, 0x0, 0
    PASS
