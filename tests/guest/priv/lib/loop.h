/* loop_s / loop_u (va, n): the sum of n loads of the doubleword at va, all
 * by one instruction (loop_*_insn) in one small loop, so that its block and
 * its translation are hot when a test then changes the mapping. */
#ifndef LOOP_H
#define LOOP_H

#include "priv.h"

long loop_s(uint64_t va, long n);
long loop_u(uint64_t va, long n);
extern char loop_s_insn[], loop_u_insn[];
__asm__(".macro LOOP_LOADS sfx\n"
        "    .globl loop_\\sfx, loop_\\sfx\\()_insn\n"
        "    .balign 4\n"
        "loop_\\sfx:\n"
        "    li t0, 0\n"
        "1:\n"
        "loop_\\sfx\\()_insn:\n"
        "    ld t1, 0(a0)\n"
        "    add t0, t0, t1\n"
        "    addi a1, a1, -1\n"
        "    bnez a1, 1b\n"
        "    mv a0, t0\n"
        "    ret\n"
        ".endm\n"
        ".text\n"
        "LOOP_LOADS s\n"
        ".section .utext, \"ax\"\n"
        "LOOP_LOADS u\n"
        ".text\n");

#endif
