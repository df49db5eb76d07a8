/*
 * Unit test of the restore metadata (accel/restore.c): encoding a TB's
 * (guest pc, host end offset) table and searching it.
 *
 * Random tables are encoded with restore_encode_arrays and searched with
 * restore_search. Instruction k's host code is [end[k-1], end[k]) with
 * end[-1] = 0, so searching any offset in that range must give k and pcs[k],
 * and searching at or past the last end must give -1. The encoding is also
 * decoded here, independently, as the pairs of ULEB128 deltas that
 * accel/restore.h documents (ULEB128 as in DWARF: 7 bits a byte, low group
 * first, high bit set on all bytes but the last), and its length must be
 * exactly what those deltas need. A capacity one byte short must make the
 * encoder return 0 and write nothing past the capacity.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accel/restore.h"

static int failures;

static void report(const char *name, const char *err)
{
    if (err) {
        printf("not ok restore/%s: %s\n", name, err);
        failures++;
    } else {
        printf("ok restore/%s\n", name);
    }
}

static uint64_t rng_state = 0x2545f4914f6cdd1d;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

#define MAX_N 512
/* Worst case: a 10-byte pc delta and a 5-byte host delta per instruction. */
#define MAX_META (MAX_N * 15 + 16)

typedef struct Table {
    uint64_t tb_pc;
    uint64_t pcs[MAX_N];
    uint32_t ends[MAX_N];
    unsigned n;
} Table;

static unsigned uleb_len(uint64_t v)
{
    unsigned n = 1;
    while (v >= 0x80) v >>= 7, n++;
    return n;
}

/* pc deltas of 2 and 4 bytes with occasional large jumps (forward, or in
 * `wide` tables anywhere in the 64-bit space); host ends growing by 1..5000
 * (or by up to 2^20 in `wide` tables, for 3-byte deltas). */
static void make_table(Table *t, unsigned n, bool wide)
{
    t->n = n;
    t->tb_pc = wide ? rnd() : 0x80000000 + (rnd() % 0x100000) * 2;
    uint64_t pc = t->tb_pc;
    uint32_t end = 0;
    for (unsigned i = 0; i < n; i++) {
        unsigned r = rnd() % 64;
        /* Usually the first instruction is at the TB's pc. */
        if (i == 0 && r < 32) r = 64;
        if (r == 0)
            pc += wide ? rnd() : rnd() % (1ull << 40);
        else if (r == 1)
            pc += 1ull << (rnd() % 64);
        else if (r < 64)
            pc += r & 1 ? 2 : 4;
        t->pcs[i] = pc;
        end += 1 + (uint32_t)(rnd() % (wide && rnd() % 8 == 0 ? 1u << 20 : 5000));
        t->ends[i] = end;
    }
}

static size_t expected_len(const Table *t)
{
    size_t len = 0;
    uint64_t pc = t->tb_pc;
    uint32_t end = 0;
    for (unsigned i = 0; i < t->n; i++) {
        len += uleb_len(t->pcs[i] - pc) + uleb_len(t->ends[i] - end);
        pc = t->pcs[i];
        end = t->ends[i];
    }
    return len;
}

static uint64_t get_uleb(const uint8_t *p, size_t len, size_t *pos, bool *bad)
{
    uint64_t v = 0;
    for (unsigned shift = 0;; shift += 7) {
        if (*pos >= len || shift > 63) {
            *bad = true;
            return 0;
        }
        uint8_t b = p[(*pos)++];
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
    }
}

static char err[1024];

