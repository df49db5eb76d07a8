/* fflags accumulate: several operations OR their flags, nothing clears them
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* DZ then NV */
    FTEST_F 1, "fdiv.d fa0, fa1, fa2; fadd.d fa0, fa0, fa3", 0x7ff8000000000000, 0x18, 0x3ff0000000000000, 0x0, 0xfff0000000000000, 0x0, 0
    /* NX then OF */
    FTEST_F 2, "fdiv.d fa0, fa1, fa2; fmul.d fa0, fa3, fa3", 0x7ff0000000000000, 0x5, 0x3ff0000000000000, 0x4008000000000000, 0x7fefffffffffffff, 0x0, 0
    /* UF NX then NV */
    FTEST_F 3, "fmul.d fa0, fa1, fa2; fsqrt.d fa0, fa3", 0x7ff8000000000000, 0x13, 0x10000000000000, 0x3fd5555555555555, 0xbff0000000000000, 0x0, 0
    /* NV from both */
    FTEST_X 4, "feq.d a0, fa1, fa2; flt.d a0, fa3, fa3", 0x0, 0x10, 0x7ff0000000000001, 0x3ff0000000000000, 0x7ff8000000000000, 0x0, 0
    /* NX survives a fsgnj */
    FTEST_F 5, "fadd.d fa0, fa1, fa2; fsgnj.d fa0, fa0, fa0", 0x3ff0000000000000, 0x1, 0x3ff0000000000000, 0x3ca0000000000000, 0x0, 0x0, 0
    /* NX, then fflags cleared: an exact add leaves it clear */
    FTEST_F 6, "fadd.d fa0, fa1, fa2; csrwi fflags, 0; fadd.d fa0, fa3, fa3", 0x4000000000000000, 0x0, 0x3ff0000000000000, 0x3ca0000000000000, 0x3ff0000000000000, 0x0, 0
    /* NX, cleared, an exact add: nothing */
    FTEST_F 7, "fdiv.d fa0, fa1, fa2; csrwi fflags, 0; fadd.d fa0, fa1, fa2", 0x4010000000000000, 0x0, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* NX (sqrt 3), cleared, NX */
    FTEST_F 8, "fsqrt.d fa0, fa2; csrwi fflags, 0; fdiv.d fa0, fa1, fa2", 0x3fd5555555555555, 0x1, 0x3ff0000000000000, 0x4008000000000000, 0x0, 0x0, 0
    /* NV, cleared, an exact single: nothing */
    FTEST_F 9, "fsqrt.d fa0, fa1; csrwi fflags, 0; fmul.s fa0, fa2, fa2", 0xffffffff3f800000, 0x0, 0xbff0000000000000, 0xffffffff3f800000, 0x0, 0x0, 0
    /* OF NX, then fflags = NX: an exact fma leaves NX */
    FTEST_F 10, "fmadd.d fa0, fa1, fa2, fa3; csrwi fflags, 1; fmadd.d fa0, fa3, fa3, fa3", 0x0, 0x1, 0x7fefffffffffffff, 0x4000000000000000, 0x0, 0x0, 0
    PASS
