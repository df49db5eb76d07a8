/* CSR instructions with rd = x0 still write the CSR but leave x0 at 0, even
 * when the CSR read would be non-zero. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    li a1, 0x1234
    csrw mscratch, a1
    csrrw x0, mscratch, a1
    mv a0, x0
    CHECK_IMM a0, 0, 1
    csrrs x0, mscratch, x0
    add a0, x0, x0
    CHECK_IMM a0, 0, 2
    li a2, 0x8000
    csrrs x0, mscratch, a2
    csrr a0, mscratch
    CHECK_IMM a0, 0x9234, 3
    mv a0, x0
    CHECK_IMM a0, 0, 4
    csrrc x0, mscratch, a1
    csrrwi x0, mscratch, 5
    csrrsi x0, mscratch, 8
    csrrci x0, mscratch, 1
    csrr a0, mscratch
    CHECK_IMM a0, 12, 5
    csrr x0, mcycle
    csrr x0, misa
    bnez x0, 1f
    addi a0, x0, 3
    CHECK_IMM a0, 3, 6
    PASS
1:  FAIL 7
