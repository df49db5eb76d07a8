/* Softmmu TLB management and the slow paths of guest loads and stores. */
#ifndef RIVET_ACCEL_CPUTLB_H
#define RIVET_ACCEL_CPUTLB_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

enum { ACCESS_READ = 0, ACCESS_WRITE = 1, ACCESS_EXEC = 2 };
enum { PROT_R = 1, PROT_W = 2, PROT_X = 4, PROT_SUPERPAGE = 8 };

void tlb_init(RISCVCPU *cpu);
void tlb_flush(RISCVCPU *cpu);
/* Flushes the TLBs of the MMU indexes in idxmap (bit i: index i), and the
 * jump cache when any of them held entries. */
void tlb_flush_mmuidx(RISCVCPU *cpu, unsigned idxmap);
/* Flushes the page of vaddr from the TLBs in idxmap (all of them when one
 * holds a superpage) and from the jump cache. */
void tlb_flush_page_mmuidx(RISCVCPU *cpu, uint64_t vaddr, unsigned idxmap);
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
