/* Start-up code for C guest programs: stack, bss, a trap handler that
 * reports an unexpected trap as failure 255, then main()'s return value
 * goes to the test finisher (0 -> pass, n -> exit code n). */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la sp, __stack_top
    la t0, __unexpected_trap
    csrw mtvec, t0
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  call main
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
    .align 2
__unexpected_trap:
    FAIL 255
