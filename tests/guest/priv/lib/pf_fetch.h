/* Instruction page faults from `mode` (see pf.h): sepc = stval = the target
 * of the jump, for no PTE, no X, V=0 and the wrong U bit. */
#include "pf.h"

static int pf_fetch(int mode)
{
    pf_setup();
    uint64_t u = pf_ubit(mode);
    void *exec = PROBE(probe_exec, mode);

    uint8_t *code = pf_page(1, PTE_R | PTE_X | PTE_A | u);
    write_ret_stub(code + 0x40, 42);
    CHECK_EQ(pf_run(mode, exec, pf_va(1) + 0x40, 0, 0), 42);
    PF_NO_TRAP();

    /* No PTE: the faulting jalr returns its target (TA_AUTO). */
    CHECK_EQ(pf_run(mode, exec, pf_va(0) + 0x80, 0, 0), pf_va(0) + 0x80);
    PF_EXPECT(mode, CAUSE_FETCH_PAGE, pf_va(0) + 0x80, pf_va(0) + 0x80);

    /* Readable and writable, not executable. */
    uint8_t *nx = pf_page(2, PTE_R | PTE_W | PTE_AD | u);
    write_ret_stub(nx, 43);
    CHECK_EQ(pf_run(mode, exec, pf_va(2), 0, 0), pf_va(2));
    PF_EXPECT(mode, CAUSE_FETCH_PAGE, pf_va(2), pf_va(2));

    /* V=0 with X set. */
    uint8_t *inv = pf_page(3, PTE_R | PTE_X | PTE_A | u);
    write_ret_stub(inv + 0xff8, 44);
    *vm_pte(&pf_vm, pf_va(3), 0) &= ~PTE_V;
    sfence_vma();
    CHECK_EQ(pf_run(mode, exec, pf_va(3) + 0xff8, 0, 0), pf_va(3) + 0xff8);
    PF_EXPECT(mode, CAUSE_FETCH_PAGE, pf_va(3) + 0xff8, pf_va(3) + 0xff8);

    /* The wrong U bit (for S that fault stays even with SUM: see sum.c). */
    uint8_t *wu = pf_page(4, PTE_R | PTE_X | PTE_A | (u ^ PTE_U));
    write_ret_stub(wu + 0x10, 45);
    CHECK_EQ(pf_run(mode, exec, pf_va(4) + 0x10, 0, 0), pf_va(4) + 0x10);
    PF_EXPECT(mode, CAUSE_FETCH_PAGE, pf_va(4) + 0x10, pf_va(4) + 0x10);

    CHECK_EQ(pf_run(mode, exec, pf_va(1) + 0x40, 0, 0), 42);
    PF_NO_TRAP();
    return 0;
}
