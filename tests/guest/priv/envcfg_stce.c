/* Sstc access control: S may access stimecmp only when menvcfg.STCE = 1
 * and mcounteren.TM = 1 (else illegal, tval = the encoding); U never may;
 * M always may. S may access senvcfg, U may not; menvcfg is M-only. With
 * STCE = 1, mip.STIP is no longer writable by M. */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul
long rd_stimecmp_s(long), wr_stimecmp_s(long), rd_senvcfg_s(long), rd_menvcfg_s(long);
long rd_stimecmp_u(long), rd_senvcfg_u(long);
extern char rd_stimecmp_s_insn[], wr_stimecmp_s_insn[], rd_senvcfg_s_insn[];
extern char rd_menvcfg_s_insn[], rd_stimecmp_u_insn[], rd_senvcfg_u_insn[];
__asm__(".text\n"
        "rd_stimecmp_s:\n"
        "rd_stimecmp_s_insn: csrr a0, 0x14d\n"
        "    ret\n"
        "wr_stimecmp_s:\n"
        "wr_stimecmp_s_insn: csrw 0x14d, a0\n"
        "    ret\n"
        "rd_senvcfg_s:\n"
        "rd_senvcfg_s_insn: csrr a0, 0x10a\n"
        "    ret\n"
        "rd_menvcfg_s:\n"
        "rd_menvcfg_s_insn: csrr a0, 0x30a\n"
        "    ret\n"
        ".section .utext, \"ax\"\n"
        "rd_stimecmp_u:\n"
        "rd_stimecmp_u_insn: csrr a0, 0x14d\n"
        "    ret\n"
        "rd_senvcfg_u:\n"
        "rd_senvcfg_u_insn: csrr a0, 0x10a\n"
        "    ret\n"
        ".text\n");

int main(void)
{
    exc_action = TA_SKIP;
    int t = 0;
    csr_write(CSR_STIMECMP, ~0ul);
    CHECK_EQ(csr_read(CSR_STIMECMP), ~0ul);

    /* STCE = 0, TM = 1. */
    csr_write(CSR_MENVCFG, 0);
    csr_write(mcounteren, 2);
    CHECK_EQ(run_s(rd_stimecmp_s, POISON, 0, 0), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_ILLEGAL, rd_stimecmp_s_insn, 0x14d02573);
    run_s(wr_stimecmp_s, 5, 0, 0);
    CHECK_TRAP(t++, PRV_M, CAUSE_ILLEGAL, wr_stimecmp_s_insn, 0x14d51073);
    /* M drives STIP while STCE = 0. */
    csr_set(mip, MIP(IRQ_STI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_STI), MIP(IRQ_STI));
    csr_clear(mip, MIP(IRQ_STI));

    /* STCE = 1, TM = 0. */
    csr_write(CSR_MENVCFG, MENVCFG_STCE);
    csr_write(mcounteren, 0);
    CHECK_EQ(run_s(rd_stimecmp_s, POISON, 0, 0), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_ILLEGAL, rd_stimecmp_s_insn, 0x14d02573);

    /* STCE = 1, TM = 1: S may read and write it. */
    csr_write(mcounteren, 2);
    run_s(wr_stimecmp_s, 0x123456789ul, 0, 0);
    CHECK_EQ(run_s(rd_stimecmp_s, POISON, 0, 0), 0x123456789ul);
    CHECK_EQ(csr_read(CSR_STIMECMP), 0x123456789ul);
    csr_write(CSR_STIMECMP, ~0ul);
    csr_set(mip, MIP(IRQ_STI));
    CHECK_EQ(csr_read(mip) & MIP(IRQ_STI), 0);
    CHECK_EQ(ntraps, (uint64_t)t);

    /* Never from U. */
    csr_write(scounteren, 2);
    CHECK_EQ(run_u(rd_stimecmp_u, POISON, 0, 0), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_ILLEGAL, rd_stimecmp_u_insn, 0x14d02573);

    /* senvcfg: S yes, U no; menvcfg: not from S. */
    CHECK_EQ(run_s(rd_senvcfg_s, POISON, 0, 0), 0);
    CHECK_EQ(run_u(rd_senvcfg_u, POISON, 0, 0), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_ILLEGAL, rd_senvcfg_u_insn, 0x10a02573);
    CHECK_EQ(run_s(rd_menvcfg_s, POISON, 0, 0), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_ILLEGAL, rd_menvcfg_s_insn, 0x30a02573);
    CHECK_EQ(ntraps, (uint64_t)t);
    return 0;
}
