/* Sv39 2 MiB megapage: a level-1 leaf maps TVA .. TVA + 2 MiB to RAM at
 * 0x80200000; loads and stores at offsets across the whole megapage reach
 * the matching physical bytes, and the next 2 MiB stays unmapped. */
#include "priv.h"

#define MEGA 0x200000ul
#define PA 0x80200000ul

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    CHECK((uint64_t)_end <= PA);
    vm_map(&vm, TVA, PA, 1, PTE_R | PTE_W | PTE_AD);
    sfence_vma();
    static const uint64_t offs[] = {0, 0x8, 0xff8, 0x1000, 0x123450, 0x1ff000, MEGA - 8};
    for (unsigned i = 0; i < sizeof offs / sizeof offs[0]; i++) wr64(PA + offs[i], 0xabc0 + i);
    exc_action = TA_SKIP;

    for (unsigned i = 0; i < sizeof offs / sizeof offs[0]; i++)
        CHECK_EQ(run_s(probe_ld_s, TVA + offs[i], 0, 0), 0xabc0 + i);
    run_s(probe_sd_s, TVA + 0x100010, 0x5151, 0);
    CHECK_EQ(rd64(PA + 0x100010), 0x5151);
    CHECK_EQ(ntraps, 0);
    CHECK_EQ(run_s(probe_ld_s, TVA + MEGA, 0x55, 0), 0x55);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA + MEGA);
    CHECK_EQ(ntraps, 1);
    return 0;
}
