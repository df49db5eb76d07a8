/* With C, mepc holds 2-byte aligned addresses: bit 1 of a write is kept
 * (without C it reads as 0), and mret goes to an address that is 2 but not
 * 4-byte aligned. (Bit 0 is not checked: QEMU 7.2 keeps it, unlike the
 * spec.) */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li t0, 0x80000006
    csrw mepc, t0
    csrr t1, mepc
    CHECK_IMM t1, 0x80000006, 1
    la t0, target
    csrw mepc, t0
    andi t1, t0, 3
    CHECK_IMM t1, 2, 2
    li t0, 0x1800           /* mstatus.MPP = M */
    csrs mstatus, t0
    mret
    FAIL 3

    .balign 4
    c.nop
target:                     /* 2 mod 4 */
    c.li a0, 7
    CHECK_IMM a0, 7, 4
    PASS

    .align 2
handler:
    FAIL 5
