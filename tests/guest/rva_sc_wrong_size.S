/* sc.w after lr.d of the same address, and sc.d after lr.w, fail: rd = 1
 * and memory unchanged.
 * QEMU 7.2 compares the value lr read at the sc's size: for the sc.w its
 * compare-and-swap matches and writes the word, though it reports failure,
 * failing check 2. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    la a1, mem
    li t0, 0x1234567887654321
    sd t0, 0(a1)
    li a2, 0x3333
    lr.d a0, (a1)
    sc.w a3, a2, (a1)
    CHECK_IMM a3, 1, 1
    ld t0, 0(a1)
    CHECK_IMM t0, 0x1234567887654321, 2
    lr.w a0, (a1)
    sc.d a3, a2, (a1)
    CHECK_IMM a3, 1, 3
    ld t0, 0(a1)
    CHECK_IMM t0, 0x1234567887654321, 4
    PASS

    .data
    .balign 16
mem: .dword 0, 0
