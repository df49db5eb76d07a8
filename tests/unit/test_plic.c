/*
 * Unit test of the PLIC (hw/plic.c), driven as a guest drives it: 32-bit
 * loads and stores through an AddressSpace at QEMU virt's base, with the
 * device side through plic_set_irq and the outputs recorded from the
 * callback.
 *
 * Where the expected values come from:
 * - "spec": the RISC-V PLIC specification 1.0.0 (github.com/riscv/
 *   riscv-plic-spec): register map, priority 0 = never, ties to the lowest
 *   id, claim clears IP, level-sensitive gateways, IP and the bits of the
 *   reserved source 0 hardwired to zero.
 * - "QEMU": hw/intc/sifive_plic.c as configured by QEMU's virt machine
 *   (96 sources, 7 priority levels, "MS" contexts): WARL masking of
 *   priorities and thresholds to 3 bits, claims honour the threshold,
 *   pending is read-only, completions are accepted whatever the enables,
 *   reset clears all registers.
 * - "hw/plic.h": rivet's own contract where QEMU would fault or the spec is
 *   silent (odd-sized accesses, out-of-range ids, when the callback runs).
 */
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "hw/plic.h"

#define BASE 0xc000000ull
#define SIZE 0x600000ull

static int failures;
static char err[256];

static void report(const char *name, const char *e)
{
    if (e) {
        printf("not ok plic/%s: %s\n", name, e);
        failures++;
    } else {
        printf("ok plic/%s\n", name);
    }
}

#define EXPECT(what, got, want)                                                                    \
    do {                                                                                           \
        unsigned long long g_ = (got), w_ = (want);                                                \
        if (g_ != w_) {                                                                            \
            snprintf(err, sizeof(err), "%s: %#llx, want %#llx (line %d)", what, g_, w_, __LINE__); \
            return err;                                                                            \
        }                                                                                          \
    } while (0)

/* Outputs as the harts see them: [hart][0] MEIP, [hart][1] SEIP. */
static _Atomic bool out[MAX_CPUS][2];
static _Atomic int out_calls, bad_calls;

static void record(void *opaque, int hart, int mip_bit, bool level)
{
    if (hart < 0 || hart >= MAX_CPUS || (mip_bit != 11 && mip_bit != 9)) {
        bad_calls++;
        return;
    }
    out[hart][mip_bit == 11 ? 0 : 1] = level;
    out_calls++;
}

/* Every fixture stays reachable from here, so LeakSanitizer is quiet. */
static AddressSpace spaces[24];
static int nspaces;
static AddressSpace *as;
static Plic *plic;

static void setup(int nharts)
{
    as = &spaces[nspaces++];
    plic = plic_create(as, BASE, SIZE, nharts);
    for (int h = 0; h < MAX_CPUS; h++) out[h][0] = out[h][1] = true; /* must be overwritten */
    out_calls = bad_calls = 0;
    plic_set_output(plic, record, NULL);
}

static uint64_t rd_sized(uint64_t off, unsigned size)
{
    uint64_t v = 0xdeadbeef;
    if (!as_read(as, BASE + off, size, &v)) return 0xbadbad;
    return v;
}

static uint64_t rd(uint64_t off)
{
    return rd_sized(off, 4);
}

static void wr_sized(uint64_t off, uint64_t v, unsigned size)
{
    as_write(as, BASE + off, size, v);
}

static void wr(uint64_t off, uint64_t v)
{
    wr_sized(off, v, 4);
}

static uint64_t prio_reg(int src)
{
    return PLIC_PRIORITY_BASE + 4ull * (unsigned)src;
}
static uint64_t pending_reg(int word)
{
    return PLIC_PENDING_BASE + 4ull * (unsigned)word;
}
static uint64_t enable_reg(int ctx, int word)
{
    return PLIC_ENABLE_BASE + PLIC_ENABLE_STRIDE * (unsigned)ctx + 4ull * (unsigned)word;
}
static uint64_t threshold_reg(int ctx)
{
    return PLIC_CONTEXT_BASE + PLIC_CONTEXT_STRIDE * (unsigned)ctx;
}
static uint64_t claim_reg(int ctx)
{
    return threshold_reg(ctx) + 4;
}

