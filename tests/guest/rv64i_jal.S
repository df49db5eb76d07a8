/* jal: link = pc + 4, forward and backward targets, a far target that
 * uses the high immediate bits, and jal x0 (j) writing nothing. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    jal t0, 1f
2:  FAIL 1
1:  la t1, 2b
    CHECK_EQ t0, t1, 2

    /* backward */
    j 3f
4:  la t1, 5f
    CHECK_EQ t0, t1, 3
    j 6f
3:  jal t0, 4b
5:  FAIL 4
6:
    /* far forward and far back */
    jal ra, far
7:  la t1, 7b
    CHECK_EQ ra, t1, 5
    li a0, 0x5a
    CHECK_IMM a5, 0x77, 6

    /* the link register is written even when it is the only effect */
    li t2, 0
    jal t2, 8f
8:  la t1, 8b
    CHECK_EQ t2, t1, 7

    /* j leaves every register alone */
    li t3, 0x1234
    j 9f
    FAIL 8
9:  CHECK_IMM t3, 0x1234, 9
    PASS

    .skip 0x12344
far:
    li a5, 0x77
    jalr x0, 0(ra)
