/* fmv.x.w copies the low 32 bits, sign-extended from bit 31, whatever the boxing; fmv.x.d /
 * fmv.d.x move all 64 bits
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    FTEST_X 1, "fmv.x.w a0, fa1", 0xffffffff80000000, 0x0, 0xffffffff80000000, 0x0, 0x0, 0x0, 0
    FTEST_X 2, "fmv.x.w a0, fa1", 0x7fffffff, 0x0, 0xffffffff7fffffff, 0x0, 0x0, 0x0, 0
    FTEST_X 3, "fmv.x.w a0, fa1", 0xffffffffbf800000, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    FTEST_X 4, "fmv.x.w a0, fa1", 0x3f800000, 0x0, 0xffffffff3f800000, 0x0, 0x0, 0x0, 0
    FTEST_X 5, "fmv.x.w a0, fa1", 0xffffffffdeadbeef, 0x0, 0x12345678deadbeef, 0x0, 0x0, 0x0, 0
    FTEST_X 6, "fmv.x.w a0, fa1", 0x7fc00000, 0x0, 0x7fc00000, 0x0, 0x0, 0x0, 0
    FTEST_X 7, "fmv.x.w a0, fa1", 0xffffffffffffffff, 0x0, 0xfffffffeffffffff, 0x0, 0x0, 0x0, 0
    FTEST_X 8, "fmv.x.d a0, fa1", 0x8123456789abcdef, 0x0, 0x8123456789abcdef, 0x0, 0x0, 0x0, 0
    FTEST_F 9, "fmv.d.x fa0, a1", 0x8123456789abcdef, 0x0, 0x0, 0x0, 0x0, 0x8123456789abcdef, 0
    /* round trip */
    FTEST_X 10, "fmv.w.x fa1, a1; fmv.x.w a0, fa1", 0xfffffffffffffffe, 0x0, 0x0, 0x0, 0x0, 0xfffffffe, 0
    /* to x0: nothing */
    FTEST_X 11, "fmv.x.w x0, fa1", 0x0, 0x0, 0xffffffff80000000, 0x0, 0x0, 0x0, 0
    PASS
