#include "test.h"
/* Code written by a memory-to-memory copy loop (as a loader or DMA would)
 * over code that already ran: the copy must replace it. */
    .globl _start
_start:
    jal ra, slot      /* runs the original: a0 = 11 */
    CHECK_IMM a0, 11, 1
    la t0, image      /* copy image over slot, word by word */
    la t1, slot
    li t2, 3
1:  lw t3, 0(t0)
    sw t3, 0(t1)
    addi t0, t0, 4
    addi t1, t1, 4
    addi t2, t2, -1
    bnez t2, 1b
    fence.i
    jal ra, slot      /* runs the copy: a0 = 22 + 33 */
    CHECK_IMM a0, 55, 2
    PASS
    .balign 64
slot:
    addi a0, zero, 11
    ret
    nop
    .section .rodata
    .balign 4
image:
    addi a0, zero, 22
    addi a0, a0, 33
    ret
