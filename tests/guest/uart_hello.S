/* Byte writes to the 16550 THR appear on stdout, in order and unchanged
 * ("\n" stays a single byte); uart_hello.expect is the exact output. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la s0, msg
1:  lbu a0, 0(s0)
    beqz a0, 2f
    PUTC a0
    addi s0, s0, 1
    j 1b
2:  PASS
    .section .rodata
msg: .asciz "hello from a rivet guest\n0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\n"
