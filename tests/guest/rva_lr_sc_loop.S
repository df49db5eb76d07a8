/* An atomic increment as compilers write it (lr / add / sc / bnez retry)
 * run 1000 times from a loop: every sc succeeds and the word ends at 1000. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li a2, 1000
    li a4, 0
1:  lr.w.aq t0, (a1)
    addiw t0, t0, 1
    sc.w.rl t1, t0, (a1)
    add a4, a4, t1
    bnez t1, 1b
    addi a2, a2, -1
    bnez a2, 1b
    CHECK_IMM a4, 0, 1
    lw t0, 0(a1)
    CHECK_IMM t0, 1000, 2
    PASS

    .data
    .balign 16
mem: .dword 0, 0
