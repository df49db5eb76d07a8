/* Store page faults from `mode` (see pf.h): a faulting store writes
 * nothing, whatever its width, and a good store lands where it should. */
#include "pf.h"

static int pf_store(int mode)
{
    pf_setup();
    uint64_t u = pf_ubit(mode);
    uint64_t sd = PROBE_INSN(probe_sd, mode), sw = PROBE_INSN(probe_sw, mode);
    uint64_t sh = PROBE_INSN(probe_sh, mode), sb = PROBE_INSN(probe_sb, mode);

    uint8_t *rw = pf_page(1, PTE_R | PTE_W | PTE_AD | u);
    CHECK_EQ(pf_run(mode, PROBE(probe_sd, mode), pf_va(1) + 16, 0x0123456789abcdeful, 7), 7);
    PF_NO_TRAP();
    CHECK_EQ(rd64((uint64_t)rw + 16), 0x0123456789abcdeful);

    /* No PTE. */
    pf_run(mode, PROBE(probe_sd, mode), pf_va(0) + 0x18, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sd, pf_va(0) + 0x18);

    /* Read-only: nothing may be written, for any width. */
    uint8_t *ro = pf_page(2, PTE_R | PTE_AD | u);
    fill(ro, 0x31);
    pf_run(mode, PROBE(probe_sd, mode), pf_va(2) + 0x100, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sd, pf_va(2) + 0x100);
    pf_run(mode, PROBE(probe_sw, mode), pf_va(2) + 0x204, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sw, pf_va(2) + 0x204);
    pf_run(mode, PROBE(probe_sh, mode), pf_va(2) + 0xffe, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sh, pf_va(2) + 0xffe);
    pf_run(mode, PROBE(probe_sb, mode), pf_va(2) + 0x3, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sb, pf_va(2) + 0x3);
    CHECK(unchanged(ro, 0x31));
    /* Loads from it are fine. */
    CHECK_EQ(pf_run(mode, PROBE(probe_lbu, mode), pf_va(2) + 5, POISON, 0), (uint8_t)(0x31 + 35));
    PF_NO_TRAP();

    /* Execute-only. */
    uint8_t *xo = pf_page(3, PTE_X | PTE_A | u);
    fill(xo, 0x47);
    pf_run(mode, PROBE(probe_sw, mode), pf_va(3) + 0x40, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sw, pf_va(3) + 0x40);
    CHECK(unchanged(xo, 0x47));

    /* The wrong U bit. */
    uint8_t *wu = pf_page(4, PTE_R | PTE_W | PTE_AD | (u ^ PTE_U));
    fill(wu, 0x5a);
    pf_run(mode, PROBE(probe_sd, mode), pf_va(4) + 0x808, POISON, 0);
    PF_EXPECT(mode, CAUSE_STORE_PAGE, sd, pf_va(4) + 0x808);
    CHECK(unchanged(wu, 0x5a));
    return 0;
}
