/* ill_s / ill_u: one illegal instruction each (ill_*_insn), the write of
 * the read-only CSR cycle (csrrw zero, cycle, zero = 0xc0001073: illegal in
 * every mode); QEMU puts the instruction bits in xtval. ecall0_s / ecall0_u:
 * an ecall with a7 = 0 (ecall0_*_insn). */
#ifndef ILLEGAL_H
#define ILLEGAL_H

#include "priv.h"

#define ILLEGAL_INSN 0xc0001073u

long ill_s(void);
long ill_u(void);
long ecall0_s(void);
long ecall0_u(void);
extern char ill_s_insn[], ill_u_insn[], ecall0_s_insn[], ecall0_u_insn[];
__asm__(".macro ILL_FNS sfx\n"
        "ill_\\sfx:\n"
        "ill_\\sfx\\()_insn:\n"
        "    .word 0xc0001073\n"
        "    ret\n"
        "ecall0_\\sfx:\n"
        "    li a7, 0\n"
        "ecall0_\\sfx\\()_insn:\n"
        "    ecall\n"
        "    ret\n"
        ".endm\n"
        ".text\n"
        "ILL_FNS s\n"
        ".section .utext, \"ax\"\n"
        "ILL_FNS u\n"
        ".text\n");

#endif
