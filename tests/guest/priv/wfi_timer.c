/* WFI sleeps until the timer: with mstatus.MIE = 0 it returns once
 * mip.MTIP is set (mtime has reached mtimecmp) without a trap; with
 * MIE = 1 the interrupt is taken with mepc = the instruction after the
 * WFI; from S (TW = 0) the same. */
#include "priv.h"

extern char wfi_m[], wfi_m2[];
long wfi_s(void);
extern char wfi_s_insn[];
__asm__(".text\n"
        "wfi_s:\n"
        "wfi_s_insn: wfi\n"
        "    li a0, 5\n"
        "    ret\n");

static volatile int early;

/* A timer that fired before the WFI would make it sleep forever: note it
 * and step over the WFI instead. */
static int not_before_wfi(struct trap_frame *f, int level)
{
    (void)level;
    if (f->epc == (uint64_t)wfi_m2 || f->epc == (uint64_t)wfi_s_insn) {
        early = 1;
        f->epc += 4;
    }
    return TA_DEFAULT;
}

int main(void)
{
    csr_write(mie, MIP(IRQ_MTI));
    uint64_t cmp = mtime() + 1000;
    set_mtimecmp(cmp);
    __asm__ volatile("wfi_m: wfi" ::: "memory");
    CHECK(mtime() >= cmp);
    CHECK(csr_read(mip) & MIP(IRQ_MTI));
    CHECK_EQ(ntraps, 0);

    trap_hook = not_before_wfi;
    set_mtimecmp(mtime() + 300000); /* 30 ms: enough to reach the WFI on a loaded host */
    csr_set(mstatus, MSTATUS_MIE);
    __asm__ volatile("wfi_m2: wfi\n nop" ::: "memory");
    csr_clear(mstatus, MSTATUS_MIE);
    CHECK(!early);
    CHECK_TRAP(0, PRV_M, CAUSE_IRQ | IRQ_MTI, wfi_m2 + 4, 0);

    cmp = mtime() + 300000;
    set_mtimecmp(cmp);
    CHECK_EQ(run_s(wfi_s, 0, 0, 0), 5);
    CHECK(!early);
    CHECK(mtime() >= cmp);
    CHECK_TRAP(1, PRV_M, CAUSE_IRQ | IRQ_MTI, wfi_s_insn + 4, 0);
    CHECK_EQ(traps[1].prev, PRV_S);
    CHECK_EQ(ntraps, 2);
    return 0;
}
