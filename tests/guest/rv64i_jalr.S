/* jalr: target = rs1 + imm, link = pc + 4, positive and negative offsets,
 * rd = rs1 (the target uses the old rs1), call/return pairs. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, 1f
    jalr t1, 0(t0)
2:  FAIL 1
1:  la t2, 2b
    CHECK_EQ t1, t2, 2

    la t0, 3f - 16
    jalr t1, 16(t0)
    FAIL 3
3:  la t0, 4f + 24
    jalr t1, -24(t0)
5:  FAIL 4
4:  la t2, 5b
    CHECK_EQ t1, t2, 5

    /* rd = rs1: jump to the old value, then hold the link */
    la t0, 6f
    jalr t0, 0(t0)
7:  FAIL 6
6:  la t2, 7b
    CHECK_EQ t0, t2, 7

    /* call / return */
    li a0, 0
    la t0, func
    jalr ra, 0(t0)
8:  CHECK_IMM a0, 1, 8
    jalr ra, 0(t0)
    CHECK_IMM a0, 2, 9
    la t2, 8b
    CHECK_EQ s2, t2, 10
    PASS

func:
    addi a0, a0, 1
    li t3, 1
    bne a0, t3, 1f
    mv s2, ra
1:  jalr x0, 0(ra)
