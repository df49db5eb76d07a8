/* minstret and its user alias instret increase while code runs. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    csrr s0, minstret
    li t0, 1000
1:  addi t0, t0, -1
    bnez t0, 1b
    csrr s1, minstret
    bgtu s1, s0, 2f
    FAIL 1
2:  csrr s2, instret
    bgeu s2, s1, 3f
    FAIL 2
3:  li t0, 1000
4:  addi t0, t0, -1
    bnez t0, 4b
    csrr s3, instret
    bgtu s3, s2, 5f
    FAIL 3
5:  csrr s4, minstret
    bgeu s4, s3, 6f
    FAIL 4
6:  PASS
