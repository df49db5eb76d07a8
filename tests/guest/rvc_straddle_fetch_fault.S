/* A 32-bit instruction at the end of a page whose next page may not be
 * executed (a locked PMP entry without X, so it binds M-mode too):
 * executing it raises instruction access fault (mcause 1) with mepc = the
 * instruction and mtval = the address of its part that faulted (the next
 * page's start), as QEMU 7.2 reports. The 16-bit instructions before it on
 * the same page have run: translation stops before it, and the fault
 * happens only once it is reached. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li a0, 0
    li a1, 0
    /* pmpaddr0: NAPOT over the 4 KiB page at nox; pmpcfg0: L, NAPOT, R, W */
    la t0, nox
    srli t0, t0, 2
    addi t0, t0, (4096 / 2 - 1) >> 2
    csrw pmpaddr0, t0
    li t0, 0x9b
    csrw pmpcfg0, t0
    j code

    .align 2
handler:
    csrr t0, mcause
    CHECK_IMM t0, 1, 1
    csrr t0, mepc
    la t1, straddler
    CHECK_EQ t0, t1, 2
    csrr t0, mtval
    la t1, nox
    CHECK_EQ t0, t1, 3
    CHECK_IMM a0, 5, 4
    CHECK_IMM a1, 2, 5
    PASS

    .balign 4096
    .skip 4096 - 16
code:
    c.li a0, 1
    c.li a1, 2
    c.addi a0, 4
    c.nop
    c.nop
    c.nop
    c.nop
straddler:                  /* the page's last 2 bytes */
    .half 0x0513            /* first half of addi a0, a0, ... */
nox:                        /* a page that may not be executed */
    .half 0x0105
    FAIL 6
