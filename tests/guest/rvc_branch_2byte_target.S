/* With C, a branch or jump target only needs 2-byte alignment: c.beqz,
 * c.bnez, c.j, beq and jal to addresses that are 2 (mod 4) land there
 * without an instruction-address-misaligned trap. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
/* The 32-bit instruction, never compressed by the assembler. */
.macro C32 insn:vararg
    .option push
    .option norvc
    \insn
    .option pop
.endm

_start:
    la t0, handler
    csrw mtvec, t0
    li s0, 0
    li a0, 0
    c.beqz a0, t1
    FAIL 1
    .balign 4
    c.nop
t1: addi s0, s0, 1          /* 2 mod 4 */
    li a0, 1
    c.bnez a0, t2
    FAIL 2
    .balign 4
    c.nop
t2: addi s0, s0, 2
    c.j t3
    FAIL 3
    .balign 4
    c.nop
t3: addi s0, s0, 4
    C32 beq zero, zero, t4
    FAIL 4
    .balign 4
    c.nop
t4: addi s0, s0, 8
    C32 jal ra, t5
    FAIL 5
    .balign 4
    c.nop
t5: addi s0, s0, 16
    la t0, t1
    andi t0, t0, 3
    CHECK_IMM t0, 2, 6
    CHECK_IMM s0, 31, 7
    PASS

    .align 2
handler:
    FAIL 8
