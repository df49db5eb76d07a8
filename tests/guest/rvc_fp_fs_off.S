/* With mstatus.FS Off, the compressed FP loads and stores (c.fld, c.fsd,
 * c.fldsp, c.fsdsp) raise illegal instruction with mtval = their 16 bits
 * (as QEMU 7.2 does) and mepc = their address. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
    .option arch, +d
_start:
    la t0, handler
    csrw mtvec, t0
    li t0, 0x6000           /* mstatus.FS */
    csrc mstatus, t0
    la a0, buf
    mv s4, sp
    la sp, buf
    li s0, 0
i1: c.fld fs0, 8(a0)
i2: c.fsd fs1, 16(a0)
i3: c.fldsp ft1, 24(sp)
i4: c.fsdsp ft2, 32(sp)
    mv sp, s4
    CHECK_IMM s0, 4, 1
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 2, 2
    csrr t0, mepc
    lhu t1, 0(t0)           /* the instruction's 16 bits */
    csrr t2, mtval
    CHECK_EQ t1, t2, 3
    /* and it is the one expected next */
    li t1, 1
    la t2, i1
    beq s0, t1, 1f
    li t1, 2
    la t2, i2
    beq s0, t1, 1f
    li t1, 3
    la t2, i3
    beq s0, t1, 1f
    la t2, i4
1:  CHECK_EQ t0, t2, 4
    addi t0, t0, 2
    csrw mepc, t0
    mret

    .data
    .balign 8
buf:
    .skip 64
