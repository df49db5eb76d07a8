/* An AMO on MMIO (the CLINT's mtimecmp) cannot be done atomically and
 * raises store/AMO access fault (7), mtval = the address, mepc = the AMO;
 * rd and the register keep their values.
 * QEMU 7.2 performs it (non-atomically), failing check 1. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s5, 0
    li a1, 0x2004000
    li t0, 0x1234
    sw t0, 0(a1)
    li a0, 0x77
    li a3, 1
fault:
    amoadd.w a0, a3, (a1)
    CHECK_IMM s5, 1, 1
    CHECK_IMM s2, 7, 2
    la t0, fault
    CHECK_EQ s3, t0, 3
    CHECK_EQ s4, a1, 4
    CHECK_IMM a0, 0x77, 5
    lw t0, 0(a1)
    CHECK_IMM t0, 0x1234, 6
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
