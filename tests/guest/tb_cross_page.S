/* Straight-line code and a loop body that run across a 4 KiB page
 * boundary, and a branch into the next page: the instructions on both
 * sides of the boundary all execute, once per pass. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a0, 0
    li a1, 0
    li s0, 1000
    j start
    .balign 4096
    .skip 4096 - 16
start:
    addi a0, a0, 1
    addi a0, a0, 2
    addi a0, a0, 4
    addi a0, a0, 8
    /* page boundary */
    addi a0, a0, 16
    addi a0, a0, 32
    CHECK_IMM a0, 63, 1
    j loop
    .balign 4096
    .skip 4096 - 12
loop:
    addi a1, a1, 1
    addi a1, a1, 2
    addi a1, a1, 4
    /* page boundary */
    addi a1, a1, 8
    addi s0, s0, -1
    bnez s0, loop
    CHECK_IMM a1, 15000, 2
    li a2, 0
    beqz a2, next
    FAIL 3
    .balign 4096
next:
    /* first instruction of a page, reached by a taken branch */
    CHECK_IMM a2, 0, 4
    PASS
