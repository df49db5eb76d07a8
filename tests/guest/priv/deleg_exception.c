/* medeleg: a delegated exception from U or S goes to S (scause, sepc,
 * stval, SPP), a non-delegated one to M; an exception in M never goes to S
 * whatever medeleg says. */
#include "illegal.h"

extern char ill_m_insn[];

int main(void)
{
    exc_action = TA_SKIP;
    csr_write(medeleg, 1ul << CAUSE_ILLEGAL);
    CHECK_EQ(csr_read(medeleg) & (1ul << CAUSE_ILLEGAL), 1ul << CAUSE_ILLEGAL);

    run_u(ill_u, 0, 0, 0);
    CHECK_TRAP(0, PRV_S, CAUSE_ILLEGAL, ill_u_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[0].prev, PRV_U);
    run_s(ill_s, 0, 0, 0);
    CHECK_TRAP(1, PRV_S, CAUSE_ILLEGAL, ill_s_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[1].prev, PRV_S);
    __asm__ volatile("ill_m_insn: .word 0xc0001073" ::: "memory");
    CHECK_TRAP(2, PRV_M, CAUSE_ILLEGAL, ill_m_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[2].prev, PRV_M);

    /* ecall from U delegated (the library's own return ecall is forwarded). */
    csr_write(medeleg, 1ul << CAUSE_ECALL_U);
    CHECK_EQ(run_u(ecall0_u, 1234, 0, 0), 1234);
    CHECK_TRAP(3, PRV_S, CAUSE_ECALL_U, ecall0_u_insn, 0);
    run_u(ill_u, 0, 0, 0);
    CHECK_TRAP(4, PRV_M, CAUSE_ILLEGAL, ill_u_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[4].prev, PRV_U);

    csr_write(medeleg, 0);
    run_s(ill_s, 0, 0, 0);
    CHECK_TRAP(5, PRV_M, CAUSE_ILLEGAL, ill_s_insn, ILLEGAL_INSN);
    CHECK_EQ(traps[5].prev, PRV_S);
    run_u(ecall0_u, 0, 0, 0);
    CHECK_TRAP(6, PRV_M, CAUSE_ECALL_U, ecall0_u_insn, 0);
    CHECK_EQ(ntraps, 7);
    return 0;
}
