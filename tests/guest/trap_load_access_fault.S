/* A load from unmapped physical address 0x8 (virt has nothing below the MROM at 0x1000)
 * faults with mcause 5, mtval = the address, mepc = the access, from the
 * middle of a straight-line block: the 20 instructions before it have taken
 * effect, the 20 after it have not, and the load target keeps its old value.
 * mret to mepc + 4 then runs the rest of the block. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li s1, 0
    li a7, 0x5a5a
    li t3, -1
    j block
    .align 4
block:
    addi a0, zero, 1
    addi a1, a0, 2
    add a2, a1, a0
    slli a3, a2, 4
    xor a4, a3, a1
    sub a5, a4, a2
    mul a6, a5, a1
    addi s2, a6, -9
    srli s3, s2, 2
    or s4, s3, a3
    and s5, s4, a6
    sltu s6, s5, s4
    addw s7, s4, s2
    sll s8, s7, s6
    sub s9, zero, s8
    srai s10, s9, 1
    add s11, s10, s7
    addi s11, s11, 7
    lui t3, 0x12345
    addi t3, t3, 0x678
fault:
    ld a7, 8(s1)
    addi a0, a0, 0x100
    addi a1, a1, 0x100
    addi a2, a2, 0x100
    addi a3, a3, 0x100
    addi a4, a4, 0x100
    addi a5, a5, 0x100
    addi a6, a6, 0x100
    addi a7, a7, 0x100
    addi s2, s2, 0x100
    addi s3, s3, 0x100
    addi s4, s4, 0x100
    addi s5, s5, 0x100
    addi s6, s6, 0x100
    addi s7, s7, 0x100
    addi s8, s8, 0x100
    addi s9, s9, 0x100
    addi s10, s10, 0x100
    addi s11, s11, 0x100
    addi t3, t3, 0x100
    addi s0, s0, 0x100
    CHECK_IMM s0, 0x101, 30
    CHECK_IMM a0, 0x101, 31
    CHECK_IMM a7, 0x5b5a, 32
    CHECK_IMM s11, 0x107, 33
    CHECK_IMM t3, 0x12345778, 34
    PASS

    .align 2
handler:
    addi s0, s0, 1
    csrr t0, mcause
    CHECK_IMM t0, 5, 1
    csrr t0, mepc
    la t1, fault
    CHECK_EQ t0, t1, 2
    csrr t0, mtval
    CHECK_IMM t0, 8, 3
    CHECK_IMM s0, 1, 4
    CHECK_IMM a0, 1, 5
    CHECK_IMM a1, 3, 6
    CHECK_IMM a2, 4, 7
    CHECK_IMM a3, 64, 8
    CHECK_IMM a4, 67, 9
    CHECK_IMM a5, 63, 10
    CHECK_IMM a6, 189, 11
    CHECK_IMM s2, 180, 12
    CHECK_IMM s3, 45, 13
    CHECK_IMM s4, 109, 14
    CHECK_IMM s5, 45, 15
    CHECK_IMM s6, 1, 16
    CHECK_IMM s7, 289, 17
    CHECK_IMM s8, 578, 18
    CHECK_IMM s9, -578, 19
    CHECK_IMM s10, -289, 20
    CHECK_IMM s11, 7, 21
    CHECK_IMM t3, 0x12345678, 22
    CHECK_IMM a7, 0x5a5a, 23
    CHECK_IMM s1, 0, 24
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    mret
