/* csrrwi/csrrsi/csrrci: the 5-bit immediate is zero-extended (31 is 31,
 * not -1); zimm = 0 in csrrsi/csrrci does not write. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a1, 0xffff000000000000
    csrw mscratch, a1
    csrrwi a0, mscratch, 31
    CHECK_IMM a0, 0xffff000000000000, 1
    csrr a0, mscratch
    CHECK_IMM a0, 31, 2
    csrrci a0, mscratch, 0x15
    CHECK_IMM a0, 31, 3
    csrr a0, mscratch
    CHECK_IMM a0, 0x0a, 4
    csrrsi a0, mscratch, 0x10
    CHECK_IMM a0, 0x0a, 5
    csrr a0, mscratch
    CHECK_IMM a0, 0x1a, 6
    csrrsi a0, mscratch, 0
    CHECK_IMM a0, 0x1a, 7
    csrrci a0, mscratch, 0
    CHECK_IMM a0, 0x1a, 8
    csrr a0, mscratch
    CHECK_IMM a0, 0x1a, 9
    li a1, -1
    csrw mscratch, a1
    csrrci a0, mscratch, 31
    csrr a0, mscratch
    CHECK_IMM a0, 0xffffffffffffffe0, 10
    csrrwi a0, mscratch, 0
    CHECK_IMM a0, 0xffffffffffffffe0, 11
    csrr a0, mscratch
    CHECK_IMM a0, 0, 12
    PASS