static void enable(int ctx, int src)
{
    uint64_t r = enable_reg(ctx, src / 32);
    wr(r, rd(r) | 1u << (src % 32));
}

static bool pending(int src)
{
    return rd(pending_reg(src / 32)) >> (src % 32) & 1;
}

/* Contexts of hart h (QEMU virt's "MS" order). */
static int mctx(int h)
{
    return 2 * h;
}
static int sctx(int h)
{
    return 2 * h + 1;
}

/* QEMU: the reset state is all zero; spec: a claim with nothing pending
 * returns 0. The callback has been told every output is low. */
static const char *test_reset_state(void)
{
    setup(2);
    for (int h = 0; h < 2; h++) {
        EXPECT("MEIP after set_output", out[h][0], false);
        EXPECT("SEIP after set_output", out[h][1], false);
    }
    EXPECT("calls for 4 contexts", out_calls, 4);
    for (int s = 0; s < PLIC_NUM_SOURCES; s++) EXPECT("priority", rd(prio_reg(s)), 0);
    for (int w = 0; w < 3; w++) EXPECT("pending", rd(pending_reg(w)), 0);
    for (int c = 0; c < 4; c++) {
        for (int w = 0; w < 3; w++) EXPECT("enable", rd(enable_reg(c, w)), 0);
        EXPECT("threshold", rd(threshold_reg(c)), 0);
        EXPECT("claim", rd(claim_reg(c)), 0);
    }
    EXPECT("bad callback arguments", bad_calls, 0);
    return NULL;
}

/* Spec: the interrupt flow. A pending, enabled source of priority above
 * the threshold raises the context's EIP (SEIP for an S context); a claim
 * returns its id and clears IP; after the line drops and the completion,
 * nothing is left. */
static const char *test_claim_complete(void)
{
    setup(1);
    wr(prio_reg(10), 1);
    enable(sctx(0), 10);
    EXPECT("SEIP before the line", out[0][1], false);
    plic_set_irq(plic, 10, true);
    EXPECT("IP 10", rd(pending_reg(0)), 1u << 10);
    EXPECT("SEIP", out[0][1], true);
    EXPECT("MEIP (source not enabled for M)", out[0][0], false);
    EXPECT("M claim", rd(claim_reg(mctx(0))), 0);
    EXPECT("S claim", rd(claim_reg(sctx(0))), 10);
    EXPECT("IP after claim", rd(pending_reg(0)), 0);
    EXPECT("SEIP after claim", out[0][1], false);
    EXPECT("second claim", rd(claim_reg(sctx(0))), 0);
    plic_set_irq(plic, 10, false);
    wr(claim_reg(sctx(0)), 10);
    EXPECT("IP after complete, line low", rd(pending_reg(0)), 0);
    EXPECT("SEIP after complete", out[0][1], false);
    EXPECT("claim after complete", rd(claim_reg(sctx(0))), 0);
    /* A new assertion after the completion is a new request. */
    plic_set_irq(plic, 10, true);
    EXPECT("SEIP again", out[0][1], true);
    EXPECT("claim again", rd(claim_reg(sctx(0))), 10);
    return NULL;
}

/* Spec: the highest priority wins; ties go to the lowest id. Sources in
 * all three pending words. */
