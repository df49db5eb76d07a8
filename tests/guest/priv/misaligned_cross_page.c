/* Misaligned accesses across a page boundary, with both pages mapped, are
 * performed: the two virtual pages map to physical pages in the opposite
 * order and apart, so each part must be translated on its own. Expected
 * values are the little-endian bytes seen by M. */
#include "priv.h"

static uint8_t *lo, *hi;

/* The byte at virtual TVA + PAGE_SIZE + i (i may be negative). */
static uint8_t vbyte(int i)
{
    return i < 0 ? lo[PAGE_SIZE + i] : hi[i];
}

static uint64_t vle(int i, int n)
{
    uint64_t v = 0;
    for (int k = n - 1; k >= 0; k--) v = v << 8 | vbyte(i + k);
    return v;
}

static uint64_t sext(uint64_t v, int n)
{
    return (uint64_t)((int64_t)(v << (64 - 8 * n)) >> (64 - 8 * n));
}

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    hi = page_alloc();
    page_alloc();
    lo = page_alloc();
    for (int i = 0; i < 16; i++) {
        lo[PAGE_SIZE - 16 + i] = (uint8_t)(0xe0 + i);
        hi[i] = (uint8_t)(0x50 + i);
    }
    vm_map(&vm, TVA, (uint64_t)lo, 0, PTE_R | PTE_W | PTE_AD);
    vm_map(&vm, TVA + PAGE_SIZE, (uint64_t)hi, 0, PTE_R | PTE_W | PTE_AD);
    sfence_vma();
    uint64_t end = TVA + PAGE_SIZE;

    CHECK_EQ(vle(-1, 2), 0x50ef); /* sanity of vle() itself */
    for (int k = 1; k < 8; k++) CHECK_EQ(run_s(probe_ld_s, end - k, 0, 0), vle(-k, 8));
    for (int k = 1; k < 4; k++) CHECK_EQ(run_s(probe_lw_s, end - k, 0, 0), sext(vle(-k, 4), 4));
    CHECK_EQ(run_s(probe_lh_s, end - 1, 0, 0), sext(vle(-1, 2), 2));
    CHECK_EQ(run_s(probe_lbu_s, end - 1, 0, 0), 0xef);

    run_s(probe_sd_s, end - 5, 0x1122334455667788ul, 0);
    CHECK_EQ(vle(-5, 8), 0x1122334455667788ul);
    run_s(probe_sw_s, end - 2, 0xa1a2a3a4, 0);
    CHECK_EQ(vle(-2, 4), 0xa1a2a3a4);
    run_s(probe_sh_s, end - 1, 0xb1b2, 0);
    CHECK_EQ(vle(-1, 2), 0xb1b2);
    CHECK_EQ(vle(-6, 1), 0xea);
    CHECK_EQ(vle(3, 1), 0x53);
    CHECK_EQ(ntraps, 0);
    return 0;
}
