/* Assertion macros for bare-metal guest tests (assembly).
 * A test ends by writing the SiFive test finisher on virt:
 *   PASS        -> 0x5555, the emulator exits 0
 *   FAIL n      -> (n << 16) | 0x3333, the emulator exits n (n in 1..255)
 */
#ifndef RIVET_GUEST_TEST_H
#define RIVET_GUEST_TEST_H

#define TEST_FINISHER 0x100000
#define UART0 0x10000000

/* Write the character in register \reg to the UART (clobbers t6). */
.macro PUTC reg
    li t6, UART0
    sb \reg, 0(t6)
.endm

.macro PASS
    li t6, TEST_FINISHER
    li t5, 0x5555
    sw t5, 0(t6)
99: j 99b
.endm

.macro FAIL code
    li t6, TEST_FINISHER
    li t5, ((\code) << 16) | 0x3333
    sw t5, 0(t6)
99: j 99b
.endm

/* Fail with \code unless register \a equals register \b. */
.macro CHECK_EQ a, b, code
    beq \a, \b, 98f
    FAIL \code
98:
.endm

/* Fail with \code unless register \a equals the immediate \imm (clobbers t4). */
.macro CHECK_IMM a, imm, code
    li t4, \imm
    beq \a, t4, 98f
    FAIL \code
98:
.endm

/* One-instruction checks used by the per-instruction tests. Operands go in
 * a1/a2, the result in a0; each form also checks that a source register the
 * instruction does not write kept its value. All clobber t4. Variants with a
 * suffix alias registers, since a translator handles those separately:
 * _D1 rd = rs1, _D2 rd = rs2, _DD rd = rs1 = rs2, _Z1 rs1 = x0, _Z2 rs2 = x0. */
.macro TEST_RR code, inst, result, v1, v2
    li a1, \v1
    li a2, \v2
    \inst a0, a1, a2
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
    CHECK_IMM a2, \v2, \code
.endm

.macro TEST_RR_D1 code, inst, result, v1, v2
    li a1, \v1
    li a2, \v2
    \inst a1, a1, a2
    CHECK_IMM a1, \result, \code
    CHECK_IMM a2, \v2, \code
.endm

.macro TEST_RR_D2 code, inst, result, v1, v2
    li a1, \v1
    li a2, \v2
    \inst a2, a1, a2
    CHECK_IMM a2, \result, \code
    CHECK_IMM a1, \v1, \code
.endm

.macro TEST_RR_DD code, inst, result, v
    li a1, \v
    \inst a1, a1, a1
    CHECK_IMM a1, \result, \code
.endm

.macro TEST_RR_Z1 code, inst, result, v2
    li a2, \v2
    \inst a0, x0, a2
    CHECK_IMM a0, \result, \code
.endm

.macro TEST_RR_Z2 code, inst, result, v1
    li a1, \v1
    \inst a0, a1, x0
    CHECK_IMM a0, \result, \code
.endm

/* Register-immediate forms: `inst rd, rs1, imm` (also shifts by shamt). */
.macro TEST_RI code, inst, result, v1, imm
    li a1, \v1
    \inst a0, a1, \imm
    CHECK_IMM a0, \result, \code
    CHECK_IMM a1, \v1, \code
.endm

.macro TEST_RI_D code, inst, result, v1, imm
    li a1, \v1
    \inst a1, a1, \imm
    CHECK_IMM a1, \result, \code
.endm

.macro TEST_RI_Z code, inst, result, imm
    \inst a0, x0, \imm
    CHECK_IMM a0, \result, \code
.endm

/* Conditional branches on a1/a2: forward, backward, and not taken. */
.macro TEST_BR_TAKEN code, inst, v1, v2
    li a1, \v1
    li a2, \v2
    \inst a1, a2, 97f
    FAIL \code
97:
.endm

.macro TEST_BR_TAKEN_BACK code, inst, v1, v2
    li a1, \v1
    li a2, \v2
    j 96f
95: j 97f
96: \inst a1, a2, 95b
    FAIL \code
97:
.endm

.macro TEST_BR_NOT code, inst, v1, v2
    li a1, \v1
    li a2, \v2
    \inst a1, a2, 96f
    j 97f
96: FAIL \code
97:
.endm

#endif
