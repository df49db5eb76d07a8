/* An AMO and an sc that write over code which already ran (translated):
 * after fence.i the new instructions run. */
#include "test.h"
    .option arch, +a
    .section .text.init
    .globl _start
_start:
    jal ra, slot              /* the original: a0 = 11 */
    CHECK_IMM a0, 11, 1
    la a1, slot
    li a2, 0x01600513         /* addi a0, zero, 22 */
    amoswap.w a3, a2, (a1)
    CHECK_IMM a3, 0x00b00513, 2
    fence.i
    jal ra, slot
    CHECK_IMM a0, 22, 3
    li a2, 0x02100513         /* addi a0, zero, 33 */
    lr.w a3, (a1)
    sc.w a4, a2, (a1)
    CHECK_IMM a4, 0, 4
    fence.i
    jal ra, slot
    CHECK_IMM a0, 33, 5
    PASS
    .balign 64
slot:
    addi a0, zero, 11
    ret
