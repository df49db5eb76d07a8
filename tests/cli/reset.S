/* virt: checks that its .data word still holds its initial value and its
 * .bss word is still zero, dirties both, prints "R" (or "X" when the
 * check failed) and asks the finisher for a reset (0x7777). Run for a
 * moment, it prints "RRR..." only if every reset restarts the harts at
 * the reset ROM with the image loaded afresh. It never exits. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li t2, 'R'
    la t0, word_data
    lw t1, 0(t0)
    li t3, 1
    beq t1, t3, 1f
    li t2, 'X'
1:  li t1, 2
    sw t1, 0(t0)
    la t0, word_bss
    lw t1, 0(t0)
    beqz t1, 2f
    li t2, 'X'
2:  li t1, 1
    sw t1, 0(t0)
    PUTC t2
    li t6, TEST_FINISHER
    li t5, 0x7777
    sw t5, 0(t6)
3:  j 3b
    .data
    .align 2
word_data: .word 1
    .bss
    .align 2
word_bss: .word 0
