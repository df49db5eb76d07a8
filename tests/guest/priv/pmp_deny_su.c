/* PMP: once some entry is set, an S or U access that matches no entry
 * fails (load 5, store 7, fetch 1, tval = the address), while M, which no
 * entry matches either, may access the same address. */
#include "priv.h"

#define OUTSIDE 0x80400000ul /* RAM, above the image */

int main(void)
{
    pmp_clear_all();
    /* The image, RWX, so that S and U code can run at all. */
    pmp_write(0, PMP_NAPOT | PMP_R | PMP_W | PMP_X, pmp_napot(RAM_BASE, 0x100000));
    CHECK((uint64_t)_end <= RAM_BASE + 0x100000);
    write_ret_stub((void *)OUTSIDE, 42);
    wr64(OUTSIDE + 8, 0x1111);
    exc_action = TA_AUTO;

    for (int mode = PRV_U; mode <= PRV_S; mode++) {
        int t = (int)ntraps;
        CHECK_EQ(priv_run(mode, PROBE(probe_ld, mode), OUTSIDE + 8, 0x77, 0), 0x77);
        CHECK_TRAP(t, PRV_M, CAUSE_LOAD_ACCESS, PROBE_INSN(probe_ld, mode), OUTSIDE + 8);
        CHECK_EQ(traps[t].prev, (uint64_t)mode);
        priv_run(mode, PROBE(probe_sw, mode), OUTSIDE + 0x14, 0x2222, 0);
        CHECK_TRAP(t + 1, PRV_M, CAUSE_STORE_ACCESS, PROBE_INSN(probe_sw, mode), OUTSIDE + 0x14);
        CHECK_EQ(priv_run(mode, PROBE(probe_exec, mode), OUTSIDE, 0, 0), OUTSIDE);
        CHECK_TRAP(t + 2, PRV_M, CAUSE_FETCH_ACCESS, OUTSIDE, OUTSIDE);
        CHECK_EQ(ntraps, (uint64_t)t + 3);
    }
    CHECK_EQ(rd32(OUTSIDE + 0x14), 0);
    /* M: no entry matches, the access succeeds. */
    CHECK_EQ(probe_ld_s(OUTSIDE + 8, 0, 0), 0x1111);
    probe_sw_s(OUTSIDE + 0x14, 0x3333, 0);
    CHECK_EQ(rd32(OUTSIDE + 0x14), 0x3333);
    CHECK_EQ(probe_exec_s(OUTSIDE, 0, 0), 42);
    CHECK_EQ(ntraps, 6);
    return 0;
}
