/* Bit manipulation of the kind bitboard engines and hashes do, built with
 * Zbb in the guest so that gcc emits cpop, clz, ctz, rol/ror, andn, orn,
 * xnor, min/max, rev8, sext/zext:
 *   - N-queens counted with bitboards: free squares as a mask, the lowest
 *     one taken with x & -x, masks cleared with andn, the column from ctz;
 *   - knight and queen attack sets on an 8x8 board for random
 *     occupancies: pieces walked with ctz, each queen ray cut at its first
 *     blocker found with ctz or clz, moves counted with popcount;
 *   - a rotate-multiply-xor hash over a buffer, with byte reversal and
 *     min/max folds.
 * Native builds use the same builtins (plain x86-64 code or libgcc calls). */
#include "bench.h"

#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 200
#endif
#define HASH_WORDS 4096

static inline uint64_t rotl(uint64_t x, unsigned r)
{
    return (x << (r & 63)) | (x >> (-r & 63));
}

static inline uint64_t rotr(uint64_t x, unsigned r)
{
    return (x >> (r & 63)) | (x << (-r & 63));
}

/* Solutions of n-queens: cols, and the two diagonals shifted per row. */
static uint64_t queens(uint32_t all, uint32_t cols, uint32_t d1, uint32_t d2, uint64_t *colsum)
{
    if (cols == all) return 1;
    uint64_t count = 0;
    uint32_t avail = all & ~(cols | d1 | d2);
    while (avail) {
        uint32_t bit = avail & -avail;
        avail &= ~bit;
        *colsum += (uint64_t)__builtin_ctz(bit);
        count += queens(all, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, colsum);
    }
    return count;
}

#define FILE_A 0x0101010101010101ull
#define FILE_H 0x8080808080808080ull

static uint64_t knight_attacks(uint64_t n)
{
    uint64_t l1 = (n >> 1) & ~FILE_H, l2 = (n >> 2) & ~(FILE_H | (FILE_H >> 1));
    uint64_t r1 = (n << 1) & ~FILE_A, r2 = (n << 2) & ~(FILE_A | (FILE_A << 1));
    uint64_t h1 = l1 | r1, h2 = l2 | r2;
    return (h1 << 16) | (h1 >> 16) | (h2 << 8) | (h2 >> 8);
}

/* rays[d][sq]: the squares from sq (excluded) to the board's edge in
 * direction d. Directions 0-3 go up the square numbering (north, east,
 * north-east, north-west), 4-7 down it. */
static const int dr[8] = {1, 0, 1, 1, -1, 0, -1, -1};
static const int df[8] = {0, 1, 1, -1, 0, -1, -1, 1};
static uint64_t rays[8][64];

static void make_rays(void)
{
    for (int d = 0; d < 8; d++)
        for (int sq = 0; sq < 64; sq++) {
            uint64_t ray = 0;
            int r = (sq >> 3) + dr[d], f = (sq & 7) + df[d];
            while (r >= 0 && r < 8 && f >= 0 && f < 8) {
                ray |= 1ull << (r * 8 + f);
                r += dr[d];
                f += df[d];
            }
            rays[d][sq] = ray;
        }
}

/* A queen's attacks on sq through the occupancy occ: each ray up to and
 * including its first blocker, the nearest set bit of ray & occ (the lowest
 * one up the numbering, the highest one down it), by cutting off the same
 * direction's ray from the blocker. */
static uint64_t queen_attacks(int sq, uint64_t occ)
{
    uint64_t att = 0;
    for (int d = 0; d < 4; d++) {
        uint64_t ray = rays[d][sq], block = ray & occ;
        att |= block ? ray & ~rays[d][__builtin_ctzll(block)] : ray;
    }
    for (int d = 4; d < 8; d++) {
        uint64_t ray = rays[d][sq], block = ray & occ;
        att |= block ? ray & ~rays[d][63 - __builtin_clzll(block)] : ray;
    }
    return att;
}

static uint64_t xorshift(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

static uint64_t board_pass(uint64_t *seed, int positions)
{
    uint64_t sum = 0;
    for (int p = 0; p < positions; p++) {
        uint64_t occ = xorshift(seed) & xorshift(seed);
        uint64_t mine = occ & xorshift(seed);
        uint64_t theirs = occ & ~mine;
        uint64_t pieces = mine;
        /* Every piece of one side: knight moves and queen rays. */
        while (pieces) {
            int sq = __builtin_ctzll(pieces);
            pieces &= pieces - 1;
            uint64_t k = knight_attacks(1ull << sq) & ~mine;
            uint64_t q = queen_attacks(sq, occ) & ~mine;
            uint64_t caps = (k | q) & theirs;
            sum += (uint64_t)__builtin_popcountll(k) * 3 + (uint64_t)__builtin_popcountll(q);
            sum += caps ? (uint64_t)(63 - __builtin_clzll(caps)) : 64;
            sum ^= rotl(q ^ ~k, (unsigned)sq);
        }
        sum = bench_mix(sum, (uint64_t)__builtin_popcountll(theirs ^ ~mine));
    }
    return sum;
}

static uint64_t words[HASH_WORDS];

static uint64_t hash_pass(uint64_t h, int n)
{
    uint64_t lo = ~0ull, hi = 0;
    for (int i = 0; i < n; i++) {
        uint64_t w = words[i];
        h ^= rotl(w * 0x9fb21c651e98df25ull, 31) ^ ~(h | rotr(w, 17));
        h = rotl(h, 27) * 0xff51afd7ed558ccdull + __builtin_bswap64(w);
        h ^= (uint64_t)__builtin_popcountll(h & ~w) << (w & 7);
        lo = lo < h ? lo : h;
        hi = hi > w ? hi : w;
        words[i] = w ^ (h >> 29) ^ (uint64_t)(int64_t)(int8_t)h ^ (uint16_t)(h >> 16);
    }
    return h ^ lo ^ rotl(hi, 7);
}

int main(void)
{
    int iterations = (int)bench_opaque(ITERATIONS);
    uint32_t nq = (uint32_t)bench_opaque(10);
    uint64_t seed = bench_opaque(0x2545f4914f6cdd1dull);
    uint64_t colsum = 0, solutions = 0, boards = 0, hash = 0;

    make_rays();
    for (int i = 0; i < HASH_WORDS; i++) words[i] = xorshift(&seed);
    for (int it = 0; it < iterations; it++) {
        solutions += queens((1u << nq) - 1, 0, 0, 0, &colsum);
        boards = bench_mix(boards, board_pass(&seed, 2000));
        for (int r = 0; r < 10; r++) hash = bench_mix(hash, hash_pass(hash, HASH_WORDS));
    }
    print_result("bitmanip.queens_solutions", solutions);
    print_result("bitmanip.queens_colsum", colsum);
    print_result("bitmanip.boards", boards);
    print_result("bitmanip.hash", hash);
    return 0;
}
