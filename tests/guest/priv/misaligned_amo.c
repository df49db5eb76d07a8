/* A misaligned AMO raises store/AMO address misaligned (6) with tval = the
 * address, changing neither memory nor rd; a misaligned lr.d raises load
 * address misaligned (4). QEMU 7.2 reports 4 for the AMOs too (its atomic
 * helper checks alignment as for a load; later QEMU reports 6), so the AMO
 * causes are CHECK_SPEC'd at the end. M mode, bare. */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul
static uint64_t buf[4] = {1, 2, 3, 4};

int main(void)
{
    uint64_t a = (uint64_t)buf;
    exc_action = TA_SKIP;
    CHECK_EQ(probe_amoadd_d_s(a + 4, 1, POISON), POISON);
    CHECK_TRAP(0, PRV_M, traps[0].cause, probe_amoadd_d_s_insn, a + 4);
    CHECK_EQ(probe_amoswap_d_s(a + 9, 1, POISON), POISON);
    CHECK_TRAP(1, PRV_M, traps[1].cause, probe_amoswap_d_s_insn, a + 9);
    CHECK_EQ(probe_amoadd_w_s(a + 2, 1, POISON), POISON);
    CHECK_TRAP(2, PRV_M, traps[2].cause, probe_amoadd_w_s_insn, a + 2);
    CHECK_EQ(probe_lr_d_s(a + 12, POISON, 0), POISON);
    CHECK_TRAP(3, PRV_M, CAUSE_LOAD_MISALIGNED, probe_lr_d_s_insn, a + 12);
    CHECK_EQ(ntraps, 4);
    for (int i = 0; i < 4; i++) CHECK_EQ(buf[i], (uint64_t)i + 1);
    /* Aligned, they work. */
    CHECK_EQ(probe_amoadd_d_s(a + 8, 5, POISON), 2);
    CHECK_EQ(buf[1], 7);
    for (int i = 0; i < 3; i++)
        CHECK_SPEC("amo-misaligned-cause", traps[i].cause, CAUSE_STORE_MISALIGNED,
                   CAUSE_LOAD_MISALIGNED);
    return 0;
}
