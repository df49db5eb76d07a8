/* The softmmu TLB: fills, flushes, and the out-of-line slow path of every
 * guest load and store.
 *
 * The fast path in generated code handles one case only: the whole access
 * on one page, that page RAM, and the entry's tag free of flags. Everything
 * else lands here: a miss (fill, which may raise a precise fault), an access
 * that crosses a page (both pages checked before any byte moves, so a
 * faulting store writes nothing), and MMIO (dispatched by physical address).
 */
#include "accel/cputlb.h"

#include <string.h>

#include "accel/exec.h"
#include "accel/tb.h"
#include "accel/tb_maint.h"
#include "system/memory.h"
#include "tcg/ir.h"
#include "util/log.h"
#include <stdlib.h>

static TLBEntryFull *full_table(RISCVCPU *cpu, int mmu_idx)
{
    return cpu->tlb[mmu_idx].full;
}

/* (Re)allocates the tables of one MMU index with 2^bits entries, all
 * invalid. Generated code reloads mask and table on every access, so this
 * may happen inside a slow path. */
static void tlb_alloc(RISCVCPU *cpu, int i, unsigned bits)
{
    size_t n = (size_t)1 << bits;
    free(cpu->tlb_fast[i].table);
    free(cpu->tlb[i].full);
    cpu->tlb_fast[i].table = malloc(n * sizeof(CPUTLBEntry));
    cpu->tlb[i].full = calloc(n, sizeof(TLBEntryFull));
    if (!cpu->tlb_fast[i].table || !cpu->tlb[i].full) fatal("out of memory");
    memset(cpu->tlb_fast[i].table, 0xff, n * sizeof(CPUTLBEntry));
    cpu->tlb_fast[i].mask = (uintptr_t)(n - 1) << CPU_TLB_ENTRY_BITS;
    cpu->tlb[i].bits = bits;
    cpu->tlb[i].fills_since_flush = 0;
    cpu->tlb[i].has_superpage = false;
}

void tlb_init(RISCVCPU *cpu)
{
    for (int i = 0; i < NB_MMU_MODES; i++) tlb_alloc(cpu, i, CPU_TLB_BITS_DEFAULT);
    tlb_flush(cpu);
}

/* Dynamic sizing, after QEMU's: a TLB that refills far more entries than it
 * holds between flushes is thrashing, so it doubles; one that a flush finds
 * mostly unused halves. */
static void tlb_maybe_grow(RISCVCPU *cpu, int i)
{
    CPUTLBDesc *d = &cpu->tlb[i];
    if (d->bits < CPU_TLB_BITS_MAX && d->fills_since_flush > (2ull << d->bits))
        tlb_alloc(cpu, i, d->bits + 1);
}

static void tlb_maybe_shrink(RISCVCPU *cpu, int i)
{
    CPUTLBDesc *d = &cpu->tlb[i];
    if (d->bits > CPU_TLB_BITS_MIN && d->fills_since_flush < (1ull << d->bits) / 4 &&
        ++d->idle_flushes >= 16) {
        d->idle_flushes = 0;
        tlb_alloc(cpu, i, d->bits - 1);
    } else if (d->fills_since_flush >= (1ull << d->bits) / 4) {
        d->idle_flushes = 0;
    }
}

static CPUTLBEntry *tlb_entry(RISCVCPU *cpu, int mmu_idx, uint64_t vaddr, size_t *index)
{
    CPUTLBFast *f = &cpu->tlb_fast[mmu_idx];
    size_t i = (vaddr >> TARGET_PAGE_BITS) & (f->mask >> CPU_TLB_ENTRY_BITS);
    if (index) *index = i;
    return &f->table[i];
}

/* An index with no fill since its last flush is all invalid already, and
 * no TB in the jump cache was found through it (every insertion follows a
 * lookup in the fetch index, which fills on a miss): its flush is free. So
 * is the second of two flushes in a row, as a satp write followed by
 * sfence.vma makes. */
