/* Shared part of the TLB benchmarks (the programs in bench/tlb/): a 64 MiB data region,
 * a seeded xorshift, and in the guest build the Sv39 page tables that map
 * the region with 4 KiB pages. bench/run.sh builds these programs only for
 * S-mode (with bench/sv39/crt.S) and for the host, where the region is an
 * ordinary array and the same access pattern runs over it.
 *
 * Guest layout: the region is at virtual 0x40000000 (the second GiB, its own
 * root entry, one level-1 table, 32 level-0 tables) and physical 0x88000000,
 * past the default 128 MiB of RAM, hence `-m 256M`. A program may ask for a
 * second root (TLB_ROOTS 2) that maps the same memory with the virtual page
 * numbers permuted (XOR TLB_SWIZZLE): after a switch, an access through a
 * stale translation reads the wrong page and spoils the checksum. Data PTEs
 * start with A and D clear, so the hardware sets them on first use;
 * tlb_check_ad() checks it did. */
#ifndef RIVET_BENCH_TLB_H
#define RIVET_BENCH_TLB_H

#include "bench.h"

#define TLB_DATA_BYTES (64ull << 20)
#define TLB_DATA_WORDS (TLB_DATA_BYTES / 8)
#define TLB_DATA_PAGES (TLB_DATA_BYTES / 4096)

#ifndef TLB_ROOTS
#define TLB_ROOTS 1
#endif

/* George Marsaglia's xorshift64 (13, 7, 17): the same stream in both builds. */
static inline uint64_t tlb_xorshift(uint64_t x)
{
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
}

#ifdef BENCH_GUEST

#include "sv39.h"

#define TLB_DATA_VA 0x40000000ull
#define TLB_DATA_PA 0x88000000ull
/* Below TLB_DATA_PAGES, so the permutation stays inside the region. */
#define TLB_SWIZZLE 0x1555ull

struct tlb_tables {
    uint64_t root[512];
    uint64_t l1[512];
    uint64_t l0[TLB_DATA_PAGES];
};

static struct tlb_tables tlb_tables[TLB_ROOTS] __attribute__((aligned(4096)));
static uint64_t tlb_satp[TLB_ROOTS];

/* Replaces bench/sv39/pt.c's default; runs in M-mode, translation off. */
uint64_t sv39_page_tables(void)
{
    for (int r = 0; r < TLB_ROOTS; r++) {
        struct tlb_tables *t = &tlb_tables[r];
        uint64_t swizzle = r ? TLB_SWIZZLE : 0;
        sv39_map_base(t->root);
        t->root[TLB_DATA_VA / SV39_GIGAPAGE] = sv39_pte((uintptr_t)t->l1, PTE_V);
        for (uint64_t i = 0; i < TLB_DATA_PAGES / 512; i++)
            t->l1[i] = sv39_pte((uintptr_t)&t->l0[i * 512], PTE_V);
        for (uint64_t p = 0; p < TLB_DATA_PAGES; p++)
            t->l0[p] = sv39_pte(TLB_DATA_PA + (p ^ swizzle) * SV39_PAGE, PTE_V | PTE_R | PTE_W);
        tlb_satp[r] = sv39_satp(t->root, 0);
    }
    return tlb_satp[0];
}

static inline uint64_t *tlb_data(void)
{
    return (uint64_t *)(uintptr_t)TLB_DATA_VA;
}

/* Makes root r current and returns the XOR to apply to a word index so that
 * it reaches, through root r, the word it names through root 0. Both roots
 * use ASID 0, so the fence is what the spec requires after the switch. */
static inline uint64_t tlb_switch(int r)
{
    __asm__ volatile("csrw satp, %0\n\tsfence.vma zero, zero" ::"r"(tlb_satp[r]) : "memory");
    return r ? TLB_SWIZZLE * (SV39_PAGE / 8) : 0;
}

/* Every data page is written by each program through each root, so every
 * data PTE must now have A and D set. The page tables are reached through
 * the identity map of RAM. Returns main's exit code. */
static inline int tlb_check_ad(void)
{
    uint64_t bad = 0;
    for (int r = 0; r < TLB_ROOTS; r++)
        for (uint64_t p = 0; p < TLB_DATA_PAGES; p++) {
            uint64_t pte = *(volatile uint64_t *)&tlb_tables[r].l0[p];
            if ((pte & (PTE_A | PTE_D)) != (PTE_A | PTE_D)) bad++;
        }
    if (!bad) return 0;
    print_result("tlb: data PTEs without A or D set", bad);
    return 3;
}

#else

static uint64_t tlb_native_data[TLB_DATA_WORDS] __attribute__((aligned(4096)));

static inline uint64_t *tlb_data(void)
{
    return tlb_native_data;
}

static inline uint64_t tlb_switch(int r)
{
    (void)r;
    return 0;
}

static inline int tlb_check_ad(void)
{
    return 0;
}

#endif

/* Gives every word of the region a distinct value, writing each page once. */
static inline void tlb_fill(uint64_t *d, uint64_t words)
{
    for (uint64_t i = 0; i < words; i++) d[i] = i * 0x9e3779b97f4a7c15ull;
}

/* Folds the whole region, so that a write no later read saw still counts. */
static inline uint64_t tlb_fold(const uint64_t *d, uint64_t words)
{
    uint64_t s = 0;
    for (uint64_t i = 0; i < words; i++) s = s * 31 + (d[i] ^ i);
    return s;
}

#endif
