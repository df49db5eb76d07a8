/* PLIC. Three kinds of state, one lock:
 *
 * - the gateways: per source the input level and a "claimed" bit (a claim
 *   has been made and its completion not yet received);
 * - the core: per source the pending (IP) bit and priority, per context the
 *   enable bits and threshold;
 * - the outputs: per context the level last sent to the hart.
 *
 * Gateway (the RISC-V PLIC spec, "Interrupt Gateways", level-sensitive):
 * a rising line sets IP unless the source is claimed; a claim clears IP and
 * sets claimed; a completion clears claimed and, if the line is still high,
 * sets IP again. So IP and claimed are never both set, a line that goes
 * high while its interrupt is being serviced is taken again after the
 * completion, and a line that stays high is not forgotten. A line that
 * drops while IP is set leaves IP set: the spec says a gateway cannot
 * retract a request (QEMU instead clears IP; the difference is at most one
 * spurious claim, which drivers for real PLICs expect).
 *
 * A context's output (MEIP or SEIP) is high when some source is pending,
 * enabled for it and of priority above its threshold. Claims use the same
 * rule, as QEMU's do. (The spec says a claim is not affected by the
 * threshold; only a guest that masks a context with its threshold and polls
 * by claiming could tell, and on QEMU it gets 0 too.) Ties go to the lowest
 * source id (spec).
 *
 * Completion: the spec says a completion naming a source not enabled for
 * the completing context is ignored. QEMU accepts it, and so do we: Linux
 * kernels older than commit 1072020685f4 ("irqchip/sifive-plic: Fix frozen
 * interrupt due to affinity setting", 2026) can complete an interrupt from
 * a hart whose enable bit was just cleared by an affinity change, and on a
 * spec PLIC that source stays claimed forever (the UART freezes). Values
 * 0 and >= PLIC_NUM_SOURCES are ignored, as by QEMU.
 *
 * Accesses: the registers are 32-bit. QEMU's PLIC accepts only aligned
 * 32-bit accesses and faults the others; a device here cannot fault, so
 * they read 0 and writes are dropped, as are reserved offsets.
 *
 * Outputs are recomputed after every change under the lock, and the
 * callback runs with the lock held, only for contexts whose level changed:
 * one lock orders the levels sent, so a stale level can never overtake a
 * newer one on its way to the hart. */
#include "hw/plic.h"

#include <pthread.h>
#include <stdlib.h>

#include "util/log.h"

#define WORDS ((PLIC_NUM_SOURCES + 31) / 32)

struct Plic {
    pthread_mutex_t lock;
    int ncontexts;
    uint32_t priority[PLIC_NUM_SOURCES];
    uint32_t level[WORDS];
    uint32_t pending[WORDS];
    uint32_t claimed[WORDS];
    uint32_t enable[PLIC_MAX_CONTEXTS][WORDS];
    uint32_t threshold[PLIC_MAX_CONTEXTS];
    bool output[PLIC_MAX_CONTEXTS];
    void (*irq)(void *opaque, int hart, int mip_bit, bool level);
    void *irq_opaque;
    PlicLine lines[PLIC_NUM_SOURCES];
};

static bool test_bit(const uint32_t *words, int n)
{
    return words[n / 32] >> (n % 32) & 1;
}

static void put_bit(uint32_t *words, int n, bool v)
{
    if (v)
        words[n / 32] |= 1u << (n % 32);
    else
        words[n / 32] &= ~(1u << (n % 32));
}

/* The source a claim by ctx would return, or 0. */
static int best_source(const Plic *p, int ctx)
{
    int best = 0;
    uint32_t best_prio = p->threshold[ctx];
    for (int w = 0; w < WORDS; w++) {
        uint32_t candidates = p->pending[w] & p->enable[ctx][w];
        while (candidates) {
            int src = w * 32 + __builtin_ctz(candidates);
            candidates &= candidates - 1;
            if (p->priority[src] > best_prio) {
                best = src;
                best_prio = p->priority[src];
            }
        }
    }
    return best;
}

