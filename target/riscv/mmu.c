/* Address translation for RV64: PMP and the Sv39/Sv48/Sv57 walk.
 *
 * The walk follows the privileged spec 1.12, section 4.3.2, with the
 * hardware updating A and D: an access to a page whose PTE has A clear (or
 * a store with D clear) sets them with an atomic compare-and-swap on the
 * PTE, and restarts the walk if the PTE changed meanwhile. That is what
 * QEMU does, and what Linux and OpenSBI run with (they also cope with
 * Svade-style faults, but hardware update spares them the trap).
 *
 * A TLB entry caches the translation of one 4 KiB page (a superpage is
 * cached page by page) with the permissions every access type would get:
 * read, write only if D is already set (so the first store comes back here
 * to set it), execute. PMP is applied to the walk's PTE reads and to the
 * final physical address.
 */
#include "target/riscv/mmu.h"

#include "accel/cputlb.h"
#include "system/memory.h"
#include "target/riscv/csr.h"

#define PTE_V (1ull << 0)
#define PTE_R (1ull << 1)
#define PTE_W (1ull << 2)
#define PTE_X (1ull << 3)
#define PTE_U (1ull << 4)
#define PTE_G (1ull << 5)
#define PTE_A (1ull << 6)
#define PTE_D (1ull << 7)
#define PTE_PPN_SHIFT 10
#define PTE_PPN_MASK (((1ull << 44) - 1) << PTE_PPN_SHIFT)
/* Bits 63:54: N (Svnapot), PBMT (Svpbmt) and reserved; none is implemented,
 * so a set bit makes the PTE invalid. */
#define PTE_HIGH_BITS (~0ull << 54)

int mmu_idx_priv(int mmu_idx)
{
    switch (mmu_idx) {
    case MMU_IDX_U: return PRV_U;
    case MMU_IDX_M: return PRV_M;
    default: return PRV_S;
    }
}

/* ---- PMP ----------------------------------------------------------------- */

/* The byte range [*lo, *hi) of PMP entry i; false if it is off. */
static bool pmp_range(const RISCVCPU *cpu, int i, uint64_t *lo, uint64_t *hi)
{
    uint8_t cfg = cpu->pmpcfg[i];
    uint64_t addr = cpu->pmpaddr[i];
    switch ((cfg >> PMP_A_SHIFT) & 3) {
    case PMP_A_TOR:
        *lo = i ? cpu->pmpaddr[i - 1] << 2 : 0;
        *hi = addr << 2;
        return *lo < *hi;
    case PMP_A_NA4:
        *lo = addr << 2;
        *hi = *lo + 4;
        return true;
    case PMP_A_NAPOT: {
        /* Trailing ones give the size: 2^(ones + 3) bytes. */
        unsigned ones = (unsigned)__builtin_ctzll(~addr);
        if (ones >= 54) {
            *lo = 0;
            *hi = UINT64_MAX;
            return true;
        }
        uint64_t size = 1ull << (ones + 3);
        *lo = (addr << 2) & ~(size - 1);
        *hi = *lo + size;
        return true;
    }
    default: return false;
    }
}

static int cfg_prot(uint8_t cfg)
{
    return ((cfg & PMP_R) ? PROT_R : 0) | ((cfg & PMP_W) ? PROT_W : 0) |
           ((cfg & PMP_X) ? PROT_X : 0);
}

void pmp_update(RISCVCPU *cpu)
{
    cpu->pmp_active = 0;
    for (int i = 0; i < 16; i++)
        if (pmp_range(cpu, i, &cpu->pmp_lo[i], &cpu->pmp_hi[i])) cpu->pmp_active |= 1u << i;
    /* The common configurations (PMP unused, or one entry granting all of
     * memory, as firmware sets up) answer without a search: the page walk
     * asks for every PTE it reads. */
    cpu->pmp_whole[0] = cpu->pmp_whole[1] = -1;
    if (!cpu->pmp_active) {
        cpu->pmp_whole[0] = cpu->pmp_whole[1] = PROT_R | PROT_W | PROT_X;
    } else {
        int i = __builtin_ctz(cpu->pmp_active);
        if (cpu->pmp_lo[i] == 0 && cpu->pmp_hi[i] == UINT64_MAX) {
            uint8_t cfg = cpu->pmpcfg[i];
            cpu->pmp_whole[0] = (int8_t)cfg_prot(cfg);
            cpu->pmp_whole[1] = (int8_t)((cfg & PMP_L) ? cfg_prot(cfg) : PROT_R | PROT_W | PROT_X);
        }
    }
}

