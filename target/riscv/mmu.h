/* Address translation: PMP checks and the Sv39/Sv48/Sv57 page-table walk. */
#ifndef RIVET_TARGET_RISCV_MMU_H
#define RIVET_TARGET_RISCV_MMU_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

/* The MMU indexes whose entries come from the page tables (satp, MXR):
 * MMU_IDX_M never translates, also while MPRV sends M-mode data accesses
 * to MPP's index, which is one of these. */
#define MMU_IDX_PAGED ((1u << MMU_IDX_U) | (1u << MMU_IDX_S) | (1u << MMU_IDX_S_SUM))

/* The privilege an MMU index accesses memory with. */
int mmu_idx_priv(int mmu_idx);

/* Recomputes the decoded PMP ranges after a pmpcfg/pmpaddr write. */
void pmp_update(RISCVCPU *cpu);

/* The search of the PMP entries behind pmp_prot(). */
int pmp_prot_search(const RISCVCPU *cpu, uint64_t addr, uint64_t size, int priv,
                    bool *page_uniform);

/* PROT_R/W/X that PMP grants for [addr, addr + size) at privilege priv.
 * *page_uniform (if non-NULL) says whether the answer holds for every
 * access within addr's page, so a TLB entry may cache it. */
static inline int pmp_prot(const RISCVCPU *cpu, uint64_t addr, uint64_t size, int priv,
                           bool *page_uniform)
{
    /* Below 2^56 (every physical address a walk produces) no access range
     * wraps or reaches the top page, where the search's answer varies. */
    int whole = cpu->pmp_whole[priv == PRV_M];
    if (whole >= 0 && addr < (1ull << 56) && size <= TARGET_PAGE_SIZE) {
        if (page_uniform) *page_uniform = true;
        return whole;
    }
    return pmp_prot_search(cpu, addr, size, priv, page_uniform);
}

/* Translates vaddr for an access by mmu_idx. Returns EXCP_NONE with *paddr
 * and the PROT_ bits a TLB entry for the page may grant (plus
 * PROT_SUPERPAGE when a superpage leaf mapped it), or the exception cause
 * (page or access fault of the access type). */
int riscv_translate_address(RISCVCPU *cpu, uint64_t vaddr, int access, int mmu_idx, uint64_t *paddr,
                            int *prot);

#endif
