/* ALU, lui, auipc and M-extension writes to x0 are discarded: x0 reads as 0
 * right after each one, in the same block. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a1, 0x123456789
    li a2, 7
    addi x0, x0, 5
    add a0, x0, x0
    CHECK_IMM a0, 0, 1
    add x0, a1, a2
    mv a0, x0
    CHECK_IMM a0, 0, 2
    lui x0, 0x12345
    addi a0, x0, 1
    CHECK_IMM a0, 1, 3
    auipc x0, 0x1
    or a0, x0, a2
    CHECK_IMM a0, 7, 4
    slli x0, a1, 3
    sub a0, a2, x0
    CHECK_IMM a0, 7, 5
    addw x0, a1, a2
    addiw x0, a1, 1
    sltu x0, x0, a1
    xori x0, a1, -1
    sra x0, a1, a2
    beq x0, zero, 1f
    FAIL 6
1:  mul x0, a1, a2
    mulh x0, a1, a1
    div x0, a1, a2
    remu x0, a1, a2
    divw x0, a1, x0
    bnez x0, 2f
    add a0, x0, a1
    CHECK_EQ a0, a1, 7
    PASS
2:  FAIL 8
