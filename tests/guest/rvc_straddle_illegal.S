/* An illegal 32-bit encoding straddling a page boundary raises illegal
 * instruction with mepc = its first byte and mtval = all 32 bits, both
 * halves: the second half is fetched from the next page. Mid-block and as
 * the first instruction of a block. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li s1, 0
    j a_start
    .balign 4096
    .skip 4096 - 6
a_start:
    c.addi s1, 1
    c.addi s1, 2
i1: .half 0x8533, 0xfec5    /* add with funct7 0x7f: reserved */
    c.addi s1, 4

    la t0, i2
    jr t0
    .balign 4096
    .skip 4096 - 2
i2: .half 0xf503, 0x0005    /* LOAD funct3 7: reserved on RV64 */
    c.addi s1, 8
    CHECK_IMM s0, 2, 1
    CHECK_IMM s1, 15, 2
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 3
    csrr t0, mepc
    csrr t1, mtval
    li t2, 1
    bne s0, t2, 1f
    la t2, i1
    CHECK_EQ t0, t2, 4
    CHECK_IMM t1, 0xfec58533, 5
    CHECK_IMM s1, 3, 6
    j 2f
1:  la t2, i2
    CHECK_EQ t0, t2, 7
    CHECK_IMM t1, 0x0005f503, 8
2:  addi t0, t0, 4
    csrw mepc, t0
    mret