static const char *test_priority_order(void)
{
    setup(1);
    static const struct {
        int src, prio;
    } srcs[] = {{3, 2}, {5, 7}, {7, 7}, {40, 5}, {95, 7}, {64, 1}, {33, 5}};
    for (size_t i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
        wr(prio_reg(srcs[i].src), (uint64_t)srcs[i].prio);
        enable(mctx(0), srcs[i].src);
        plic_set_irq(plic, srcs[i].src, true);
        plic_set_irq(plic, srcs[i].src, false);
    }
    static const int want[] = {5, 7, 95, 33, 40, 3, 64, 0};
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        EXPECT("MEIP before claim", out[0][0], want[i] != 0);
        EXPECT("claim", rd(claim_reg(mctx(0))), (uint64_t)want[i]);
    }
    EXPECT("MEIP at the end", out[0][0], false);
    /* Spec: priority 0 means never interrupt. */
    wr(prio_reg(20), 0);
    enable(mctx(0), 20);
    plic_set_irq(plic, 20, true);
    EXPECT("IP of a priority-0 source", pending(20), 1);
    EXPECT("MEIP for priority 0", out[0][0], false);
    EXPECT("claim of priority 0", rd(claim_reg(mctx(0))), 0);
    /* Raising the priority of a pending source raises EIP (QEMU updates
     * the outputs on every priority write). */
    wr(prio_reg(20), 1);
    EXPECT("MEIP after priority write", out[0][0], true);
    return NULL;
}

/* Spec: interrupts of priority <= threshold are masked; QEMU: claims see
 * the same mask; threshold WARL to 3 bits (QEMU: value % 8). */
static const char *test_threshold(void)
{
    setup(1);
    wr(prio_reg(8), 3);
    wr(prio_reg(9), 5);
    enable(mctx(0), 8);
    enable(mctx(0), 9);
    wr(threshold_reg(mctx(0)), 5);
    plic_set_irq(plic, 8, true);
    plic_set_irq(plic, 9, true);
    EXPECT("MEIP with both at or under the threshold", out[0][0], false);
    EXPECT("claim under the threshold", rd(claim_reg(mctx(0))), 0);
    wr(threshold_reg(mctx(0)), 4);
    EXPECT("MEIP at threshold 4", out[0][0], true);
    EXPECT("claim at threshold 4", rd(claim_reg(mctx(0))), 9);
    EXPECT("MEIP with only 8 (prio 3) left", out[0][0], false);
    EXPECT("claim of 8 at threshold 4", rd(claim_reg(mctx(0))), 0);
    wr(threshold_reg(mctx(0)), 0);
    EXPECT("MEIP at threshold 0", out[0][0], true);
    EXPECT("claim at threshold 0", rd(claim_reg(mctx(0))), 8);
    wr(threshold_reg(mctx(0)), 0xffffffff);
    EXPECT("threshold masked", rd(threshold_reg(mctx(0))), 7);
    wr(threshold_reg(mctx(0)), 9);
    EXPECT("threshold 9 masked", rd(threshold_reg(mctx(0))), 1);
    /* The threshold of one context leaves the other alone. */
    EXPECT("S threshold", rd(threshold_reg(sctx(0))), 0);
    return NULL;
}

/* Spec: enables are per context; each enabled target is notified (multi-
 * cast) and the first claim wins. Bit 0 of word 0 (source 0) is hardwired
 * to zero. */
static const char *test_enables_per_context(void)
{
    setup(2);
    wr(prio_reg(4), 1);
    enable(mctx(1), 4);
    plic_set_irq(plic, 4, true);
    EXPECT("hart 1 MEIP", out[1][0], true);
    EXPECT("hart 1 SEIP", out[1][1], false);
    EXPECT("hart 0 MEIP", out[0][0], false);
    EXPECT("hart 0 SEIP", out[0][1], false);
    EXPECT("claim from hart 0 M", rd(claim_reg(mctx(0))), 0);
    EXPECT("claim from hart 1 S", rd(claim_reg(sctx(1))), 0);
    EXPECT("IP still set", pending(4), 1);
    /* Multicast: enabled on two contexts, both notified, one claims. */
    enable(sctx(0), 4);
    EXPECT("hart 0 SEIP after enable", out[0][1], true);
    EXPECT("claim from hart 0 S", rd(claim_reg(sctx(0))), 4);
    EXPECT("hart 1 MEIP after the other claim", out[1][0], false);
    EXPECT("hart 0 SEIP after its claim", out[0][1], false);
    EXPECT("late claim from hart 1 M", rd(claim_reg(mctx(1))), 0);
    /* Clearing the enable drops the output of a pending source. */
    plic_set_irq(plic, 4, false);
    wr(claim_reg(sctx(0)), 4);
    wr(prio_reg(50), 2);
    enable(sctx(1), 50);
    plic_set_irq(plic, 50, true);
    EXPECT("hart 1 SEIP for 50", out[1][1], true);
    wr(enable_reg(sctx(1), 1), 0);
    EXPECT("hart 1 SEIP after disable", out[1][1], false);
    wr(enable_reg(mctx(0), 0), 0xffffffff);
    EXPECT("enable bit of source 0", rd(enable_reg(mctx(0), 0)), 0xfffffffe);
    wr(enable_reg(mctx(0), 2), 0xffffffff);
    EXPECT("enable word 2", rd(enable_reg(mctx(0), 2)), 0xffffffff);
    EXPECT("bad callback arguments", bad_calls, 0);
    return NULL;
}

