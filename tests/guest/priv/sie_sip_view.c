/* sie and sip are views of mie and mip restricted to the interrupts
 * delegated in mideleg: reads show only delegated bits, writes change only
 * delegated bits, sip.SSIP is writable (when delegated) but sip.STIP is
 * not, and M-level bits never show. */
#include "priv.h"

#define S_IRQS (MIP(IRQ_SSI) | MIP(IRQ_STI) | MIP(IRQ_SEI))

static long read_sie_s(void)
{
    return (long)csr_read(sie);
}
static long read_sip_s(void)
{
    return (long)csr_read(sip);
}

int main(void)
{
    csr_write(mie, S_IRQS | MIP(IRQ_MSI) | MIP(IRQ_MTI));
    CHECK_EQ(csr_read(sie), 0);
    csr_write(mideleg, S_IRQS);
    CHECK_EQ(csr_read(mideleg) & S_IRQS, S_IRQS);
    CHECK_EQ(csr_read(sie), S_IRQS);
    CHECK_EQ(run_s(read_sie_s, 0, 0, 0), S_IRQS);
    csr_write(sie, 0);
    CHECK_EQ(csr_read(mie), MIP(IRQ_MSI) | MIP(IRQ_MTI));
    csr_write(sie, ~0ul);
    CHECK_EQ(csr_read(mie), S_IRQS | MIP(IRQ_MSI) | MIP(IRQ_MTI));
    csr_write(mie, 0);
    csr_write(mideleg, MIP(IRQ_SSI));
    csr_write(sie, S_IRQS);
    CHECK_EQ(csr_read(mie), MIP(IRQ_SSI));
    csr_write(mie, 0);

    /* sip */
    csr_write(mideleg, 0);
    csr_set(mip, MIP(IRQ_SSI));
    CHECK_EQ(csr_read(sip), 0);
    csr_write(mideleg, MIP(IRQ_SSI) | MIP(IRQ_STI));
    CHECK_EQ(csr_read(sip) & MIP(IRQ_SSI), MIP(IRQ_SSI));
    CHECK_EQ(run_s(read_sip_s, 0, 0, 0) & MIP(IRQ_SSI), MIP(IRQ_SSI));
    csr_clear(sip, MIP(IRQ_SSI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_SSI), 0);
    csr_set(sip, MIP(IRQ_SSI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_SSI), MIP(IRQ_SSI));
    csr_write(mideleg, 0);
    csr_clear(sip, MIP(IRQ_SSI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_SSI), MIP(IRQ_SSI));
    csr_clear(mip, MIP(IRQ_SSI));

    /* STIP (menvcfg.STCE = 0: M drives it) shows in sip but S cannot clear it. */
    csr_write(mideleg, MIP(IRQ_STI));
    csr_set(mip, MIP(IRQ_STI));
    CHECK_EQ(csr_read(sip) & MIP(IRQ_STI), MIP(IRQ_STI));
    csr_clear(sip, MIP(IRQ_STI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_STI), MIP(IRQ_STI));
    csr_clear(mip, MIP(IRQ_STI));
    CHECK_EQ(csr_read(sip) & MIP(IRQ_STI), 0);

    /* A pending MTI never shows in sip. */
    set_mtimecmp(0);
    while (!(csr_read(mip) & MIP(IRQ_MTI))) {
    }
    CHECK_EQ(csr_read(sip) & MIP(IRQ_MTI), 0);
    set_mtimecmp(~0ul);
    CHECK_EQ(ntraps, 0);
    return 0;
}
