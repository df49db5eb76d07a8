/* ecall raises 8 from U, 9 from S, 11 from M, with epc at the ecall and tval 0. */
#include "priv.h"

extern char ecall_s_insn[], ecall_u_insn[], ecall_m_insn[];
long ecall_s(void);
long ecall_u(void);
__asm__(".text\n"
        "ecall_s: li a7, 0\n"
        "ecall_s_insn: ecall\n"
        "ret\n"
        ".section .utext, \"ax\"\n"
        "ecall_u: li a7, 0\n"
        "ecall_u_insn: ecall\n"
        "ret\n"
        ".text\n");

int main(void)
{
    exc_action = TA_SKIP;
    CHECK_EQ(run_u(ecall_u, 0, 0, 0), 0);
    CHECK_TRAP(0, PRV_M, CAUSE_ECALL_U, ecall_u_insn, 0);
    CHECK_EQ(traps[0].prev, PRV_U);
    CHECK_EQ(run_s(ecall_s, 0, 0, 0), 0);
    CHECK_TRAP(1, PRV_M, CAUSE_ECALL_S, ecall_s_insn, 0);
    CHECK_EQ(traps[1].prev, PRV_S);
    __asm__ volatile("li a7, 0\n"
                     "ecall_m_insn: ecall" ::
                         : "a7", "memory");
    CHECK_TRAP(2, PRV_M, CAUSE_ECALL_M, ecall_m_insn, 0);
    CHECK_EQ(traps[2].prev, PRV_M);
    CHECK_EQ(ntraps, 3);
    return 0;
}
