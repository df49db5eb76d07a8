/* A pointer chase through one random cycle over 1 Mi cache-line nodes that
 * fill 64 MiB mapped with 4 KiB pages: every step is a dependent load from a
 * random one of 16384 pages, so nothing overlaps, and a TLB that cannot hold
 * them all refills on nearly every step. Building the cycle is itself
 * random accesses over the whole region. */
#include "tlb.h"

#define NODE_BYTES 64
#ifndef ITERATIONS   /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 1 /* laps of the cycle */
#endif

struct node {
    uint64_t next; /* an index while the cycle is built, then an address */
    uint64_t val;
    uint64_t pad[NODE_BYTES / 8 - 2];
};

int main(void)
{
    struct node *nodes = (struct node *)tlb_data();
    uint64_t count = bench_opaque(TLB_DATA_BYTES / NODE_BYTES);
    uint64_t laps = bench_opaque(ITERATIONS);
    uint64_t x = bench_opaque(0x853c49e6748fea9bull);
    uint64_t h = 0;

    for (uint64_t i = 0; i < count; i++) {
        nodes[i].next = i;
        nodes[i].val = i * 0x9e3779b97f4a7c15ull;
    }
    /* Sattolo's shuffle: i -> next[i] is then a single cycle through all. */
    for (uint64_t i = count - 1; i > 0; i--) {
        x = tlb_xorshift(x);
        uint64_t j = (x >> 32) * i >> 32; /* below i: i < 2^32 */
        uint64_t t = nodes[i].next;
        nodes[i].next = nodes[j].next;
        nodes[j].next = t;
    }
    for (uint64_t i = 0; i < count; i++) nodes[i].next = (uint64_t)(uintptr_t)&nodes[nodes[i].next];

    const struct node *n = nodes;
    for (uint64_t s = 0; s < laps * count; s++) {
        h += n->val ^ s;
        n = (const struct node *)(uintptr_t)n->next;
    }
    /* Back at node 0 after whole laps if the cycle is one cycle. */
    print_result("tlb_chase.end", (uint64_t)(n - nodes));
    print_result("tlb_chase.sum", h);
    return tlb_check_ad();
}
