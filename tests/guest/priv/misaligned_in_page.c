/* Misaligned loads and stores inside one page are performed, not trapped
 * (as on QEMU): S mode under Sv39, every width at several misalignments.
 * Expected values are the little-endian bytes seen by M. */
#include "priv.h"

static uint64_t le(const uint8_t *b, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--) v = v << 8 | b[i];
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
    uint8_t *p = page_alloc();
    for (int i = 0; i < 128; i++) p[i] = (uint8_t)(0x10 + 3 * i);
    vm_map(&vm, TVA, (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD);
    sfence_vma();

    for (int off = 1; off < 8; off++) {
        CHECK_EQ(run_s(probe_ld_s, TVA + off, 0, 0), le(p + off, 8));
        CHECK_EQ(run_s(probe_lw_s, TVA + 8 + off, 0, 0), sext(le(p + 8 + off, 4), 4));
        CHECK_EQ(run_s(probe_lh_s, TVA + 16 + off, 0, 0), sext(le(p + 16 + off, 2), 2));
    }
    CHECK_EQ(le(p + 1, 2), 0x1613); /* sanity of le() itself */

    run_s(probe_sd_s, TVA + 0x41, 0x0102030405060708ul, 0);
    run_s(probe_sw_s, TVA + 0x4b, 0xa1a2a3a4, 0);
    run_s(probe_sh_s, TVA + 0x51, 0xb1b2, 0);
    CHECK_EQ(le(p + 0x41, 8), 0x0102030405060708ul);
    CHECK_EQ(le(p + 0x4b, 4), 0xa1a2a3a4);
    CHECK_EQ(le(p + 0x51, 2), 0xb1b2);
    /* Neighbours untouched. */
    CHECK_EQ(p[0x40], (uint8_t)(0x10 + 3 * 0x40));
    CHECK_EQ(p[0x49], (uint8_t)(0x10 + 3 * 0x49));
    CHECK_EQ(p[0x4a], (uint8_t)(0x10 + 3 * 0x4a));
    CHECK_EQ(p[0x4f], (uint8_t)(0x10 + 3 * 0x4f));
    CHECK_EQ(p[0x50], (uint8_t)(0x10 + 3 * 0x50));
    CHECK_EQ(p[0x53], (uint8_t)(0x10 + 3 * 0x53));
    CHECK_EQ(ntraps, 0);
    return 0;
}
