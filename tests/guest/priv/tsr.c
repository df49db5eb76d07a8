/* mstatus.TSR: SRET in S is illegal (2, tval = 0x10200073) when TSR = 1
 * and works when TSR = 0; SRET in M is not affected. */
#include "priv.h"

#define SRET 0x10200073u
long sret_s(void);
extern char sret_s_insn[];
/* sret to the next instruction, staying in S (SPP = S). */
__asm__(".text\n"
        "sret_s:\n"
        "    li t0, 1 << 8\n"
        "    csrs sstatus, t0\n"
        "    la t0, 1f\n"
        "    csrw sepc, t0\n"
        "sret_s_insn: sret\n"
        "    li a0, 9\n"
        "1:  ret\n");

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
    csr_set(mstatus, MSTATUS_TSR);
    CHECK_EQ(csr_read(mstatus) & MSTATUS_TSR, MSTATUS_TSR);
    CHECK_EQ(run_s(sret_s, 0, 0, 0), 9);
    CHECK_TRAP(0, PRV_M, CAUSE_ILLEGAL, sret_s_insn, SRET);
    CHECK_EQ(traps[0].prev, PRV_S);

    /* SRET in M with TSR = 1: it goes to S (SPP = S), where an ecall
     * brings us back. */
    trap_hook = back_to_m;
    csr_set(mstatus, MSTATUS_SPP);
    __asm__ volatile("la t0, 1f\n"
                     "csrw sepc, t0\n"
                     "li a7, 0\n"
                     "sret\n"
                     "1: ecall" ::
                         : "t0", "a7", "memory");
    CHECK_EQ(ntraps, 2);
    CHECK_EQ(traps[1].cause, CAUSE_ECALL_S);
    trap_hook = 0;

    csr_clear(mstatus, MSTATUS_TSR);
    CHECK_EQ(run_s(sret_s, 0, 0, 0), 0);
    CHECK_EQ(ntraps, 2);
    return 0;
}
