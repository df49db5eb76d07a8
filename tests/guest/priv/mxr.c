/* mstatus.MXR: a load from an execute-only page faults without MXR and
 * works with it, from S (switching sstatus.MXR itself, no sfence.vma) and
 * from U (M setting mstatus.MXR). */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul
static volatile long r[4];

static long mxr_s(uint64_t va)
{
    r[0] = probe_ld_s(va, POISON, 0);
    csr_set(sstatus, MSTATUS_MXR);
    r[1] = probe_ld_s(va, POISON, 0);
    csr_clear(sstatus, MSTATUS_MXR);
    r[2] = probe_ld_s(va, POISON, 0);
    return 0;
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *xs = page_alloc(), *xu = page_alloc();
    wr64((uint64_t)xs + 0x30, 0x5151);
    wr64((uint64_t)xu + 0x38, 0x7171);
    vm_map(&vm, TVA, (uint64_t)xs, 0, PTE_X | PTE_A);
    vm_map(&vm, TVA + PAGE_SIZE, (uint64_t)xu, 0, PTE_X | PTE_A | PTE_U);
    sfence_vma();
    exc_action = TA_SKIP;

    run_s(mxr_s, TVA + 0x30, 0, 0);
    CHECK_EQ(r[0], POISON);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA + 0x30);
    CHECK_EQ(r[1], 0x5151);
    CHECK_EQ(r[2], POISON);
    CHECK_TRAP(1, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA + 0x30);
    CHECK_EQ(ntraps, 2);

    uint64_t u = TVA + PAGE_SIZE + 0x38;
    CHECK_EQ(run_u(probe_ld_u, u, POISON, 0), POISON);
    CHECK_TRAP(2, PRV_M, CAUSE_LOAD_PAGE, probe_ld_u_insn, u);
    csr_set(mstatus, MSTATUS_MXR);
    CHECK_EQ(run_u(probe_ld_u, u, POISON, 0), 0x7171);
    /* MXR makes it readable, not writable. */
    run_u(probe_sd_u, u, 1, 0);
    CHECK_TRAP(3, PRV_M, CAUSE_STORE_PAGE, probe_sd_u_insn, u);
    csr_clear(mstatus, MSTATUS_MXR);
    CHECK_EQ(run_u(probe_ld_u, u, POISON, 0), POISON);
    CHECK_TRAP(4, PRV_M, CAUSE_LOAD_PAGE, probe_ld_u_insn, u);
    CHECK_EQ(ntraps, 5);
    CHECK_EQ(rd64((uint64_t)xu + 0x38), 0x7171);
    return 0;
}
