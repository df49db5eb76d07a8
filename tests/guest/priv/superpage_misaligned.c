/* A superpage leaf whose physical page number is not aligned to its size
 * (PPN[0] != 0 for a megapage, PPN[1] != 0 for a gigapage) is a page fault
 * for loads, stores and fetches alike. */
#include "priv.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint64_t mega = TVA, giga = 0xc0000000ul;
    vm_map(&vm, mega, 0x80201000ul, 1, PTE_R | PTE_W | PTE_X | PTE_AD);
    vm_map(&vm, giga, 0x80200000ul, 2, PTE_R | PTE_W | PTE_X | PTE_AD);
    sfence_vma();
    exc_action = TA_AUTO;

    CHECK_EQ(run_s(probe_ld_s, mega + 0x10, 0x55, 0), 0x55);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, mega + 0x10);
    run_s(probe_sd_s, mega + 0x1000, 1, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, mega + 0x1000);
    CHECK_EQ(run_s(probe_exec_s, mega + 0x20, 0, 0), mega + 0x20);
    CHECK_TRAP(2, PRV_M, CAUSE_FETCH_PAGE, mega + 0x20, mega + 0x20);
    CHECK_EQ(run_s(probe_ld_s, giga + 0x18, 0x55, 0), 0x55);
    CHECK_TRAP(3, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, giga + 0x18);
    run_s(probe_sw_s, giga + 0x200000, 1, 0);
    CHECK_TRAP(4, PRV_M, CAUSE_STORE_PAGE, probe_sw_s_insn, giga + 0x200000);
    CHECK_EQ(ntraps, 5);
    return 0;
}
