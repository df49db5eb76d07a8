/* A locked PMP entry binds M too: a read-only locked page lets M load but
 * not store (7) or execute (1); writes to the locked pmpcfg byte and its
 * pmpaddr are ignored, as is pmpaddr[i-1] under a locked TOR entry i.
 * Locks last until reset, so this test ends here. */
#include "priv.h"

/* Pages 0 and 2 are protected; 1 and 3 are not. */
static uint8_t buf[4 * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

int main(void)
{
    uint64_t p = (uint64_t)buf, t = p + 2 * PAGE_SIZE;
    write_ret_stub(buf, 42);
    wr64(p + 8, 0x1234);
    pmp_write(0, PMP_L | PMP_NAPOT | PMP_R, pmp_napot(p, PAGE_SIZE));
    CHECK_EQ(pmp_cfg(0), PMP_L | PMP_NAPOT | PMP_R);
    exc_action = TA_AUTO;

    CHECK_EQ(probe_ld_s(p + 8, 0, 0), 0x1234);
    probe_sd_s(p + 8, 0x5678, 0);
    CHECK_TRAP(0, PRV_M, CAUSE_STORE_ACCESS, probe_sd_s_insn, p + 8);
    CHECK_EQ(rd64(p + 8), 0x1234);
    CHECK_EQ(probe_exec_s(p, 0, 0), p);
    CHECK_TRAP(1, PRV_M, CAUSE_FETCH_ACCESS, p, p);
    CHECK_EQ(ntraps, 2);

    /* The locked entry cannot be changed. */
    pmp_write(0, PMP_NAPOT | PMP_R | PMP_W | PMP_X, pmp_napot(t, PAGE_SIZE));
    CHECK_EQ(pmp_cfg(0), PMP_L | PMP_NAPOT | PMP_R);
    CHECK_EQ(pmp_addr(0), pmp_napot(p, PAGE_SIZE));
    probe_sd_s(p + 8, 0x5678, 0);
    CHECK_TRAP(2, PRV_M, CAUSE_STORE_ACCESS, probe_sd_s_insn, p + 8);

    /* A locked TOR entry 2 also locks pmpaddr1, its base. */
    pmp_write(1, PMP_OFF, t >> 2);
    pmp_write(2, PMP_L | PMP_TOR | PMP_R, (t + PAGE_SIZE) >> 2);
    pmp_write(1, PMP_OFF, (t + 64) >> 2);
    CHECK_EQ(pmp_addr(1), t >> 2);
    CHECK_EQ(pmp_cfg(2), PMP_L | PMP_TOR | PMP_R);
    probe_sw_s(t + 0x10, 1, 0);
    CHECK_TRAP(3, PRV_M, CAUSE_STORE_ACCESS, probe_sw_s_insn, t + 0x10);
    /* Outside both: M unrestricted. */
    probe_sw_s(t + PAGE_SIZE, 1, 0);
    probe_sw_s(t - 4, 1, 0);
    CHECK_EQ(ntraps, 4);
    return 0;
}
