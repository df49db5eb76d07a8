#include "test.h"
/* A store rewrites the next instruction of the same straight-line block,
 * with no fence.i: the instruction must run in its new form. (QEMU 7.2
 * runs the stale one: RISC-V does not define precise SMC there; rivet
 * does, so guests need no fence.i for correctness.) */
    .globl _start
_start:
    la t0, target
    li t1, 0x00700513 /* addi a0, zero, 7 */
    li a0, 0
    sw t1, 0(t0)
target:
    addi a0, zero, 1 /* rewritten before it runs */
    addi a1, a0, 1   /* the rest of the block still runs, once */
    CHECK_IMM a0, 7, 1
    CHECK_IMM a1, 8, 2
    PASS
