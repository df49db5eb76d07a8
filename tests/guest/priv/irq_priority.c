/* Simultaneous interrupts are taken in priority order, each after the one
 * before it is handled: MSI before MTI; an M-level interrupt before a
 * delegated S-level one; SSI before STI in S. For M-level interrupts the
 * spec's order is MEI, MSI, MTI, SEI, SSI, STI, so a non-delegated SSI
 * comes after MTI; QEMU 7.2 without AIA simply takes the lowest-numbered
 * pending interrupt (SSI first), hence the CHECK_SPEC at the end.
 * Setting mstatus.MIE lets both in before the next instruction: the spec
 * has the trap conditions "evaluated immediately following ... an explicit
 * write to a CSR on which these interrupt trap conditions expressly
 * depend", and QEMU does so. */
#include "priv.h"

static long spin_s(void)
{
    csr_set(sstatus, MSTATUS_SIE);
    for (volatile int i = 0; i < 1000; i++) {
    }
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

static long pend_ssi_sti_s(void)
{
    csr_write(CSR_STIMECMP, 0);
    csr_set(sip, MIP(IRQ_SSI));
    return spin_s();
}

/* Pends MSI and MTI with MIE = 0, then lets them in. */
static void pend_msi_mti(void)
{
    set_msip(1);
    set_mtimecmp(0);
    while (!(csr_read(mip) & MIP(IRQ_MTI))) {
    }
}

int main(void)
{
    csr_write(mie, MIP(IRQ_MSI) | MIP(IRQ_MTI) | MIP(IRQ_SSI) | MIP(IRQ_STI));

    pend_msi_mti();
    csr_set(mstatus, MSTATUS_MIE);
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK_EQ(ntraps, 2);
    CHECK_EQ(traps[0].cause, CAUSE_IRQ | IRQ_MSI);
    CHECK_EQ(traps[1].cause, CAUSE_IRQ | IRQ_MTI);

    /* MTI (M) and a delegated SSI, both pending while S runs with SIE. */
    csr_write(mideleg, MIP(IRQ_SSI) | MIP(IRQ_STI));
    csr_set(mip, MIP(IRQ_SSI));
    set_mtimecmp(0);
    while (!(csr_read(mip) & MIP(IRQ_MTI))) {
    }
    run_s(spin_s, 0, 0, 0);
    CHECK_EQ(ntraps, 4);
    CHECK_EQ(traps[2].cause, CAUSE_IRQ | IRQ_MTI);
    CHECK_EQ(traps[2].level, PRV_M);
    CHECK_EQ(traps[3].cause, CAUSE_IRQ | IRQ_SSI);
    CHECK_EQ(traps[3].level, PRV_S);

    /* SSI and STI (Sstc), both delegated, pending together in S. */
    csr_write(CSR_MENVCFG, MENVCFG_STCE);
    csr_write(mcounteren, 2);
    csr_write(CSR_STIMECMP, ~0ul);
    run_s(pend_ssi_sti_s, 0, 0, 0);
    CHECK_EQ(ntraps, 6);
    CHECK_EQ(traps[4].cause, CAUSE_IRQ | IRQ_SSI);
    CHECK_EQ(traps[4].level, PRV_S);
    CHECK_EQ(traps[5].cause, CAUSE_IRQ | IRQ_STI);
    CHECK_EQ(traps[5].level, PRV_S);

    /* MTI and a non-delegated SSI in M. */
    csr_write(mideleg, 0);
    csr_set(mip, MIP(IRQ_SSI));
    set_mtimecmp(0);
    while (!(csr_read(mip) & MIP(IRQ_MTI))) {
    }
    csr_set(mstatus, MSTATUS_MIE);
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK_EQ(ntraps, 8);
    CHECK_EQ(traps[6].level, PRV_M);
    CHECK_EQ(traps[7].level, PRV_M);
    CHECK_EQ(traps[6].cause | traps[7].cause, CAUSE_IRQ | IRQ_MTI | IRQ_SSI);
    CHECK_SPEC("irq-priority-order", traps[6].cause, CAUSE_IRQ | IRQ_MTI, CAUSE_IRQ | IRQ_SSI);
    return 0;
}
