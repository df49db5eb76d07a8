/* Hardware D update: a store through a PTE with A=0, D=0 sets both; a
 * store after a load through the same PTE (the load set A, not D, and
 * left a translation behind) must still set D. */
#include "priv.h"

static long load_then_store(uint64_t va)
{
    long v = probe_ld_s(va, 0, 0);
    probe_sd_s(va + 8, v + 1, 0);
    return v;
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *a = page_alloc(), *b = page_alloc();
    uint64_t *pa = vm_pte(&vm, TVA, 0), *pb = vm_pte(&vm, TVA + PAGE_SIZE, 0);
    *pa = pte_make((uint64_t)a, PTE_V | PTE_R | PTE_W);
    *pb = pte_make((uint64_t)b, PTE_V | PTE_R | PTE_W);
    wr64((uint64_t)b, 5);
    sfence_vma();

    run_s(probe_sd_s, TVA + 0x10, 99, 0);
    CHECK_EQ(*pa, pte_make((uint64_t)a, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D));
    CHECK_EQ(rd64((uint64_t)a + 0x10), 99);

    CHECK_EQ(run_s(probe_ld_s, TVA + PAGE_SIZE, 0, 0), 5);
    CHECK_EQ(*pb, pte_make((uint64_t)b, PTE_V | PTE_R | PTE_W | PTE_A));
    CHECK_EQ(run_s(load_then_store, TVA + PAGE_SIZE, 0, 0), 5);
    CHECK_EQ(*pb, pte_make((uint64_t)b, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D));
    CHECK_EQ(rd64((uint64_t)b + 8), 6);
    /* An AMO is a store. */
    *pa = pte_make((uint64_t)a, PTE_V | PTE_R | PTE_W);
    sfence_vma();
    CHECK_EQ(run_s(probe_amoadd_d_s, TVA + 0x10, 1, 0), 99);
    CHECK_EQ(*pa, pte_make((uint64_t)a, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D));
    CHECK_EQ(ntraps, 0);
    return 0;
}
