/* auipc: pc + (imm << 12 sign-extended from bit 31). The pc is taken from a
 * jal link value so the check does not itself depend on auipc. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    jal t0, 1f
1:  auipc a0, 0
    CHECK_EQ a0, t0, 1

    jal t0, 1f
1:  auipc a0, 1
    li t1, 0x1000
    add t1, t0, t1
    CHECK_EQ a0, t1, 2

    /* bit 31 set: the offset is negative, -2^31 */
    jal t0, 1f
1:  auipc a0, 0x80000
    li t1, 0xffffffff80000000
    add t1, t0, t1
    CHECK_EQ a0, t1, 3

    jal t0, 1f
1:  auipc a0, 0x7ffff
    li t1, 0x7ffff000
    add t1, t0, t1
    CHECK_EQ a0, t1, 4

    jal t0, 1f
1:  auipc a0, 0xfffff
    li t1, -0x1000
    add t1, t0, t1
    CHECK_EQ a0, t1, 5

    /* the value depends on the auipc's own pc, not the block's */
    jal t0, 1f
1:  nop
    nop
    auipc a0, 0
    addi t0, t0, 8
    CHECK_EQ a0, t0, 6
    PASS
