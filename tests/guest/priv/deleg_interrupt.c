/* mideleg: a delegated supervisor software interrupt is taken by S (when
 * sstatus.SIE allows), never in M; a non-delegated one is taken by M even
 * from S; an M-level interrupt (MSI) stays in M even if mideleg is
 * written with its bit. */
#include "priv.h"

static long spin_s(long sie)
{
    if (sie) csr_set(sstatus, MSTATUS_SIE);
    for (volatile int i = 0; i < 200; i++) {
    }
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

static long raise_ssi_s(void)
{
    csr_set(sstatus, MSTATUS_SIE);
    csr_set(sip, MIP(IRQ_SSI));
    for (volatile int i = 0; i < 200; i++) {
    }
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

int main(void)
{
    csr_write(mie, MIP(IRQ_SSI) | MIP(IRQ_MSI));
    csr_write(mideleg, MIP(IRQ_SSI));
    CHECK_EQ(csr_read(mideleg) & MIP(IRQ_SSI), MIP(IRQ_SSI));

    /* S raises it itself. */
    run_s(raise_ssi_s, 0, 0, 0);
    CHECK_TRAP(0, PRV_S, CAUSE_IRQ | IRQ_SSI, traps[0].epc, 0);
    CHECK_EQ(traps[0].prev, PRV_S);
    CHECK_EQ(ntraps, 1);
    CHECK_EQ(csr_read(mip) & MIP(IRQ_SSI), 0);

    /* Pending in M with MIE and SIE set: not taken until S runs. */
    csr_set(mstatus, MSTATUS_MIE | MSTATUS_SIE);
    csr_set(mip, MIP(IRQ_SSI));
    for (volatile int i = 0; i < 200; i++) {
    }
    csr_clear(mstatus, MSTATUS_MIE | MSTATUS_SIE);
    CHECK_EQ(ntraps, 1);
    run_s(spin_s, 1, 0, 0);
    CHECK_TRAP(1, PRV_S, CAUSE_IRQ | IRQ_SSI, traps[1].epc, 0);
    CHECK_EQ(ntraps, 2);

    /* Not delegated: M takes it from S even with SIE clear. */
    csr_write(mideleg, 0);
    csr_set(mip, MIP(IRQ_SSI));
    run_s(spin_s, 0, 0, 0);
    CHECK_TRAP(2, PRV_M, CAUSE_IRQ | IRQ_SSI, traps[2].epc, 0);
    CHECK_EQ(traps[2].prev, PRV_S);
    CHECK_EQ(ntraps, 3);

    /* MSI cannot be delegated. */
    csr_write(mideleg, MIP(IRQ_MSI));
    set_msip(1);
    run_s(spin_s, 1, 0, 0);
    CHECK_TRAP(3, PRV_M, CAUSE_IRQ | IRQ_MSI, traps[3].epc, 0);
    CHECK_EQ(traps[3].prev, PRV_S);
    CHECK_EQ(ntraps, 4);
    return 0;
}
