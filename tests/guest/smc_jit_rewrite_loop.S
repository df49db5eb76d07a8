#include "test.h"
/* A tiny JIT: rewrites a function's immediate and calls it 3000 times with
 * fence.i between the write and the call, as real JITs do. Each call must
 * return the new immediate. */
    .globl _start
_start:
    li s0, 0
    li s1, 3000
    li s2, 0
1:  la t0, func
    andi t2, s0, 0x7ff
    slli t2, t2, 20
    li t3, 0x00000513 /* addi a0, zero, imm */
    or t2, t2, t3
    sw t2, 0(t0)
    fence.i
    jal ra, func
    andi t2, s0, 0x7ff
    bne a0, t2, 2f
    add s2, s2, a0
    addi s0, s0, 1
    blt s0, s1, 1b
    /* sum of (i & 0x7ff) for i < 3000 */
    CHECK_IMM s2, 2548804, 3
    PASS
2:  FAIL 2
    .balign 64
func:
    addi a0, zero, 0
    ret
