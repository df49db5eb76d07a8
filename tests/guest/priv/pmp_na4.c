/* PMP NA4: entry 0 covers exactly 4 bytes at A. With no permissions, S
 * accesses to any of those bytes fail, neighbours work, and an 8-byte load
 * covering A and the 4 bytes before it fails; with R, loads of A work but a
 * doubleword covering it still fails (a partial match fails whatever the
 * permissions). */
#include "priv.h"

static uint8_t buf[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

int main(void)
{
    uint64_t a = (uint64_t)buf + 0x204;
    wr32(a, 0xa4a4a4a4);
    wr32(a - 4, 0x11);
    wr32(a + 4, 0x22);
    pmp_write(0, PMP_NA4, a >> 2);
    CHECK_EQ(pmp_addr(0), a >> 2);
    exc_action = TA_SKIP;

    CHECK_EQ(run_s(probe_lw_s, a, 0x55, 0), 0x55);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_ACCESS, probe_lw_s_insn, a);
    run_s(probe_sw_s, a, 1, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_STORE_ACCESS, probe_sw_s_insn, a);
    CHECK_EQ(run_s(probe_lb_s, a + 3, 0x55, 0), 0x55);
    CHECK_TRAP(2, PRV_M, CAUSE_LOAD_ACCESS, probe_lb_s_insn, a + 3);
    CHECK_EQ(run_s(probe_ld_s, a - 4, 0x55, 0), 0x55);
    CHECK_TRAP(3, PRV_M, CAUSE_LOAD_ACCESS, probe_ld_s_insn, a - 4);
    CHECK_EQ(run_s(probe_lw_s, a - 4, 0, 0), 0x11);
    CHECK_EQ(run_s(probe_lw_s, a + 4, 0, 0), 0x22);
    CHECK_EQ(run_s(probe_ld_s, a + 4, 0, 0), rd64(a + 4));
    CHECK_EQ(ntraps, 4);

    pmp_write(0, PMP_NA4 | PMP_R, a >> 2);
    CHECK_EQ(run_s(probe_lw_s, a, 0, 0), 0xffffffffa4a4a4a4ul);
    CHECK_EQ(run_s(probe_lbu_s, a + 1, 0, 0), 0xa4);
    run_s(probe_sb_s, a + 2, 1, 0);
    CHECK_TRAP(4, PRV_M, CAUSE_STORE_ACCESS, probe_sb_s_insn, a + 2);
    CHECK_EQ(run_s(probe_ld_s, a - 4, 0x55, 0), 0x55);
    CHECK_TRAP(5, PRV_M, CAUSE_LOAD_ACCESS, probe_ld_s_insn, a - 4);
    CHECK_EQ(ntraps, 6);
    CHECK_EQ(rd32(a), 0xa4a4a4a4);
    return 0;
}
