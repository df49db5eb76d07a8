/* Linked-list processing in the manner of CoreMark's list kernel: nodes live in
 * one array but are reached only through pointers, so the work is dependent
 * loads, compares and pointer stores. Each iteration builds a list from a new
 * seed, reverses it, looks keys up, merge-sorts it by key and back by index,
 * and removes nodes, folding what it sees into the checksum. */
#include "bench.h"

#define NODES 600
#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 3500
#endif

struct node {
    struct node *next;
    uint32_t key;
    uint32_t idx;
};

static struct node pool[NODES];

/* Links the pool in a seed-dependent order so that next pointers jump around
 * the array instead of walking it linearly. */
static struct node *build(uint32_t n, uint32_t seed) {
    static uint32_t order[NODES];
    for (uint32_t i = 0; i < n; i++)
        order[i] = i;
    for (uint32_t i = n - 1; i > 0; i--) {
        uint32_t j = bench_rand(&seed) % (i + 1);
        uint32_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    struct node *head = NULL;
    for (uint32_t i = n; i-- > 0;) {
        struct node *nd = &pool[order[i]];
        nd->key = (bench_rand(&seed) >> 12) & 0x3ff;
        nd->idx = i;
        nd->next = head;
        head = nd;
    }
    return head;
}

static struct node *reverse(struct node *l) {
    struct node *r = NULL;
    while (l) {
        struct node *next = l->next;
        l->next = r;
        r = l;
        l = next;
    }
    return r;
}

static struct node *find(struct node *l, uint32_t key) {
    while (l && l->key != key)
        l = l->next;
    return l;
}

static int less(const struct node *a, const struct node *b, int by_key) {
    if (by_key) return a->key < b->key || (a->key == b->key && a->idx < b->idx);
    return a->idx < b->idx;
}

/* Bottom-up merge sort on the list itself: no recursion, no extra memory. */
static struct node *sort(struct node *list, int by_key) {
    for (uint32_t width = 1;; width *= 2) {
        struct node *p = list, *tail = NULL;
        uint32_t merges = 0;
        list = NULL;
        while (p) {
            merges++;
            struct node *q = p;
            uint32_t psize = 0, qsize = width;
            while (psize < width && q) {
                psize++;
                q = q->next;
            }
            while (psize > 0 || (qsize > 0 && q)) {
                struct node *e;
                if (psize == 0) {
                    e = q;
                    q = q->next;
                    qsize--;
                } else if (qsize == 0 || !q || !less(q, p, by_key)) {
                    e = p;
                    p = p->next;
                    psize--;
                } else {
                    e = q;
                    q = q->next;
                    qsize--;
                }
                if (tail)
                    tail->next = e;
                else
                    list = e;
                tail = e;
            }
            p = q;
        }
        tail->next = NULL;
        if (merges <= 1) return list;
    }
}

static uint64_t fold(const struct node *l) {
    uint64_t h = 0;
    for (; l; l = l->next)
        h = h * 31 + (l->key ^ ((uint64_t)l->idx << 10));
    return h;
}

/* Unlinks every node whose key has the given low bits; returns the count. */
static uint32_t remove_matching(struct node **head, uint32_t mask, uint32_t bits) {
    uint32_t removed = 0;
    for (struct node **pp = head; *pp;) {
        if (((*pp)->key & mask) == bits) {
            *pp = (*pp)->next;
            removed++;
        } else {
            pp = &(*pp)->next;
        }
    }
    return removed;
}

int main(void) {
    uint32_t iterations = (uint32_t)bench_opaque(ITERATIONS);
    uint32_t n = (uint32_t)bench_opaque(NODES);
    uint64_t sum = 0, found_total = 0, removed_total = 0;

    for (uint32_t it = 0; it < iterations; it++) {
        uint32_t seed = it * 2654435761u + 1;
        struct node *l = build(n, seed);
        sum = bench_mix(sum, fold(l));
        l = reverse(l);
        sum = bench_mix(sum, fold(l));

        for (uint32_t k = 0; k < 32; k++) {
            const struct node *f = find(l, (k * 37 + it) & 0x3ff);
            if (f) {
                found_total++;
                sum = bench_mix(sum, f->idx);
            }
        }

        l = sort(l, 1);
        sum = bench_mix(sum, fold(l));
        removed_total += remove_matching(&l, 7, it & 7);
        l = sort(l, 0);
        sum = bench_mix(sum, fold(l));
    }

    print_result("list.found", found_total);
    print_result("list.removed", removed_total);
    print_result("list.checksum", sum);
    return 0;
}
