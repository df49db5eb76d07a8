/* Self-modifying code, caught by physical page.
 *
 * Every TB is recorded against the physical page(s) it was translated from,
 * with a bitmap of which 16-byte chunks of the page hold translated code. A
 * page with code has TLB_CODE in the write tag of every TLB entry mapping
 * it, so stores to it take the slow path (accel/cputlb.c). There, only a
 * store that overlaps a chunk with code pays for invalidation; stores to
 * data sharing the page with code just pay the slow path. Invalidation
 * removes the TBs from the hash table and the jump caches and unpatches the
 * jumps into them (tb_invalidate_locked). Other writers — the loader, DMA —
 * go through the same tb_invalidate_phys_range() via the address space's
 * RAM-write hook.
 *
 * A page's descriptor outlives its TBs until the next full flush; the
 * TLB_CODE marks it left behind only cost an unneeded slow path.
 */
#include "accel/tb_maint.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "accel/cputlb.h"
#include "accel/tlb.h"
#include "system/memory.h"
#include "util/log.h"

#define CHUNK_BITS 4 /* 16-byte granules */
#define CHUNKS (TARGET_PAGE_SIZE >> CHUNK_BITS)

typedef struct PageDesc {
    uintptr_t first_tb;
    uint64_t bitmap[CHUNKS / 64];
} PageDesc;

/* Descriptors hang off the RAM/ROM region they describe, one slot per
 * page (MemoryRegion.page_data): a lookup is an index, with no lock and no
 * table that moves. Slots are written under tb_lock; TLB fills read them
 * without it. */
static AddressSpace *code_as;

void tb_maint_init(AddressSpace *as)
{
    code_as = as;
}

static PageDesc *_Atomic *page_slot(uint64_t paddr, bool create)
{
    if (!code_as) return NULL;
    MemoryRegion *mr = as_find(code_as, paddr);
    if (!mr || !mr->host) return NULL;
    void *_Atomic *slots = atomic_load_explicit(&mr->page_data, memory_order_acquire);
    if (!slots) {
        if (!create) return NULL;
        slots = calloc((mr->size + TARGET_PAGE_SIZE - 1) >> TARGET_PAGE_BITS, sizeof(*slots));
        if (!slots) fatal("out of memory");
        atomic_store_explicit(&mr->page_data, slots, memory_order_release);
    }
    return (PageDesc * _Atomic *)&slots[(paddr - mr->base) >> TARGET_PAGE_BITS];
}

static PageDesc *page_find(uint64_t paddr)
{
    PageDesc *_Atomic *slot = page_slot(paddr, false);
    return slot ? atomic_load_explicit(slot, memory_order_acquire) : NULL;
}

static PageDesc *page_insert(uint64_t ppage)
{
    PageDesc *_Atomic *slot = page_slot(ppage, true);
    if (!slot) return NULL; /* not RAM: nothing writes it through the TLB */
    PageDesc *p = calloc(1, sizeof(*p));
    if (!p) fatal("out of memory");
    atomic_store_explicit(slot, p, memory_order_release);
    return p;
}

void tb_page_reset(void)
{
    if (!code_as) return;
    for (int i = 0; i < code_as->count; i++) {
        MemoryRegion *mr = &code_as->regions[i];
        void *_Atomic *slots = atomic_load_explicit(&mr->page_data, memory_order_acquire);
        if (!slots) continue;
        size_t n = (mr->size + TARGET_PAGE_SIZE - 1) >> TARGET_PAGE_BITS;
        for (size_t k = 0; k < n; k++) {
            void *p = atomic_exchange(&slots[k], NULL);
            free(p);
        }
    }
}

bool tb_page_has_code(uint64_t paddr)
{
    return page_find(paddr) != NULL;
}

static void set_bits(PageDesc *p, uint64_t start, uint64_t end)
{
    for (uint64_t c = start >> CHUNK_BITS; c <= (end - 1) >> CHUNK_BITS; c++)
        p->bitmap[c / 64] |= 1ull << (c % 64);
}