/* The outputs of each context of each hart go to their own mip bit: MEIP
 * (11) for context 2h, SEIP (9) for 2h+1 (QEMU virt, "MS" per hart). */
static const char *test_m_and_s_outputs(void)
{
    setup(4);
    for (int h = 0; h < 4; h++) {
        int src = 1 + h;
        wr(prio_reg(src), 1);
        enable(h % 2 ? sctx(h) : mctx(h), src);
    }
    for (int h = 0; h < 4; h++) plic_set_irq(plic, 1 + h, true);
    for (int h = 0; h < 4; h++) {
        EXPECT("MEIP", out[h][0], h % 2 == 0);
        EXPECT("SEIP", out[h][1], h % 2 == 1);
    }
    for (int h = 0; h < 4; h++) EXPECT("claim", rd(claim_reg(h % 2 ? sctx(h) : mctx(h))), 1 + h);
    for (int h = 0; h < 4; h++) EXPECT("MEIP/SEIP after claims", out[h][0] || out[h][1], 0);
    EXPECT("bad callback arguments", bad_calls, 0);
    return NULL;
}

/* Spec, level-sensitive gateway: no new request while claimed; on the
 * completion, a line still asserted is a new request; a request stays in
 * IP when the line drops before the claim. */
static const char *test_level_gateway(void)
{
    setup(1);
    wr(prio_reg(12), 1);
    enable(sctx(0), 12);
    plic_set_irq(plic, 12, true);
    EXPECT("claim", rd(claim_reg(sctx(0))), 12);
    EXPECT("IP while claimed, line high", pending(12), 0);
    EXPECT("SEIP while claimed", out[0][1], false);
    wr(claim_reg(sctx(0)), 12);
    EXPECT("IP after complete with the line high", pending(12), 1);
    EXPECT("SEIP after complete with the line high", out[0][1], true);
    EXPECT("claim again", rd(claim_reg(sctx(0))), 12);

    /* The line drops and rises again while claimed: one request after the
     * completion, none before it. */
    plic_set_irq(plic, 12, false);
    plic_set_irq(plic, 12, true);
    EXPECT("IP while claimed after a new edge", pending(12), 0);
    EXPECT("claim while claimed", rd(claim_reg(sctx(0))), 0);
    wr(claim_reg(sctx(0)), 12);
    EXPECT("IP after complete", pending(12), 1);
    EXPECT("claim after complete", rd(claim_reg(sctx(0))), 12);
    plic_set_irq(plic, 12, false);
    wr(claim_reg(sctx(0)), 12);
    EXPECT("IP after complete with the line low", pending(12), 0);
    EXPECT("claim with the line low", rd(claim_reg(sctx(0))), 0);

    /* Deasserted before the claim: the request remains in IP. */
    plic_set_irq(plic, 12, true);
    plic_set_irq(plic, 12, false);
    EXPECT("IP after a pulse", pending(12), 1);
    EXPECT("claim after a pulse", rd(claim_reg(sctx(0))), 12);
    wr(claim_reg(sctx(0)), 12);
    EXPECT("IP after its completion", pending(12), 0);

    /* A completion for a source that is not claimed changes nothing. */
    plic_set_irq(plic, 12, true);
    wr(claim_reg(sctx(0)), 12);
    EXPECT("IP after a stray completion", pending(12), 1);
    EXPECT("claim after a stray completion", rd(claim_reg(sctx(0))), 12);
    return NULL;
}

