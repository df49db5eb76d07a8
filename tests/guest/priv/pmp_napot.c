/* PMP NAPOT: a 64-byte read-only region, an 8-byte region with no access,
 * an execute-only page, and priority: entry 0 (read-only, 64 bytes) wins
 * over entry 1 (read-write page) around it. S mode, bare. */
#include "priv.h"

static uint8_t buf[2 * PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));

int main(void)
{
    uint64_t b = (uint64_t)buf + 0x400, c = (uint64_t)buf + 0x800;
    uint64_t x = (uint64_t)buf + PAGE_SIZE;
    wr32(b + 60, 0x60);
    write_ret_stub((void *)x, 42);
    wr64(x + 8, 0x88);
    pmp_write(0, PMP_NAPOT | PMP_R, pmp_napot(b, 64));
    CHECK_EQ(pmp_addr(0), (b | 31) >> 2);
    pmp_write(1, PMP_NAPOT, pmp_napot(c, 8));
    CHECK_EQ(pmp_addr(1), c >> 2);
    pmp_write(2, PMP_NAPOT | PMP_X, pmp_napot(x, PAGE_SIZE));
    exc_action = TA_AUTO;

    CHECK_EQ(run_s(probe_lw_s, b + 60, 0, 0), 0x60);
    run_s(probe_sw_s, b + 60, 1, 0);
    CHECK_TRAP(0, PRV_M, CAUSE_STORE_ACCESS, probe_sw_s_insn, b + 60);
    run_s(probe_sd_s, b, 1, 0);
    CHECK_TRAP(1, PRV_M, CAUSE_STORE_ACCESS, probe_sd_s_insn, b);
    run_s(probe_sw_s, b + 64, 0x64, 0);
    run_s(probe_sw_s, b - 4, 0x44, 0);
    CHECK_EQ(ntraps, 2);

    CHECK_EQ(run_s(probe_lw_s, c + 4, 0x55, 0), 0x55);
    CHECK_TRAP(2, PRV_M, CAUSE_LOAD_ACCESS, probe_lw_s_insn, c + 4);
    CHECK_EQ(run_s(probe_lbu_s, c, 0x55, 0), 0x55);
    CHECK_TRAP(3, PRV_M, CAUSE_LOAD_ACCESS, probe_lbu_s_insn, c);
    run_s(probe_sw_s, c + 8, 0x88, 0);
    run_s(probe_sw_s, c - 4, 0x44, 0);
    CHECK_EQ(ntraps, 4);

    CHECK_EQ(run_s(probe_exec_s, x, 0, 0), 42);
    CHECK_EQ(run_s(probe_ld_s, x + 8, 0x55, 0), 0x55);
    CHECK_TRAP(4, PRV_M, CAUSE_LOAD_ACCESS, probe_ld_s_insn, x + 8);
    CHECK_EQ(ntraps, 5);

    /* Priority: entry 1 becomes a read-write NAPOT page around entry 0. */
    pmp_write(1, PMP_NAPOT | PMP_R | PMP_W, pmp_napot((uint64_t)buf, PAGE_SIZE));
    run_s(probe_sw_s, b + 8, 1, 0);
    CHECK_TRAP(5, PRV_M, CAUSE_STORE_ACCESS, probe_sw_s_insn, b + 8);
    run_s(probe_sw_s, c + 4, 0xc4, 0);
    CHECK_EQ(ntraps, 6);
    CHECK_EQ(rd32(b + 64), 0x64);
    CHECK_EQ(rd32(c + 4), 0xc4);
    CHECK_EQ(rd32(b + 60), 0x60);
    return 0;
}