static bool any_bits(const PageDesc *p, uint64_t start, uint64_t end)
{
    for (uint64_t c = start >> CHUNK_BITS; c <= (end - 1) >> CHUNK_BITS; c++)
        if (p->bitmap[c / 64] & (1ull << (c % 64))) return true;
    return false;
}

/* The byte range [*start, *end) of tb within the page of slot n. */
static void tb_range_in_page(const TranslationBlock *tb, int n, uint64_t *start, uint64_t *end)
{
    uint64_t first = tb->phys_pc & ~TARGET_PAGE_MASK;
    uint64_t in_first = TARGET_PAGE_SIZE - first;
    if (n == 0) {
        *start = first;
        *end = first + (tb->size < in_first ? tb->size : in_first);
    } else {
        *start = 0;
        *end = tb->size - in_first;
    }
}

static void add_to_page(TranslationBlock *tb, int n, uint64_t ppage)
{
    PageDesc *p = page_find(ppage);
    if (!p) {
        p = page_insert(ppage);
        if (!p) return;
        /* Stores already cached as plain RAM writes must now come to the
         * slow path. */
        tlb_protect_code(ppage);
    }
    uint64_t start, end;
    tb_range_in_page(tb, n, &start, &end);
    if (end > start) set_bits(p, start, end);
    tb->page_next[n] = p->first_tb;
    p->first_tb = (uintptr_t)tb | (uintptr_t)n;
}

void tb_page_add(TranslationBlock *tb)
{
    add_to_page(tb, 0, tb->phys_pc & TARGET_PAGE_MASK);
    if (tb->phys_page2 != UINT64_MAX) add_to_page(tb, 1, tb->phys_page2);
}

/* Takes tb out of the list of page slot n. */
static void unlink_from_page(TranslationBlock *tb, int n)
{
    uint64_t ppage = n == 0 ? tb->phys_pc & TARGET_PAGE_MASK : tb->phys_page2;
    PageDesc *p = page_find(ppage);
    if (!p) return;
    uintptr_t self = (uintptr_t)tb | (uintptr_t)n;
    for (uintptr_t *link = &p->first_tb; *link;) {
        TranslationBlock *t = (TranslationBlock *)(*link & ~(uintptr_t)1);
        int k = (int)(*link & 1);
        if (*link == self) {
            *link = t->page_next[k];
            return;
        }
        link = &t->page_next[k];
    }
}

bool tb_invalidate_phys_range(uint64_t paddr, uint64_t len, uintptr_t running)
{
    bool hit_running = false;
    tb_lock_acquire();
    for (uint64_t page = paddr & TARGET_PAGE_MASK; page < paddr + len; page += TARGET_PAGE_SIZE) {
        PageDesc *p = page_find(page);
        if (!p) continue;
        uint64_t start = paddr > page ? paddr - page : 0;
        uint64_t end =
            paddr + len - page < TARGET_PAGE_SIZE ? paddr + len - page : TARGET_PAGE_SIZE;
        if (!any_bits(p, start, end)) continue;
        uintptr_t e = p->first_tb;
        memset(p->bitmap, 0, sizeof(p->bitmap));
        p->first_tb = 0;
        /* Invalidate the overlapping TBs; keep the others and rebuild the
         * page's bitmap from them. */
        while (e) {
            TranslationBlock *tb = (TranslationBlock *)(e & ~(uintptr_t)1);
            int n = (int)(e & 1);
            e = tb->page_next[n];
            uint64_t s, t;
            tb_range_in_page(tb, n, &s, &t);
            if (s < end && start < t) {
                if (running && (const uint8_t *)running > tb->tc_ptr &&
                    (const uint8_t *)running <= tb->tc_ptr + tb->tc_size)
                    hit_running = true;
                /* Out of its other page's list too. */
                if (tb->phys_page2 != UINT64_MAX) unlink_from_page(tb, 1 - n);
                tb_invalidate(tb);
                tb_stats.invalidated++;
            } else {
                tb->page_next[n] = p->first_tb;
                p->first_tb = (uintptr_t)tb | (uintptr_t)n;
                if (t > s) set_bits(p, s, t);
            }
        }
    }
    tb_lock_release();
    return hit_running;
}