void tlb_flush_mmuidx(RISCVCPU *cpu, unsigned idxmap)
{
    bool flushed = false;
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if (!(idxmap & (1u << i)) || !cpu->tlb[i].fills_since_flush) continue;
        tlb_maybe_shrink(cpu, i);
        size_t n = (cpu->tlb_fast[i].mask >> CPU_TLB_ENTRY_BITS) + 1;
        memset(cpu->tlb_fast[i].table, 0xff, n * sizeof(CPUTLBEntry));
        cpu->tlb[i].has_superpage = false;
        cpu->tlb[i].flushes++;
        cpu->tlb[i].fills_since_flush = 0;
        flushed = true;
    }
    /* The jump cache is indexed by virtual pc: TBs found through a flushed
     * translation must be looked up again. */
    if (flushed) memset(cpu->tb_jmp_cache, 0, sizeof(cpu->tb_jmp_cache));
}

void tlb_flush(RISCVCPU *cpu)
{
    tlb_flush_mmuidx(cpu, (1u << NB_MMU_MODES) - 1);
}

void tlb_flush_page_mmuidx(RISCVCPU *cpu, uint64_t vaddr, unsigned idxmap)
{
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if ((idxmap & (1u << i)) && cpu->tlb[i].has_superpage) {
            tlb_flush_mmuidx(cpu, idxmap);
            return;
        }
    }
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if (!(idxmap & (1u << i))) continue;
        CPUTLBEntry *e = tlb_entry(cpu, i, vaddr, NULL);
        uint64_t page = vaddr & TARGET_PAGE_MASK;
        if ((e->addr_read & TARGET_PAGE_MASK) == page ||
            (e->addr_write & TARGET_PAGE_MASK) == page || (e->addr_code & TARGET_PAGE_MASK) == page)
            memset(e, 0xff, sizeof(*e));
    }
    /* TBs of that page sit in the jump cache at (pc >> shift) & mask:
     * consecutive slots, wrapping. */
    unsigned per_page = TARGET_PAGE_SIZE >> TB_JMP_CACHE_SHIFT;
    unsigned first =
        (unsigned)(vaddr >> TB_JMP_CACHE_SHIFT) & (TB_JMP_CACHE_SIZE - 1) & ~(per_page - 1);
    for (unsigned k = 0; k < per_page; k++)
        cpu->tb_jmp_cache[(first + k) & (TB_JMP_CACHE_SIZE - 1)] = NULL;
}

bool tlb_set_page(RISCVCPU *cpu, int mmu_idx, uint64_t vaddr, uint64_t paddr, int prot,
                  bool recheck)
{
    AddressSpace *as = cpu->as;
    MemoryRegion *mr = as_find(as, paddr);
    if (!mr) return false;
    uint64_t vpage = vaddr & TARGET_PAGE_MASK, ppage = paddr & TARGET_PAGE_MASK;
    uint8_t *host;
    /* The usual case, without a second lookup: the whole page inside one
     * RAM/ROM region that no MMIO region overlaps. */
    if (!mr->ops && !mr->mmio_inside && mr->size >= TARGET_PAGE_SIZE &&
        ppage - mr->base <= mr->size - TARGET_PAGE_SIZE) {
        host = mr->host + (ppage - mr->base);
    } else {
        host = as_ram_ptr(as, ppage, TARGET_PAGE_SIZE);
        mr = host ? as_find(as, ppage) : NULL;
    }
    tlb_maybe_grow(cpu, mmu_idx);
    size_t index;
    CPUTLBEntry *e = tlb_entry(cpu, mmu_idx, vaddr, &index);
    uint64_t flags = (host ? 0 : TLB_MMIO) | (recheck ? TLB_RECHECK : 0);
    if (prot & PROT_SUPERPAGE) cpu->tlb[mmu_idx].has_superpage = true;
    uint64_t write = (prot & PROT_W) && !(mr && mr->readonly) ? vpage | flags : UINT64_MAX;
    /* A write to ROM is ignored, as on QEMU: route it to the slow path. */
    if ((prot & PROT_W) && mr && mr->readonly) write = vpage | TLB_MMIO;
    /* Stores into translated code go to the slow path to invalidate it. */
    if (host && write != UINT64_MAX && tb_page_has_code(ppage)) write |= TLB_CODE;
    if (cpu->res_size && (cpu->res_addr & TARGET_PAGE_MASK) == vpage && write != UINT64_MAX)
        write |= TLB_RESERVED; /* see tlb_reserve() */
    e->addr_read = (prot & PROT_R) ? vpage | flags : UINT64_MAX;
    e->addr_code = (prot & PROT_X) ? vpage | flags : UINT64_MAX;
    e->addend = host ? (uintptr_t)host - vpage : 0;
    /* One store: tlb_protect_code() may be setting TLB_CODE concurrently. */
    __atomic_store_n(&e->addr_write, write, __ATOMIC_RELAXED);
    full_table(cpu, mmu_idx)[index].paddr_page = ppage;
    cpu->tlb[mmu_idx].fills_since_flush++;
    if (log_enabled(LOG_mmu))
        log_printf("tlb_set_page: mmu %d vaddr %016llx -> paddr %016llx prot %d%s\n", mmu_idx,
                   (unsigned long long)vpage, (unsigned long long)ppage, prot, host ? "" : " mmio");
    return true;
}

