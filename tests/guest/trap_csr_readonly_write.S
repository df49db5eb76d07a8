/* Writing a read-only CSR (mhartid, mvendorid: address bits 11:10 = 3) is
 * an illegal instruction: mcause 2, mtval = the instruction bits, and rd is
 * not written. csrrw, csrrs with a non-zero rs1 and csrrwi all write. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li a0, 0x77
    li a1, 1
i1: csrrw a0, mhartid, a1
    CHECK_IMM a0, 0x77, 1
i2: csrrs a0, mvendorid, a1
    CHECK_IMM a0, 0x77, 2
i3: csrrwi a0, mhartid, 0
    CHECK_IMM a0, 0x77, 3
    CHECK_IMM s0, 3, 4
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 5
    csrr t0, mepc
    csrr t1, mtval
    lwu t2, 0(t0)           /* the instruction as it sits in memory */
    CHECK_EQ t1, t2, 6
    li t2, 1
    la t3, i1
    beq s0, t2, 1f
    li t2, 2
    la t3, i2
    beq s0, t2, 1f
    la t3, i3
1:  CHECK_EQ t0, t3, 7
    addi t0, t0, 4
    csrw mepc, t0
    mret
