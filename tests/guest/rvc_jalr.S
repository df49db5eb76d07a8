/* c.jalr rs1 jumps to rs1 and links ra = its own address + 2 (the next
 * 16-bit slot, not + 4); the target is read before ra is written, so
 * c.jalr ra works. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, 1f
    c.jalr t0
after1:
    FAIL 1
1:  la t1, after1
    CHECK_EQ ra, t1, 2
    la a0, 2f
    c.jalr a0
after2:
    FAIL 3
2:  la t1, after2
    CHECK_EQ ra, t1, 4
    /* rs1 = ra: jump to the old ra, link the new one */
    la ra, 3f
    c.jalr ra
after3:
    FAIL 5
3:  la t1, after3
    CHECK_EQ ra, t1, 6
    PASS
