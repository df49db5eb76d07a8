/* Two address spaces with different ASIDs map the same virtual page to
 * different physical pages. S switches satp between them with no
 * sfence.vma (both page tables were complete before the last sfence.vma,
 * and no ASID is reused, so none is needed): every load must see the page
 * of the current address space. */
#include "loop.h"

static volatile long r[4];

static long switch_s(uint64_t satp_a, uint64_t satp_b)
{
    r[0] = loop_s(TVA, 10);
    csr_write(satp, satp_b);
    r[1] = loop_s(TVA, 10);
    csr_write(satp, satp_a);
    r[2] = loop_s(TVA, 10);
    csr_write(satp, satp_b);
    r[3] = loop_s(TVA, 10);
    return 0;
}

int main(void)
{
    struct vm a, b;
    vm_init(&a, SATP_MODE_SV39);
    vm_map_kernel(&a);
    vm_init(&b, SATP_MODE_SV39);
    vm_map_kernel(&b);
    uint8_t *pa = page_alloc(), *pb = page_alloc();
    wr64((uint64_t)pa, 1);
    wr64((uint64_t)pb, 2);
    vm_map(&a, TVA, (uint64_t)pa, 0, PTE_R | PTE_W | PTE_AD);
    vm_map(&b, TVA, (uint64_t)pb, 0, PTE_R | PTE_W | PTE_AD);
    uint64_t satp_a = vm_satp(&a, 1), satp_b = vm_satp(&b, 2);
    csr_write(satp, satp_a);
    sfence_vma();
    CHECK_EQ(csr_read(satp), satp_a);

    run_s(switch_s, satp_a, satp_b, 0);
    CHECK_EQ(r[0], 10);
    CHECK_EQ(r[1], 20);
    CHECK_EQ(r[2], 10);
    CHECK_EQ(r[3], 20);
    CHECK_EQ(csr_read(satp), satp_b);
    CHECK_EQ(ntraps, 0);
    return 0;
}
