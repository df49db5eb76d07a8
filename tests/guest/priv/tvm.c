/* mstatus.TVM: in S, reading or writing satp and executing sfence.vma are
 * illegal (2, tval = the encoding) when TVM = 1 and allowed when TVM = 0;
 * M ignores TVM. */
#include "priv.h"

#define CSRR_A0_SATP 0x18002573u
#define CSRW_SATP_ZERO 0x18001073u
#define SFENCE_VMA 0x12000073u
long satp_rd_s(void);
long satp_wr_s(void);
long sfence_s(void);
extern char satp_rd_s_insn[], satp_wr_s_insn[], sfence_s_insn[];
__asm__(".text\n"
        "satp_rd_s:\n"
        "    li a0, 77\n"
        "satp_rd_s_insn: csrr a0, satp\n"
        "    ret\n"
        "satp_wr_s:\n"
        "satp_wr_s_insn: csrw satp, zero\n"
        "    ret\n"
        "sfence_s:\n"
        "sfence_s_insn: sfence.vma\n"
        "    ret\n");

int main(void)
{
    exc_action = TA_SKIP;
    csr_set(mstatus, MSTATUS_TVM);
    CHECK_EQ(csr_read(mstatus) & MSTATUS_TVM, MSTATUS_TVM);
    CHECK_EQ(run_s(satp_rd_s, 0, 0, 0), 77);
    CHECK_TRAP(0, PRV_M, CAUSE_ILLEGAL, satp_rd_s_insn, CSRR_A0_SATP);
    run_s(satp_wr_s, 0, 0, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_ILLEGAL, satp_wr_s_insn, CSRW_SATP_ZERO);
    run_s(sfence_s, 0, 0, 0);
    CHECK_TRAP(2, PRV_M, CAUSE_ILLEGAL, sfence_s_insn, SFENCE_VMA);
    /* M is not trapped. */
    csr_write(satp, 0);
    sfence_vma();
    CHECK_EQ(csr_read(satp), 0);
    CHECK_EQ(ntraps, 3);

    csr_clear(mstatus, MSTATUS_TVM);
    CHECK_EQ(run_s(satp_rd_s, 0, 0, 0), 0);
    run_s(satp_wr_s, 0, 0, 0);
    run_s(sfence_s, 0, 0, 0);
    CHECK_EQ(ntraps, 3);
    return 0;
}