static bool tag_matches(uint64_t tag, uint64_t vaddr)
{
    return (tag & (TARGET_PAGE_MASK | TLB_INVALID)) == (vaddr & TARGET_PAGE_MASK);
}

static uint64_t entry_tag(const CPUTLBEntry *e, int access)
{
    return access == ACCESS_READ    ? e->addr_read
           : access == ACCESS_WRITE ? e->addr_write
                                    : e->addr_code;
}

/* Makes sure the page of vaddr is in the TLB for this access; returns its
 * entry. A fault does not return. */
static inline CPUTLBEntry *tlb_probe(RISCVCPU *cpu, uint64_t vaddr, unsigned size, int access,
                                     int mmu_idx, uintptr_t retaddr, size_t *index)
{
    CPUTLBEntry *e = tlb_entry(cpu, mmu_idx, vaddr, index);
    uint64_t tag = entry_tag(e, access);
    if (!tag_matches(tag, vaddr) || (tag & TLB_RECHECK)) {
        riscv_tlb_fill(cpu, vaddr, size, access, mmu_idx, retaddr);
        e = tlb_entry(cpu, mmu_idx, vaddr, index);
    }
    return e;
}

uint64_t get_page_addr_code(RISCVCPU *cpu, uint64_t vaddr, const uint8_t **host)
{
    int mmu_idx = riscv_cpu_mmu_index(cpu, true);
    size_t index;
    CPUTLBEntry *e = tlb_probe(cpu, vaddr, 2, ACCESS_EXEC, mmu_idx, 0, &index);
    if (e->addr_code & TLB_MMIO) {
        /* Code must come from RAM or ROM. */
        riscv_raise_exception(cpu, EXCP_INSN_ACCESS, vaddr, 0);
    }
    *host = (const uint8_t *)(uintptr_t)(vaddr + e->addend);
    return full_table(cpu, mmu_idx)[index].paddr_page | (vaddr & ~TARGET_PAGE_MASK);
}

static int fault_cause(int access)
{
    return access == ACCESS_WRITE  ? EXCP_STORE_ACCESS
           : access == ACCESS_READ ? EXCP_LOAD_ACCESS
                                   : EXCP_INSN_ACCESS;
}

/*
 * The LR/SC reservation. SC compares and swaps against the value LR read,
 * which catches other harts' stores that change it; what it cannot see is a
 * store of the same value, and the RISC-V spec wants this hart's own stores
 * to the reserved bytes to make SC fail too. So while a reservation is held,
 * every valid write tag of its page, in every MMU index, carries
 * TLB_RESERVED: the inline fast path misses on it, and the slow path
 * (access_page, probe_access) drops the reservation when a store touches
 * the reserved bytes. tlb_set_page() puts the flag on refilled entries of
 * the page; ordinary stores to other pages never see it.
 */
static void store_to_reserved_page(RISCVCPU *cpu, uint64_t addr, unsigned size)
{
    if (cpu->res_size && addr < cpu->res_addr + cpu->res_size && cpu->res_addr < addr + size)
        tlb_unreserve(cpu);
}

/* Atomic: another vCPU's tlb_protect_code() may be adding TLB_CODE. */
static void mark_reserved_page(RISCVCPU *cpu, uint64_t addr, bool on)
{
    for (int i = 0; i < NB_MMU_MODES; i++) {
        CPUTLBEntry *e = tlb_entry(cpu, i, addr, NULL);
        if (!tag_matches(e->addr_write, addr)) continue;
        if (on)
            __atomic_fetch_or(&e->addr_write, TLB_RESERVED, __ATOMIC_RELAXED);
        else
            __atomic_fetch_and(&e->addr_write, ~TLB_RESERVED, __ATOMIC_RELAXED);
    }
}

