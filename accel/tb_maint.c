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

#include <stdlib.h>
#include <string.h>

#include "accel/cputlb.h"
#include "accel/tlb.h"
#include "util/log.h"

#define CHUNK_BITS 4 /* 16-byte granules */
#define CHUNKS (TARGET_PAGE_SIZE >> CHUNK_BITS)

typedef struct PageDesc {
    uint64_t ppage; /* UINT64_MAX: an empty slot */
    uintptr_t first_tb;
    uint64_t bitmap[CHUNKS / 64];
} PageDesc;

static PageDesc *pages;
static size_t nb_slots, nb_used;

static size_t slot_of(uint64_t ppage)
{
    return (size_t)((ppage >> TARGET_PAGE_BITS) * 0x9e3779b97f4a7c15ull >> 20) & (nb_slots - 1);
}

static PageDesc *page_find(uint64_t paddr)
{
    if (!nb_slots) return NULL;
    uint64_t ppage = paddr & TARGET_PAGE_MASK;
    for (size_t i = slot_of(ppage);; i = (i + 1) & (nb_slots - 1)) {
        if (pages[i].ppage == ppage) return &pages[i];
        if (pages[i].ppage == UINT64_MAX) return NULL;
    }
}

static void table_alloc(size_t slots)
{
    pages = malloc(slots * sizeof(PageDesc));
    if (!pages) fatal("out of memory");
    for (size_t i = 0; i < slots; i++) {
        pages[i].ppage = UINT64_MAX;
        pages[i].first_tb = 0;
        memset(pages[i].bitmap, 0, sizeof(pages[i].bitmap));
    }
    nb_slots = slots;
    nb_used = 0;
}

static PageDesc *page_insert(uint64_t ppage)
{
    if ((nb_used + 1) * 2 > nb_slots) {
        PageDesc *old = pages;
        size_t old_slots = nb_slots;
        table_alloc(old_slots ? old_slots * 2 : 1024);
        for (size_t i = 0; i < old_slots; i++) {
            if (old[i].ppage == UINT64_MAX) continue;
            size_t j = slot_of(old[i].ppage);
            while (pages[j].ppage != UINT64_MAX) j = (j + 1) & (nb_slots - 1);
            pages[j] = old[i];
            nb_used++;
        }
        free(old);
    }
    size_t j = slot_of(ppage);
    while (pages[j].ppage != UINT64_MAX) j = (j + 1) & (nb_slots - 1);
    pages[j].ppage = ppage;
    nb_used++;
    return &pages[j];
}

void tb_page_reset(void)
{
    for (size_t i = 0; i < nb_slots; i++) {
        pages[i].ppage = UINT64_MAX;
        pages[i].first_tb = 0;
        memset(pages[i].bitmap, 0, sizeof(pages[i].bitmap));
    }
    nb_used = 0;
}

/* Called from TLB fills, outside tb_lock: the table may be rehashed by a
 * translating thread meanwhile, so look under the lock. */
bool tb_page_has_code(uint64_t paddr)
{
    tb_lock_acquire();
    bool found = page_find(paddr) != NULL;
    tb_lock_release();
    return found;
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
    if (!nb_slots) table_alloc(1024);
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
        uint64_t end = paddr + len - page < TARGET_PAGE_SIZE ? paddr + len - page : TARGET_PAGE_SIZE;
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
