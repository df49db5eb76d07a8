#include "test.h"
/* Rewriting the second page of a page-straddling TB: a 32-bit instruction
 * whose upper half lies on the next page runs, then only that upper half is
 * rewritten (a store to the second page); the next run must see it. */
    .option arch, +c
    .globl _start
_start:
    jal ra, func
    CHECK_IMM a0, 5, 1
    la t0, func
    li t1, 0x0090 /* upper half of addi a0, zero, 9 */
    sh t1, 2(t0)
    jal ra, func
    CHECK_IMM a0, 9, 2
    PASS
    .balign 4096
    .skip 4094
func:
    .insn i 0x13, 0, a0, zero, 5 /* addi a0, zero, 5, straddling the page */
    ret
