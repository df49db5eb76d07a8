/* RISC-V front end: guest instructions to IR. */
#ifndef RIVET_TARGET_RISCV_TRANSLATE_H
#define RIVET_TARGET_RISCV_TRANSLATE_H

#include <stdint.h>

#include "target/riscv/cpu.h"
#include "tcg/ir.h"

typedef struct TBInfo {
    uint64_t pc;
    uint32_t flags;
    uint32_t size;   /* guest bytes translated */
    uint32_t icount; /* guest instructions translated */
    /* Physical address of the second guest page the TB's code lies on, or
     * UINT64_MAX. Only a TB's first instruction can extend onto it. */
    uint64_t phys_page2;
} TBInfo;

/* Registers the guest globals in a fresh context. */
void riscv_tcg_init(TCGContext *s);
/* Builds the IR of the TB at info->pc (at most max_insns instructions;
 * stops at a page end, a branch, or an instruction that changes state the
 * TB's flags depend on). */
void riscv_translate(RISCVCPU *cpu, TCGContext *s, TBInfo *info, int max_insns);
/* -d in_asm: prints the guest instructions of [pc, pc + size). */
void riscv_log_in_asm(RISCVCPU *cpu, uint64_t pc, uint32_t size);

#endif
