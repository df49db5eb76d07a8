/* SRET: pc := sepc, privilege := SPP, SIE := SPIE, SPIE := 1, SPP := U.
 * From S with SPP = S it stays in S; with SPP = U it enters U (an ecall
 * there is cause 8). SRET is also legal in M, and (privileged spec 1.12)
 * clears MPRV when it leaves M; QEMU 7.2 keeps MPRV, fixed in QEMU 8.0,
 * hence the CHECK_SPEC at the end. Bare mode, so U may run .text code. */
#include "illegal.h"

static volatile uint64_t after;

static long sret_to_s(void)
{
    csr_clear(sstatus, MSTATUS_SIE);
    csr_set(sstatus, MSTATUS_SPP | MSTATUS_SPIE);
    __asm__ volatile("la t0, 1f\n"
                     "csrw sepc, t0\n"
                     "sret\n"
                     "1:" ::
                         : "t0", "memory");
    after = csr_read(sstatus);
    csr_clear(sstatus, MSTATUS_SIE);
    return 0;
}

/* Returns to its caller in U: ecall there, then back through ra. */
static long sret_to_u(void)
{
    csr_clear(sstatus, MSTATUS_SPP | MSTATUS_SPIE);
    __asm__ volatile("la t0, 1f\n"
                     "csrw sepc, t0\n"
                     "li a7, 0\n"
                     "sret\n"
                     "1: ecall" ::
                         : "t0", "a7", "memory");
    return 3;
}

/* The ecall after an sret from M comes from S: resume in M instead. */
static int back_to_m(struct trap_frame *f, int level)
{
    if (level != PRV_M || f->cause != CAUSE_ECALL_S) return TA_DEFAULT;
    csr_set(mstatus, MSTATUS_MPP_M);
    f->epc += 4;
    return TA_RESUME;
}

int main(void)
{
    exc_action = TA_SKIP;
    run_s(sret_to_s, 0, 0, 0);
    CHECK_EQ(after & MSTATUS_SIE, MSTATUS_SIE);
    CHECK_EQ(after & MSTATUS_SPIE, MSTATUS_SPIE);
    CHECK_EQ(after & MSTATUS_SPP, 0);
    CHECK_EQ(ntraps, 0);

    CHECK_EQ(run_s(sret_to_u, 0, 0, 0), 3);
    CHECK_EQ(ntraps, 1);
    CHECK_EQ(traps[0].cause, CAUSE_ECALL_U);
    CHECK_EQ(traps[0].prev, PRV_U);
    /* SIE := SPIE (0) on the way to U. */
    CHECK_EQ(traps[0].status & MSTATUS_SIE, 0);
    CHECK_EQ(traps[0].status & MSTATUS_SPIE, MSTATUS_SPIE);

    /* From M to S with MPRV set; MPRV is cleared again right after. */
    trap_hook = back_to_m;
    csr_set(mstatus, MSTATUS_SPP);
    __asm__ volatile("li t0, 1 << 17\n"
                     "csrs mstatus, t0\n"
                     "la t1, 1f\n"
                     "csrw sepc, t1\n"
                     "li a7, 0\n"
                     "sret\n"
                     "1: ecall\n"
                     "csrc mstatus, t0" ::
                         : "t0", "t1", "a7", "memory");
    CHECK_EQ(ntraps, 2);
    CHECK_EQ(traps[1].cause, CAUSE_ECALL_S);
    CHECK_EQ(traps[1].prev, PRV_S);
    CHECK_EQ(csr_read(mstatus) & MSTATUS_MPRV, 0);
    CHECK_SPEC("sret-keeps-mprv", traps[1].status & MSTATUS_MPRV, 0, MSTATUS_MPRV);
    return 0;
}
