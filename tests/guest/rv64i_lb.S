/* lb: one byte, sign-extended from bit 7; negative and extreme offsets,
 * rd = rs1. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, d
    lb a0, 0(a1)
    CHECK_IMM a0, 0xffffffffffffff80, 1
    lb a0, 1(a1)
    CHECK_IMM a0, 0x7f, 2
    lb a0, 2(a1)
    CHECK_IMM a0, 0xffffffffffffffff, 3
    lb a0, 3(a1)
    CHECK_IMM a0, 0, 4
    lb a0, 4(a1)
    CHECK_IMM a0, 1, 5
    addi a2, a1, 8
    lb a0, -8(a2)
    CHECK_IMM a0, 0xffffffffffffff80, 6
    lb a0, -3(a2)
    CHECK_IMM a0, 0xffffffffffffffe5, 7
    addi a2, a1, -2047
    lb a0, 2047(a2)
    CHECK_IMM a0, 0xffffffffffffff80, 8
    li a3, 2048
    add a2, a1, a3
    lb a0, -2048(a2)
    CHECK_IMM a0, 0xffffffffffffff80, 9
    /* byte 7 of a little-endian dword is its most significant byte */
    lb a0, 15(a1)
    CHECK_IMM a0, 0xffffffffffffff88, 10
    lb a0, 8(a1)
    CHECK_IMM a0, 0x11, 11
    mv a2, a1
    lb a2, 1(a2)
    CHECK_IMM a2, 0x7f, 12
    PASS
    .data
    .align 3
d:  .byte 0x80, 0x7f, 0xff, 0x00, 0x01, 0xe5, 0x42, 0x99
    .dword 0x8877665544332211
