/* fsgnj.d, fsgnjn.d, fsgnjx.d: bit operations, no flags, NaNs kept as is
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* fsgnj.d */
    FTEST_F 1, "fsgnj.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fsgnj.d */
    FTEST_F 2, "fsgnj.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* fsgnj.d */
    FTEST_F 3, "fsgnj.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0xbff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fsgnj.d */
    FTEST_F 4, "fsgnj.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0xbff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* fsgnj.d */
    FTEST_F 5, "fsgnj.d fa0, fa1, fa2", 0xfff4000000000abc, 0x0, 0x7ff4000000000abc, 0x8000000000000000, 0x0, 0x0, 0
    /* fsgnj.d */
    FTEST_F 6, "fsgnj.d fa0, fa1, fa2", 0x7ff8000000000456, 0x0, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fsgnj.d */
    FTEST_F 7, "fsgnj.d fa0, fa1, fa2", 0x8000000000000000, 0x0, 0x8000000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* fsgnj.d with rs1 = rs2 */
    FTEST_F 8, "fsgnj.d fa0, fa1, fa1", 0xbff0000000000000, 0x0, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 9, "fsgnjn.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 10, "fsgnjn.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 11, "fsgnjn.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0xbff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 12, "fsgnjn.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0xbff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 13, "fsgnjn.d fa0, fa1, fa2", 0x7ff4000000000abc, 0x0, 0x7ff4000000000abc, 0x8000000000000000, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 14, "fsgnjn.d fa0, fa1, fa2", 0xfff8000000000456, 0x0, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fsgnjn.d */
    FTEST_F 15, "fsgnjn.d fa0, fa1, fa2", 0x0, 0x0, 0x8000000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* fsgnjn.d with rs1 = rs2 */
    FTEST_F 16, "fsgnjn.d fa0, fa1, fa1", 0x3ff0000000000000, 0x0, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 17, "fsgnjx.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0x3ff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 18, "fsgnjx.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0x3ff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 19, "fsgnjx.d fa0, fa1, fa2", 0xbff0000000000000, 0x0, 0xbff0000000000000, 0x3ff0000000000000, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 20, "fsgnjx.d fa0, fa1, fa2", 0x3ff0000000000000, 0x0, 0xbff0000000000000, 0xbff0000000000000, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 21, "fsgnjx.d fa0, fa1, fa2", 0xfff4000000000abc, 0x0, 0x7ff4000000000abc, 0x8000000000000000, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 22, "fsgnjx.d fa0, fa1, fa2", 0xfff8000000000456, 0x0, 0xfff8000000000456, 0x0, 0x0, 0x0, 0
    /* fsgnjx.d */
    FTEST_F 23, "fsgnjx.d fa0, fa1, fa2", 0x0, 0x0, 0x8000000000000000, 0xfff8000000000456, 0x0, 0x0, 0
    /* fsgnjx.d with rs1 = rs2 */
    FTEST_F 24, "fsgnjx.d fa0, fa1, fa1", 0x3ff0000000000000, 0x0, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    PASS
