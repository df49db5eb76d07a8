/* CLINT. mtime is not a counter that anything increments: it is computed
 * on demand from the host monotonic clock (10 MHz since the machine was
 * created) plus an offset that guest writes to mtime and resets move, so reads
 * from any thread agree and cost one clock_gettime. msip and mtimecmp are
 * plain stored values; what they raise goes through the irq hook.
 *
 * Accesses: msip is 32-bit; mtimecmp and mtime are 64-bit registers that
 * may also be accessed as two 32-bit halves (RV32 firmware does). */
#include "hw/clint.h"

#include <stdlib.h>
#include <time.h>

#include "util/log.h"
#include "util/timer.h"

static uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t host_ticks(Clint *c)
{
    return (host_ns() - c->start_ns) / (1000000000ull / CLINT_TIMEBASE_FREQ);
}

uint64_t clint_mtime(Clint *c)
{
    return host_ticks(c) + (uint64_t)c->mtime_delta;
}

static void set_irq(Clint *c, int hart, int irq, bool level)
{
    if (c->irq) c->irq(c->irq_opaque, hart, irq, level);
}

uint64_t clint_host_deadline(Clint *c, uint64_t t)
{
    uint64_t ticks = t - (uint64_t)c->mtime_delta; /* host ticks when mtime == t */
    const uint64_t ns_per_tick = 1000000000ull / CLINT_TIMEBASE_FREQ;
    if (ticks > (UINT64_MAX - c->start_ns) / ns_per_tick) return UINT64_MAX;
    return c->start_ns + ticks * ns_per_tick;
}

/* MTIP follows mtime >= mtimecmp: set now if due, else when it becomes due. */
static void timer_changed(Clint *c, int hart)
{
    pthread_mutex_lock(&c->timer_lock);
    bool due = clint_mtime(c) >= c->mtimecmp[hart];
    set_irq(c, hart, CLINT_IRQ_MTIMER, due);
    if (!c->timer[hart]) {
        pthread_mutex_unlock(&c->timer_lock);
        return;
    }
    uint64_t deadline = due ? UINT64_MAX : clint_host_deadline(c, c->mtimecmp[hart]);
    if (deadline == UINT64_MAX)
        host_timer_del(c->timer[hart]);
    else
        host_timer_mod(c->timer[hart], deadline);
    pthread_mutex_unlock(&c->timer_lock);
}

static void timer_fired(void *opaque)
{
    struct ClintTimerArg *arg = opaque;
    timer_changed(arg->clint, arg->hart);
}

/* Replaces the 32-bit half of *word at byte offset off (0 or 4), or all of
 * it for an aligned 64-bit access. */
static uint64_t merge(uint64_t word, uint64_t off, uint64_t value, unsigned size)
{
    if (size == 8) return value;
    if (off == 0) return (word & ~0xffffffffull) | (uint32_t)value;
    return (word & 0xffffffffull) | ((uint64_t)(uint32_t)value << 32);
}

static uint64_t extract(uint64_t word, uint64_t off, unsigned size)
{
    if (size == 8) return word;
    return off == 0 ? (uint32_t)word : word >> 32;
}

/* Valid: 4-byte accesses to each half, 8-byte accesses to the whole. */
static bool valid64(uint64_t off, unsigned size)
{
    return (size == 4 && (off & 3) == 0) || (size == 8 && (off & 7) == 0);
}

static uint64_t clint_read(void *opaque, uint64_t offset, unsigned size)
{
    Clint *c = opaque;
    if (offset < CLINT_MTIMECMP) {
        uint64_t hart = offset >> 2;
        if (size != 4 || (offset & 3) || hart >= (uint64_t)c->nharts) return 0;
        return c->msip[hart];
    }
    if (offset >= CLINT_MTIME && offset < CLINT_MTIME + 8) {
        if (!valid64(offset, size)) return 0;
        return extract(clint_mtime(c), offset - CLINT_MTIME, size);
    }
    uint64_t hart = (offset - CLINT_MTIMECMP) >> 3;
    if (!valid64(offset, size) || hart >= (uint64_t)c->nharts) return 0;
    return extract(c->mtimecmp[hart], offset & 7, size);
}

static void clint_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    Clint *c = opaque;
    if (offset < CLINT_MTIMECMP) {
        uint64_t hart = offset >> 2;
        if (size != 4 || (offset & 3) || hart >= (uint64_t)c->nharts) return;
        c->msip[hart] = value & 1;
        set_irq(c, (int)hart, CLINT_IRQ_MSOFT, value & 1);
        return;
    }
    if (offset >= CLINT_MTIME && offset < CLINT_MTIME + 8) {
        if (!valid64(offset, size)) return;
        uint64_t now = clint_mtime(c);
        uint64_t want = merge(now, offset - CLINT_MTIME, value, size);
        c->mtime_delta += (int64_t)(want - now);
        for (int h = 0; h < c->nharts; h++) timer_changed(c, h);
        return;
    }
    uint64_t hart = (offset - CLINT_MTIMECMP) >> 3;
    if (!valid64(offset, size) || hart >= (uint64_t)c->nharts) return;
    /* A 32-bit half is a read-modify-write: two harts racing on the same
     * mtimecmp get what they asked for. The atomic keeps readers (the
     * timer) from seeing a torn value. */
    c->mtimecmp[hart] = merge(c->mtimecmp[hart], offset & 7, value, size);
    timer_changed(c, (int)hart);
}

static const MemoryRegionOps clint_ops = {.read = clint_read, .write = clint_write};

/* As QEMU (following the ACLINT spec): a reset clears mtime and msip;
 * mtimecmp keeps its value ("unknown" after reset). */
void clint_reset(Clint *c)
{
    c->mtime_delta = -(int64_t)host_ticks(c);
    for (int h = 0; h < MAX_CPUS; h++) {
        c->msip[h] = 0;
        set_irq(c, h, CLINT_IRQ_MSOFT, false);
    }
    for (int h = 0; h < c->nharts; h++) timer_changed(c, h);
}

Clint *clint_create(AddressSpace *as, uint64_t base, int nharts)
{
    Clint *c = calloc(1, sizeof(*c));
    if (!c) fatal("out of memory");
    c->nharts = nharts;
    c->start_ns = host_ns();
    pthread_mutex_init(&c->timer_lock, NULL);
    for (int h = 0; h < nharts; h++) {
        c->timer_arg[h].clint = c;
        c->timer_arg[h].hart = h;
        c->timer[h] = host_timer_new(timer_fired, &c->timer_arg[h]);
    }
    as_add_mmio(as, "clint", base, 0x10000, &clint_ops, c);
    return c;
}