int pmp_prot_search(const RISCVCPU *cpu, uint64_t addr, uint64_t size, int priv, bool *page_uniform)
{
    uint64_t end = addr + size, page = addr & TARGET_PAGE_MASK, page_end = page + TARGET_PAGE_SIZE;
    bool any_active = cpu->pmp_active != 0, uniform = true;
    int result = -1;
    for (unsigned active = cpu->pmp_active; active; active &= active - 1) {
        int i = __builtin_ctz(active);
        uint64_t lo = cpu->pmp_lo[i], hi = cpu->pmp_hi[i];
        /* Entries that cut through the page stop it from being cached. */
        if (lo < page_end && page < hi && !(lo <= page && page_end <= hi)) uniform = false;
        if (result >= 0 || !(lo < end && addr < hi)) continue;
        if (!(lo <= addr && end <= hi)) {
            result = 0; /* a partial match fails the access */
        } else {
            uint8_t cfg = cpu->pmpcfg[i];
            result = (priv == PRV_M && !(cfg & PMP_L)) ? PROT_R | PROT_W | PROT_X : cfg_prot(cfg);
        }
    }
    if (result < 0) {
        /* No match: M-mode is allowed, S and U only while PMP is unused. */
        result = (priv == PRV_M || !any_active) ? PROT_R | PROT_W | PROT_X : 0;
    }
    if (page_uniform) *page_uniform = uniform;
    return result;
}

/* ---- The walk ------------------------------------------------------------ */

static int page_fault(int access)
{
    return access == ACCESS_EXEC    ? EXCP_INSN_PAGE_FAULT
           : access == ACCESS_WRITE ? EXCP_STORE_PAGE_FAULT
                                    : EXCP_LOAD_PAGE_FAULT;
}

static int access_fault(int access)
{
    return access == ACCESS_EXEC    ? EXCP_INSN_ACCESS
           : access == ACCESS_WRITE ? EXCP_STORE_ACCESS
                                    : EXCP_LOAD_ACCESS;
}

static int prot_bit(int access)
{
    return access == ACCESS_EXEC ? PROT_X : access == ACCESS_WRITE ? PROT_W : PROT_R;
}

/* The walk of the common case, with nothing looked up per level: page
 * tables in the RAM region the last lookup found, PMP granting S-mode the
 * same everywhere, A (and D for a store) already set. Returns false
 * whenever anything else comes up, faults included: the full walk below
 * then does the work again and decides. */
static inline bool walk_fast(RISCVCPU *cpu, uint64_t vaddr, int access, int priv, bool sum,
                             unsigned levels, const MemoryRegion *ram, uint64_t *paddr, int *prot)
{
    if (!ram || ram->size < 8 || cpu->pmp_whole[0] < 0 || !(cpu->pmp_whole[0] & PROT_R))
        return false;
    const uint8_t *host = ram->host;
    uint64_t base = ram->base, last = ram->size - 8;
    uint64_t table = (cpu->satp & SATP_PPN_MASK) << TARGET_PAGE_BITS, pte;
    int level = (int)levels - 1;
    for (;;) {
        uint64_t off = table + ((vaddr >> (TARGET_PAGE_BITS + 9 * level)) & 511) * 8 - base;
        if (off > last) return false;
        pte = __atomic_load_n((const uint64_t *)(host + off), __ATOMIC_RELAXED);
        tlb_watch_pte(cpu, base + off);
        if (pte & PTE_HIGH_BITS) return false;
        if ((pte & (PTE_V | PTE_R | PTE_W | PTE_X)) != PTE_V) break;
        if (level == 0) return false;
        table = (pte & PTE_PPN_MASK) << (TARGET_PAGE_BITS - PTE_PPN_SHIFT);
        level--;
    }
    uint64_t need = PTE_V | PTE_A | (access == ACCESS_WRITE ? PTE_D : 0);
    if ((pte & need) != need || ((pte & PTE_W) && !(pte & PTE_R))) return false;
    uint64_t ppn = (pte & PTE_PPN_MASK) >> PTE_PPN_SHIFT;
    uint64_t low_mask = (1ull << (9 * level)) - 1;
    if (ppn & low_mask) return false;
    bool user_page = (pte & PTE_U) != 0;
    if (priv == PRV_U ? !user_page : user_page && (access == ACCESS_EXEC || !sum)) return false;
    bool mxr = (cpu->mstatus & MSTATUS_MXR) != 0;
    int p = ((pte & PTE_R) || (mxr && (pte & PTE_X)) ? PROT_R : 0) |
            ((pte & PTE_W) && (pte & PTE_D) ? PROT_W : 0) | ((pte & PTE_X) ? PROT_X : 0);
    if (!(p & prot_bit(access))) return false;
    uint64_t pa = ((ppn | ((vaddr >> TARGET_PAGE_BITS) & low_mask)) << TARGET_PAGE_BITS) |
                  (vaddr & ~TARGET_PAGE_MASK);
    /* The access itself comes right after the fill: start bringing its
     * line in now, in parallel with the rest of the fill. */
    if (pa - base < ram->size) __builtin_prefetch(host + (pa - base));
    *paddr = pa;
    *prot = p | (level ? PROT_SUPERPAGE : 0);
    return true;
}

