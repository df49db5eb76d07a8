/* Softmmu TLB management and the slow paths of guest loads and stores. */
#ifndef RIVET_ACCEL_CPUTLB_H
#define RIVET_ACCEL_CPUTLB_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

enum { ACCESS_READ = 0, ACCESS_WRITE = 1, ACCESS_EXEC = 2 };
enum { PROT_R = 1, PROT_W = 2, PROT_X = 4, PROT_SUPERPAGE = 8 };

/*
 * Address spaces. The MMU indexes whose entries come from the page tables
 * (MMU_IDX_PAGED) have one set of TLBs per satp value, up to TLB_SPACES of
 * them, so that switching back to a page-table root finds its translations
 * still there. That is only right while no page table they were filled
 * from has been written, which the write watch tracks: every physical page
 * a walk reads a PTE from joins the watch set, and stores to it take the
 * slow path (TLB_WATCHED), which marks the spaces stale. A satp write or
 * sfence.vma then flushes as if there were one TLB only when they are
 * stale; otherwise every cached translation is what a walk would give, and
 * keeping it is invisible to the guest. Watching costs (slow stores to
 * page tables, a TLB scan per new page-table page), so it turns itself off
 * when most satp writes and fences find the spaces stale anyway (a kernel
 * that edits page tables between switches), and off it is exactly one TLB
 * per index, flushed as before. With more than one hart it stays off: the
 * other harts' stores are not watched.
 */
#define TLB_SPACES 4
#define TLB_WATCH_SLOTS 1024 /* a power of two */
#define TLB_WATCH_MAX 512    /* past this many pages the watch gives up until a flush */

typedef struct TLBSpace {
    uint64_t satp; /* what its entries were filled under, when keyed */
    bool keyed;
    uint64_t last_use;
    /* The tables of the paged indexes while the space is not the active
     * one, whose tables are in RISCVCPU.tlb_fast/tlb. */
    CPUTLBFast fast[NB_MMU_MODES];
    CPUTLBDesc desc[NB_MMU_MODES];
} TLBSpace;

typedef struct TLBSpaces {
    bool watching;
    /* A watched page was written (or a PTE was read where writes cannot be
     * watched): cached translations may differ from the page tables. */
    _Atomic bool stale;
    int active;
    uint64_t clock;
    unsigned decisions, stale_decisions; /* this window's satp writes and fences */
    unsigned wait, backoff;              /* satp writes until watching is tried again */
    unsigned watch_count;
    uint64_t watch[TLB_WATCH_SLOTS]; /* page addresses, UINT64_MAX when free */
    TLBSpace space[TLB_SPACES];
} TLBSpaces;

void tlb_init(RISCVCPU *cpu);
void tlb_flush(RISCVCPU *cpu);
/* Flushes the TLBs of the MMU indexes in idxmap (bit i: index i), in every
 * space for the paged ones, and the jump cache when any of them held
 * entries. */
void tlb_flush_mmuidx(RISCVCPU *cpu, unsigned idxmap);
/* Flushes the page of vaddr from the TLBs in idxmap, in every space (all of
 * them when one holds a superpage), and from the jump cache. */
void tlb_flush_page_mmuidx(RISCVCPU *cpu, uint64_t vaddr, unsigned idxmap);
/* satp now holds satp: the paged indexes translate through its space. */
void tlb_set_space(RISCVCPU *cpu, uint64_t satp);
/* sfence.vma, of the page of vaddr when has_vaddr, else of everything. */
void tlb_fence(RISCVCPU *cpu, bool has_vaddr, uint64_t vaddr);
/* Writes to RAM that bypass the CPUs (loader, DMA) may hit page tables. */
void tlb_ram_written(uint64_t addr, uint64_t len);

void tlb_watch_page(RISCVCPU *cpu, uint64_t page);
/* The walk read a PTE at pte_addr, in RAM: its page joins the watch set. */
static inline void tlb_watch_pte(RISCVCPU *cpu, uint64_t pte_addr)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    if (!sp->watching) return;
    uint64_t page = pte_addr & TARGET_PAGE_MASK;
    if (sp->watch[(page >> TARGET_PAGE_BITS) & (TLB_WATCH_SLOTS - 1)] != page)
        tlb_watch_page(cpu, page);
}
/* The walk read a PTE from where stores are not watched (MMIO). */
static inline void tlb_watch_unwatchable(RISCVCPU *cpu)
{
    if (cpu->tlb_spaces->watching) cpu->tlb_spaces->stale = true;
}
/* Installs the translation of the page holding vaddr. PROT_SUPERPAGE in prot
 * makes a later flush by address flush everything (a superpage is cached
 * 4 KiB at a time). recheck: every access to the page comes back to the fill
 * (PMP regions smaller than the page). False, with nothing installed, when
 * no region (RAM, ROM or MMIO) is at paddr: the access faults. */
bool tlb_set_page(RISCVCPU *cpu, int mmu_idx, uint64_t vaddr, uint64_t paddr, int prot,
                  bool recheck);

/* Physical address of the code at vaddr (filling the TLB as needed; a fault
 * is raised with nothing to restore). Sets *host to its host address. */
uint64_t get_page_addr_code(RISCVCPU *cpu, uint64_t vaddr, const uint8_t **host);

/* Makes every TLB entry that maps physical page ppage for writing send its
 * stores to the slow path (the page now holds translated code). */
void tlb_protect_code(uint64_t ppage);

/* Slow paths, called from generated code with the fast path's return point. */
uint64_t helper_ld_slow(RISCVCPU *cpu, uint64_t addr, uint32_t oi, uintptr_t retaddr);
void helper_st_slow(RISCVCPU *cpu, uint64_t addr, uint64_t val, uint32_t oi, uintptr_t retaddr);

/* Loads and stores from C helpers (retaddr for a precise fault, or 0). */
uint64_t cpu_ld_mmu(RISCVCPU *cpu, uint64_t addr, unsigned memop, int mmu_idx, uintptr_t retaddr);
void cpu_st_mmu(RISCVCPU *cpu, uint64_t addr, uint64_t val, unsigned memop, int mmu_idx,
                uintptr_t retaddr);

/* The host address of an access of size bytes at addr, which must not cross
 * a page, after filling the TLB as needed (a fault is raised precisely from
 * retaddr); NULL when the page is not RAM (MMIO, or ROM for a write). For
 * atomics done on the host. A write probe counts as a store for the LR/SC
 * reservation, and invalidates the translated code it overlaps; when that
 * includes the running TB it sets cpu->smc_hit, and the caller, once it
 * has written, must clear it and leave for the loop after the instruction
 * (cpu_restore_state_after, cpu_loop_exit), as a store does. */
void *probe_access(RISCVCPU *cpu, uint64_t addr, unsigned size, int access, int mmu_idx,
                   uintptr_t retaddr);

/* The LR/SC reservation (cpu->res_*): tlb_reserve() makes [addr, addr +
 * size) the reservation, replacing any other, and from then on this vCPU's
 * stores to those bytes drop it. tlb_unreserve() drops it: SC, and trap
 * entry. */
void tlb_reserve(RISCVCPU *cpu, uint64_t addr, unsigned size);
void tlb_unreserve(RISCVCPU *cpu);

#endif
