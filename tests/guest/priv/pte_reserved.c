/* Reserved leaf PTE encodings fault: W without R (with or without X), and
 * (privileged spec 1.12) any reserved bit set: bits 54-60, the PBMT bits
 * 61-62 while menvcfg.PBMTE = 0, the N bit 63 without Svnapot. */
#include "priv.h"

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc();
    write_ret_stub(p, 42);
    uint64_t *pte = vm_pte(&vm, TVA, 0);
    exc_action = TA_AUTO;
    int t = 0;

    static const uint64_t wr[] = {PTE_W, PTE_W | PTE_X};
    for (int i = 0; i < 2; i++) {
        *pte = pte_make((uint64_t)p, PTE_V | PTE_AD | wr[i]);
        sfence_vma();
        CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0x55, 0), 0x55);
        CHECK_TRAP(t++, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA + 8);
        run_s(probe_sd_s, TVA + 16, 1, 0);
        CHECK_TRAP(t++, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, TVA + 16);
        CHECK_EQ(run_s(probe_exec_s, TVA, 0, 0), TVA);
        CHECK_TRAP(t++, PRV_M, CAUSE_FETCH_PAGE, TVA, TVA);
    }
    CHECK_EQ(csr_read(CSR_MENVCFG), 0);
    static const int bits[] = {54, 57, 60, 61, 62, 63};
    for (int i = 0; i < 6; i++) {
        *pte = pte_make((uint64_t)p, PTE_V | PTE_R | PTE_W | PTE_X | PTE_AD) | 1ul << bits[i];
        sfence_vma();
        CHECK_EQ(run_s(probe_ld_s, TVA + 8, 0x55, 0), 0x55);
        CHECK_TRAP(t++, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA + 8);
        CHECK_EQ(run_s(probe_exec_s, TVA, 0, 0), TVA);
        CHECK_TRAP(t++, PRV_M, CAUSE_FETCH_PAGE, TVA, TVA);
    }
    CHECK_EQ(ntraps, (uint64_t)t);
    CHECK_EQ(rd64((uint64_t)p + 16), 0);
    /* The same PTE without the reserved bits works. */
    *pte = pte_make((uint64_t)p, PTE_V | PTE_R | PTE_W | PTE_X | PTE_AD);
    sfence_vma();
    CHECK_EQ(run_s(probe_exec_s, TVA, 0, 0), 42);
    CHECK_EQ(ntraps, (uint64_t)t);
    return 0;
}
