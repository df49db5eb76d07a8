/* An access that faults updates neither A nor D: a store to a read-only
 * page, an S load from a U page without SUM, a fetch from a page without X,
 * a load from a W-less page... each through a PTE with A=0 and D=0. */
#include "priv.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc();
    uint64_t *pte = vm_pte(&vm, TVA, 0);
    exc_action = TA_AUTO;
    static const uint64_t flags[] = {PTE_V | PTE_R, PTE_V | PTE_R | PTE_W | PTE_U,
                                     PTE_V | PTE_R | PTE_W, PTE_V | PTE_X};
    static void *const probes[] = {probe_sd_s, probe_ld_s, probe_exec_s, probe_ld_s};
    static const uint64_t causes[] = {CAUSE_STORE_PAGE, CAUSE_LOAD_PAGE, CAUSE_FETCH_PAGE,
                                      CAUSE_LOAD_PAGE};
    for (int i = 0; i < 4; i++) {
        *pte = pte_make((uint64_t)p, flags[i]);
        sfence_vma();
        run_s(probes[i], TVA + 0x40, 0, 0);
        CHECK_EQ(ntraps, (uint64_t)i + 1);
        CHECK_EQ(traps[i].cause, causes[i]);
        CHECK_EQ(traps[i].tval, TVA + 0x40);
        CHECK_EQ(*pte, pte_make((uint64_t)p, flags[i]));
    }
    return 0;
}
