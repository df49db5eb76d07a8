/* Two roots with the same ASID map one page to different pages, and S switches
 * between them with a satp write and sfence.vma each time, as a kernel
 * without ASIDs must. Between switches a PTE of the root not in use is
 * edited: by S through the identity map (once through a store translation
 * made before any walk had read that page table, once through one made
 * after), and by M. After the switch and the fence, the load must see the
 * page the edited tables map (privileged spec, 4.2.1: sfence.vma orders the
 * earlier PTE stores before the later implicit reads of the page tables),
 * and switching back without an edit still sees the unchanged mapping. */
#include "loop.h"

/* A page whose TLB slot (direct-mapped by page number) no page of the
 * image, the devices or the tables shares, so that nothing but a flush
 * evicts a stale translation of it. */
#define VA (TVA + 0xe0000)

static volatile long r[8];

static void use(uint64_t satp)
{
    csr_write(satp, satp);
    sfence_vma();
}

/* pte_a/pte_b: the leaves mapping VA in A and B; new_a/new_b: what to put
 * there. Starts under A, whose tables B's walk has not read yet. */
static long edit_s(uint64_t satp_a, uint64_t satp_b, uint64_t *args)
{
    volatile uint64_t *pte_a = (uint64_t *)args[0], *pte_b = (uint64_t *)args[1];
    r[0] = loop_s(VA, 2);
    /* A store translation of B's leaf table, before anything walked it. */
    *pte_b = *pte_b;
    use(satp_b);
    r[1] = loop_s(VA, 2);
    use(satp_a);
    r[2] = loop_s(VA, 2);
    *pte_b = args[3]; /* B's leaf table, walked since that translation */
    use(satp_b);
    r[3] = loop_s(VA, 2);
    *pte_a = args[2]; /* A's leaf table, through a translation made now */
    use(satp_a);
    r[4] = loop_s(VA, 2);
    use(satp_b);
    r[5] = loop_s(VA, 2);
    return 0;
}

/* Many rounds, A's leaf edited in some (every round for the first 300,
 * then every seventh), each edit followed by fences of the page as a kernel
 * makes them (more fences after edits than switches: an emulator may change
 * how it keeps translations on such a run): the count of loads that saw the
 * wrong page. */
static long churn_s(uint64_t satp_a, uint64_t satp_b, uint64_t *args)
{
    volatile uint64_t *pte_a = (uint64_t *)args[0];
    long wrong = 0, value = (long)args[4];
    for (int i = 0; i < 1000; i++) {
        use(satp_b);
        if (loop_s(VA, 1) != 2) wrong++;
        if (i < 300 || i % 7 == 0) {
            int k = i & 1;
            *pte_a = args[2 + k];
            for (int j = 0; j < 4; j++) sfence_vma_va(VA);
            value = k ? 2 : 3;
        }
        use(satp_a);
        if (loop_s(VA, 1) != value) wrong++;
    }
    return wrong;
}

static long back_to_a_s(uint64_t satp_a, uint64_t satp_b)
{
    use(satp_b);
    use(satp_a);
    return loop_s(VA, 2);
}

int main(void)
{
    struct vm a, b;
    vm_init(&a, SATP_MODE_SV39);
    vm_map_kernel(&a);
    vm_init(&b, SATP_MODE_SV39);
    vm_map_kernel(&b);
    uint8_t *p[5];
    for (int i = 0; i < 5; i++) {
        p[i] = page_alloc();
        wr64((uint64_t)p[i], (uint64_t)i + 1);
    }
    vm_map(&a, VA, (uint64_t)p[0], 0, PTE_R | PTE_W | PTE_AD);
    vm_map(&b, VA, (uint64_t)p[1], 0, PTE_R | PTE_W | PTE_AD);
    uint64_t satp_a = vm_satp(&a, 0), satp_b = vm_satp(&b, 0);
    use(satp_a);

    uint64_t args[4] = {(uint64_t)vm_pte(&a, VA, 0), (uint64_t)vm_pte(&b, VA, 0),
                        pte_make((uint64_t)p[2], PTE_V | PTE_R | PTE_W | PTE_AD),
                        pte_make((uint64_t)p[3], PTE_V | PTE_R | PTE_W | PTE_AD)};
    CHECK_EQ(run_s(edit_s, satp_a, satp_b, (uint64_t)args), 0);
    CHECK_EQ(r[0], 2); /* A: page 0 */
    CHECK_EQ(r[1], 4); /* B: page 1 */
    CHECK_EQ(r[2], 2); /* A again, unchanged */
    CHECK_EQ(r[3], 8); /* B, edited to page 3 */
    CHECK_EQ(r[4], 6); /* A, edited to page 2 */
    CHECK_EQ(r[5], 8); /* B, unchanged since */

    /* Pages 2 and 1 in turn for A, B left at page 1... */
    uint64_t churn[5] = {args[0], 0, pte_make((uint64_t)p[2], PTE_V | PTE_R | PTE_W | PTE_AD),
                         pte_make((uint64_t)p[1], PTE_V | PTE_R | PTE_W | PTE_AD), 3};
    *vm_pte(&b, VA, 0) = pte_make((uint64_t)p[1], PTE_V | PTE_R | PTE_W | PTE_AD);
    *vm_pte(&a, VA, 0) = churn[2];
    CHECK_EQ(run_s(churn_s, satp_a, satp_b, (uint64_t)churn), 0);

    /* M edits A's leaf while B is in use. */
    *vm_pte(&a, VA, 0) = pte_make((uint64_t)p[4], PTE_V | PTE_R | PTE_W | PTE_AD);
    CHECK_EQ(run_s(back_to_a_s, satp_a, satp_b, 0), 10);
    CHECK_EQ(ntraps, 0);
    return 0;
}
