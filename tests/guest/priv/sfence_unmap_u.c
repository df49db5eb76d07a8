/* U-mode code loads from a page in a loop, in ten separate runs; M then
 * unmaps the page (PTE cleared, sfence.vma) and runs it once more: the
 * first load must take a page fault. */
#include "loop.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc();
    wr64((uint64_t)p + 0x10, 5);
    vm_map(&vm, TVA, (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD | PTE_U);
    sfence_vma();

    for (int i = 0; i < 10; i++) CHECK_EQ(run_u(loop_u, TVA + 0x10, 10, 0), 50);
    CHECK_EQ(ntraps, 0);
    *vm_pte(&vm, TVA, 0) = 0;
    sfence_vma_va(TVA);
    exc_action = TA_ABORT;
    CHECK_EQ(run_u(loop_u, TVA + 0x10, 10, 0), PRIV_ABORTED);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, loop_u_insn, TVA + 0x10);
    CHECK_EQ(traps[0].prev, PRV_U);
    CHECK_EQ(ntraps, 1);
    return 0;
}
