#include "test.h"
/* Run with a 1 MiB code buffer (smc_tiny_code_buffer.args): two large
 * blocks of loads and stores, executed in turn, overflow it on every pass
 * and force a full flush each time; the result must be unaffected. */
    .globl _start
_start:
    li s0, 60
    li s1, 0
    la s2, scratch
1:  jal ra, block_a
    jal ra, block_b
    addi s0, s0, -1
    bnez s0, 1b
    /* each block adds 1 per (ld, addi, sd) triple: 4500 each, 60 times */
    ld t0, 0(s2)
    li t1, 540000
    bne t0, t1, 2f
    PASS
2:  FAIL 1
    .balign 64
block_a:
    .rept 4500
    ld t0, 0(s2)
    addi t0, t0, 1
    sd t0, 0(s2)
    .endr
    ret
block_b:
    .rept 4500
    ld t0, 0(s2)
    addi t0, t0, 1
    sd t0, 0(s2)
    .endr
    ret
    .data
    .balign 8
scratch: .dword 0
