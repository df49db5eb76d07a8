/* Reserved 16-bit encodings raise illegal instruction (mcause 2) with
 * mepc = their address and mtval = their 16 bits (what QEMU 7.2 reports),
 * at the start of a block and after another instruction; returning to
 * mepc + 2 goes on with the next instruction. The list is the reserved
 * space of RV64C: c.addi4spn, c.addi16sp and c.lui with a zero immediate,
 * c.addiw, c.lwsp and c.ldsp with rd = x0, c.jr with rs1 = x0, quadrant 0
 * funct3 4, and the two free slots next to c.subw/c.addw. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
/* A reserved 16-bit encoding; the handler expects it (its address and
 * bits) next in the table. */
.macro RES enc
    .pushsection .rodata
    .dword 1f, \enc
    .popsection
1:  .half \enc
.endm

    .pushsection .rodata
    .balign 8
table:
    .popsection
_start:
    la t0, handler
    csrw mtvec, t0
    la s2, table
    li s0, 0
    li s1, 0
    RES 0x0004              /* c.addi4spn x9, sp, 0 */
    addi s1, s1, 1
    RES 0x001c              /* c.addi4spn x15, sp, 0 */
    RES 0x8000              /* quadrant 0, funct3 4 */
    addi s1, s1, 1
    RES 0x9ffc              /* quadrant 0, funct3 4 */
    RES 0x9c41              /* c.subw/c.addw space, funct2 2 */
    addi s1, s1, 1
    RES 0x9c61              /* same, funct2 3 */
    RES 0x9fe1              /* same, other registers */
    addi s1, s1, 1
    RES 0x2001              /* c.addiw x0, 0 */
    RES 0x2005              /* c.addiw x0, 1 */
    addi s1, s1, 1
    RES 0x6101              /* c.addi16sp sp, 0 */
    RES 0x6081              /* c.lui ra, 0 */
    addi s1, s1, 1
    RES 0x6001              /* c.lui x0, 0 */
    RES 0x4002              /* c.lwsp x0 */
    addi s1, s1, 1
    RES 0x6002              /* c.ldsp x0 */
    RES 0x8002              /* c.jr x0 */
    CHECK_IMM s0, 15, 1
    CHECK_IMM s1, 7, 2
    PASS

    .align 2
handler:
    csrr t0, mcause
    CHECK_IMM t0, 2, 3
    slli t1, s0, 4
    add t1, s2, t1
    ld t2, 0(t1)
    csrr t0, mepc
    CHECK_EQ t0, t2, 4
    ld t2, 8(t1)
    csrr t0, mtval
    CHECK_EQ t0, t2, 5
    addi s0, s0, 1
    csrr t0, mepc
    addi t0, t0, 2
    csrw mepc, t0
    mret
