/* virt -smp 2: each hart gets its hartid in a0 from the reset ROM. Hart 1
 * stores its a0 in a flag; hart 0 waits for the flag and exits with
 * 10 + flag, i.e. 11. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, flag
    bnez a0, 2f
1:  lw t1, 0(t0)
    beqz t1, 1b
    li t6, TEST_FINISHER
    addi t1, t1, 10
    slli t1, t1, 16
    li t5, 0x3333
    or t5, t5, t1
    sw t5, 0(t6)
3:  j 3b
2:  sw a0, 0(t0)
4:  j 4b
    .data
    .align 3
flag: .dword 0
