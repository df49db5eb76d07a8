/* S-mode code loads from a page in a loop many times, then unmaps the page
 * (PTE cleared, sfence.vma of that address) and runs the same loop again:
 * the first load must now take a page fault, however hot its translation. */
#include "loop.h"

static volatile long before;

static long unmap_then_load(uint64_t va, uint64_t *pte)
{
    long sum = 0;
    for (int i = 0; i < 10; i++) sum += loop_s(va, 10);
    before = sum;
    *pte = 0;
    sfence_vma_va(va);
    return loop_s(va, 10);
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc();
    wr64((uint64_t)p + 8, 3);
    vm_map(&vm, TVA, (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD);
    sfence_vma();

    exc_action = TA_ABORT;
    CHECK_EQ(run_s(unmap_then_load, TVA + 8, vm_pte(&vm, TVA, 0), 0), PRIV_ABORTED);
    CHECK_EQ(before, 300);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, loop_s_insn, TVA + 8);
    CHECK_EQ(traps[0].prev, PRV_S);
    CHECK_EQ(ntraps, 1);
    return 0;
}
