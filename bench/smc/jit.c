/* A guest JIT: it writes small RV64I functions into a code buffer in RAM,
 * runs fence.i as RISC-V requires before executing stores as code, and calls
 * them through a function pointer. Each function computes an expression of
 * its argument with immediates (and a shift amount, and a 32-bit constant
 * built by lui + addiw) drawn afresh for every function written, so a stale
 * translation computes the wrong value.
 *
 * The buffer is one 4 KiB page of 64-byte slots, each slot in 16-byte chunks
 * of its own (a function is 13 instructions, 52 bytes):
 *   - slot SCRATCH is rewritten on every iteration and called once: the cost
 *     of a write over translated code, its invalidation and a translation;
 *   - slots 0..POOL-1 are a pool called round-robin, POOL_CALLS calls per
 *     iteration, and one of them is rewritten every REWRITE_EVERY
 *     iterations: each function runs POOL_CALLS * REWRITE_EVERY times before
 *     it is replaced, so most calls run hot code on a page that is being
 *     written all the time.
 * Every call's result is checked against the same expression computed in C;
 * a mismatch is counted, printed and makes the program exit 1. */
#include "bench.h"

#ifndef BENCH_GUEST
#error "bench/smc programs are RV64 guests only"
#endif

#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 36000
#endif
#define POOL 16
#define SCRATCH POOL
#define SLOT_WORDS 16
#define REWRITE_EVERY 4
#define POOL_CALLS 8

enum { RA = 1, A0 = 10, A1 = 11, A2 = 12, A3 = 13 };

typedef struct {
    int32_t k1, k2, k3; /* 12-bit signed immediates */
    uint32_t s1, s2;    /* shift amounts, 0..63 and 1..63 */
    int32_t c;          /* loaded with lui + addiw */
} Params;

typedef uint64_t (*JitFn)(uint64_t);

/* A page of its own: no other data of the program shares it, so the only
 * stores to it are the JIT's. */
static uint32_t code_buf[4096 / 4] __attribute__((aligned(4096)));

static uint32_t enc_i(uint32_t opcode, uint32_t f3, int rd, int rs1, int32_t imm)
{
    return ((uint32_t)imm & 0xfff) << 20 | (uint32_t)rs1 << 15 | f3 << 12 | (uint32_t)rd << 7 |
           opcode;
}

static uint32_t enc_r(uint32_t f7, uint32_t f3, int rd, int rs1, int rs2)
{
    return f7 << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 | f3 << 12 | (uint32_t)rd << 7 |
           0x33;
}

static uint32_t enc_b(uint32_t f3, int rs1, int rs2, int32_t off)
{
    uint32_t o = (uint32_t)off;
    return (o >> 12 & 1) << 31 | (o >> 5 & 0x3f) << 25 | (uint32_t)rs2 << 20 | (uint32_t)rs1 << 15 |
           f3 << 12 | (o >> 1 & 0xf) << 8 | (o >> 11 & 1) << 7 | 0x63;
}

static int32_t sext12(uint32_t v)
{
    return (int32_t)(v << 20) >> 20;
}

/* Writes one function into slot, word by word as a JIT's emitter does. */
static void emit(int slot, const Params *p)
{
    volatile uint32_t *w = &code_buf[slot * SLOT_WORDS];
    int32_t lo = sext12((uint32_t)p->c);
    uint32_t hi = ((uint32_t)p->c - (uint32_t)lo) >> 12;
    w[0] = enc_i(0x13, 0, A1, A0, p->k1);          /* addi  a1, a0, k1 */
    w[1] = enc_i(0x13, 1, A2, A1, (int32_t)p->s1); /* slli  a2, a1, s1 */
    w[2] = enc_r(0x00, 4, A0, A0, A2);             /* xor   a0, a0, a2 */
    w[3] = enc_i(0x13, 5, A2, A0, (int32_t)p->s2); /* srli  a2, a0, s2 */
    w[4] = enc_r(0x00, 0, A0, A0, A2);             /* add   a0, a0, a2 */
    w[5] = hi << 12 | (uint32_t)A3 << 7 | 0x37;    /* lui   a3, hi */
    w[6] = enc_i(0x1b, 0, A3, A3, lo);             /* addiw a3, a3, lo */
    w[7] = enc_r(0x00, 4, A0, A0, A3);             /* xor   a0, a0, a3 */
    w[8] = enc_b(7, A0, A3, 8);                    /* bgeu  a0, a3, 1f */
    w[9] = enc_i(0x13, 0, A0, A0, p->k2);          /* addi  a0, a0, k2 */
    w[10] = enc_i(0x13, 7, A2, A0, p->k3);         /* 1: andi a2, a0, k3 */
    w[11] = enc_r(0x20, 0, A0, A0, A2);            /* sub   a0, a0, a2 */
    w[12] = enc_i(0x67, 0, 0, RA, 0);              /* jalr  zero, 0(ra) */
}

/* What the emitted code computes, for the check. */
static uint64_t reference(const Params *p, uint64_t x)
{
    uint64_t a0 = x ^ ((x + (uint64_t)(int64_t)p->k1) << p->s1);
    a0 += a0 >> p->s2;
    uint64_t a3 = (uint64_t)(int64_t)p->c;
    a0 ^= a3;
    if (a0 < a3) a0 += (uint64_t)(int64_t)p->k2;
    return a0 - (a0 & (uint64_t)(int64_t)p->k3);
}

static Params draw(uint32_t *seed)
{
    Params p;
    p.k1 = sext12(bench_rand(seed) >> 20);
    p.k2 = sext12(bench_rand(seed) >> 20);
    p.k3 = sext12(bench_rand(seed) >> 20);
    p.s1 = bench_rand(seed) >> 26;
    p.s2 = 1 + (bench_rand(seed) >> 26) % 63;
    p.c = (int32_t)bench_rand(seed);
    return p;
}

static void fence_i(void)
{
    __asm__ volatile("fence.i" ::: "memory");
}

static JitFn slot_fn(int slot)
{
    return (JitFn)(uintptr_t)&code_buf[slot * SLOT_WORDS];
}

int main(void)
{
    uint32_t seed = (uint32_t)bench_opaque(77);
    int iterations = (int)bench_opaque(ITERATIONS);
    uint64_t x = bench_opaque(0x0123456789abcdefull);
    uint64_t sum = 0, mismatches = 0, calls = 0;
    Params pool[POOL];

    for (int s = 0; s < POOL; s++) {
        pool[s] = draw(&seed);
        emit(s, &pool[s]);
    }
    fence_i();

    for (int it = 0; it < iterations; it++) {
        Params p = draw(&seed);
        emit(SCRATCH, &p);
        fence_i();
        uint64_t r = slot_fn(SCRATCH)(x);
        mismatches += r != reference(&p, x);
        sum = bench_mix(sum, r);
        x = x * 6364136223846793005ull + r;
        calls++;

        if (it % REWRITE_EVERY == 0) {
            int s = it / REWRITE_EVERY % POOL;
            pool[s] = draw(&seed);
            emit(s, &pool[s]);
            fence_i();
        }
        for (int j = 0; j < POOL_CALLS; j++) {
            int s = (it * POOL_CALLS + j) % POOL;
            r = slot_fn(s)(x);
            mismatches += r != reference(&pool[s], x);
            sum = bench_mix(sum, r);
            x = x * 6364136223846793005ull + r;
            calls++;
        }
    }

    print_result("jit.calls", calls);
    print_result("jit.mismatches", mismatches);
    print_result("jit.checksum", sum);
    return mismatches != 0;
}
