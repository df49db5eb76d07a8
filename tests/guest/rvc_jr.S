/* c.jr rs1 jumps to the address in rs1 like jalr x0, 0(rs1): any register,
 * no link written, rs1 unchanged. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    li ra, 0x5a5a
    la t0, 1f
    mv s2, t0
    c.jr t0
    FAIL 1
1:  CHECK_EQ t0, s2, 2
    la a5, 2f
    c.jr a5
    FAIL 3
2:  la t6, 3f
    c.jr t6
    FAIL 4
3:  CHECK_IMM ra, 0x5a5a, 5
    /* c.jr ra is ret */
    jal ra, 4f
    PASS
4:  c.jr ra
    FAIL 6
