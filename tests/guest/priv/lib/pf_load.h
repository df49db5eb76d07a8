/* Load page faults from `mode` (see pf.h): invalid PTE, each width at odd
 * offsets, V=0 with RWX set, an execute-only page, the wrong U bit. */
#include "pf.h"

static int pf_load(int mode)
{
    pf_setup();
    uint64_t u = pf_ubit(mode);
    uint64_t ld = PROBE_INSN(probe_ld, mode), lw = PROBE_INSN(probe_lw, mode);
    uint64_t lh = PROBE_INSN(probe_lh, mode), lb = PROBE_INSN(probe_lb, mode);

    uint8_t *ok = pf_page(1, PTE_R | PTE_W | PTE_AD | u);
    wr64((uint64_t)ok + 8, 0x1122334455667788ul);
    CHECK_EQ(pf_run(mode, PROBE(probe_ld, mode), pf_va(1) + 8, POISON, 0), 0x1122334455667788ul);
    PF_NO_TRAP();

    /* Page 0 has no PTE at all. */
    CHECK_EQ(pf_run(mode, PROBE(probe_ld, mode), pf_va(0) + 0x10, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, ld, pf_va(0) + 0x10);
    CHECK_EQ(pf_run(mode, PROBE(probe_lw, mode), pf_va(0) + 0x124, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, lw, pf_va(0) + 0x124);
    CHECK_EQ(pf_run(mode, PROBE(probe_lh, mode), pf_va(0) + 0xffe, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, lh, pf_va(0) + 0xffe);
    CHECK_EQ(pf_run(mode, PROBE(probe_lb, mode), pf_va(0) + 0x7, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, lb, pf_va(0) + 0x7);

    /* V=0 although R, W, X, A, D are set. */
    pf_page(2, PTE_R | PTE_W | PTE_X | PTE_AD | u);
    *vm_pte(&pf_vm, pf_va(2), 0) &= ~PTE_V;
    sfence_vma();
    CHECK_EQ(pf_run(mode, PROBE(probe_ld, mode), pf_va(2) + 0x40, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, ld, pf_va(2) + 0x40);

    /* Execute-only, MXR clear. */
    pf_page(3, PTE_X | PTE_A | u);
    CHECK_EQ(pf_run(mode, PROBE(probe_ld, mode), pf_va(3), POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, ld, pf_va(3));

    /* U set for S (SUM clear), or clear for U. */
    pf_page(4, PTE_R | PTE_W | PTE_AD | (u ^ PTE_U));
    CHECK_EQ(pf_run(mode, PROBE(probe_lw, mode), pf_va(4) + 0x800, POISON, 0), POISON);
    PF_EXPECT(mode, CAUSE_LOAD_PAGE, lw, pf_va(4) + 0x800);

    /* The good page still works after all that. */
    CHECK_EQ(pf_run(mode, PROBE(probe_lw, mode), pf_va(1) + 8, POISON, 0), 0x55667788);
    PF_NO_TRAP();
    return 0;
}