/* QEMU: a completion is accepted even when the source is no longer
 * enabled for the completing context (the spec would ignore it; see
 * hw/plic.c for why we follow QEMU). */
static const char *test_complete_after_disable(void)
{
    setup(1);
    wr(prio_reg(30), 1);
    enable(sctx(0), 30);
    plic_set_irq(plic, 30, true);
    EXPECT("claim", rd(claim_reg(sctx(0))), 30);
    wr(enable_reg(sctx(0), 0), 0);
    wr(claim_reg(sctx(0)), 30);
    EXPECT("IP after complete (line high)", pending(30), 1);
    enable(sctx(0), 30);
    EXPECT("claim after re-enable", rd(claim_reg(sctx(0))), 30);
    return NULL;
}

/* QEMU virt has 3 priority bits, WARL: priority = value % 8. Source 0 does
 * not exist (spec): its priority reads 0. */
static const char *test_priority_mask(void)
{
    setup(1);
    wr(prio_reg(1), 0xffffffff);
    EXPECT("priority 0xffffffff", rd(prio_reg(1)), 7);
    wr(prio_reg(2), 8);
    EXPECT("priority 8", rd(prio_reg(2)), 0);
    wr(prio_reg(3), 13);
    EXPECT("priority 13", rd(prio_reg(3)), 5);
    wr(prio_reg(95), 6);
    EXPECT("priority of source 95", rd(prio_reg(95)), 6);
    wr(prio_reg(0), 7);
    EXPECT("priority of source 0", rd(prio_reg(0)), 0);
    /* Priority 8 masks to 0: never interrupts. */
    enable(mctx(0), 2);
    plic_set_irq(plic, 2, true);
    EXPECT("MEIP for priority 8", out[0][0], false);
    return NULL;
}

/* Spec: IP is cleared only by a claim; QEMU ignores pending writes. */
static const char *test_pending_read_only(void)
{
    setup(1);
    for (int w = 0; w < 3; w++) wr(pending_reg(w), 0xffffffff);
    for (int w = 0; w < 3; w++) EXPECT("pending after write", rd(pending_reg(w)), 0);
    wr(prio_reg(33), 1);
    enable(mctx(0), 33);
    EXPECT("MEIP after pending writes", out[0][0], false);
    plic_set_irq(plic, 33, true);
    plic_set_irq(plic, 33, false);
    wr(pending_reg(1), 0);
    EXPECT("pending word 1 after writing 0", rd(pending_reg(1)), 1u << 1);
    EXPECT("MEIP", out[0][0], true);
    EXPECT("claim", rd(claim_reg(mctx(0))), 33);
    return NULL;
}

/* hw/plic.h: ids outside 1..95, offsets with no register, contexts past
 * the harts, and accesses other than aligned 32-bit ones (QEMU faults
 * them) read 0 and change nothing. */
