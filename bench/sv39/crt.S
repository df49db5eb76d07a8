/* Start-up code for the S-mode + Sv39 benchmark builds (replaces
 * tests/guest/crt0.S). In M-mode: stack, bss, a trap handler, the page tables
 * (sv39_page_tables(), C, with translation still off, returns the satp value),
 * a PMP entry granting everything, then mret into S-mode with satp set.
 * main() runs in S-mode; its return value goes to the test finisher as with
 * crt0.S, so the finisher and the UART must be mapped by the page tables.
 *
 * Nothing is delegated: any trap from S-mode lands in M-mode, which prints
 * the cause and exits 255. A benchmark takes no trap when it works. */
#include "test.h"

#define MSTATUS_MPP (3 << 11)
#define MSTATUS_MPP_S (1 << 11)
/* pmpcfg entry: R | W | X | A=NAPOT. */
#define PMP_RWX_NAPOT 0x1f

    .section .text.init
    .globl _start
_start:
    la sp, __stack_top
    la t0, __sv39_trap
    csrw mtvec, t0
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  call sv39_page_tables
    mv s0, a0
    /* Without a matching PMP entry S-mode may access nothing (QEMU enforces
     * this); all ones in a NAPOT pmpaddr covers the whole address space. */
    li t0, -1
    csrw pmpaddr0, t0
    li t0, PMP_RWX_NAPOT
    csrw pmpcfg0, t0
    li t0, MSTATUS_MPP
    csrc mstatus, t0
    li t0, MSTATUS_MPP_S
    csrs mstatus, t0
    la t0, __sv39_smode
    csrw mepc, t0
    csrw satp, s0
    sfence.vma
    mret

    /* S-mode from here, at the same (identity-mapped) addresses. */
__sv39_smode:
    call main
    li t6, TEST_FINISHER
    bnez a0, 3f
    li t5, 0x5555
    sw t5, 0(t6)
    j .
3:  slli a0, a0, 16
    li t5, 0x3333
    or t5, t5, a0
    sw t5, 0(t6)
    j .

    /* M-mode, translation off: a stack of its own, since the trap may come
     * from a broken one. sv39_trap() does not return. */
    .align 2
__sv39_trap:
    la sp, __sv39_trap_stack_top
    csrr a0, mcause
    csrr a1, mepc
    csrr a2, mtval
    call sv39_trap
    j .

    .section .bss
    .align 4
    .space 1024
__sv39_trap_stack_top:
