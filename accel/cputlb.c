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
#include "target/riscv/mmu.h"
#include "tcg/ir.h"
#include "util/log.h"
#include <stdlib.h>

static TLBEntryFull *full_table(RISCVCPU *cpu, int mmu_idx)
{
    return cpu->tlb[mmu_idx].full;
}

/* (Re)allocates one TLB with 2^bits entries, all invalid. Generated code
 * reloads mask and table on every access, so this may happen inside a slow
 * path. */
static void table_alloc(CPUTLBFast *f, CPUTLBDesc *d, unsigned bits)
{
    size_t n = (size_t)1 << bits;
    free(f->table);
    free(d->full);
    f->table = malloc(n * sizeof(CPUTLBEntry));
    d->full = calloc(n, sizeof(TLBEntryFull));
    if (!f->table || !d->full) fatal("out of memory");
    memset(f->table, 0xff, n * sizeof(CPUTLBEntry));
    f->mask = (uintptr_t)(n - 1) << CPU_TLB_ENTRY_BITS;
    d->bits = bits;
    d->fills_since_flush = 0;
    d->superpage_lo = UINT64_MAX;
    d->superpage_hi = 0;
}

/* Dynamic sizing, after QEMU's: a TLB that refills far more entries than it
 * holds between flushes is thrashing, so it doubles; one that flushes keep
 * finding mostly unused halves. */
static void tlb_maybe_grow(RISCVCPU *cpu, int i)
{
    CPUTLBDesc *d = &cpu->tlb[i];
    if (d->bits < CPU_TLB_BITS_MAX && d->fills_since_flush > (2ull << d->bits))
        table_alloc(&cpu->tlb_fast[i], d, d->bits + 1);
}

/* Empties one TLB; false if it was empty already. A TLB with no fill since
 * its last flush is all invalid, and no TB in the jump cache was found
 * through it (every insertion follows a lookup in the fetch index, which
 * fills on a miss): its flush is free. So is the second of two flushes in
 * a row, as a satp write followed by sfence.vma makes. */
static bool table_flush(CPUTLBFast *f, CPUTLBDesc *d)
{
    if (!f->table || !d->fills_since_flush) return false;
    if (d->bits > CPU_TLB_BITS_MIN && d->fills_since_flush < (1ull << d->bits) / 4 &&
        ++d->idle_flushes >= 16) {
        d->idle_flushes = 0;
        table_alloc(f, d, d->bits - 1);
    } else {
        if (d->fills_since_flush >= (1ull << d->bits) / 4) d->idle_flushes = 0;
        size_t n = (f->mask >> CPU_TLB_ENTRY_BITS) + 1;
        memset(f->table, 0xff, n * sizeof(CPUTLBEntry));
    }
    d->superpage_lo = UINT64_MAX;
    d->superpage_hi = 0;
    d->flushes++;
    d->fills_since_flush = 0;
    return true;
}

/* The tables of index i in space s (the CPU's own for the active space,
 * and for the indexes that are not paged, which have one space only). */
static void space_tables(RISCVCPU *cpu, int s, int i, CPUTLBFast **f, CPUTLBDesc **d)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    if (s == sp->active || !(MMU_IDX_PAGED & (1u << i))) {
        *f = &cpu->tlb_fast[i];
        *d = &cpu->tlb[i];
    } else {
        *f = &sp->space[s].fast[i];
        *d = &sp->space[s].desc[i];
    }
}

static void watch_reset(TLBSpaces *sp)
{
    if (sp->watch_count) memset(sp->watch, 0xff, sizeof(sp->watch));
    sp->watch_count = 0;
    sp->stale = false;
}

void tlb_init(RISCVCPU *cpu)
{
    TLBSpaces *sp = calloc(1, sizeof(*sp));
    if (!sp) fatal("out of memory");
    memset(sp->watch, 0xff, sizeof(sp->watch));
    sp->backoff = 64;
    cpu->tlb_spaces = sp;
    for (int i = 0; i < NB_MMU_MODES; i++)
        table_alloc(&cpu->tlb_fast[i], &cpu->tlb[i], CPU_TLB_BITS_DEFAULT);
    tlb_flush(cpu);
}

static CPUTLBEntry *tlb_entry(RISCVCPU *cpu, int mmu_idx, uint64_t vaddr, size_t *index)
{
    CPUTLBFast *f = &cpu->tlb_fast[mmu_idx];
    size_t i = (vaddr >> TARGET_PAGE_BITS) & (f->mask >> CPU_TLB_ENTRY_BITS);
    if (index) *index = i;
    return &f->table[i];
}

void tlb_flush_mmuidx(RISCVCPU *cpu, unsigned idxmap)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    bool flushed = false;
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if (!(idxmap & (1u << i))) continue;
        int spaces = (MMU_IDX_PAGED & (1u << i)) ? TLB_SPACES : 1;
        for (int s = 0; s < spaces; s++) {
            CPUTLBFast *f;
            CPUTLBDesc *d;
            space_tables(cpu, spaces == 1 ? sp->active : s, i, &f, &d);
            flushed |= table_flush(f, d);
        }
    }
    /* No translation from the page tables is left anywhere. */
    if ((idxmap & MMU_IDX_PAGED) == MMU_IDX_PAGED) watch_reset(sp);
    /* The jump cache is indexed by virtual pc: TBs found through a flushed
     * translation must be looked up again. */
    if (flushed) memset(cpu->tb_jmp_cache, 0, sizeof(cpu->tb_jmp_cache));
}

/* Also at reset, which sets satp to 0 without a satp write: no space keeps
 * its key, so the next satp write starts its space afresh. */
void tlb_flush(RISCVCPU *cpu)
{
    tlb_flush_mmuidx(cpu, (1u << NB_MMU_MODES) - 1);
    for (int s = 0; s < TLB_SPACES; s++) cpu->tlb_spaces->space[s].keyed = false;
}

static void entry_flush_page(CPUTLBFast *f, uint64_t vaddr)
{
    if (!f->table) return;
    CPUTLBEntry *e = &f->table[(vaddr >> TARGET_PAGE_BITS) & (f->mask >> CPU_TLB_ENTRY_BITS)];
    uint64_t page = vaddr & TARGET_PAGE_MASK;
    if ((e->addr_read & TARGET_PAGE_MASK) == page || (e->addr_write & TARGET_PAGE_MASK) == page ||
        (e->addr_code & TARGET_PAGE_MASK) == page)
        memset(e, 0xff, sizeof(*e));
}

/* The largest superpage a walk can give that is still well below the
 * address space's halves: 256 TiB (an Sv57 level-3 leaf), so user and
 * kernel superpages never share a span. */
#define SUPERPAGE_SPAN (1ull << 48)

void tlb_flush_page_mmuidx(RISCVCPU *cpu, uint64_t vaddr, unsigned idxmap)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if (!(idxmap & (1u << i))) continue;
        int spaces = (MMU_IDX_PAGED & (1u << i)) ? TLB_SPACES : 1;
        for (int s = 0; s < spaces; s++) {
            CPUTLBFast *f;
            CPUTLBDesc *d;
            space_tables(cpu, spaces == 1 ? sp->active : s, i, &f, &d);
            if (f->table && vaddr >= d->superpage_lo && vaddr <= d->superpage_hi) {
                tlb_flush_mmuidx(cpu, idxmap);
                return;
            }
        }
    }
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if (!(idxmap & (1u << i))) continue;
        int spaces = (MMU_IDX_PAGED & (1u << i)) ? TLB_SPACES : 1;
        for (int s = 0; s < spaces; s++) {
            CPUTLBFast *f;
            CPUTLBDesc *d;
            space_tables(cpu, spaces == 1 ? sp->active : s, i, &f, &d);
            entry_flush_page(f, vaddr);
        }
    }
    /* TBs of that page sit in the jump cache at (pc >> shift) & mask:
     * consecutive slots, wrapping. */
    unsigned per_page = TARGET_PAGE_SIZE >> TB_JMP_CACHE_SHIFT;
    unsigned first =
        (unsigned)(vaddr >> TB_JMP_CACHE_SHIFT) & (TB_JMP_CACHE_SIZE - 1) & ~(per_page - 1);
    for (unsigned k = 0; k < per_page; k++)
        cpu->tb_jmp_cache[(first + k) & (TB_JMP_CACHE_SIZE - 1)] = NULL;
}

/* ---- Spaces and the page-table write watch ------------------------------ */

static bool watch_contains(const TLBSpaces *sp, uint64_t page)
{
    for (unsigned h = (unsigned)(page >> TARGET_PAGE_BITS);; h++) {
        uint64_t v = sp->watch[h & (TLB_WATCH_SLOTS - 1)];
        if (v == page) return true;
        if (v == UINT64_MAX) return false;
    }
}

/* A store reached physical page: stale if it holds watched page tables. */
static void watch_store(RISCVCPU *cpu, uint64_t paddr)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    if (sp->watching && watch_contains(sp, paddr & TARGET_PAGE_MASK)) sp->stale = true;
}

/* Adds page to the watch set, and TLB_WATCHED to the write tags that map it
 * already, in every TLB of this CPU (those filled later get it from
 * tlb_set_page). */
void tlb_watch_page(RISCVCPU *cpu, uint64_t page)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    unsigned h = (unsigned)(page >> TARGET_PAGE_BITS);
    for (;; h++) {
        uint64_t v = sp->watch[h & (TLB_WATCH_SLOTS - 1)];
        if (v == page) return;
        if (v == UINT64_MAX) break;
    }
    if (sp->watch_count == TLB_WATCH_MAX) {
        sp->stale = true; /* too many to watch: as good as written */
        return;
    }
    sp->watch[h & (TLB_WATCH_SLOTS - 1)] = page;
    sp->watch_count++;
    for (int i = 0; i < NB_MMU_MODES; i++) {
        int spaces = (MMU_IDX_PAGED & (1u << i)) ? TLB_SPACES : 1;
        for (int s = 0; s < spaces; s++) {
            CPUTLBFast *f;
            CPUTLBDesc *d;
            space_tables(cpu, spaces == 1 ? sp->active : s, i, &f, &d);
            if (!f->table || !d->fills_since_flush) continue;
            size_t n = (f->mask >> CPU_TLB_ENTRY_BITS) + 1;
            for (size_t k = 0; k < n; k++) {
                if (d->full[k].paddr_page != page) continue;
                uint64_t tag = f->table[k].addr_write;
                if (tag != UINT64_MAX && !(tag & TLB_INVALID))
                    __atomic_fetch_or(&f->table[k].addr_write, TLB_WATCHED, __ATOMIC_RELAXED);
            }
        }
    }
}

void tlb_ram_written(uint64_t addr, uint64_t len)
{
    (void)addr;
    (void)len;
    int ncpus;
    RISCVCPU *const *cpus = tb_cpus(&ncpus);
    /* Rare (loading, DMA), and possibly from another thread: no search. */
    for (int c = 0; c < ncpus; c++)
        if (cpus[c]->tlb_spaces->watching) cpus[c]->tlb_spaces->stale = true;
}

static void mark_reserved_page(RISCVCPU *cpu, uint64_t addr, bool on);

/* Makes space s the active one: its tables become the CPU's. */
static void space_activate(RISCVCPU *cpu, int s)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    if (s == sp->active) return;
    TLBSpace *old = &sp->space[sp->active], *new = &sp->space[s];
    for (int i = 0; i < NB_MMU_MODES; i++) {
        if (!(MMU_IDX_PAGED & (1u << i))) continue;
        old->fast[i] = cpu->tlb_fast[i];
        old->desc[i] = cpu->tlb[i];
        if (!new->fast[i].table) table_alloc(&new->fast[i], &new->desc[i], CPU_TLB_BITS_DEFAULT);
        cpu->tlb_fast[i] = new->fast[i];
        cpu->tlb[i] = new->desc[i];
    }
    sp->active = s;
    memset(cpu->tb_jmp_cache, 0, sizeof(cpu->tb_jmp_cache));
    /* The reservation's page must send this space's stores to the slow
     * path too (tlb_reserve). */
    if (cpu->res_size) mark_reserved_page(cpu, cpu->res_addr, true);
}

static void watch_start(TLBSpaces *sp)
{
    sp->watching = true;
    /* What was filled unwatched must go at this first decision. */
    sp->stale = true;
    sp->decisions = sp->stale_decisions = 0;
}

/* Only while watching (once the CPU's spaces have collapsed to the active
 * one, as tlb_flush_mmuidx leaves them): back to one TLB per index. */
static void watch_stop(RISCVCPU *cpu)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    sp->watching = false;
    for (int s = 0; s < TLB_SPACES; s++)
        if (s != sp->active) sp->space[s].keyed = false;
    sp->wait = sp->backoff;
    if (sp->backoff < (1u << 16)) sp->backoff *= 2;
}

/* A satp write or fence while watching: true if the spaces are stale. Turns
 * watching off when most of a window's decisions were stale. */
static bool watch_decide(RISCVCPU *cpu)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    bool stale = sp->stale;
    sp->decisions++;
    if (stale) sp->stale_decisions++;
    if (sp->decisions == 32) {
        unsigned n = sp->stale_decisions;
        sp->decisions = sp->stale_decisions = 0;
        if (n > 16) {
            tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
            watch_stop(cpu);
            return true;
        }
        /* A window that paid: the next failure waits less. */
        if (n < 8 && sp->backoff > 64) sp->backoff /= 2;
    }
    return stale;
}

static bool single_hart(void)
{
    int n;
    tb_cpus(&n);
    return n <= 1;
}

