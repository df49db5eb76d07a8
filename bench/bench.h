/* Portable layer for the benchmark programs. Each bench/NAME.c is one file that
 * builds two ways and prints the same bytes both ways, so that bench/run.sh can
 * check the guest's output against the native one before trusting a timing:
 *
 *   BENCH_GUEST defined: bare-metal RV64IM on virt, started by tests/guest/crt0.S,
 *     text goes to the 16550 UART, main's return value goes to the test finisher.
 *   otherwise: an ordinary hosted program on stdio.
 *
 * Only integer arithmetic, no libc in the guest, and every input passes through
 * bench_opaque() so neither compiler can fold a benchmark down to its answer. */
#ifndef RIVET_BENCH_H
#define RIVET_BENCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef BENCH_GUEST

/* Emulated UARTs take every byte at once, so the LSR is not polled: that keeps
 * the output path free of loads that a young emulator might get wrong. */
static inline void bench_putc(char c)
{
    *(volatile uint8_t *)0x10000000 = (uint8_t)c;
}

/* gcc emits calls to these for struct copies and loop idioms even with
 * -ffreestanding. The attribute stops it from turning their own loops back into
 * calls to themselves. Each benchmark is a single translation unit, so defining
 * them here gives exactly one copy per program. */
__attribute__((used, optimize("no-tree-loop-distribute-patterns"))) void *memset(void *dst, int c,
                                                                                 size_t n)
{
    uint8_t *d = dst;
    while (n--) *d++ = (uint8_t)c;
    return dst;
}

__attribute__((used, optimize("no-tree-loop-distribute-patterns"))) void *
memcpy(void *dst, const void *src, size_t n)
{
    uint8_t *d = dst;
    const uint8_t *s = src;
    while (n--) *d++ = *s++;
    return dst;
}

#else

#include <stdio.h>
static inline void bench_putc(char c)
{
    putchar(c);
}

#endif

/* A value the compiler must treat as unknown at run time. */
static inline uint64_t bench_opaque(uint64_t x)
{
    volatile uint64_t v = x;
    return v;
}

static inline void print_str(const char *s)
{
    while (*s) bench_putc(*s++);
}

static inline void print_u64_hex(uint64_t v)
{
    print_str("0x");
    for (int shift = 60; shift >= 0; shift -= 4) bench_putc("0123456789abcdef"[(v >> shift) & 15]);
}

static inline void print_u64_dec(uint64_t v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n) bench_putc(buf[--n]);
}

/* One result line: "label decimal hex". */
static inline void print_result(const char *label, uint64_t v)
{
    print_str(label);
    bench_putc(' ');
    print_u64_dec(v);
    bench_putc(' ');
    print_u64_hex(v);
    bench_putc('\n');
}

/* Numerical Recipes' LCG: the same stream in both builds, cheap on RV64IM. */
static inline uint32_t bench_rand(uint32_t *state)
{
    *state = *state * 1664525u + 1013904223u;
    return *state;
}

/* Order-sensitive fold of values into a running checksum. */
static inline uint64_t bench_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

#endif