static void send(Plic *p, int ctx)
{
    if (!p->irq) return;
    int bit = ctx % PLIC_CONTEXTS_PER_HART == 0 ? PLIC_MEIP_BIT : PLIC_SEIP_BIT;
    p->irq(p->irq_opaque, ctx / PLIC_CONTEXTS_PER_HART, bit, p->output[ctx]);
}

/* Recomputes every output; sends those that changed, or all if force. */
static void update(Plic *p, bool force)
{
    for (int ctx = 0; ctx < p->ncontexts; ctx++) {
        bool level = best_source(p, ctx) != 0;
        if (level == p->output[ctx] && !force) continue;
        p->output[ctx] = level;
        send(p, ctx);
    }
}

static bool valid_source(int src)
{
    return src >= 1 && src < PLIC_NUM_SOURCES;
}

static uint32_t claim(Plic *p, int ctx)
{
    int src = best_source(p, ctx);
    if (src) {
        put_bit(p->pending, src, false);
        put_bit(p->claimed, src, true);
        update(p, false);
    }
    return (uint32_t)src;
}

static void complete(Plic *p, uint32_t value)
{
    if (value == 0 || value >= PLIC_NUM_SOURCES) return;
    int src = (int)value;
    if (!test_bit(p->claimed, src)) return;
    put_bit(p->claimed, src, false);
    if (test_bit(p->level, src)) put_bit(p->pending, src, true);
    update(p, false);
}

/* Offset decoding shared by reads and writes. */
enum RegKind { REG_NONE, REG_PRIORITY, REG_PENDING, REG_ENABLE, REG_THRESHOLD, REG_CLAIM };

typedef struct Reg {
    enum RegKind kind;
    int index; /* source, pending/enable word */
    int ctx;
} Reg;

static Reg decode(const Plic *p, uint64_t off)
{
    Reg r = {REG_NONE, 0, 0};
    if (off < PLIC_PENDING_BASE) {
        if (valid_source((int)(off / 4))) r = (Reg){REG_PRIORITY, (int)(off / 4), 0};
    } else if (off - PLIC_PENDING_BASE < 4 * WORDS) {
        r = (Reg){REG_PENDING, (int)((off - PLIC_PENDING_BASE) / 4), 0};
    } else if (off >= PLIC_ENABLE_BASE &&
               off - PLIC_ENABLE_BASE < (uint64_t)p->ncontexts * PLIC_ENABLE_STRIDE) {
        uint64_t rel = off - PLIC_ENABLE_BASE;
        int word = (int)(rel % PLIC_ENABLE_STRIDE / 4);
        if (word < WORDS) r = (Reg){REG_ENABLE, word, (int)(rel / PLIC_ENABLE_STRIDE)};
    } else if (off >= PLIC_CONTEXT_BASE &&
               off - PLIC_CONTEXT_BASE < (uint64_t)p->ncontexts * PLIC_CONTEXT_STRIDE) {
        uint64_t rel = off - PLIC_CONTEXT_BASE;
        int ctx = (int)(rel / PLIC_CONTEXT_STRIDE);
        if (rel % PLIC_CONTEXT_STRIDE == PLIC_CONTEXT_THRESHOLD) r = (Reg){REG_THRESHOLD, 0, ctx};
        if (rel % PLIC_CONTEXT_STRIDE == PLIC_CONTEXT_CLAIM) r = (Reg){REG_CLAIM, 0, ctx};
    }
    return r;
}

