/* A straight-line run of 3000 instructions, longer than any sensible
 * translation block limit, so it must be split into several blocks that
 * together execute every instruction exactly once. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a0, 0
    li a1, 0
    .rept 1500
    addi a0, a0, 1
    add a1, a1, a0
    .endr
    CHECK_IMM a0, 1500, 1
    CHECK_IMM a1, 1125750, 2
    PASS
