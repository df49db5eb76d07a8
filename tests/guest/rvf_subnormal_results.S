/* single results in the subnormal range, every rounding mode
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* exact */
    FTEST_F 1, "fmul.s fa0, fa1, fa2", 0xffffffff00400000, 0x0, 0xffffffff00800000, 0xffffffff3f000000, 0x0, 0x0, 0
    /* min normal / 3 rne */
    FTEST_F 2, "fmul.s fa0, fa1, fa2, rne", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 0
    /* min normal / 3 rtz */
    FTEST_F 3, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 0
    /* min normal / 3 rdn */
    FTEST_F 4, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 0
    /* min normal / 3 rup */
    FTEST_F 5, "fmul.s fa0, fa1, fa2, rup", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 0
    /* min normal / 3 rmm */
    FTEST_F 6, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 0
    /* min normal / 3 dyn rne */
    FTEST_F 7, "fmul.s fa0, fa1, fa2", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 0
    /* min normal / 3 dyn rtz */
    FTEST_F 8, "fmul.s fa0, fa1, fa2", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 1
    /* min normal / 3 dyn rdn */
    FTEST_F 9, "fmul.s fa0, fa1, fa2", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 2
    /* min normal / 3 dyn rup */
    FTEST_F 10, "fmul.s fa0, fa1, fa2", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 3
    /* min normal / 3 dyn rmm */
    FTEST_F 11, "fmul.s fa0, fa1, fa2", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff3eaaaaab, 0x0, 0x0, 4
    /* smallest / 2 rne */
    FTEST_F 12, "fmul.s fa0, fa1, fa2, rne", 0xffffffff00000000, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 0
    /* smallest / 2 rtz */
    FTEST_F 13, "fmul.s fa0, fa1, fa2, rtz", 0xffffffff00000000, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 0
    /* smallest / 2 rdn */
    FTEST_F 14, "fmul.s fa0, fa1, fa2, rdn", 0xffffffff00000000, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 0
    /* smallest / 2 rup */
    FTEST_F 15, "fmul.s fa0, fa1, fa2, rup", 0xffffffff00000001, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 0
    /* smallest / 2 rmm */
    FTEST_F 16, "fmul.s fa0, fa1, fa2, rmm", 0xffffffff00000001, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 0
    /* smallest / 2 dyn rne */
    FTEST_F 17, "fmul.s fa0, fa1, fa2", 0xffffffff00000000, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 0
    /* smallest / 2 dyn rtz */
    FTEST_F 18, "fmul.s fa0, fa1, fa2", 0xffffffff00000000, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 1
    /* smallest / 2 dyn rdn */
    FTEST_F 19, "fmul.s fa0, fa1, fa2", 0xffffffff00000000, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 2
    /* smallest / 2 dyn rup */
    FTEST_F 20, "fmul.s fa0, fa1, fa2", 0xffffffff00000001, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 3
    /* smallest / 2 dyn rmm */
    FTEST_F 21, "fmul.s fa0, fa1, fa2", 0xffffffff00000001, 0x3, 0xffffffff00000001, 0xffffffff3f000000, 0x0, 0x0, 4
    /* min normal / 3 rne */
    FTEST_F 22, "fdiv.s fa0, fa1, fa2, rne", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* min normal / 3 rtz */
    FTEST_F 23, "fdiv.s fa0, fa1, fa2, rtz", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* min normal / 3 rdn */
    FTEST_F 24, "fdiv.s fa0, fa1, fa2, rdn", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* min normal / 3 rup */
    FTEST_F 25, "fdiv.s fa0, fa1, fa2, rup", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* min normal / 3 rmm */
    FTEST_F 26, "fdiv.s fa0, fa1, fa2, rmm", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* min normal / 3 dyn rne */
    FTEST_F 27, "fdiv.s fa0, fa1, fa2", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* min normal / 3 dyn rtz */
    FTEST_F 28, "fdiv.s fa0, fa1, fa2", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 1
    /* min normal / 3 dyn rdn */
    FTEST_F 29, "fdiv.s fa0, fa1, fa2", 0xffffffff002aaaaa, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 2
    /* min normal / 3 dyn rup */
    FTEST_F 30, "fdiv.s fa0, fa1, fa2", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 3
    /* min normal / 3 dyn rmm */
    FTEST_F 31, "fdiv.s fa0, fa1, fa2", 0xffffffff002aaaab, 0x3, 0xffffffff00800000, 0xffffffff40400000, 0x0, 0x0, 4
    PASS
