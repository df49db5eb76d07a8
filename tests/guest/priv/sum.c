/* mstatus.SUM: S-mode loads and stores to a U page fault without SUM and
 * work with it, switched by S itself with no sfence.vma; an S-mode fetch
 * from a U page faults with or without SUM. */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul
static volatile long r[8];

static long sum_s(uint64_t data, uint64_t code)
{
    r[0] = probe_ld_s(data, POISON, 0);
    csr_set(sstatus, MSTATUS_SUM);
    r[1] = probe_ld_s(data, POISON, 0);
    probe_sd_s(data + 8, 0x600d, 0);
    csr_clear(sstatus, MSTATUS_SUM);
    probe_sd_s(data + 16, 0xbad, 0);
    r[2] = probe_exec_s(code, 0, 0);
    csr_set(sstatus, MSTATUS_SUM);
    r[3] = probe_exec_s(code, 0, 0);
    r[4] = probe_ld_s(data + 8, POISON, 0);
    csr_clear(sstatus, MSTATUS_SUM);
    return 0;
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *d = page_alloc(), *c = page_alloc();
    wr64((uint64_t)d, 0x1234);
    write_ret_stub(c, 42);
    vm_map(&vm, TVA, (uint64_t)d, 0, PTE_R | PTE_W | PTE_AD | PTE_U);
    vm_map(&vm, TVA + PAGE_SIZE, (uint64_t)c, 0, PTE_R | PTE_X | PTE_A | PTE_U);
    sfence_vma();
    exc_action = TA_AUTO;

    run_s(sum_s, TVA, TVA + PAGE_SIZE, 0);
    CHECK_EQ(r[0], POISON);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA);
    CHECK_EQ(r[1], 0x1234);
    CHECK_TRAP(1, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, TVA + 16);
    CHECK_EQ(r[2], TVA + PAGE_SIZE);
    CHECK_TRAP(2, PRV_M, CAUSE_FETCH_PAGE, TVA + PAGE_SIZE, TVA + PAGE_SIZE);
    CHECK_EQ(r[3], TVA + PAGE_SIZE);
    CHECK_TRAP(3, PRV_M, CAUSE_FETCH_PAGE, TVA + PAGE_SIZE, TVA + PAGE_SIZE);
    CHECK_EQ(r[4], 0x600d);
    CHECK_EQ(ntraps, 4);
    CHECK_EQ(rd64((uint64_t)d + 8), 0x600d);
    CHECK_EQ(rd64((uint64_t)d + 16), 0);
    /* U itself may fetch from that page. */
    CHECK_EQ(run_u(probe_exec_u, TVA + PAGE_SIZE, 0, 0), 42);
    CHECK_EQ(ntraps, 4);
    return 0;
}
