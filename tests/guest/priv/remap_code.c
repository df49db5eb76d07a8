/* A virtual code page is pointed at another physical page holding other
 * code (no store to any code page, only the PTE changes, then sfence.vma):
 * calling it again through the paths used before - a direct jal from
 * another page, an indirect jalr, and the page's own jump within itself -
 * must run the new code. Then back to the original page. */
#include "priv.h"

long call_direct(void);
extern char remap_page[];
/* remap_page: "j +0x100"; at +0x100 "li a0, 1; ret". call_direct is on
 * another page. */
__asm__(".text\n"
        ".balign 4096\n"
        "remap_page:\n"
        "    j 1f\n"
        "    .balign 256\n"
        "1:  li a0, 1\n"
        "    ret\n"
        "    .balign 4096\n"
        "call_direct:\n"
        "    mv t6, ra\n"
        "    jal ra, remap_page\n"
        "    mv ra, t6\n"
        "    ret\n");

static long (*volatile indirect)(void) = (long (*)(void))remap_page;
static volatile long r[5];

static long remap_s(uint64_t *pte, uint64_t new_pte, uint64_t old_pte)
{
    long sum = 0;
    for (int i = 0; i < 10; i++) sum += call_direct() + indirect();
    r[0] = sum;
    *pte = new_pte;
    sfence_vma_va((uint64_t)remap_page);
    r[1] = call_direct();
    r[2] = indirect();
    *pte = old_pte;
    sfence_vma_va((uint64_t)remap_page);
    r[3] = call_direct();
    r[4] = indirect();
    return 0;
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint32_t *other = page_alloc();
    const uint32_t *orig = (const uint32_t *)remap_page;
    for (unsigned i = 0; i < PAGE_SIZE / 4; i++) other[i] = orig[i];
    write_ret_stub((uint8_t *)other + 0x100, 2);

    uint64_t *pte = vm_pte(&vm, (uint64_t)remap_page, 0);
    uint64_t old_pte = *pte;
    uint64_t new_pte = pte_make((uint64_t)other, PTE_V | PTE_R | PTE_X | PTE_AD);
    run_s(remap_s, pte, new_pte, old_pte);
    CHECK_EQ(r[0], 20);
    CHECK_EQ(r[1], 2);
    CHECK_EQ(r[2], 2);
    CHECK_EQ(r[3], 1);
    CHECK_EQ(r[4], 1);
    CHECK_EQ(ntraps, 0);
    return 0;
}
