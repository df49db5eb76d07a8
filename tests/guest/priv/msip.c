/* The CLINT msip register raises the machine software interrupt: mip.MSIP
 * follows it, the interrupt is taken when mie.MSIE and mstatus.MIE allow
 * (from M) or at once (from S, U), and clearing msip clears mip.MSIP. */
#include "priv.h"

static long spin(void)
{
    for (volatile int i = 0; i < 1000 && ntraps < 3; i++) {
    }
    return 0;
}

int main(void)
{
    set_msip(1);
    CHECK_EQ(rd32(CLINT_MSIP), 1);
    CHECK_EQ(csr_read(mip) & MIP(IRQ_MSI), MIP(IRQ_MSI));
    set_msip(0);
    CHECK_EQ(csr_read(mip) & MIP(IRQ_MSI), 0);

    csr_write(mie, MIP(IRQ_MSI));
    csr_set(mstatus, MSTATUS_MIE);
    set_msip(1);
    CHECK(wait_traps(1, TIMER_HZ / 5));
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK_EQ(traps[0].cause, CAUSE_IRQ | IRQ_MSI);
    CHECK_EQ(traps[0].prev, PRV_M);
    CHECK_EQ(rd32(CLINT_MSIP), 0);

    set_msip(1);
    run_s(spin, 0, 0, 0);
    CHECK_EQ(traps[1].cause, CAUSE_IRQ | IRQ_MSI);
    CHECK_EQ(traps[1].prev, PRV_S);
    set_msip(1);
    run_u(priv_ret_u, 0, 0, 0);
    CHECK_EQ(traps[2].cause, CAUSE_IRQ | IRQ_MSI);
    CHECK_EQ(traps[2].prev, PRV_U);
    CHECK_EQ(traps[2].epc, (uint64_t)priv_ret_u);
    CHECK_EQ(ntraps, 3);
    return 0;
}
