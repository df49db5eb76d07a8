/* c.bnez rs1' branches like bne rs1', x0, target: on the whole 64-bit
 * value (0x100000000 is not zero), forward and backward, by offsets with
 * each bit set, to both ends of its range (-256..254). */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
/* \cop on \reg = \v must branch exactly when \taken (1) says so,
 * forward and backward. */
.macro T_BR code, cop, reg, v, taken
    li \reg, \v
    li s1, 0
    \cop \reg, 1f
    li s1, 1                /* fell through */
1:  CHECK_IMM s1, 1 - \taken, \code
    li s1, 0
    j 3f
2:  li s1, 2                /* backward target */
    j 4f
3:  \cop \reg, 2b
    li s1, 1
4:  CHECK_IMM s1, 1 + \taken, \code
.endm

/* A branch of exactly +dist bytes; a wrong landing hits zeros (illegal). */
.macro FWD cop, reg, dist
    \cop \reg, 1f
    .skip \dist - 2
1:
.endm
/* A branch of exactly -dist bytes. */
.macro BACK cop, reg, dist
    j 2f
1:  j 3f
    .skip \dist - 2
2:  \cop \reg, 1b
    FAIL 90
3:
.endm
_start:
    la t0, handler
    csrw mtvec, t0
    T_BR 1, c.bnez, a0, 0, 0
    T_BR 2, c.bnez, a0, 1, 1
    T_BR 3, c.bnez, s0, -1, 1
    T_BR 4, c.bnez, a5, 0x100000000, 1
    T_BR 6, c.bnez, a3, 0x8000000000000000, 1
    T_BR 7, c.bnez, a2, 0x80000000, 1
    /* every bit of the offset, both signs, both ends of the range */
    li a0, 1
    FWD c.bnez, a0, 2
    FWD c.bnez, a0, 4
    FWD c.bnez, a0, 8
    FWD c.bnez, a0, 16
    FWD c.bnez, a0, 32
    FWD c.bnez, a0, 64
    FWD c.bnez, a0, 128
    FWD c.bnez, a0, 254
    BACK c.bnez, a0, 2
    BACK c.bnez, a0, 4
    BACK c.bnez, a0, 8
    BACK c.bnez, a0, 16
    BACK c.bnez, a0, 32
    BACK c.bnez, a0, 64
    BACK c.bnez, a0, 128
    BACK c.bnez, a0, 256
    PASS

    .align 2
handler:
    FAIL 30
