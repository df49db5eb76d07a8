/* The machine timer (CLINT mtimecmp, 10 MHz) interrupts a branch-free
 * "1: j 1b", in M (mstatus.MIE = 1) and in S: mepc is the loop's address
 * and the handler leaves through trap_redirect. */
#include "priv.h"

extern char m_loop[], m_after[], s_loop[], s_after[];
long spin_forever_s(void);
__asm__(".text\n"
        "spin_forever_s:\n"
        "s_loop: j s_loop\n"
        "s_after: li a0, 7\n"
        "    ret\n");

static volatile uint64_t early;

/* An interrupt before the loop (a slow emulator may take longer than the
 * 2 ms to get there) re-arms the timer and does not count. */
static int only_in_loop(struct trap_frame *f, int level)
{
    (void)level;
    if (f->epc == (uint64_t)m_loop || f->epc == (uint64_t)s_loop) return TA_DEFAULT;
    early++;
    set_mtimecmp(mtime() + 20000);
    return TA_RESUME;
}

int main(void)
{
    csr_write(mie, MIP(IRQ_MTI));
    irq_action = TA_REDIRECT;
    trap_hook = only_in_loop;

    trap_redirect = (uint64_t)m_after;
    set_mtimecmp(mtime() + 20000);
    csr_set(mstatus, MSTATUS_MIE);
    __asm__ volatile("m_loop: j m_loop\n"
                     "m_after:" ::
                         : "memory");
    csr_clear(mstatus, MSTATUS_MIE);
    uint64_t n = ntraps - 1;
    CHECK_EQ(n, early);
    CHECK_TRAP((int)n, PRV_M, CAUSE_IRQ | IRQ_MTI, m_loop, 0);
    CHECK_EQ(traps[n].prev, PRV_M);
    CHECK(rd64(CLINT_MTIMECMP) == ~0ul);
    traps_reset();
    irq_action = TA_REDIRECT;
    trap_hook = only_in_loop;
    early = 0;

    trap_redirect = (uint64_t)s_after;
    set_mtimecmp(mtime() + 20000);
    CHECK_EQ(run_s(spin_forever_s, 0, 0, 0), 7);
    n = ntraps - 1;
    CHECK_EQ(n, early);
    CHECK_TRAP((int)n, PRV_M, CAUSE_IRQ | IRQ_MTI, s_loop, 0);
    CHECK_EQ(traps[n].prev, PRV_S);
    return 0;
}
