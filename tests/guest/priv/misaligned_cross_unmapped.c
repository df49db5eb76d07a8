/* A misaligned access that crosses from a mapped page into an unmapped or
 * read-only one takes a page fault and writes nothing, not even the bytes
 * on the mapped page; the destination register keeps its value. QEMU 7.2
 * reports stval = the start of the second page (the faulting part) when
 * the second page faults, and the access's own address when the first one
 * does; the spec allows either address for the part that faults. */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc(), *ro = page_alloc();
    for (int i = 0; i < 16; i++) p[PAGE_SIZE - 16 + i] = (uint8_t)(0xe0 + i);
    vm_map(&vm, TVA, (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD);
    sfence_vma();
    uint64_t end = TVA + PAGE_SIZE, tail = rd64((uint64_t)p + PAGE_SIZE - 8);
    exc_action = TA_SKIP;

    CHECK_EQ(run_s(probe_ld_s, end - 3, POISON, 0), POISON);
    CHECK_TRAP(0, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, end);
    CHECK_EQ(run_s(probe_lw_s, end - 2, POISON, 0), POISON);
    CHECK_TRAP(1, PRV_M, CAUSE_LOAD_PAGE, probe_lw_s_insn, end);
    CHECK_EQ(run_s(probe_lh_s, end - 1, POISON, 0), POISON);
    CHECK_TRAP(2, PRV_M, CAUSE_LOAD_PAGE, probe_lh_s_insn, end);
    run_s(probe_sd_s, end - 3, 0x1122334455667788ul, 0);
    CHECK_TRAP(3, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, end);
    run_s(probe_sw_s, end - 1, 0x11223344, 0);
    CHECK_TRAP(4, PRV_M, CAUSE_STORE_PAGE, probe_sw_s_insn, end);
    CHECK_EQ(rd64((uint64_t)p + PAGE_SIZE - 8), tail);

    /* Second page read-only: the store still writes nothing. */
    vm_map(&vm, end, (uint64_t)ro, 0, PTE_R | PTE_AD);
    sfence_vma();
    run_s(probe_sd_s, end - 6, 0x1122334455667788ul, 0);
    CHECK_TRAP(5, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, end);
    CHECK_EQ(rd64((uint64_t)p + PAGE_SIZE - 8), tail);
    CHECK_EQ(rd64((uint64_t)ro), 0);

    /* First page unmapped, second mapped. */
    CHECK_EQ(run_s(probe_ld_s, TVA - 3, POISON, 0), POISON);
    CHECK_TRAP(6, PRV_M, CAUSE_LOAD_PAGE, probe_ld_s_insn, TVA - 3);
    run_s(probe_sd_s, TVA - 2, 0x1122334455667788ul, 0);
    CHECK_TRAP(7, PRV_M, CAUSE_STORE_PAGE, probe_sd_s_insn, TVA - 2);
    CHECK_EQ(rd64((uint64_t)p), 0);
    CHECK_EQ(ntraps, 8);
    return 0;
}
