/* MRET: pc := mepc, privilege := MPP, MIE := MPIE, MPIE := 1, MPP := U
 * (the least-privileged mode); MPRV is kept when returning to M and
 * cleared when returning to S or U (privileged spec 1.12; QEMU 7.2 keeps
 * it, fixed in QEMU 8.0, hence the CHECK_SPEC at the end). */
#include "illegal.h"

static uint64_t mret_to(uint64_t set, uint64_t clear)
{
    csr_clear(mstatus, clear);
    csr_set(mstatus, set);
    __asm__ volatile("la t0, 1f\n"
                     "csrw mepc, t0\n"
                     "mret\n"
                     "1:" ::
                         : "t0", "memory");
    return csr_read(mstatus);
}

int main(void)
{
    uint64_t m = mret_to(MSTATUS_MPP_M | MSTATUS_MPIE, MSTATUS_MIE);
    CHECK_EQ(m & MSTATUS_MIE, MSTATUS_MIE);
    CHECK_EQ(m & MSTATUS_MPIE, MSTATUS_MPIE);
    CHECK_EQ(m & MSTATUS_MPP, 0);
    csr_clear(mstatus, MSTATUS_MIE);
    m = mret_to(MSTATUS_MPP_M | MSTATUS_MPRV, MSTATUS_MPIE | MSTATUS_MIE);
    CHECK_EQ(m & MSTATUS_MIE, 0);
    CHECK_EQ(m & MSTATUS_MPIE, MSTATUS_MPIE);
    CHECK_EQ(m & MSTATUS_MPRV, MSTATUS_MPRV);
    csr_clear(mstatus, MSTATUS_MPRV);

    /* To S and to U: the ecall after the mret tells the mode. */
    exc_action = TA_SKIP;
    csr_set(mstatus, MSTATUS_MPIE);
    run_s(ecall0_s, 0, 0, 0);
    CHECK_TRAP(0, PRV_M, CAUSE_ECALL_S, ecall0_s_insn, 0);
    CHECK_EQ(traps[0].prev, PRV_S);
    /* At the ecall, MPIE holds the MIE that mret gave S: the old MPIE. */
    CHECK_EQ(traps[0].status & MSTATUS_MPIE, MSTATUS_MPIE);
    csr_clear(mstatus, MSTATUS_MPIE);
    run_u(ecall0_u, 0, 0, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_ECALL_U, ecall0_u_insn, 0);
    CHECK_EQ(traps[1].prev, PRV_U);
    CHECK_EQ(traps[1].status & MSTATUS_MPIE, 0);
    CHECK_EQ(ntraps, 2);

    csr_set(mstatus, MSTATUS_MPRV);
    run_s(ecall0_s, 0, 0, 0);
    uint64_t to_s = traps[2].status & MSTATUS_MPRV;
    csr_set(mstatus, MSTATUS_MPRV);
    run_u(ecall0_u, 0, 0, 0);
    uint64_t to_u = traps[3].status & MSTATUS_MPRV;
    csr_clear(mstatus, MSTATUS_MPRV);
    CHECK_EQ(ntraps, 4);
    CHECK_SPEC("mret-keeps-mprv", to_s, 0, MSTATUS_MPRV);
    CHECK_SPEC("mret-keeps-mprv", to_u, 0, MSTATUS_MPRV);
    return 0;
}