static const char *test_out_of_range(void)
{
    setup(2);
    int bad_sources[] = {0, -1, 96, 1000, 1 << 30};
    for (size_t i = 0; i < sizeof(bad_sources) / sizeof(bad_sources[0]); i++)
        plic_set_irq(plic, bad_sources[i], true);
    for (int w = 0; w < 3; w++) EXPECT("pending after bad sources", rd(pending_reg(w)), 0);
    EXPECT("pending word 3", rd(pending_reg(3)), 0);
    EXPECT("output calls after bad sources", out_calls, 4);

    /* Reserved offsets and registers past the last context. */
    const uint64_t holes[] = {prio_reg(96),
                              0xffc,
                              pending_reg(3),
                              0x1ffc,
                              enable_reg(0, 3),
                              enable_reg(0, 31),
                              enable_reg(4, 0),
                              enable_reg(15, 2),
                              0x1ffffc,
                              threshold_reg(0) + 8,
                              threshold_reg(0) + 0xffc,
                              threshold_reg(4),
                              claim_reg(4),
                              claim_reg(15),
                              SIZE - 4};
    for (size_t i = 0; i < sizeof(holes) / sizeof(holes[0]); i++) {
        wr(holes[i], 0xffffffff);
        EXPECT("hole", rd(holes[i]), 0);
    }
    for (int c = 0; c < 4; c++) {
        for (int w = 0; w < 3; w++) EXPECT("enable after holes", rd(enable_reg(c, w)), 0);
        EXPECT("threshold after holes", rd(threshold_reg(c)), 0);
    }
    for (int s = 0; s < PLIC_NUM_SOURCES; s++) EXPECT("priority after holes", rd(prio_reg(s)), 0);

    /* Odd sizes and misaligned accesses. */
    wr(prio_reg(5), 3);
    static const unsigned sizes[] = {1, 2, 8};
    for (size_t i = 0; i < 3; i++) {
        EXPECT("odd-sized read", rd_sized(prio_reg(5), sizes[i]), 0);
        wr_sized(prio_reg(5), 7, sizes[i]);
        wr_sized(enable_reg(0, 0), 0xff, sizes[i]);
        wr_sized(threshold_reg(0), 7, sizes[i]);
    }
    EXPECT("misaligned read", rd_sized(prio_reg(5) + 1, 4), 0);
    wr_sized(prio_reg(5) + 2, 0x70000, 4);
    EXPECT("priority after odd writes", rd(prio_reg(5)), 3);
    EXPECT("enable after odd writes", rd(enable_reg(0, 0)), 0);
    EXPECT("threshold after odd writes", rd(threshold_reg(0)), 0);

    /* An odd-sized read of the claim register claims nothing. */
    enable(mctx(0), 5);
    plic_set_irq(plic, 5, true);
    EXPECT("byte read of claim", rd_sized(claim_reg(0), 1), 0);
    EXPECT("8-byte read of claim", rd_sized(claim_reg(0), 8), 0);
    EXPECT("IP after odd claims", pending(5), 1);

    /* Completions naming no source. */
    EXPECT("claim", rd(claim_reg(0)), 5);
    static const uint64_t bad_ids[] = {0, 96, 0xffffffff, 0x80000005};
    for (size_t i = 0; i < sizeof(bad_ids) / sizeof(bad_ids[0]); i++) wr(claim_reg(0), bad_ids[i]);
    EXPECT("IP after bad completions", pending(5), 0);
    EXPECT("claim after bad completions", rd(claim_reg(0)), 0);
    EXPECT("bad callback arguments", bad_calls, 0);
    return NULL;
}

/* hw/plic.h: the callback is called only when a context's level changes. */
static const char *test_output_changes_only(void)
{
    setup(1);
    wr(prio_reg(6), 1);
    enable(mctx(0), 6);
    int calls = out_calls;
    plic_set_irq(plic, 6, true);
    EXPECT("calls after raising", out_calls, calls + 1);
    plic_set_irq(plic, 6, true);
    wr(prio_reg(6), 2);
    wr(threshold_reg(sctx(0)), 1);
    EXPECT("calls after no change", out_calls, calls + 1);
    EXPECT("claim", rd(claim_reg(mctx(0))), 6);
    EXPECT("calls after claim", out_calls, calls + 2);
    EXPECT("MEIP", out[0][0], false);
    return NULL;
}

/* QEMU: reset clears priorities, enables, thresholds, pending and claimed.
 * hw/plic.h: a line still high is pending again at once, and every output
 * is re-sent low. */
