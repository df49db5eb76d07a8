/* Interrupt enables: in M an M-level interrupt needs mstatus.MIE and its
 * mie bit; in S or U M-level interrupts are taken whatever MIE says; a
 * delegated S-level interrupt needs sstatus.SIE in S, is taken in U
 * whatever SIE says, and is never taken in M. */
#include "priv.h"

static void spin(void)
{
    for (volatile int i = 0; i < 1000; i++) {
    }
}

static long spin_s(long sie)
{
    if (sie) csr_set(sstatus, MSTATUS_SIE);
    spin();
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

long spin_u(void);
__asm__(".section .utext, \"ax\"\n"
        "spin_u:\n"
        "    li t0, 2000\n"
        "1:  addi t0, t0, -1\n"
        "    bnez t0, 1b\n"
        "    ret\n"
        ".text\n");

int main(void)
{
    /* M: MIE = 0 holds MSI off; a clear mie bit too. */
    set_msip(1);
    csr_write(mie, MIP(IRQ_MSI));
    spin();
    CHECK_EQ(ntraps, 0);
    csr_write(mie, 0);
    csr_set(mstatus, MSTATUS_MIE);
    spin();
    CHECK_EQ(ntraps, 0);
    csr_write(mie, MIP(IRQ_MSI));
    spin();
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK_EQ(ntraps, 1);
    CHECK_EQ(traps[0].cause, CAUSE_IRQ | IRQ_MSI);

    /* S and U: MIE = 0 does not matter. */
    set_msip(1);
    run_s(spin_s, 0, 0, 0);
    CHECK_EQ(ntraps, 2);
    CHECK_EQ(traps[1].prev, PRV_S);
    set_msip(1);
    run_u(spin_u, 0, 0, 0);
    CHECK_EQ(ntraps, 3);
    CHECK_EQ(traps[2].prev, PRV_U);
    /* ...but a clear mie bit does. */
    csr_write(mie, 0);
    set_msip(1);
    run_s(spin_s, 0, 0, 0);
    CHECK_EQ(ntraps, 3);
    set_msip(0);

    /* Delegated SSI. */
    csr_write(mideleg, MIP(IRQ_SSI));
    csr_write(mie, MIP(IRQ_SSI));
    csr_set(mip, MIP(IRQ_SSI));
    csr_set(mstatus, MSTATUS_MIE | MSTATUS_SIE);
    spin();
    csr_clear(mstatus, MSTATUS_MIE | MSTATUS_SIE);
    CHECK_EQ(ntraps, 3);
    run_s(spin_s, 0, 0, 0);
    CHECK_EQ(ntraps, 3);
    run_s(spin_s, 1, 0, 0);
    CHECK_EQ(ntraps, 4);
    CHECK_EQ(traps[3].level, PRV_S);
    CHECK_EQ(traps[3].prev, PRV_S);
    csr_set(mip, MIP(IRQ_SSI));
    run_u(spin_u, 0, 0, 0);
    CHECK_EQ(ntraps, 5);
    CHECK_EQ(traps[4].level, PRV_S);
    CHECK_EQ(traps[4].prev, PRV_U);
    CHECK_EQ(traps[4].cause, CAUSE_IRQ | IRQ_SSI);
    CHECK_EQ(csr_read(mstatus) & MSTATUS_SIE, 0);
    return 0;
}
