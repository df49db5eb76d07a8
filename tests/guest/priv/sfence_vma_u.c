/* sfence.vma in U is illegal (2, tval = 0x12000073), as are SRET and MRET
 * in U and MRET in S. */
#include "priv.h"

long sfence_u(void);
long sret_u(void);
long mret_u(void);
long mret_s(void);
extern char sfence_u_insn[], sret_u_insn[], mret_u_insn[], mret_s_insn[];
__asm__(".section .utext, \"ax\"\n"
        "sfence_u:\n"
        "sfence_u_insn: sfence.vma\n"
        "    ret\n"
        "sret_u:\n"
        "sret_u_insn: sret\n"
        "    ret\n"
        "mret_u:\n"
        "mret_u_insn: mret\n"
        "    ret\n"
        ".text\n"
        "mret_s:\n"
        "mret_s_insn: mret\n"
        "    ret\n");

int main(void)
{
    exc_action = TA_SKIP;
    run_u(sfence_u, 0, 0, 0);
    CHECK_TRAP(0, PRV_M, CAUSE_ILLEGAL, sfence_u_insn, 0x12000073);
    CHECK_EQ(traps[0].prev, PRV_U);
    run_u(sret_u, 0, 0, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_ILLEGAL, sret_u_insn, 0x10200073);
    run_u(mret_u, 0, 0, 0);
    CHECK_TRAP(2, PRV_M, CAUSE_ILLEGAL, mret_u_insn, 0x30200073);
    run_s(mret_s, 0, 0, 0);
    CHECK_TRAP(3, PRV_M, CAUSE_ILLEGAL, mret_s_insn, 0x30200073);
    CHECK_EQ(traps[3].prev, PRV_S);
    CHECK_EQ(ntraps, 4);
    return 0;
}
