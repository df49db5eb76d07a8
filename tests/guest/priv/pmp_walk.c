/* PMP checks the page walk's own PTE reads (as S-mode accesses): when a
 * page-table page is not readable, a load, store, fetch or AMO through it
 * takes an access fault of the original access's type (5, 7, 1, 7), with
 * tval = the virtual address. QEMU 7.2 reports 5 for the AMO (its atomic
 * helper probes for read first; later QEMU probes for write). */
#include "priv.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc();
    write_ret_stub(p, 42);
    wr64((uint64_t)p + 8, 0x88);
    vm_map(&vm, TVA, (uint64_t)p, 0, PTE_R | PTE_W | PTE_X | PTE_AD);
    vm_map(&vm, TVA + PAGE_SIZE, (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD | PTE_U);
    uint64_t leaf = (uint64_t)vm_pte(&vm, TVA, 0) & ~(PAGE_SIZE - 1);
    uint64_t mid = (uint64_t)vm_pte(&vm, TVA, 1) & ~(PAGE_SIZE - 1);
    sfence_vma();
    CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0, 0), 0x88);
    exc_action = TA_AUTO;

    pmp_write(0, PMP_NAPOT, pmp_napot(leaf, PAGE_SIZE));
    CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0x55, 0), 0x55);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_ACCESS, probe_ld_s_insn, TVA + 8);
    run_s(probe_sd_s, TVA + 16, 1, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_STORE_ACCESS, probe_sd_s_insn, TVA + 16);
    CHECK_EQ(run_s(probe_exec_s, TVA, 0, 0), TVA);
    CHECK_TRAP(2, PRV_M, CAUSE_FETCH_ACCESS, TVA, TVA);
    CHECK_EQ(run_u(probe_ld_u, TVA + PAGE_SIZE + 8, 0x55, 0), 0x55);
    CHECK_TRAP(3, PRV_M, CAUSE_LOAD_ACCESS, probe_ld_u_insn, TVA + PAGE_SIZE + 8);
    CHECK_EQ(run_s(probe_amoadd_d_s, TVA + 8, 1, 0x55), 0x55);
    CHECK_TRAP(4, PRV_M, traps[4].cause, probe_amoadd_d_s_insn, TVA + 8);
    uint64_t amo_cause = traps[4].cause;
    /* M may still read the table: the entry is not locked. */
    CHECK_EQ(pte_pa(*vm_pte(&vm, TVA, 0)), (uint64_t)p);

    /* The middle level is read by the walk too. */
    pmp_write(0, PMP_NAPOT, pmp_napot(mid, PAGE_SIZE));
    CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0x55, 0), 0x55);
    CHECK_TRAP(5, PRV_M, CAUSE_LOAD_ACCESS, probe_ld_s_insn, TVA + 8);

    pmp_write(0, PMP_OFF, 0);
    CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0, 0), 0x88);
    CHECK_EQ(rd64((uint64_t)p + 8), 0x88);
    CHECK_EQ(ntraps, 6);
    CHECK_SPEC("amo-load-access-fault", amo_cause, CAUSE_STORE_ACCESS, CAUSE_LOAD_ACCESS);
    return 0;
}
