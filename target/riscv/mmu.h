/* Address translation: PMP checks and the Sv39/Sv48/Sv57 page-table walk. */
#ifndef RIVET_TARGET_RISCV_MMU_H
#define RIVET_TARGET_RISCV_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

/* The privilege an MMU index accesses memory with. */
int mmu_idx_priv(int mmu_idx);

/* Recomputes the decoded PMP ranges after a pmpcfg/pmpaddr write. */
void pmp_update(RISCVCPU *cpu);

/* PROT_R/W/X that PMP grants for [addr, addr + size) at privilege priv.
 * *page_uniform (if non-NULL) says whether the answer holds for every
 * access within addr's page, so a TLB entry may cache it. */
int pmp_prot(const RISCVCPU *cpu, uint64_t addr, uint64_t size, int priv, bool *page_uniform);

/* Translates vaddr for an access by mmu_idx. Returns EXCP_NONE with *paddr
 * and the PROT_ bits a TLB entry for the page may grant (plus
 * PROT_SUPERPAGE when a superpage leaf mapped it), or the exception cause
 * (page or access fault of the access type). */
int riscv_translate_address(RISCVCPU *cpu, uint64_t vaddr, int access, int mmu_idx, uint64_t *paddr,
                            int *prot);

#endif