static const char *test_reset(void)
{
    setup(2);
    wr(prio_reg(7), 5);
    wr(prio_reg(8), 5);
    enable(mctx(1), 7);
    enable(mctx(1), 8);
    wr(threshold_reg(sctx(0)), 3);
    plic_set_irq(plic, 7, true);
    plic_set_irq(plic, 8, true);
    EXPECT("claim", rd(claim_reg(mctx(1))), 7);
    plic_set_irq(plic, 8, false);
    EXPECT("MEIP of hart 1", out[1][0], true);
    int calls = out_calls;
    plic_reset(plic);
    EXPECT("calls by reset", out_calls, calls + 4);
    EXPECT("MEIP of hart 1 after reset", out[1][0], false);
    EXPECT("priority 7", rd(prio_reg(7)), 0);
    EXPECT("enable", rd(enable_reg(mctx(1), 0)), 0);
    EXPECT("threshold", rd(threshold_reg(sctx(0))), 0);
    EXPECT("pending: 7 (line high), not 8 (line low)", rd(pending_reg(0)), 1u << 7);
    /* 7's claim was forgotten: once configured again it is claimable. */
    wr(prio_reg(7), 1);
    enable(mctx(0), 7);
    EXPECT("claim after reset", rd(claim_reg(mctx(0))), 7);
    return NULL;
}

/* Many threads raise lines while another claims and completes: every
 * assertion is serviced exactly once (nothing lost, nothing duplicated). */
#define STRESS_THREADS 4
#define STRESS_ROUNDS 2000

static _Atomic int serviced[PLIC_NUM_SOURCES]; /* claims of the source so far */
static _Atomic int lowered[PLIC_NUM_SOURCES];  /* times its device dropped the line */
static _Atomic bool stop;

static void *stress_device(void *arg)
{
    int src = (int)(intptr_t)arg;
    for (int i = 0; i < STRESS_ROUNDS && !stop; i++) {
        plic_set_irq(plic, src, true);
        /* Level-triggered: the device holds the line until the driver has
         * serviced it, drops it, and may raise it again at once, before
         * the driver's completion. */
        while (serviced[src] == i && !stop) sched_yield();
        plic_set_irq(plic, src, false);
        lowered[src] = i + 1;
    }
    return NULL;
}

static bool timed_out(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec - start->tv_sec > 20;
}

static const char *test_threads(void)
{
    setup(2);
    pthread_t th[STRESS_THREADS];
    for (int t = 0; t < STRESS_THREADS; t++) {
        int src = 1 + t * 30; /* spread over the pending words */
        wr(prio_reg(src), (uint64_t)(1 + t % 7));
        enable(sctx(1), src);
    }
    for (int t = 0; t < STRESS_THREADS; t++)
        pthread_create(&th[t], NULL, stress_device, (void *)(intptr_t)(1 + t * 30));
    int total = 0;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (total < STRESS_THREADS * STRESS_ROUNDS && !stop) {
        int id = (int)rd(claim_reg(sctx(1)));
        if (!id) {
            if (timed_out(&start)) stop = true;
            sched_yield();
            continue;
        }
        int n = ++serviced[id];
        while (lowered[id] < n && !stop) {
            if (timed_out(&start)) stop = true;
            sched_yield();
        }
        wr(claim_reg(sctx(1)), (uint64_t)id);
        total++;
    }
    bool was_stopped = stop;
    stop = true;
    for (int t = 0; t < STRESS_THREADS; t++) pthread_join(th[t], NULL);
    if (was_stopped) return "timed out: an interrupt was lost";
    for (int t = 0; t < STRESS_THREADS; t++)
        EXPECT("rounds serviced", serviced[1 + t * 30], STRESS_ROUNDS);
    EXPECT("claim at the end", rd(claim_reg(sctx(1))), 0);
    EXPECT("SEIP at the end", out[1][1], false);
    return NULL;
}

int main(void)
{
    report("reset_state", test_reset_state());
    report("claim_complete", test_claim_complete());
    report("priority_order", test_priority_order());
    report("threshold", test_threshold());
    report("enables_per_context", test_enables_per_context());
    report("m_and_s_outputs", test_m_and_s_outputs());
    report("level_gateway", test_level_gateway());
    report("complete_after_disable", test_complete_after_disable());
    report("priority_mask", test_priority_mask());
    report("pending_read_only", test_pending_read_only());
    report("out_of_range", test_out_of_range());
    report("output_changes_only", test_output_changes_only());
    report("reset", test_reset());
    report("threads", test_threads());
    return failures != 0;
}
