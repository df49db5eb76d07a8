/* A translated instruction straddling two virtual pages depends on the
 * mapping of both: under Sv39 in S-mode, addi a0, zero, imm sits at the end
 * of virtual page V (its low half) and the start of V + 4 KiB (its high
 * half, holding imm). After V + 4 KiB is remapped to another physical page
 * (and sfence.vma), the same pc must run the new bytes (imm 0x222, not
 * 0x111), entered through the lookup or by a direct jump from V (which
 * must not have been chained to it). After V + 4 KiB is unmapped, running
 * it raises an instruction page fault (mcause 12) with mepc = its start
 * and mtval = V + 4 KiB. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
#define V 0x40000000            /* the first virtual page */
#define PTE_LEAF 0xcb           /* V, R, X, A, D */
#define PTE_GIGA 0xcf           /* V, R, W, X, A, D */

_start:
    la t0, mhandler
    csrw mtvec, t0
    li s2, 0                /* set once a fault is expected */
    /* PMP: S-mode may access everything */
    li t0, -1
    csrw pmpaddr0, t0
    li t0, 0x1f
    csrw pmpcfg0, t0
    /* root: 0..1 GiB and 2..3 GiB identity gigapages, V's 1 GiB via l1 */
    la s0, root
    li t0, PTE_GIGA
    sd t0, 0(s0)
    li t0, (0x80000000 >> 12 << 10) | PTE_GIGA
    sd t0, 16(s0)
    la t1, l1
    srli t1, t1, 12
    slli t1, t1, 10
    ori t1, t1, 1
    sd t1, 8(s0)
    la t2, l0
    srli t2, t2, 12
    slli t2, t2, 10
    ori t2, t2, 1
    la t1, l1
    sd t2, 0(t1)
    /* l0: V -> page1, V + 4 KiB -> pagea */
    la t0, page1
    call leaf
    la t1, l0
    sd t0, 0(t1)
    la t0, pagea
    call leaf
    sd t0, 8(t1)
    /* satp: Sv39, root; enter S-mode */
    srli t0, s0, 12
    li t1, 8 << 60
    or t0, t0, t1
    csrw satp, t0
    li t0, 0x1800
    csrc mstatus, t0
    li t0, 0x0800           /* MPP = S */
    csrs mstatus, t0
    la t0, smain
    csrw mepc, t0
    mret

leaf:                       /* t0 = the leaf PTE of physical page t0 */
    srli t0, t0, 12
    slli t0, t0, 10
    ori t0, t0, PTE_LEAF
    ret

smain:
    li s1, V + 4096 - 2     /* the straddling instruction */
    li s3, V + 4096 - 6     /* c.j to it: a direct jump, chainable */
    li a0, 0
    jalr s1
    CHECK_IMM a0, 0x111, 1
    li a0, 0
    jalr s3
    CHECK_IMM a0, 0x111, 9
    li a0, 0
    jalr s3
    CHECK_IMM a0, 0x111, 10
    /* remap V + 4 KiB to pageb */
    la t0, pageb
    call leaf
    la t1, l0
    sd t0, 8(t1)
    sfence.vma
    li a0, 0
    jalr s3
    CHECK_IMM a0, 0x222, 11
    li a0, 0
    jalr s1
    CHECK_IMM a0, 0x222, 2
    li a0, 0
    jalr s1
    CHECK_IMM a0, 0x222, 3
    /* unmap it */
    la t1, l0
    sd zero, 8(t1)
    sfence.vma
    li s2, 1
    jalr s1
    FAIL 4

    .align 2
mhandler:
    beqz s2, 1f
    csrr t0, mcause
    CHECK_IMM t0, 12, 5
    csrr t0, mepc
    li t1, V + 4096 - 2
    CHECK_EQ t0, t1, 6
    csrr t0, mtval
    CHECK_IMM t0, V + 4096, 7
    PASS
1:  FAIL 8

    .data
    .balign 4096
root:   .skip 4096
l1:     .skip 4096
l0:     .skip 4096
page1:
    .skip 4096 - 6
    c.j 1f
    c.nop
1:  .half 0x0513            /* addi a0, zero, ...: its low half */
pagea:
    .half 0x1110            /* ... 0x111 */
    c.jr ra
    .balign 4096
pageb:
    .half 0x2220            /* ... 0x222 */
    c.jr ra
    .balign 4096
