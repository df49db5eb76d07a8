/* PMP TOR: entry 1 covers [pmpaddr0 << 2, pmpaddr1 << 2) read-only for S
 * and U (bare mode); the catch-all entry 15 grants the rest. Inside: loads
 * work, stores and fetches fail; just outside both ends everything works;
 * an access straddling either end matches entry 1 only partly and fails. */
#include "priv.h"

static uint8_t buf[PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

int main(void)
{
    uint64_t base = (uint64_t)buf + 0x100, top = (uint64_t)buf + 0x180;
    wr64(base, 0xb0b0);
    wr32(top - 4, 0x7070);
    write_ret_stub(buf + 0x140, 42);
    write_ret_stub(buf + 0x200, 43);
    pmp_write(0, PMP_OFF, base >> 2);
    pmp_write(1, PMP_TOR | PMP_R, top >> 2);
    CHECK_EQ(pmp_cfg(1), PMP_TOR | PMP_R);
    exc_action = TA_AUTO;

    for (int mode = PRV_U; mode <= PRV_S; mode++) {
        int t = (int)ntraps;
        CHECK_EQ(priv_run(mode, PROBE(probe_ld, mode), base, 0, 0), 0xb0b0);
        CHECK_EQ(priv_run(mode, PROBE(probe_lw, mode), top - 4, 0, 0), 0x7070);
        CHECK_EQ((uint64_t)t, ntraps);
        priv_run(mode, PROBE(probe_sd, mode), base, 1, 0);
        CHECK_TRAP(t, PRV_M, CAUSE_STORE_ACCESS, PROBE_INSN(probe_sd, mode), base);
        priv_run(mode, PROBE(probe_sw, mode), top - 4, 1, 0);
        CHECK_TRAP(t + 1, PRV_M, CAUSE_STORE_ACCESS, PROBE_INSN(probe_sw, mode), top - 4);
        CHECK_EQ(priv_run(mode, PROBE(probe_exec, mode), base + 0x40, 0, 0), base + 0x40);
        CHECK_TRAP(t + 2, PRV_M, CAUSE_FETCH_ACCESS, base + 0x40, base + 0x40);
        /* Straddling either end. */
        CHECK_EQ(priv_run(mode, PROBE(probe_ld, mode), top - 4, 0x55, 0), 0x55);
        CHECK_TRAP(t + 3, PRV_M, CAUSE_LOAD_ACCESS, PROBE_INSN(probe_ld, mode), top - 4);
        CHECK_EQ(priv_run(mode, PROBE(probe_ld, mode), base - 4, 0x55, 0), 0x55);
        CHECK_TRAP(t + 4, PRV_M, CAUSE_LOAD_ACCESS, PROBE_INSN(probe_ld, mode), base - 4);
        /* Just outside. */
        priv_run(mode, PROBE(probe_sw, mode), top, 0x1111, 0);
        priv_run(mode, PROBE(probe_sw, mode), base - 4, 0x2222, 0);
        CHECK_EQ(priv_run(mode, PROBE(probe_exec, mode), (uint64_t)buf + 0x200, 0, 0), 43);
        CHECK_EQ(ntraps, (uint64_t)t + 5);
    }
    CHECK_EQ(rd32(top), 0x1111);
    CHECK_EQ(rd32(base - 4), 0x2222);
    CHECK_EQ(rd64(base), 0xb0b0);
    CHECK_EQ(rd32(top - 4), 0x7070);
    /* M is not bound by an unlocked entry. */
    probe_sd_s(base, 3, 0);
    CHECK_EQ(rd64(base), 3);
    CHECK_EQ(ntraps, 10);
    return 0;
}