static uint64_t plic_read(void *opaque, uint64_t offset, unsigned size)
{
    Plic *p = opaque;
    if (size != 4 || (offset & 3)) return 0;
    Reg r = decode(p, offset);
    uint32_t v = 0;
    pthread_mutex_lock(&p->lock);
    switch (r.kind) {
    case REG_PRIORITY: v = p->priority[r.index]; break;
    case REG_PENDING: v = p->pending[r.index]; break;
    case REG_ENABLE: v = p->enable[r.ctx][r.index]; break;
    case REG_THRESHOLD: v = p->threshold[r.ctx]; break;
    case REG_CLAIM: v = claim(p, r.ctx); break;
    case REG_NONE: break;
    }
    pthread_mutex_unlock(&p->lock);
    return v;
}

static void plic_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    Plic *p = opaque;
    if (size != 4 || (offset & 3)) return;
    Reg r = decode(p, offset);
    uint32_t v = (uint32_t)value;
    pthread_mutex_lock(&p->lock);
    switch (r.kind) {
    case REG_PRIORITY:
        /* WARL: the unimplemented high bits read as zero (spec; QEMU masks
         * the same way when the level count is a power of two). */
        p->priority[r.index] = v & PLIC_MAX_PRIORITY;
        update(p, false);
        break;
    case REG_ENABLE:
        /* Bit 0 of word 0 is the reserved source 0: hardwired to 0 (spec). */
        p->enable[r.ctx][r.index] = r.index == 0 ? v & ~1u : v;
        update(p, false);
        break;
    case REG_THRESHOLD:
        p->threshold[r.ctx] = v & PLIC_MAX_PRIORITY;
        update(p, false);
        break;
    case REG_CLAIM: complete(p, v); break;
    case REG_PENDING: /* read-only (spec: IP is cleared only by a claim) */
    case REG_NONE: break;
    }
    pthread_mutex_unlock(&p->lock);
}

static const MemoryRegionOps plic_ops = {.read = plic_read, .write = plic_write};

void plic_set_irq(Plic *p, int source, bool level)
{
    if (!valid_source(source)) return;
    pthread_mutex_lock(&p->lock);
    put_bit(p->level, source, level);
    if (level && !test_bit(p->claimed, source)) put_bit(p->pending, source, true);
    update(p, false);
    pthread_mutex_unlock(&p->lock);
}

PlicLine *plic_line(Plic *p, int source)
{
    if (!valid_source(source)) fatal("PLIC source %d out of range", source);
    return &p->lines[source];
}

void plic_line_set(void *line, bool level)
{
    PlicLine *l = line;
    plic_set_irq(l->plic, l->source, level);
}

void plic_set_output(Plic *p, void (*irq)(void *opaque, int hart, int mip_bit, bool level),
                     void *opaque)
{
    pthread_mutex_lock(&p->lock);
    p->irq = irq;
    p->irq_opaque = opaque;
    update(p, true);
    pthread_mutex_unlock(&p->lock);
}

void plic_reset(Plic *p)
{
    pthread_mutex_lock(&p->lock);
    for (int s = 0; s < PLIC_NUM_SOURCES; s++) p->priority[s] = 0;
    for (int w = 0; w < WORDS; w++) {
        p->claimed[w] = 0;
        p->pending[w] = p->level[w];
    }
    for (int ctx = 0; ctx < PLIC_MAX_CONTEXTS; ctx++) {
        p->threshold[ctx] = 0;
        for (int w = 0; w < WORDS; w++) p->enable[ctx][w] = 0;
    }
    update(p, true);
    pthread_mutex_unlock(&p->lock);
}

Plic *plic_create(AddressSpace *as, uint64_t base, uint64_t size, int nharts)
{
    if (nharts < 1 || nharts > MAX_CPUS) fatal("PLIC: %d harts out of range", nharts);
    Plic *p = calloc(1, sizeof(*p));
    if (!p) fatal("out of memory");
    pthread_mutex_init(&p->lock, NULL);
    p->ncontexts = nharts * PLIC_CONTEXTS_PER_HART;
    for (int s = 0; s < PLIC_NUM_SOURCES; s++) p->lines[s] = (PlicLine){p, s};
    as_add_mmio(as, "plic", base, size, &plic_ops, p);
    return p;
}
