/* single-precision arithmetic on subnormal operands
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    FTEST_F 1, "fadd.s fa0, fa1, fa2", 0xffffffff00000002, 0x0, 0xffffffff00000001, 0xffffffff00000001, 0x0, 0x0, 0
    FTEST_F 2, "fadd.s fa0, fa1, fa2", 0xffffffff00800000, 0x0, 0xffffffff007fffff, 0xffffffff00000001, 0x0, 0x0, 0
    /* * 2^23 */
    FTEST_F 3, "fmul.s fa0, fa1, fa2", 0xffffffff00800000, 0x0, 0xffffffff00000001, 0xffffffff4b000000, 0x0, 0x0, 0
    FTEST_F 4, "fdiv.s fa0, fa1, fa2", 0xffffffff4afffffe, 0x0, 0xffffffff007fffff, 0xffffffff00000001, 0x0, 0x0, 0
    FTEST_F 5, "fsqrt.s fa0, fa1", 0xffffffff1fffffff, 0x1, 0xffffffff007fffff, 0x0, 0x0, 0x0, 0
    FTEST_F 6, "fcvt.d.s fa0, fa1", 0x380fffffc0000000, 0x0, 0xffffffff007fffff, 0x0, 0x0, 0x0, 0
    PASS
