/* csrrs/csrrc with rs1 = x0 and csrrsi/csrrci with zimm = 0 do not write,
 * so they may read read-only CSRs without an illegal-instruction trap. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 1
    csrrs a0, mhartid, x0
    li s0, 2
    csrrc a0, mhartid, x0
    li s0, 3
    csrrsi a0, mhartid, 0
    li s0, 4
    csrrci a0, mhartid, 0
    li s0, 5
    csrrs a0, mvendorid, x0
    li s0, 6
    csrrci a0, marchid, 0
    li s0, 7
    csrrsi a0, mimpid, 0
    li s0, 8
    csrrc a0, cycle, x0
    li s0, 9
    csrrs a0, instret, x0
    PASS
    .align 2
handler:
    /* exit code = the step that trapped */
    li t6, TEST_FINISHER
    slli s0, s0, 16
    li t5, 0x3333
    or t5, t5, s0
    sw t5, 0(t6)
1:  j 1b
