/* mhartid is 0 on the single-hart virt machine. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a0, -1
    csrr a0, mhartid
    CHECK_IMM a0, 0, 1
    PASS
