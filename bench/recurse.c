/* Call/return-heavy recursion: naive Fibonacci, Ackermann with small
 * arguments, N-queens by backtracking, and recursive walks over a binary tree
 * built recursively. Most of the time goes to call, prologue, epilogue and
 * return, so an emulator that predicts returns poorly (or ends a block at
 * every jalr) shows it here. */
#include "bench.h"

#define FIB_N 24
#define ACK_N 5
#define QUEENS 8
#define TREE_DEPTH 12
#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 300
#endif

#define NOINLINE __attribute__((noinline))

struct tree {
    struct tree *left, *right;
    uint32_t value;
};

static struct tree tree_pool[1u << (TREE_DEPTH + 1)];
static uint32_t tree_used;

static NOINLINE uint64_t fib(uint32_t n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/* The stack is 64 KiB in the guest: ack(3, n) nests about 2^(n+3) deep, so n
 * stays small. */
static NOINLINE uint64_t ack(uint64_t m, uint64_t n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

/* Counts the placements of queens on the remaining rows; cols, diag1 and diag2
 * are bitmasks of attacked squares on the current row. */
static NOINLINE uint64_t queens(uint32_t all, uint32_t cols, uint32_t diag1, uint32_t diag2) {
    if (cols == all) return 1;
    uint64_t count = 0;
    uint32_t free = all & ~(cols | diag1 | diag2);
    while (free) {
        uint32_t bit = free & (0u - free);
        free ^= bit;
        count += queens(all, cols | bit, ((diag1 | bit) << 1) & all, (diag2 | bit) >> 1);
    }
    return count;
}

static NOINLINE struct tree *build(uint32_t depth, uint32_t *seed) {
    struct tree *t = &tree_pool[tree_used++];
    t->value = bench_rand(seed) >> 16;
    /* Ragged: some subtrees stop early, so the shape depends on the seed. */
    if (depth == 0 || (depth < 4 && (bench_rand(seed) & 0x30000) == 0)) {
        t->left = t->right = NULL;
    } else {
        t->left = build(depth - 1, seed);
        t->right = build(depth - 1, seed);
    }
    return t;
}

static NOINLINE uint64_t tree_sum(const struct tree *t) {
    return t ? t->value + tree_sum(t->left) + tree_sum(t->right) : 0;
}

static NOINLINE uint32_t tree_height(const struct tree *t) {
    if (!t) return 0;
    uint32_t l = tree_height(t->left), r = tree_height(t->right);
    return 1 + (l > r ? l : r);
}

static NOINLINE void tree_mirror(struct tree *t) {
    if (!t) return;
    struct tree *l = t->left;
    t->left = t->right;
    t->right = l;
    tree_mirror(t->left);
    tree_mirror(t->right);
}

/* In-order fold: sensitive to the mirroring, unlike the sum. */
static NOINLINE uint64_t tree_fold(const struct tree *t, uint64_t h) {
    if (!t) return h;
    h = tree_fold(t->left, h);
    h = h * 131 + t->value;
    return tree_fold(t->right, h);
}

int main(void) {
    int iterations = (int)bench_opaque(ITERATIONS);
    uint64_t sum = 0;

    for (int it = 0; it < iterations; it++) {
        uint64_t f = fib((uint32_t)bench_opaque(FIB_N + (it & 1)));
        sum = bench_mix(sum, f);
        uint64_t a = ack(bench_opaque(3), bench_opaque(ACK_N)) + ack(2, bench_opaque(100 + it));
        sum = bench_mix(sum, a);
        uint32_t nq = (uint32_t)bench_opaque(QUEENS + (it & 1));
        sum = bench_mix(sum, queens((1u << nq) - 1, 0, 0, 0));

        uint32_t seed = (uint32_t)it * 7919 + 1;
        tree_used = 0;
        struct tree *t = build((uint32_t)bench_opaque(TREE_DEPTH), &seed);
        sum = bench_mix(sum, tree_used);
        sum = bench_mix(sum, tree_sum(t));
        sum = bench_mix(sum, tree_height(t));
        sum = bench_mix(sum, tree_fold(t, 0));
        tree_mirror(t);
        sum = bench_mix(sum, tree_fold(t, 0));
    }

    print_result("recurse.fib", fib((uint32_t)bench_opaque(20)));
    print_result("recurse.ack", ack(bench_opaque(3), bench_opaque(3)));
    print_result("recurse.queens8", queens(0xff, 0, 0, 0));
    print_result("recurse.checksum", sum);
    return 0;
}
