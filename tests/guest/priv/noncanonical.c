/* Sv39: an address whose bits 63:39 are not all equal to bit 38 faults
 * (load 13, store 15, fetch 12; tval = the address) even when its low 39
 * bits name a mapped page. */
#include "priv.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc();
    write_ret_stub(p, 42);
    wr64((uint64_t)p + 8, 0x88);
    vm_map(&vm, TVA, (uint64_t)p, 0, PTE_R | PTE_W | PTE_X | PTE_AD);
    sfence_vma();
    CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0, 0), 0x88);
    CHECK_EQ(run_s(probe_exec_s, TVA, 0, 0), 42);
    exc_action = TA_AUTO;

    static const uint64_t bad[] = {TVA | 1ul << 39, TVA | 1ul << 63, TVA | ~0ul << 39};
    for (int i = 0; i < 3; i++) {
        uint64_t va = bad[i];
        int t = 3 * i;
        CHECK_EQ(run_s(probe_ld_s, va + 8, 0x55, 0), 0x55);
        CHECK_TRAP(t, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, va + 8);
        run_s(probe_sd_s, va + 16, 1, 0);
        CHECK_TRAP(t + 1, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, va + 16);
        CHECK_EQ(run_s(probe_exec_s, va, 0, 0), va);
        CHECK_TRAP(t + 2, PRV_M, CAUSE_FETCH_PAGE, va, va);
    }
    CHECK_EQ(ntraps, 9);
    CHECK_EQ(rd64((uint64_t)p + 16), 0);
    return 0;
}
