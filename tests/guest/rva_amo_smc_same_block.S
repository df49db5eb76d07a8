/* An AMO, then an sc, that rewrite the next instruction of their own
 * straight-line block, with no fence.i: the instruction runs in its new
 * form, and rd still gets the AMO's old value (the sc's 0) although the
 * block is left right after the write. (QEMU 7.2 runs the stale
 * instruction, failing check 1: see smc_next_insn_same_block.) */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, target1
    li a2, 0x00700513         /* addi a0, zero, 7 */
    li a0, 0
    amoswap.w a3, a2, (a1)
target1:
    addi a0, zero, 1          /* rewritten before it runs */
    addi a4, a0, 1
    CHECK_IMM a0, 7, 1
    CHECK_IMM a4, 8, 2
    CHECK_IMM a3, 0x00100513, 3
    la a1, target2
    li a2, 0x00900513         /* addi a0, zero, 9 */
    lr.w t0, (a1)
    sc.w a3, a2, (a1)
target2:
    addi a0, zero, 2          /* rewritten before it runs */
    CHECK_IMM a0, 9, 4
    CHECK_IMM a3, 0, 5
    PASS
