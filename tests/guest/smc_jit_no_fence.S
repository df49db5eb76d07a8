#include "test.h"
/* The same JIT without fence.i: rivet catches stores into translated code
 * by page, so the rewritten function runs in its new form every time. */
    .globl _start
_start:
    li s0, 0
    li s1, 3000
1:  la t0, func
    andi t2, s0, 0x7ff
    slli t2, t2, 20
    li t3, 0x00000513
    or t2, t2, t3
    sw t2, 0(t0)
    jal ra, func
    andi t2, s0, 0x7ff
    bne a0, t2, 2f
    addi s0, s0, 1
    blt s0, s1, 1b
    PASS
2:  FAIL 2
    .balign 64
func:
    addi a0, zero, 0
    ret
