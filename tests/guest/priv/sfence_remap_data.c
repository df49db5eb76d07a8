/* S-mode code loads from a page in a loop, then points the PTE at another
 * physical page (sfence.vma of that address) and loops again: the loads
 * must now see the new page, not a stale translation. */
#include "loop.h"

static long remap_then_load(uint64_t va, uint64_t *pte, uint64_t new_pte)
{
    long sum = 0;
    for (int i = 0; i < 10; i++) sum += loop_s(va, 10);
    *pte = new_pte;
    sfence_vma_va(va);
    return sum * 1000 + loop_s(va, 10);
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *a = page_alloc(), *b = page_alloc();
    wr64((uint64_t)a + 0x20, 3);
    wr64((uint64_t)b + 0x20, 7);
    vm_map(&vm, TVA, (uint64_t)a, 0, PTE_R | PTE_W | PTE_AD);
    sfence_vma();

    uint64_t new_pte = pte_make((uint64_t)b, PTE_V | PTE_R | PTE_W | PTE_AD);
    CHECK_EQ(run_s(remap_then_load, TVA + 0x20, vm_pte(&vm, TVA, 0), new_pte), 300 * 1000 + 70);
    CHECK_EQ(ntraps, 0);
    return 0;
}
