/* fsgnj.s, fsgnjn.s, fsgnjx.s: boxed results; an improperly boxed input is the canonical NaN
 * first (fmv.s included)
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fsgnj.s */
    FTEST_F 1, "fsgnj.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnj.s */
    FTEST_F 2, "fsgnj.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffffbf800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnj.s */
    FTEST_F 3, "fsgnj.s fa0, fa1, fa2", 0xffffffffffa00abc, 0x0, 0xffffffff7fa00abc, 0xffffffff80000000, 0x0, 0x0, 0
    /* fsgnj.s */
    FTEST_F 4, "fsgnj.s fa0, fa1, fa2", 0xffffffffffc00000, 0x0, 0x3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnj.s */
    FTEST_F 5, "fsgnj.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xbf800000, 0x0, 0x0, 0
    /* fsgnj.s */
    FTEST_F 6, "fsgnj.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xfffffffebf800000, 0xfffffffebf800000, 0x0, 0x0, 0
    /* fsgnj.s (fmv.s etc.) improperly boxed */
    FTEST_F 7, "fsgnj.s fa0, fa1, fa1", 0xffffffff7fc00000, 0x0, 0x12345678bf800000, 0x0, 0x0, 0x0, 0
    /* fsgnj.s rs1 = rs2 */
    FTEST_F 8, "fsgnj.s fa0, fa1, fa1", 0xffffffffbf800000, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    /* fsgnjn.s */
    FTEST_F 9, "fsgnjn.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnjn.s */
    FTEST_F 10, "fsgnjn.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffffbf800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnjn.s */
    FTEST_F 11, "fsgnjn.s fa0, fa1, fa2", 0xffffffff7fa00abc, 0x0, 0xffffffff7fa00abc, 0xffffffff80000000, 0x0, 0x0, 0
    /* fsgnjn.s */
    FTEST_F 12, "fsgnjn.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0x3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnjn.s */
    FTEST_F 13, "fsgnjn.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffff3f800000, 0xbf800000, 0x0, 0x0, 0
    /* fsgnjn.s */
    FTEST_F 14, "fsgnjn.s fa0, fa1, fa2", 0xffffffffffc00000, 0x0, 0xfffffffebf800000, 0xfffffffebf800000, 0x0, 0x0, 0
    /* fsgnjn.s (fmv.s etc.) improperly boxed */
    FTEST_F 15, "fsgnjn.s fa0, fa1, fa1", 0xffffffffffc00000, 0x0, 0x12345678bf800000, 0x0, 0x0, 0x0, 0
    /* fsgnjn.s rs1 = rs2 */
    FTEST_F 16, "fsgnjn.s fa0, fa1, fa1", 0xffffffff3f800000, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    /* fsgnjx.s */
    FTEST_F 17, "fsgnjx.s fa0, fa1, fa2", 0xffffffffbf800000, 0x0, 0xffffffff3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnjx.s */
    FTEST_F 18, "fsgnjx.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffffbf800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnjx.s */
    FTEST_F 19, "fsgnjx.s fa0, fa1, fa2", 0xffffffffffa00abc, 0x0, 0xffffffff7fa00abc, 0xffffffff80000000, 0x0, 0x0, 0
    /* fsgnjx.s */
    FTEST_F 20, "fsgnjx.s fa0, fa1, fa2", 0xffffffffffc00000, 0x0, 0x3f800000, 0xffffffffbf800000, 0x0, 0x0, 0
    /* fsgnjx.s */
    FTEST_F 21, "fsgnjx.s fa0, fa1, fa2", 0xffffffff3f800000, 0x0, 0xffffffff3f800000, 0xbf800000, 0x0, 0x0, 0
    /* fsgnjx.s */
    FTEST_F 22, "fsgnjx.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x0, 0xfffffffebf800000, 0xfffffffebf800000, 0x0, 0x0, 0
    /* fsgnjx.s (fmv.s etc.) improperly boxed */
    FTEST_F 23, "fsgnjx.s fa0, fa1, fa1", 0xffffffff7fc00000, 0x0, 0x12345678bf800000, 0x0, 0x0, 0x0, 0
    /* fsgnjx.s rs1 = rs2 */
    FTEST_F 24, "fsgnjx.s fa0, fa1, fa1", 0xffffffff3f800000, 0x0, 0xffffffffbf800000, 0x0, 0x0, 0x0, 0
    PASS