void tlb_reserve(RISCVCPU *cpu, uint64_t addr, unsigned size)
{
    tlb_unreserve(cpu);
    cpu->res_addr = addr;
    cpu->res_size = size;
    mark_reserved_page(cpu, addr, true);
}

void tlb_unreserve(RISCVCPU *cpu)
{
    if (!cpu->res_size) return;
    cpu->res_size = 0;
    mark_reserved_page(cpu, cpu->res_addr, false);
}

void *probe_access(RISCVCPU *cpu, uint64_t addr, unsigned size, int access, int mmu_idx,
                   uintptr_t retaddr)
{
    size_t index;
    CPUTLBEntry *e = tlb_probe(cpu, addr, size, access, mmu_idx, retaddr, &index);
    uint64_t tag = entry_tag(e, access);
    if (tag & TLB_MMIO) return NULL;
    if (access == ACCESS_WRITE && (tag & TLB_RESERVED)) store_to_reserved_page(cpu, addr, size);
    if (access == ACCESS_WRITE && (tag & TLB_CODE)) {
        /* The caller writes next, on this thread: invalidating first is safe. */
        uint64_t paddr = full_table(cpu, mmu_idx)[index].paddr_page | (addr & ~TARGET_PAGE_MASK);
        if (tb_invalidate_phys_range(paddr, size, retaddr)) cpu->smc_hit = true;
    }
    return (void *)(uintptr_t)(addr + e->addend);
}

/* RAM accesses of the sizes a memop has, each one host load or store. */
static inline uint64_t host_load(const uint8_t *p, unsigned size)
{
    switch (size) {
    case 1: return *p;
    case 2: {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    }
}

static inline void host_store(uint8_t *p, unsigned size, uint64_t v)
{
    switch (size) {
    case 1: *p = (uint8_t)v; break;
    case 2: memcpy(p, &(uint16_t){(uint16_t)v}, 2); break;
    case 4: memcpy(p, &(uint32_t){(uint32_t)v}, 4); break;
    default: memcpy(p, &v, 8); break;
    }
}

/* One access within a single page, of 1, 2, 4 or 8 bytes. Inlined into
 * do_access(), whose common case it is: the slow path after a TLB miss. */
static inline __attribute__((always_inline)) uint64_t access_page(RISCVCPU *cpu, uint64_t addr,
                                                                  unsigned size, int access,
                                                                  int mmu_idx, uint64_t val,
                                                                  uintptr_t retaddr)
{
    size_t index;
    CPUTLBEntry *e = tlb_probe(cpu, addr, size, access, mmu_idx, retaddr, &index);
    uint64_t tag = entry_tag(e, access);
    if (access == ACCESS_WRITE && (tag & TLB_RESERVED)) store_to_reserved_page(cpu, addr, size);
    if (!(tag & TLB_MMIO)) {
        uint8_t *host = (uint8_t *)(uintptr_t)(addr + e->addend);
        if (access == ACCESS_WRITE) {
            host_store(host, size, val);
            if (tag & TLB_CODE) {
                /* A page with translated code: invalidate what this overlaps. */
                uint64_t paddr =
                    full_table(cpu, mmu_idx)[index].paddr_page | (addr & ~TARGET_PAGE_MASK);
                if (tb_invalidate_phys_range(paddr, size, retaddr)) cpu->smc_hit = true;
            }
            return 0;
        }
        return host_load(host, size);
    }
    uint64_t paddr = full_table(cpu, mmu_idx)[index].paddr_page | (addr & ~TARGET_PAGE_MASK);
    AddressSpace *as = cpu->as;
    bool ok;
    if (access == ACCESS_WRITE) {
        ok = as_write(as, paddr, size, val);
    } else {
        ok = as_read(as, paddr, size, &val);
    }
    if (!ok) riscv_raise_exception(cpu, fault_cause(access), addr, retaddr);
    return access == ACCESS_WRITE ? 0 : val;
}

static __attribute__((noinline)) uint64_t access_byte(RISCVCPU *cpu, uint64_t addr, int access,
                                                      int mmu_idx, uint64_t val, uintptr_t retaddr)
{
    return access_page(cpu, addr, 1, access, mmu_idx, val, retaddr);
}

static uint64_t do_access(RISCVCPU *cpu, uint64_t addr, unsigned memop, int mmu_idx, int access,
                          uint64_t val, uintptr_t retaddr)
{
    unsigned size = 1u << (memop & MO_SIZE);
    if ((memop & MO_ALIGN) && (addr & (size - 1)))
        riscv_raise_exception(cpu,
                              access == ACCESS_WRITE ? EXCP_STORE_MISALIGNED : EXCP_LOAD_MISALIGNED,
                              addr, retaddr);
    uint64_t in_page = TARGET_PAGE_SIZE - (addr & ~TARGET_PAGE_MASK);
    uint64_t r;
    if (size <= in_page) {
        r = access_page(cpu, addr, size, access, mmu_idx, val, retaddr);
    } else {
        /* Crosses a page: both pages must be accessible before any byte is
         * moved. A fault on the second page reports its first byte. */
        uint64_t addr2 = addr + in_page;
        tlb_probe(cpu, addr, 1, access, mmu_idx, retaddr, NULL);
        tlb_probe(cpu, addr2, 1, access, mmu_idx, retaddr, NULL);
        r = 0;
        for (unsigned i = 0; i < size; i++) {
            if (access == ACCESS_WRITE) {
                access_byte(cpu, addr + i, access, mmu_idx, (val >> (8 * i)) & 0xff, retaddr);
            } else {
                r |= access_byte(cpu, addr + i, access, mmu_idx, 0, retaddr) << (8 * i);
            }
        }
    }
    if (access == ACCESS_WRITE) {
        /* The store changed the TB that is running (this instruction or a
         * later one): stop right after the store; what follows is
         * translated afresh. */
        if (cpu->smc_hit) {
            cpu->smc_hit = false;
            if (retaddr && cpu_restore_state_after(cpu, retaddr)) cpu_loop_exit(cpu);
        }
        return 0;
    }
    if (memop & MO_SIGN) {
        unsigned shift = 64 - 8 * size;
        return (uint64_t)((int64_t)(r << shift) >> shift);
    }
    return size == 8 ? r : r & ((1ull << (8 * size)) - 1);
}

uint64_t helper_ld_slow(RISCVCPU *cpu, uint64_t addr, uint32_t oi, uintptr_t retaddr)
{
    return do_access(cpu, addr, oi & 0xff, oi >> MEMOP_MMU_SHIFT, ACCESS_READ, 0, retaddr);
}

void helper_st_slow(RISCVCPU *cpu, uint64_t addr, uint64_t val, uint32_t oi, uintptr_t retaddr)
{
    do_access(cpu, addr, oi & 0xff, oi >> MEMOP_MMU_SHIFT, ACCESS_WRITE, val, retaddr);
}

uint64_t cpu_ld_mmu(RISCVCPU *cpu, uint64_t addr, unsigned memop, int mmu_idx, uintptr_t retaddr)
{
    return do_access(cpu, addr, memop, mmu_idx, ACCESS_READ, 0, retaddr);
}

void cpu_st_mmu(RISCVCPU *cpu, uint64_t addr, uint64_t val, unsigned memop, int mmu_idx,
                uintptr_t retaddr)
{
    do_access(cpu, addr, memop, mmu_idx, ACCESS_WRITE, val, retaddr);
}

void tlb_protect_code(uint64_t ppage)
{
    int ncpus;
    RISCVCPU *const *cpus = tb_cpus(&ncpus);
    for (int c = 0; c < ncpus; c++) {
        RISCVCPU *cpu = cpus[c];
        const uint8_t *host = as_ram_ptr(cpu->as, ppage, TARGET_PAGE_SIZE);
        if (!host) continue;
        for (int i = 0; i < NB_MMU_MODES; i++) {
            size_t n = (cpu->tlb_fast[i].mask >> CPU_TLB_ENTRY_BITS) + 1;
            for (size_t k = 0; k < n; k++) {
                CPUTLBEntry *e = &cpu->tlb_fast[i].table[k];
                uint64_t tag = e->addr_write;
                if (tag == UINT64_MAX || (tag & TLB_MMIO)) continue;
                if ((uintptr_t)(tag & TARGET_PAGE_MASK) + e->addend == (uintptr_t)host)
                    __atomic_store_n(&e->addr_write, tag | TLB_CODE, __ATOMIC_RELAXED);
            }
        }
    }
}
