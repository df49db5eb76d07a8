/* A store by this hart to the reserved bytes makes sc fail even when it
 * writes back the value lr read (a compare of values cannot see it): a
 * word store, a byte store into the reserved doubleword, an AMO, and a
 * word store after sfence.vma has emptied the TLB.
 * QEMU 7.2 compares values only: its sc succeeds here, failing check 1. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1111
    sw t0, 0(a1)
    li a2, 0x3333
    lr.w a0, (a1)
    sw a0, 0(a1)
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 1, 1
    lw t0, 0(a1)
    CHECK_IMM t0, 0x1111, 2

    lr.d a0, (a1)
    lbu t0, 5(a1)
    sb t0, 5(a1)
    sc.d a3, a2, (a1)
    CHECK_IMM a3, 1, 3

    lr.w a0, (a1)
    amoadd.w zero, zero, (a1)
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 1, 4
    lw t0, 0(a1)
    CHECK_IMM t0, 0x1111, 5

    lr.w a0, (a1)
    sfence.vma
    sw a0, 0(a1)
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 1, 6
    PASS

    .data
    .balign 16
mem: .dword 0, 0
