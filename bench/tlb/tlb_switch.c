/* tlb_rand's random reads and writes, with a switch of page-table root
 * (satp write and sfence.vma) every SWITCH_EVERY accesses: each switch
 * empties the TLB, so the cost is refilling it, a flush per 1000 accesses.
 * The two roots map the data with different virtual page numbers (see
 * tlb.h), so a translation that survived a switch gives a wrong checksum. */
#define TLB_ROOTS 2
#include "tlb.h"

#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 2000000
#endif
#ifndef SWITCH_EVERY
#define SWITCH_EVERY 1000
#endif

int main(void)
{
    uint64_t *d = tlb_data();
    uint64_t words = bench_opaque(TLB_DATA_WORDS);
    uint64_t blocks = bench_opaque(ITERATIONS / SWITCH_EVERY);
    uint64_t every = bench_opaque(SWITCH_EVERY);
    uint64_t x = bench_opaque(0x9e3779b97f4a7c15ull);
    uint64_t h = 0, swizzle = 0;
    int root = 0;

    tlb_fill(d, words);
    for (uint64_t b = 0; b < blocks; b++) {
        for (uint64_t i = 0; i < every; i++) {
            x = tlb_xorshift(x);
            uint64_t idx = ((x >> 20) & (words - 1)) ^ swizzle;
            if (x >> 63)
                d[idx] = x;
            else
                h = bench_mix(h, d[idx]);
        }
        root ^= 1;
        swizzle = tlb_switch(root);
    }
    tlb_switch(0);
    print_result("tlb_switch.switches", blocks);
    print_result("tlb_switch.reads", h);
    print_result("tlb_switch.fold", tlb_fold(d, words));
    return tlb_check_ad();
}