/* Checks one table; returns an error message or NULL. */
static const char *check_table(const Table *t, bool exhaustive)
{
    static uint8_t meta[MAX_META + 64];
    memset(meta, 0xcc, sizeof(meta));
    size_t want_len = expected_len(t);
    size_t len = restore_encode_arrays(meta, MAX_META, t->tb_pc, t->pcs, t->ends, t->n);
    if (len != want_len) {
        snprintf(err, sizeof(err), "n=%u: encoded %zu bytes, the deltas need %zu", t->n, len,
                 want_len);
        return err;
    }
    if (meta[len] != 0xcc) {
        snprintf(err, sizeof(err), "n=%u: wrote past the %zu bytes it returned", t->n, len);
        return err;
    }

    /* Independent decode of the documented format. */
    size_t pos = 0;
    bool bad = false;
    uint64_t pc = t->tb_pc;
    uint32_t end = 0;
    for (unsigned i = 0; i < t->n; i++) {
        pc += get_uleb(meta, len, &pos, &bad);
        end += (uint32_t)get_uleb(meta, len, &pos, &bad);
        if (bad || pc != t->pcs[i] || end != t->ends[i]) {
            snprintf(err, sizeof(err),
                     "n=%u: row %u decodes as pc %#" PRIx64 " end %u, want %#" PRIx64 " %u%s", t->n,
                     i, pc, end, t->pcs[i], t->ends[i], bad ? " (truncated)" : "");
            return err;
        }
    }
    if (pos != len) {
        snprintf(err, sizeof(err), "n=%u: %zu trailing bytes", t->n, len - pos);
        return err;
    }

    /* Search: the boundaries of every instruction, a few offsets inside,
     * or (exhaustive) every offset. */
    uint32_t lo = 0;
    for (unsigned k = 0; k < t->n; k++) {
        uint32_t hi = t->ends[k];
        uint32_t probes[6] = {lo,
                              hi - 1,
                              lo + (hi - lo) / 2,
                              lo + (uint32_t)(rnd() % (hi - lo)),
                              lo + (uint32_t)(rnd() % (hi - lo)),
                              lo + 1 < hi ? lo + 1 : lo};
        uint32_t from = exhaustive ? lo : 0, to = exhaustive ? hi : 6;
        for (uint32_t j = from; j < to; j++) {
            uint32_t off = exhaustive ? j : probes[j];
            uint64_t got_pc = 0xdeadbeef;
            int got = restore_search(meta, t->n, t->tb_pc, off, &got_pc);
            if (got != (int)k || got_pc != t->pcs[k]) {
                snprintf(err, sizeof(err),
                         "n=%u: offset %u (insn %u is [%u, %u)) found %d pc %#" PRIx64
                         ", want %u pc %#" PRIx64,
                         t->n, off, k, lo, hi, got, got_pc, k, t->pcs[k]);
                return err;
            }
        }
        lo = hi;
    }
    uint32_t last = t->ends[t->n - 1];
    uint32_t past[4] = {last, last + 1, last + (uint32_t)(rnd() % 100000), UINT32_MAX};
    for (int j = 0; j < 4; j++) {
        if (past[j] < last) continue;
        uint64_t got_pc = 0;
        int got = restore_search(meta, t->n, t->tb_pc, past[j], &got_pc);
        if (got != -1) {
            snprintf(err, sizeof(err), "n=%u: offset %u past the last end %u found %d", t->n,
                     past[j], last, got);
            return err;
        }
    }

    /* Too small by one byte (and, for short tables, every smaller size):
     * 0, and nothing written at or beyond the capacity. */
    size_t min_cap = len > 40 ? len - 1 : 0;
    for (size_t cap = min_cap; cap < len; cap++) {
        static uint8_t small[MAX_META + 64];
        memset(small, 0xcc, sizeof(small));
        size_t r = restore_encode_arrays(small, cap, t->tb_pc, t->pcs, t->ends, t->n);
        if (r != 0) {
            snprintf(err, sizeof(err), "n=%u: capacity %zu for %zu bytes returned %zu", t->n, cap,
                     len, r);
            return err;
        }
        for (size_t i = cap; i < len + 16; i++) {
            if (small[i] != 0xcc) {
                snprintf(err, sizeof(err), "n=%u: capacity %zu: byte %zu written", t->n, cap, i);
                return err;
            }
        }
    }
    /* Exactly enough room is enough. */
    static uint8_t exact[MAX_META];
    if (restore_encode_arrays(exact, len, t->tb_pc, t->pcs, t->ends, t->n) != len ||
        memcmp(exact, meta, len) != 0) {
        snprintf(err, sizeof(err), "n=%u: capacity of exactly %zu bytes fails", t->n, len);
        return err;
    }
    return NULL;
}

static void run(const char *name, int count, bool wide, bool exhaustive, unsigned max_n)
{
    static Table t;
    const char *e = NULL;
    for (int i = 0; i < count && !e; i++) {
        unsigned n = i == 0 ? 1 : i == 1 ? max_n : 1 + (unsigned)(rnd() % max_n);
        make_table(&t, n, wide);
        e = check_table(&t, exhaustive);
    }
    report(name, e);
}

/* Tables with hand-picked rows: single-byte and multi-byte deltas at the
 * ULEB128 boundaries (127/128, 16383/16384), a zero pc delta, and a pc
 * wrapping around 2^64. */
static void test_edges(void)
{
    static Table t;
    static const uint64_t pc_deltas[] = {0, 127, 128, 16383, 16384, 4, 2, (uint64_t)1 << 63, 2};
    static const uint32_t end_deltas[] = {1, 127, 128, 16383, 16384, 1, 5000, 1, 2};
    const int n = (int)(sizeof(pc_deltas) / sizeof(pc_deltas[0]));
    const uint64_t bases[] = {0, 0x80000000, UINT64_MAX - 200, (uint64_t)1 << 63};
    const char *e = NULL;
    for (int b = 0; b < 4 && !e; b++) {
        t.tb_pc = bases[b];
        t.n = (unsigned)n;
        uint64_t pc = t.tb_pc;
        uint32_t end = 0;
        for (int i = 0; i < n; i++) {
            pc += pc_deltas[i];
            end += end_deltas[i];
            t.pcs[i] = pc;
            t.ends[i] = end;
        }
        e = check_table(&t, true);
    }
    report("edges", e);

    /* The encoded length of those rows, worked out by hand from the
     * ULEB128 rule: pc deltas 1+1+2+2+3+1+1+10+1, ends 1+1+2+2+3+1+2+1+1. */
    t.tb_pc = 0x80000000;
    uint64_t pc = t.tb_pc;
    uint32_t end = 0;
    for (int i = 0; i < n; i++) {
        pc += pc_deltas[i];
        end += end_deltas[i];
        t.pcs[i] = pc;
        t.ends[i] = end;
    }
    static uint8_t meta[MAX_META];
    size_t len = restore_encode_arrays(meta, sizeof(meta), t.tb_pc, t.pcs, t.ends, (unsigned)n);
    if (len != 22 + 14) {
        snprintf(err, sizeof(err), "%zu bytes, want 36", len);
        report("edges_length", err);
    } else {
        report("edges_length", NULL);
    }
}

int main(void)
{
    test_edges();
    run("random", 300, false, false, 512);
    run("random_wide", 200, true, false, 512);
    run("random_exhaustive", 60, false, true, 24);
    return failures != 0;
}
