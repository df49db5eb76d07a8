/* Hardware A/D update (QEMU 7.2 always updates A and D itself; it never
 * raises a page fault for A=0 or D=0): a load or fetch through a PTE with
 * A=0 succeeds and sets A only; the non-leaf PTEs above stay as they were. */
#include "priv.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *d = page_alloc(), *c = page_alloc();
    wr64((uint64_t)d, 77);
    write_ret_stub(c, 42);
    uint64_t *pd = vm_pte(&vm, TVA, 0), *pc = vm_pte(&vm, TVA + PAGE_SIZE, 0);
    *pd = pte_make((uint64_t)d, PTE_V | PTE_R | PTE_W);
    *pc = pte_make((uint64_t)c, PTE_V | PTE_X);
    uint64_t l1 = *vm_pte(&vm, TVA, 1), l2 = *vm_pte(&vm, TVA, 2);
    sfence_vma();

    CHECK_EQ(run_s(probe_ld_s, TVA, 0, 0), 77);
    CHECK_EQ(*pd, pte_make((uint64_t)d, PTE_V | PTE_R | PTE_W | PTE_A));
    CHECK_EQ(run_s(probe_exec_s, TVA + PAGE_SIZE, 0, 0), 42);
    CHECK_EQ(*pc, pte_make((uint64_t)c, PTE_V | PTE_X | PTE_A));
    CHECK_EQ(*vm_pte(&vm, TVA, 1), l1);
    CHECK_EQ(*vm_pte(&vm, TVA, 2), l2);
    CHECK_EQ(ntraps, 0);
    return 0;
}
