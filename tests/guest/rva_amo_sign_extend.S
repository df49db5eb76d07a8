/* Every .w AMO returns the old word sign-extended from bit 31, whatever
 * its operation writes: each starts from 0x80000000 or 0xfffffffe. */
#include "test.h"
    .option arch, +a
.macro TEST_SEXT code, inst, init, old
    la a1, mem
    li t0, \init
    sw t0, 0(a1)
    li a2, 1
    \inst a0, a2, (a1)
    CHECK_IMM a0, \old, \code
.endm
    .section .text.init
    .globl _start
_start:
    TEST_SEXT 1, amoswap.w, 0x80000000, 0xffffffff80000000
    TEST_SEXT 2, amoadd.w, 0x80000000, 0xffffffff80000000
    TEST_SEXT 3, amoxor.w, 0xfffffffe, 0xfffffffffffffffe
    TEST_SEXT 4, amoand.w, 0x80000000, 0xffffffff80000000
    TEST_SEXT 5, amoor.w, 0xfffffffe, 0xfffffffffffffffe
    TEST_SEXT 6, amomin.w, 0x80000000, 0xffffffff80000000
    TEST_SEXT 7, amomax.w, 0xfffffffe, 0xfffffffffffffffe
    TEST_SEXT 8, amominu.w, 0x80000000, 0xffffffff80000000
    TEST_SEXT 9, amomaxu.w, 0xfffffffe, 0xfffffffffffffffe
    PASS

    .data
    .balign 16
mem: .dword 0, 0
