/* Reserved 32-bit encodings raise illegal instruction (mcause 2) with mepc
 * = their pc and mtval = their bits; the instructions before them in the
 * block have run. Two encodings: OP with funct7 = 0x7f, and LOAD with
 * funct3 = 7 (reserved on RV64). */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li s1, 0
    li a0, 0x111
    li a1, 0x222
    li a2, 0x333
    addi s1, s1, 1
    addi s1, s1, 2
i1: .word 0xfec58533        /* "add" a0, a1, a2 with funct7 0x7f */
    addi s1, s1, 4
    .word 0x0005f503        /* load funct3 7, rd a0, rs1 a1 */
i2: addi s1, s1, 8
    li t0, 2
    CHECK_EQ s0, t0, 1
    CHECK_IMM s1, 15, 2
    CHECK_IMM a0, 0x111, 3
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 4
    csrr t0, mepc
    csrr t1, mtval
    li t2, 1
    bne s0, t2, 1f
    la t2, i1
    CHECK_EQ t0, t2, 5
    CHECK_IMM t1, 0xfec58533, 6
    CHECK_IMM s1, 3, 7
    j 2f
1:  la t2, i2 - 4
    CHECK_EQ t0, t2, 8
    CHECK_IMM t1, 0x0005f503, 9
    CHECK_IMM s1, 7, 10
2:  addi t0, t0, 4
    csrw mepc, t0
    mret
