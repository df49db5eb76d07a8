/* Matrix kernels: int32 and int64 multiply, plus the element-wise passes
 * CoreMark's matrix kernel mixes in (add a constant, scale, extract bit
 * fields). The inner loops are multiply-accumulate over a row and a column,
 * so they stress loads with strides, mul and the loop branch. The inputs are
 * perturbed each iteration so no pass can be hoisted out of the loop. */
#include "bench.h"

#define N 48
#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 1400
#endif

static int32_t a32[N][N], b32[N][N], c32[N][N];
static int64_t a64[N][N], b64[N][N], c64[N][N];

static void init(uint32_t seed) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a32[i][j] = (int32_t)(bench_rand(&seed) >> 20) - 2048;
            b32[i][j] = (int32_t)(bench_rand(&seed) >> 20) - 2048;
            a64[i][j] = (int64_t)bench_rand(&seed) - 0x80000000ll;
            b64[i][j] = (int64_t)(bench_rand(&seed) >> 4);
        }
}

static void mul32(int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int32_t acc = 0;
            for (int k = 0; k < n; k++)
                acc += a32[i][k] * b32[k][j];
            c32[i][j] = acc;
        }
}

/* Products overflow int64 on purpose: wrap-around is part of the result, so
 * the arithmetic is done unsigned to keep it defined in C. */
static void mul64(int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            uint64_t acc = 0;
            for (int k = 0; k < n; k++)
                acc += (uint64_t)a64[i][k] * (uint64_t)b64[k][j];
            c64[i][j] = (int64_t)acc;
        }
}

static void add_const(int n, int32_t v) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            a32[i][j] += v;
}

static void scale(int n, int32_t v) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            c32[i][j] = a32[i][j] * v;
}

/* Bits 2..5 and 7..10 of every product, as CoreMark's "matrix bit" test. */
static uint64_t extract_bits(int n) {
    uint64_t s = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            uint32_t v = (uint32_t)c32[i][j];
            s += ((v >> 2) & 15) * ((v >> 7) & 15);
        }
    return s;
}

static uint64_t fold32(int n) {
    uint64_t h = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            h = h * 1000003 + (uint32_t)c32[i][j];
    return h;
}

static uint64_t fold64(int n) {
    uint64_t h = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            h = h * 1000003 + (uint64_t)c64[i][j];
    return h;
}

int main(void) {
    int iterations = (int)bench_opaque(ITERATIONS);
    int n = (int)bench_opaque(N);
    uint64_t sum = 0, bits = 0;

    init((uint32_t)bench_opaque(12345));
    for (int it = 0; it < iterations; it++) {
        mul32(n);
        sum = bench_mix(sum, fold32(n));
        mul64(n);
        sum = bench_mix(sum, fold64(n));
        scale(n, it * 3 + 1);
        bits += extract_bits(n);
        sum = bench_mix(sum, fold32(n));
        add_const(n, it - 5);
        /* Feed the 64-bit result back so the next round's inputs differ. */
        for (int i = 0; i < n; i++)
            b64[i][(i + it) % n] ^= c64[n - 1 - i][i];
    }

    print_result("matrix.bits", bits);
    print_result("matrix.checksum", sum);
    return 0;
}
