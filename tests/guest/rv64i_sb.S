/* sb: stores only the low byte of rs2 and leaves the neighbouring bytes
 * alone; negative offset; base = source register. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, buf
    li a2, 0xdeadbeefcafebaab
    sb a2, 3(a1)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x11111111ab111111, 1
    ld a0, 8(a1)
    CHECK_IMM a0, 0x1111111111111111, 2
    li a2, 0x80
    sb a2, 0(a1)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x11111111ab111180, 3
    addi a3, a1, 16
    li a2, -1
    sb a2, -1(a3)
    ld a0, 8(a1)
    CHECK_IMM a0, 0xff11111111111111, 4
    ld a0, 16(a1)
    CHECK_IMM a0, 0x1111111111111111, 5
    addi a3, a1, -2040
    sb zero, 2047(a3)
    ld a0, 0(a1)
    CHECK_IMM a0, 0x00111111ab111180, 6
    /* the byte read back by lbu is the one written */
    lbu a0, 3(a1)
    CHECK_IMM a0, 0xab, 7
    la a1, buf2
    sb a1, 0(a1)
    andi a2, a1, 0xff
    lbu a0, 0(a1)
    CHECK_EQ a0, a2, 8
    PASS
    .data
    .align 3
buf: .dword 0x1111111111111111, 0x1111111111111111, 0x1111111111111111
buf2: .dword 0
