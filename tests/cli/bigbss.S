/* 2 MiB of zero-initialised data: does not fit in 1 MiB of RAM. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    PASS
    .bss
    .space 2 * 1024 * 1024
