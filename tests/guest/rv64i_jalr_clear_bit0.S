/* jalr clears bit 0 of rs1 + imm: odd sums land on the even address below
 * them without a misaligned-address trap. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la t0, trap
    csrw mtvec, t0

    la t0, 1f
    jalr t1, 1(t0)
    FAIL 1
1:  la t0, 2f + 1
    jalr t1, 0(t0)
    FAIL 2
2:  la t0, 3f + 2
    jalr t1, -1(t0)
    FAIL 3
3:  la t0, 4f - 2047
    jalr t1, 2047(t0)
    FAIL 4
    /* bit 0 of the sum is cleared, not bit 0 of rs1 alone */
4:  la t0, 5f - 3
    jalr t1, 3(t0)
6:  FAIL 5
5:  la t2, 6b
    CHECK_EQ t1, t2, 6
    PASS

    .align 2
trap:
    FAIL 7
