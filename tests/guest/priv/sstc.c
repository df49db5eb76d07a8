/* Sstc: with menvcfg.STCE and mcounteren.TM set, S programs stimecmp
 * itself. sip.STIP follows (time >= stimecmp) as soon as stimecmp is
 * written, M cannot set mip.STIP by hand any more, and with STI delegated
 * and sstatus.SIE set S takes the supervisor timer interrupt. */
#include "priv.h"

static volatile uint64_t r[3];

static long sstc_s(void)
{
    csr_write(CSR_STIMECMP, rdtime());
    r[0] = csr_read(sip) & MIP(IRQ_STI);
    csr_write(CSR_STIMECMP, ~0ul);
    r[1] = csr_read(sip) & MIP(IRQ_STI);
    csr_set(sstatus, MSTATUS_SIE);
    uint64_t now = rdtime();
    csr_write(CSR_STIMECMP, now + 20000);
    while (ntraps == 0 && rdtime() < now + TIMER_HZ / 5) {
    }
    r[2] = rdtime() - now;
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

int main(void)
{
    csr_write(CSR_MENVCFG, MENVCFG_STCE);
    CHECK_EQ(csr_read(CSR_MENVCFG) & MENVCFG_STCE, MENVCFG_STCE);
    csr_write(mcounteren, 2);
    csr_write(CSR_STIMECMP, ~0ul);
    csr_write(mideleg, MIP(IRQ_STI));
    csr_write(mie, MIP(IRQ_STI));
    csr_set(mip, MIP(IRQ_STI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_STI), 0);

    run_s(sstc_s, 0, 0, 0);
    CHECK_EQ(r[0], MIP(IRQ_STI));
    CHECK_EQ(r[1], 0);
    CHECK_EQ(ntraps, 1);
    CHECK_EQ(traps[0].level, PRV_S);
    CHECK_EQ(traps[0].cause, CAUSE_IRQ | IRQ_STI);
    CHECK_EQ(traps[0].prev, PRV_S);
    CHECK(r[2] >= 20000);
    CHECK_EQ(csr_read(CSR_STIMECMP), ~0ul);
    CHECK_EQ(csr_read(mip) & MIP(IRQ_STI), 0);
    return 0;
}
