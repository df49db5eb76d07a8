/* A misaligned sc raises store/AMO address-misaligned (6) with mtval =
 * the address and mepc = the sc, even with a reservation held nearby; rd
 * and memory keep their values.
 * QEMU 7.2 checks the reservation first, so its sc just fails (rd = 1)
 * without a trap, failing check 1. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s5, 0
    la a1, mem
    li t0, 0x1111111111111111
    sd t0, 0(a1)
    addi a2, a1, 2
    li a0, 0x77
    li a3, 0x2222
    lr.w t1, (a1)
fault:
    sc.w a0, a3, (a2)
    CHECK_IMM s5, 1, 1
    CHECK_IMM s2, 6, 2
    la t0, fault
    CHECK_EQ s3, t0, 3
    CHECK_EQ s4, a2, 4
    CHECK_IMM a0, 0x77, 5
    ld t0, 0(a1)
    CHECK_IMM t0, 0x1111111111111111, 6
    PASS

    .align 2
/* Records the trap (s2 = mcause, s3 = mepc, s4 = mtval, s5 counts) and
 * skips the instruction. */
handler:
    csrr s2, mcause
    csrr s3, mepc
    csrr s4, mtval
    addi s5, s5, 1
    addi t0, s3, 4
    csrw mepc, t0
    mret

    .data
    .balign 16
mem: .dword 0, 0
