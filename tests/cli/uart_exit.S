/* virt: prints "rivet\n" on UART0 with byte stores, then exits with code 5
 * through the test finisher. Position-independent data-free code, so the
 * same bytes also run as a raw image wherever it is loaded. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li t0, 'r'
    PUTC t0
    li t0, 'i'
    PUTC t0
    li t0, 'v'
    PUTC t0
    li t0, 'e'
    PUTC t0
    li t0, 't'
    PUTC t0
    li t0, '\n'
    PUTC t0
    FAIL 5
