/* division by zero: DZ and a signed infinity for a finite non-zero dividend only
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1/0 */
    FTEST_F 1, "fdiv.d fa0, fa1, fa2", 0x7ff0000000000000, 0x8, 0x3ff0000000000000, 0x0, 0x0, 0x0, 0
    /* -1/0 */
    FTEST_F 2, "fdiv.d fa0, fa1, fa2", 0xfff0000000000000, 0x8, 0xbff0000000000000, 0x0, 0x0, 0x0, 0
    /* 1/-0 */
    FTEST_F 3, "fdiv.d fa0, fa1, fa2", 0xfff0000000000000, 0x8, 0x3ff0000000000000, 0x8000000000000000, 0x0, 0x0, 0
    /* subnormal/-0 */
    FTEST_F 4, "fdiv.d fa0, fa1, fa2", 0xfff0000000000000, 0x8, 0x1, 0x8000000000000000, 0x0, 0x0, 0
    /* 0/0: NV, not DZ */
    FTEST_F 5, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x10, 0x0, 0x0, 0x0, 0x0, 0
    /* inf/0: no flag */
    FTEST_F 6, "fdiv.d fa0, fa1, fa2", 0x7ff0000000000000, 0x0, 0x7ff0000000000000, 0x0, 0x0, 0x0, 0
    /* NaN/0: no flag */
    FTEST_F 7, "fdiv.d fa0, fa1, fa2", 0x7ff8000000000000, 0x0, 0x7ff8000000000000, 0x0, 0x0, 0x0, 0
    /* single 1/0 */
    FTEST_F 8, "fdiv.s fa0, fa1, fa2", 0xffffffff7f800000, 0x8, 0xffffffff3f800000, 0xffffffff00000000, 0x0, 0x0, 0
    /* single -1/-0 */
    FTEST_F 9, "fdiv.s fa0, fa1, fa2", 0xffffffff7f800000, 0x8, 0xffffffffbf800000, 0xffffffff80000000, 0x0, 0x0, 0
    /* single 0/0 */
    FTEST_F 10, "fdiv.s fa0, fa1, fa2", 0xffffffff7fc00000, 0x10, 0xffffffff00000000, 0xffffffff00000000, 0x0, 0x0, 0
    PASS
