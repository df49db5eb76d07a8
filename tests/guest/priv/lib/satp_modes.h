/* One paging mode end to end (satp_sv39.c, satp_sv48.c, satp_sv57.c): the
 * mode is accepted by satp, pages at the bottom, at the top of the lower
 * half and at the bottom of the upper half of the address space translate,
 * an address that is canonical only in a wider mode maps through the extra
 * level(s), and the first non-canonical address faults. */
#include "priv.h"

static int satp_mode_test(uint64_t mode)
{
    int bits = 12 + 9 * ((int)mode - 5);            /* 39, 48, 57 */
    uint64_t top = (1ul << (bits - 1)) - PAGE_SIZE; /* highest page, lower half */
    uint64_t neg = ~0ul << (bits - 1);              /* lowest page, upper half */
    uint64_t noncanon = 1ul << (bits - 1);          /* just above the lower half */
    struct vm vm;
    vm_init(&vm, mode);
    vm_map_kernel(&vm);
    uint64_t vas[4] = {TVA, top, neg, 0};
    int n = 3;
    if (bits > 39) vas[n++] = 1ul << 38 | TVA; /* non-canonical in Sv39 */
    for (int i = 0; i < n; i++) {
        uint8_t *p = page_alloc();
        wr64((uint64_t)p + 8 * i, 0x100 + i);
        vm_map(&vm, vas[i], (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD);
    }
    uint64_t satp = vm_satp(&vm, 0);
    csr_write(satp, satp);
    CHECK_EQ(csr_read(satp), satp);
    sfence_vma();
    exc_action = TA_SKIP;

    for (int i = 0; i < n; i++) CHECK_EQ(run_s(probe_ld_s, vas[i] + 8 * i, 0, 0), 0x100 + i);
    run_s(probe_sd_s, top + 0xff8, 0x7777, 0);
    CHECK_EQ(run_s(probe_ld_s, top + 0xff8, 0, 0), 0x7777);
    CHECK_EQ(ntraps, 0);
    CHECK_EQ(run_s(probe_ld_s, noncanon, 0x55, 0), 0x55);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, noncanon);
    CHECK_EQ(run_s(probe_ld_s, noncanon | TVA, 0x55, 0), 0x55);
    CHECK_TRAP(1, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, noncanon | TVA);
    CHECK_EQ(ntraps, 2);
    return 0;
}
