/* mstatus.TW: WFI in S is illegal (2, tval = the encoding 0x10500073)
 * when TW = 1 and completes when TW = 0; WFI in U is illegal even with
 * TW = 0 (QEMU's choice; the spec allows it when S exists); M ignores TW. */
#include "priv.h"

#define WFI 0x10500073u
long wfi_s(void);
long wfi_u(void);
extern char wfi_s_insn[], wfi_u_insn[];
__asm__(".text\n"
        "wfi_s:\n"
        "wfi_s_insn: wfi\n"
        "    ret\n"
        ".section .utext, \"ax\"\n"
        "wfi_u:\n"
        "wfi_u_insn: wfi\n"
        "    ret\n"
        ".text\n");

int main(void)
{
    /* Something pending and enabled in mie, but masked (SIE = 0, delegated),
     * so that a WFI that does execute returns at once. */
    csr_write(mideleg, MIP(IRQ_SSI));
    csr_write(mie, MIP(IRQ_SSI));
    csr_set(mip, MIP(IRQ_SSI));
    exc_action = TA_SKIP;

    csr_set(mstatus, MSTATUS_TW);
    CHECK_EQ(csr_read(mstatus) & MSTATUS_TW, MSTATUS_TW);
    run_s(wfi_s, 0, 0, 0);
    CHECK_TRAP(0, PRV_M, CAUSE_ILLEGAL, wfi_s_insn, WFI);
    __asm__ volatile("wfi" ::: "memory");
    CHECK_EQ(ntraps, 1);
    csr_clear(mstatus, MSTATUS_TW);
    run_s(wfi_s, 0, 0, 0);
    CHECK_EQ(ntraps, 1);

    /* U would take that SSI at once, so drop it; a timer 20 ms away keeps a
     * WFI that does sleep from hanging (it would then fail the checks). */
    csr_clear(mip, MIP(IRQ_SSI));
    csr_write(mie, MIP(IRQ_MTI));
    set_mtimecmp(mtime() + 200000);
    run_u(wfi_u, 0, 0, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_ILLEGAL, wfi_u_insn, WFI);
    csr_set(mstatus, MSTATUS_TW);
    run_u(wfi_u, 0, 0, 0);
    CHECK_TRAP(2, PRV_M, CAUSE_ILLEGAL, wfi_u_insn, WFI);
    CHECK_EQ(ntraps, 3);
    set_mtimecmp(~0ul);
    return 0;
}