int riscv_translate_address(RISCVCPU *cpu, uint64_t vaddr, int access, int mmu_idx, uint64_t *paddr,
                            int *prot)
{
    int priv = mmu_idx_priv(mmu_idx);
    unsigned mode = (unsigned)(cpu->satp >> SATP_MODE_SHIFT);
    if (priv == PRV_M || mode == SATP_MODE_BARE) {
        *paddr = vaddr;
        *prot = PROT_R | PROT_W | PROT_X;
        return EXCP_NONE;
    }
    unsigned levels = mode == SATP_MODE_SV39 ? 3 : mode == SATP_MODE_SV48 ? 4 : 5;
    unsigned va_bits = TARGET_PAGE_BITS + 9 * levels;
    /* Bits above the virtual address width must copy its top bit. */
    unsigned shift = 64 - va_bits;
    if ((uint64_t)((int64_t)(vaddr << shift) >> shift) != vaddr) return page_fault(access);

    AddressSpace *as = cpu->as;
    bool sum = mmu_idx == MMU_IDX_S_SUM, mxr = (cpu->mstatus & MSTATUS_MXR) != 0;
    if (walk_fast(cpu, vaddr, access, priv, sum, levels,
                  atomic_load_explicit(&as->last_ram, memory_order_relaxed), paddr, prot))
        return EXCP_NONE;
restart:;
    uint64_t table = (cpu->satp & SATP_PPN_MASK) << TARGET_PAGE_BITS;
    for (int level = (int)levels - 1; level >= 0; level--) {
        uint64_t vpn = (vaddr >> (TARGET_PAGE_BITS + 9 * level)) & 511;
        uint64_t pte_addr = table + vpn * 8;
        int pmp = pmp_prot(cpu, pte_addr, 8, PRV_S, NULL);
        if (!(pmp & PROT_R)) return access_fault(access);
        uint64_t pte;
        uint64_t *host = (uint64_t *)as_ram_ptr(as, pte_addr, 8);
        if (host) {
            pte = __atomic_load_n(host, __ATOMIC_RELAXED); /* RAM: the usual case */
            tlb_watch_pte(cpu, pte_addr);
        } else if (!as_read(as, pte_addr, 8, &pte)) {
            return access_fault(access);
        } else {
            tlb_watch_unwatchable(cpu);
        }
        if (!(pte & PTE_V) || ((pte & PTE_W) && !(pte & PTE_R)) || (pte & PTE_HIGH_BITS))
            return page_fault(access);
        uint64_t ppn = (pte & PTE_PPN_MASK) >> PTE_PPN_SHIFT;
        if (!(pte & (PTE_R | PTE_X))) {
            /* A pointer to the next level; the last level must be a leaf. */
            if (level == 0) return page_fault(access);
            table = ppn << TARGET_PAGE_BITS;
            continue;
        }
        /* A leaf: a superpage's PPN must be aligned to its size. */
        uint64_t low_mask = (1ull << (9 * level)) - 1;
        if (ppn & low_mask) return page_fault(access);

        int p = 0;
        bool user_page = (pte & PTE_U) != 0;
        if (priv == PRV_U && !user_page) return page_fault(access);
        if (priv == PRV_S && user_page && (access == ACCESS_EXEC || !sum))
            return page_fault(access);
        if ((pte & PTE_R) || (mxr && (pte & PTE_X))) p |= PROT_R;
        if (pte & PTE_W) p |= PROT_W;
        if (pte & PTE_X) p |= PROT_X;
        if (!(p & prot_bit(access))) return page_fault(access);

        uint64_t want = pte | PTE_A | (access == ACCESS_WRITE ? PTE_D : 0);
        if (want != pte) {
            if (!host) return page_fault(access);
            if (!(pmp & PROT_W)) return access_fault(access);
            if (!__atomic_compare_exchange_n(host, &pte, want, false, __ATOMIC_SEQ_CST,
                                             __ATOMIC_SEQ_CST))
                goto restart; /* the PTE changed under us */
            pte = want;
        }
        /* Until D is set, stores must come back here to set it. */
        if (!(pte & PTE_D)) p &= ~PROT_W;
        uint64_t page_in_super = (vaddr >> TARGET_PAGE_BITS) & low_mask;
        *paddr = ((ppn | page_in_super) << TARGET_PAGE_BITS) | (vaddr & ~TARGET_PAGE_MASK);
        *prot = p | (level ? PROT_SUPERPAGE : 0);
        return EXCP_NONE;
    }
    return page_fault(access);
}
