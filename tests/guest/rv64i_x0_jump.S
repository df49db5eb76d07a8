/* jal and jalr with rd = x0 jump without writing anything; jalr x0 through
 * a register other than ra. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    jal x0, 1f
    FAIL 1
1:  mv a0, x0
    CHECK_IMM a0, 0, 2
    la t0, 2f
    jalr x0, 0(t0)
    FAIL 3
2:  addi a0, x0, 0
    CHECK_IMM a0, 0, 4
    la t0, 3f - 8
    li ra, 0x55
    jalr x0, 8(t0)
    FAIL 5
3:  CHECK_IMM ra, 0x55, 6
    bnez x0, 4f
    PASS
4:  FAIL 7
