/* Page-fault scenarios shared by the pf_*_u.c and pf_*_s.c tests: the
 * probes run in `mode` under Sv39 with every page fault delegated to S, so
 * the expected trap is always taken by the S-mode handler with the exact
 * sepc (the probe's instruction), scause and stval. Every probe preloads its
 * destination register, so a faulting access that was really skipped hands
 * back that preloaded value. */
#ifndef PF_H
#define PF_H

#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul

static struct vm pf_vm;
static uint64_t pf_ntraps;

static inline void pf_setup(void)
{
    vm_setup_sv39(&pf_vm);
    csr_write(medeleg,
              (1ul << CAUSE_FETCH_PAGE) | (1ul << CAUSE_LOAD_PAGE) | (1ul << CAUSE_STORE_PAGE));
    exc_action = TA_AUTO;
}

/* The U bit a page needs to be accessible from `mode` (S never uses SUM here). */
static inline uint64_t pf_ubit(int mode)
{
    return mode == PRV_U ? PTE_U : 0;
}

static inline uint64_t pf_va(int i)
{
    return TVA + (uint64_t)i * PAGE_SIZE;
}

/* Page i of the test window, mapped to a fresh page with `flags` (| V). */
static inline uint8_t *pf_page(int i, uint64_t flags)
{
    uint8_t *p = page_alloc();
    vm_map(&pf_vm, pf_va(i), (uint64_t)p, 0, flags);
    sfence_vma();
    return p;
}

static inline long pf_run(int mode, void *fn, uint64_t a0, long a1, long a2)
{
    return priv_run(mode, fn, (long)a0, a1, a2);
}

/* The next trap must be exactly this one, taken by S from `mode`. */
#define PF_EXPECT(mode, cause, epc, tval)                                                          \
    do {                                                                                           \
        CHECK_TRAP((int)pf_ntraps, PRV_S, (cause), (epc), (tval));                                 \
        CHECK_EQ(traps[pf_ntraps].prev, (mode) == PRV_U ? 0 : 1);                                  \
        pf_ntraps++;                                                                               \
        CHECK_EQ(ntraps, pf_ntraps);                                                               \
    } while (0)

#define PF_NO_TRAP() CHECK_EQ(ntraps, pf_ntraps)

static inline void fill(uint8_t *p, uint8_t seed)
{
    for (unsigned i = 0; i < PAGE_SIZE; i++) p[i] = (uint8_t)(seed + i * 7);
}

static inline bool unchanged(const uint8_t *p, uint8_t seed)
{
    for (unsigned i = 0; i < PAGE_SIZE; i++)
        if (p[i] != (uint8_t)(seed + i * 7)) return false;
    return true;
}

#endif
