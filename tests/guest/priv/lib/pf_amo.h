/* AMO and LR/SC page faults from `mode` (see pf.h). An AMO always raises a
 * store/AMO page fault (15), never a load page fault, even on a page that
 * is not readable (privileged spec, "AMOs never raise load page-fault
 * exceptions"); QEMU 7.2 raises 13 when the page is not readable because
 * its atomic helper probes for read first (fixed in later QEMU, which
 * probes for write), so those causes are CHECK_SPEC'd at the end. */
#include "pf.h"

static int pf_amo(int mode)
{
    pf_setup();
    uint64_t u = pf_ubit(mode);
    uint64_t swap = PROBE_INSN(probe_amoswap_d, mode), addd = PROBE_INSN(probe_amoadd_d, mode);
    uint64_t addw = PROBE_INSN(probe_amoadd_w, mode), lr = PROBE_INSN(probe_lr_d, mode);
    uint64_t sc = PROBE_INSN(probe_lrsc_d, mode);
    uint64_t spec_cause[3];

    uint8_t *rw = pf_page(1, PTE_R | PTE_W | PTE_AD | u);
    wr64((uint64_t)rw, 40);
    CHECK_EQ(pf_run(mode, PROBE(probe_amoadd_d, mode), pf_va(1), 2, POISON), 40);
    CHECK_EQ(rd64((uint64_t)rw), 42);
    CHECK_EQ(pf_run(mode, PROBE(probe_lrsc_d, mode), pf_va(1), 9, POISON), 0);
    CHECK_EQ(rd64((uint64_t)rw), 9);
    PF_NO_TRAP();

    /* Read-only: every AMO faults with 15 and changes nothing. */
    uint8_t *ro = pf_page(2, PTE_R | PTE_AD | u);
    fill(ro, 0x13);
    CHECK_EQ(pf_run(mode, PROBE(probe_amoswap_d, mode), pf_va(2) + 8, 1, POISON), POISON);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, swap, pf_va(2) + 8);
    CHECK_EQ(pf_run(mode, PROBE(probe_amoadd_d, mode), pf_va(2) + 0x110, 1, POISON), POISON);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, addd, pf_va(2) + 0x110);
    CHECK_EQ(pf_run(mode, PROBE(probe_amoadd_w, mode), pf_va(2) + 0xffc, 1, POISON), POISON);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, addw, pf_va(2) + 0xffc);
    /* lr.d may read it; the sc.d after it faults. */
    CHECK_EQ(pf_run(mode, PROBE(probe_lrsc_d, mode), pf_va(2) + 0x20, 1, POISON), POISON);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sc, pf_va(2) + 0x20);
    CHECK(unchanged(ro, 0x13));

    /* lr.d of an unmapped page: a load page fault. */
    CHECK_EQ(pf_run(mode, PROBE(probe_lr_d, mode), pf_va(0) + 0x30, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, lr, pf_va(0) + 0x30);

    /* Not readable: no PTE, execute-only, wrong U bit. */
    CHECK_EQ(pf_run(mode, PROBE(probe_amoadd_d, mode), pf_va(0) + 0x48, 1, POISON), POISON);
    CHECK_TRAP((int)pf_ntraps, PRV_S, traps[pf_ntraps].cause, addd, pf_va(0) + 0x48);
    spec_cause[0] = traps[pf_ntraps++].cause;
    uint8_t *xo = pf_page(3, PTE_X | PTE_A | u);
    fill(xo, 0x29);
    CHECK_EQ(pf_run(mode, PROBE(probe_amoswap_d, mode), pf_va(3) + 0x50, 1, POISON), POISON);
    CHECK_TRAP((int)pf_ntraps, PRV_S, traps[pf_ntraps].cause, swap, pf_va(3) + 0x50);
    spec_cause[1] = traps[pf_ntraps++].cause;
    CHECK(unchanged(xo, 0x29));
    uint8_t *wu = pf_page(4, PTE_R | PTE_W | PTE_AD | (u ^ PTE_U));
    fill(wu, 0x61);
    CHECK_EQ(pf_run(mode, PROBE(probe_amoadd_w, mode), pf_va(4) + 0x64, 1, POISON), POISON);
    CHECK_TRAP((int)pf_ntraps, PRV_S, traps[pf_ntraps].cause, addw, pf_va(4) + 0x64);
    spec_cause[2] = traps[pf_ntraps++].cause;
    CHECK(unchanged(wu, 0x61));
    CHECK_EQ(ntraps, pf_ntraps);

    for (int i = 0; i < 3; i++)
        CHECK_SPEC("amo-load-page-fault", spec_cause[i], CAUSE_STORE_PAGE, CAUSE_LOAD_PAGE);
    return 0;
}
