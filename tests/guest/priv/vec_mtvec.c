/* mtvec in vectored mode (1): exceptions enter at the base, interrupts at
 * base + 4 * cause (MSI slot 3, MTI slot 7), whichever mode they come from. */
#include "illegal.h"

/* S may read the CLINT directly: bare mode, and PMP entry 15 allows it. */
static long spin_s(void)
{
    uint64_t end = mtime() + TIMER_HZ / 5;
    while (ntraps < 4 && mtime() < end) {
    }
    return 0;
}

int main(void)
{
    uint64_t base = (uint64_t)priv_mvec_table;
    csr_write(mtvec, base | 1);
    CHECK_EQ(csr_read(mtvec), base | 1);
    exc_action = TA_SKIP;

    __asm__ volatile("li a7, 0\n ecall" ::: "a7", "memory");
    CHECK_EQ(traps[0].cause, CAUSE_ECALL_M);
    CHECK_EQ(traps[0].vec, 0);
    run_u(ill_u, 0, 0, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_ILLEGAL, ill_u_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[1].vec, 0);

    csr_write(mie, MIP(IRQ_MSI) | MIP(IRQ_MTI));
    csr_set(mstatus, MSTATUS_MIE);
    set_msip(1);
    CHECK(wait_traps(3, TIMER_HZ / 5));
    CHECK_EQ(traps[2].cause, CAUSE_IRQ | IRQ_MSI);
    CHECK_EQ(traps[2].vec, 3);
    csr_clear(mstatus, MSTATUS_MIE);

    set_mtimecmp(mtime() + 1000);
    run_s(spin_s, 0, 0, 0);
    CHECK_EQ(ntraps, 4);
    CHECK_EQ(traps[3].cause, CAUSE_IRQ | IRQ_MTI);
    CHECK_EQ(traps[3].prev, PRV_S);
    CHECK_EQ(traps[3].vec, 7);

    csr_write(mtvec, (uint64_t)priv_mtrap_entry);
    CHECK_EQ(csr_read(mtvec), (uint64_t)priv_mtrap_entry);
    return 0;
}
