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

#endif
