/* HINT encodings of RV64C execute as no-ops: c.nop with a nonzero
 * immediate, c.addi with a zero immediate, c.li/c.lui/c.mv/c.add/c.slli
 * with rd = x0, and zero shift amounts (c.slli64, c.srli64, c.srai64). No
 * trap, no register changes (as on QEMU 7.2). */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
_start:
    la t0, handler
    csrw mtvec, t0
    li a0, 0x8123456789abcdef
    li a1, 0x0fedcba987654321
    mv s2, a0
    mv s3, a1
    mv s4, sp
    mv s5, ra
    .half 0x0015             /* c.nop 5 */
    .half 0x0501             /* c.addi a0, 0 */
    .half 0x4015             /* c.li x0, 5 */
    .half 0x6005             /* c.lui x0, 1 */
    .half 0x802a             /* c.mv x0, a0 */
    .half 0x902a             /* c.add x0, a0 */
    .half 0x0006             /* c.slli x0, 1 */
    .half 0x0002             /* c.slli x0, 0 */
    .half 0x0502             /* c.slli a0, 0 */
    .half 0x8101             /* c.srli a0, 0 */
    .half 0x8501             /* c.srai a0, 0 */
    .half 0x107d             /* c.nop -1 */
    CHECK_EQ a0, s2, 1
    CHECK_EQ a1, s3, 2
    CHECK_EQ sp, s4, 3
    CHECK_EQ ra, s5, 4
    PASS

    .align 2
handler:
    FAIL 5
