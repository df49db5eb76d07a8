/* fdiv.s in every rounding mode
 * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    /* 1/3 rne */
    FTEST_F 1, "fdiv.s fa0, fa1, fa2, rne", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 1/3 rtz */
    FTEST_F 2, "fdiv.s fa0, fa1, fa2, rtz", 0xffffffff3eaaaaaa, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 1/3 rdn */
    FTEST_F 3, "fdiv.s fa0, fa1, fa2, rdn", 0xffffffff3eaaaaaa, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 1/3 rup */
    FTEST_F 4, "fdiv.s fa0, fa1, fa2, rup", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 1/3 rmm */
    FTEST_F 5, "fdiv.s fa0, fa1, fa2, rmm", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 1/3 dyn rne */
    FTEST_F 6, "fdiv.s fa0, fa1, fa2", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 1/3 dyn rtz */
    FTEST_F 7, "fdiv.s fa0, fa1, fa2", 0xffffffff3eaaaaaa, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 1
    /* 1/3 dyn rdn */
    FTEST_F 8, "fdiv.s fa0, fa1, fa2", 0xffffffff3eaaaaaa, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 2
    /* 1/3 dyn rup */
    FTEST_F 9, "fdiv.s fa0, fa1, fa2", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 3
    /* 1/3 dyn rmm */
    FTEST_F 10, "fdiv.s fa0, fa1, fa2", 0xffffffff3eaaaaab, 0x1, 0xffffffff3f800000, 0xffffffff40400000, 0x0, 0x0, 4
    /* 2/3 rne */
    FTEST_F 11, "fdiv.s fa0, fa1, fa2, rne", 0xffffffff3f2aaaab, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 2/3 rtz */
    FTEST_F 12, "fdiv.s fa0, fa1, fa2, rtz", 0xffffffff3f2aaaaa, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 2/3 rdn */
    FTEST_F 13, "fdiv.s fa0, fa1, fa2, rdn", 0xffffffff3f2aaaaa, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 2/3 rup */
    FTEST_F 14, "fdiv.s fa0, fa1, fa2, rup", 0xffffffff3f2aaaab, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 2/3 rmm */
    FTEST_F 15, "fdiv.s fa0, fa1, fa2, rmm", 0xffffffff3f2aaaab, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 2/3 dyn rne */
    FTEST_F 16, "fdiv.s fa0, fa1, fa2", 0xffffffff3f2aaaab, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 0
    /* 2/3 dyn rtz */
    FTEST_F 17, "fdiv.s fa0, fa1, fa2", 0xffffffff3f2aaaaa, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 1
    /* 2/3 dyn rdn */
    FTEST_F 18, "fdiv.s fa0, fa1, fa2", 0xffffffff3f2aaaaa, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 2
    /* 2/3 dyn rup */
    FTEST_F 19, "fdiv.s fa0, fa1, fa2", 0xffffffff3f2aaaab, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 3
    /* 2/3 dyn rmm */
    FTEST_F 20, "fdiv.s fa0, fa1, fa2", 0xffffffff3f2aaaab, 0x1, 0xffffffff40000000, 0xffffffff40400000, 0x0, 0x0, 4
    /* -1/10 rne */
    FTEST_F 21, "fdiv.s fa0, fa1, fa2, rne", 0xffffffffbdcccccd, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 0
    /* -1/10 rtz */
    FTEST_F 22, "fdiv.s fa0, fa1, fa2, rtz", 0xffffffffbdcccccc, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 0
    /* -1/10 rdn */
    FTEST_F 23, "fdiv.s fa0, fa1, fa2, rdn", 0xffffffffbdcccccd, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 0
    /* -1/10 rup */
    FTEST_F 24, "fdiv.s fa0, fa1, fa2, rup", 0xffffffffbdcccccc, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 0
    /* -1/10 rmm */
    FTEST_F 25, "fdiv.s fa0, fa1, fa2, rmm", 0xffffffffbdcccccd, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 0
    /* -1/10 dyn rne */
    FTEST_F 26, "fdiv.s fa0, fa1, fa2", 0xffffffffbdcccccd, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 0
    /* -1/10 dyn rtz */
    FTEST_F 27, "fdiv.s fa0, fa1, fa2", 0xffffffffbdcccccc, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 1
    /* -1/10 dyn rdn */
    FTEST_F 28, "fdiv.s fa0, fa1, fa2", 0xffffffffbdcccccd, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 2
    /* -1/10 dyn rup */
    FTEST_F 29, "fdiv.s fa0, fa1, fa2", 0xffffffffbdcccccc, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 3
    /* -1/10 dyn rmm */
    FTEST_F 30, "fdiv.s fa0, fa1, fa2", 0xffffffffbdcccccd, 0x1, 0xffffffffbf800000, 0xffffffff41200000, 0x0, 0x0, 4
    PASS
