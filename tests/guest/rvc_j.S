/* c.j jumps pc-relative like jal x0: forward, backward, by offsets with
 * each bit set, to both ends of its range (-2048..2046); no register is
 * written (ra keeps its value). */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
/* A jump of exactly +dist bytes; a wrong landing hits zeros (illegal). */
.macro FWD cop, dist
    \cop 1f
    .skip \dist - 2
1:
.endm
/* A jump of exactly -dist bytes. */
.macro BACK cop, dist
    j 2f
1:  j 3f
    .skip \dist - 2
2:  \cop 1b
    FAIL 90
3:
.endm
_start:
    la t0, handler
    csrw mtvec, t0
    li ra, 0x5a5a
    li s0, 0
    c.j 1f
    FAIL 1
2:  addi s0, s0, 2          /* reached backward */
    c.j 3f
    FAIL 2
1:  addi s0, s0, 1
    c.j 2b
    FAIL 3
3:  c.j far_fwd
    FAIL 4
    .skip 2000
far_fwd:
    addi s0, s0, 4
    c.j 4f
back_target:
    addi s0, s0, 8
    c.j 5f
4:  j 6f
    .skip 2000
6:  c.j back_target
    FAIL 5
5:  CHECK_IMM s0, 15, 6
    CHECK_IMM ra, 0x5a5a, 7
    /* every bit of the offset, both signs, and both ends of the range */
    FWD c.j, 2
    FWD c.j, 4
    FWD c.j, 8
    FWD c.j, 16
    FWD c.j, 32
    FWD c.j, 64
    FWD c.j, 128
    FWD c.j, 256
    FWD c.j, 512
    FWD c.j, 1024
    FWD c.j, 2046
    BACK c.j, 2
    BACK c.j, 4
    BACK c.j, 8
    BACK c.j, 16
    BACK c.j, 32
    BACK c.j, 64
    BACK c.j, 128
    BACK c.j, 256
    BACK c.j, 512
    BACK c.j, 1024
    BACK c.j, 2048
    CHECK_IMM ra, 0x5a5a, 8
    PASS

    .align 2
handler:
    FAIL 9
