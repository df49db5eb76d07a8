/* misa: MXL = 2 (XLEN 64) in bits 63:62, I and M set, E clear. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    csrr a1, misa
    srli a0, a1, 62
    CHECK_IMM a0, 2, 1
    srli a0, a1, 8          /* I */
    andi a0, a0, 1
    CHECK_IMM a0, 1, 2
    srli a0, a1, 12         /* M */
    andi a0, a0, 1
    CHECK_IMM a0, 1, 3
    srli a0, a1, 4          /* E */
    andi a0, a0, 1
    CHECK_IMM a0, 0, 4
    /* bits 61:26 are zero in RV64's misa */
    slli a0, a1, 2
    srli a0, a0, 28
    CHECK_IMM a0, 0, 5
    PASS
