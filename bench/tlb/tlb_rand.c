/* Random 8-byte reads and writes over 64 MiB mapped with 4 KiB pages. Each
 * access picks one of 16384 pages, more than a small softmmu TLB holds, so
 * the cost is either the refill (the Sv39 walk) on nearly every access or,
 * for a TLB that grows to hold them all, the host's own cache misses. */
#include "tlb.h"

#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 2000000
#endif

int main(void)
{
    uint64_t *d = tlb_data();
    uint64_t words = bench_opaque(TLB_DATA_WORDS);
    uint64_t n = bench_opaque(ITERATIONS);
    uint64_t x = bench_opaque(0x2545f4914f6cdd1dull);
    uint64_t h = 0;

    tlb_fill(d, words);
    for (uint64_t i = 0; i < n; i++) {
        x = tlb_xorshift(x);
        uint64_t idx = (x >> 20) & (words - 1);
        if (x >> 63)
            d[idx] = x;
        else
            h = bench_mix(h, d[idx]);
    }
    print_result("tlb_rand.reads", h);
    print_result("tlb_rand.fold", tlb_fold(d, words));
    return tlb_check_ad();
}
