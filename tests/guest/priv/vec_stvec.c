/* stvec in vectored mode (1): delegated exceptions enter S at the base,
 * delegated interrupts at base + 4 * cause (SSI slot 1, STI slot 5). */
#include "illegal.h"

static long vec_s(void)
{
    ill_s();
    csr_set(sstatus, MSTATUS_SIE);
    csr_set(sip, MIP(IRQ_SSI));
    for (volatile int i = 0; i < 100 && ntraps < 2; i++) {
    }
    csr_write(CSR_STIMECMP, rdtime() + 1000);
    uint64_t end = rdtime() + TIMER_HZ / 5;
    while (ntraps < 3 && rdtime() < end) {
    }
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

int main(void)
{
    uint64_t base = (uint64_t)priv_svec_table;
    csr_write(stvec, base | 1);
    CHECK_EQ(csr_read(stvec), base | 1);
    csr_write(medeleg, 1ul << CAUSE_ILLEGAL);
    csr_write(mideleg, MIP(IRQ_SSI) | MIP(IRQ_STI));
    csr_write(mie, MIP(IRQ_SSI) | MIP(IRQ_STI));
    csr_write(CSR_MENVCFG, MENVCFG_STCE);
    csr_write(mcounteren, 2);
    csr_write(CSR_STIMECMP, ~0ul);
    exc_action = TA_SKIP;

    run_s(vec_s, 0, 0, 0);
    CHECK_TRAP(0, PRV_S, CAUSE_ILLEGAL, ill_s_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[0].vec, 0);
    CHECK_EQ(traps[1].level, PRV_S);
    CHECK_EQ(traps[1].cause, CAUSE_IRQ | IRQ_SSI);
    CHECK_EQ(traps[1].vec, 1);
    CHECK_EQ(traps[2].level, PRV_S);
    CHECK_EQ(traps[2].cause, CAUSE_IRQ | IRQ_STI);
    CHECK_EQ(traps[2].vec, 5);
    CHECK_EQ(ntraps, 3);
    run_u(ill_u, 0, 0, 0);
    CHECK_TRAP(3, PRV_S, CAUSE_ILLEGAL, ill_u_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[3].vec, 0);
    CHECK_EQ(traps[3].prev, PRV_U);
    return 0;
}