void tlb_set_space(RISCVCPU *cpu, uint64_t satp)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    sp->clock++;
    if (!sp->watching && single_hart()) {
        if (sp->wait)
            sp->wait--;
        else
            watch_start(sp);
    }
    if (sp->watching && watch_decide(cpu)) tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
    TLBSpace *act = &sp->space[sp->active];
    if (!sp->watching) {
        /* One TLB per index: whatever it holds belongs to the old satp. */
        tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
        act->satp = satp;
        act->keyed = true;
        act->last_use = sp->clock;
        return;
    }
    int found = -1, victim = -1;
    for (int s = 0; s < TLB_SPACES; s++) {
        TLBSpace *t = &sp->space[s];
        if (t->keyed && t->satp == satp) found = s;
        if (victim < 0 || !t->keyed ||
            (sp->space[victim].keyed && t->last_use < sp->space[victim].last_use))
            victim = s;
    }
    if (found < 0) {
        /* A new root: the least recently used space starts afresh. */
        found = victim;
        for (int i = 0; i < NB_MMU_MODES; i++) {
            if (!(MMU_IDX_PAGED & (1u << i))) continue;
            CPUTLBFast *f;
            CPUTLBDesc *d;
            space_tables(cpu, found, i, &f, &d);
            if (table_flush(f, d) && found == sp->active)
                memset(cpu->tb_jmp_cache, 0, sizeof(cpu->tb_jmp_cache));
        }
        sp->space[found].satp = satp;
        sp->space[found].keyed = true;
    }
    sp->space[found].last_use = sp->clock;
    space_activate(cpu, found);
}

void tlb_fence(RISCVCPU *cpu, bool has_vaddr, uint64_t vaddr)
{
    TLBSpaces *sp = cpu->tlb_spaces;
    /* Not stale: every cached translation is what a walk would give now. */
    if (sp->watching && !watch_decide(cpu)) return;
    if (has_vaddr)
        tlb_flush_page_mmuidx(cpu, vaddr, MMU_IDX_PAGED); /* others may be stale still */
    else
        tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
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
    if (prot & PROT_SUPERPAGE) {
        CPUTLBDesc *d = &cpu->tlb[mmu_idx];
        uint64_t lo = vaddr & ~(SUPERPAGE_SPAN - 1), hi = lo + (SUPERPAGE_SPAN - 1);
        if (lo < d->superpage_lo) d->superpage_lo = lo;
        if (hi > d->superpage_hi) d->superpage_hi = hi;
    }
    uint64_t write = (prot & PROT_W) && !(mr && mr->readonly) ? vpage | flags : UINT64_MAX;
    /* A write to ROM is ignored, as on QEMU: route it to the slow path. */
    if ((prot & PROT_W) && mr && mr->readonly) write = vpage | TLB_MMIO;
    /* Stores into translated code go to the slow path to invalidate it. */
    if (host && write != UINT64_MAX && tb_page_has_code(ppage)) write |= TLB_CODE;
    if (cpu->res_size && (cpu->res_addr & TARGET_PAGE_MASK) == vpage && write != UINT64_MAX)
        write |= TLB_RESERVED; /* see tlb_reserve() */
    /* Stores to page tables mark the spaces stale (tlb_watch_page). */
    if (write != UINT64_MAX && cpu->tlb_spaces->watching && watch_contains(cpu->tlb_spaces, ppage))
        write |= TLB_WATCHED;
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
    if (access == ACCESS_WRITE && (tag & TLB_WATCHED))
        watch_store(cpu, full_table(cpu, mmu_idx)[index].paddr_page);
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
            if (tag & TLB_WATCHED) watch_store(cpu, full_table(cpu, mmu_idx)[index].paddr_page);
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
        watch_store(cpu, paddr); /* RAM next to MMIO may hold page tables */
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
        /* Inactive spaces too: switching back must not find a fast store
         * into the code. */
        for (int i = 0; i < NB_MMU_MODES; i++) {
            int spaces = (MMU_IDX_PAGED & (1u << i)) ? TLB_SPACES : 1;
            for (int s = 0; s < spaces; s++) {
                CPUTLBFast *f;
                CPUTLBDesc *d;
                space_tables(cpu, spaces == 1 ? cpu->tlb_spaces->active : s, i, &f, &d);
                if (!f->table) continue;
                size_t n = (f->mask >> CPU_TLB_ENTRY_BITS) + 1;
                for (size_t k = 0; k < n; k++) {
                    CPUTLBEntry *e = &f->table[k];
                    uint64_t tag = e->addr_write;
                    if (tag == UINT64_MAX || (tag & TLB_MMIO)) continue;
                    if ((uintptr_t)(tag & TARGET_PAGE_MASK) + e->addend == (uintptr_t)host)
                        __atomic_store_n(&e->addr_write, tag | TLB_CODE, __ATOMIC_RELAXED);
                }
            }
        }
    }
}
