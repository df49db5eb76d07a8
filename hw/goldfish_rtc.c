/* Goldfish RTC. The time is not stored: it is the host's CLOCK_REALTIME
 * plus an offset that guest writes to TIME_LOW/TIME_HIGH move, so it needs
 * no ticking and stays with the host's clock (NTP adjustments included).
 *
 * The alarm is an RTC time. A host timer runs on CLOCK_MONOTONIC, so the
 * deadline is converted when the alarm is armed: now_monotonic + (alarm -
 * rtc_now). When the timer fires, the RTC time is read again and the alarm
 * only goes off if it is really due; otherwise (the host's wall clock went
 * back) it is re-armed. A wall clock that jumps forward makes the alarm
 * late, not early.
 *
 * Behaviour follows QEMU's goldfish_rtc: writing ALARM_LOW arms the alarm
 * (ALARM_HIGH must be written first), an alarm at or before the current
 * time goes off at once, ALARM_STATUS reads 1 while it is armed, and the
 * line is high while the alarm has gone off, not yet cleared by
 * CLEAR_INTERRUPT, and IRQ_ENABLED is 1. CLEAR_ALARM disarms but leaves a
 * raised interrupt raised. One difference: setting the time re-arms a
 * pending alarm, so it goes off when the RTC reaches it; QEMU keeps the
 * host deadline computed when it was armed.
 *
 * Accesses: QEMU accepts only aligned 32-bit accesses (others fault); here
 * they read 0 and writes are dropped, as are the offsets past 0x1c. */
#include "hw/goldfish_rtc.h"

#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "util/log.h"
#include "util/timer.h"

struct GoldfishRtc {
    pthread_mutex_t lock; /* MMIO from vCPUs, the alarm from the timer thread */
    uint64_t offset;      /* RTC time - host CLOCK_REALTIME, modulo 2^64 */
    uint32_t time_high;   /* latched by a TIME_LOW read */
    uint64_t alarm;
    bool alarm_armed;
    bool irq_pending;
    bool irq_enabled;
    bool irq_level;
    HostTimer *timer;
    void (*irq)(void *opaque, bool level);
    void *irq_opaque;
};

static uint64_t wall_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t rtc_now(const GoldfishRtc *r)
{
    return wall_ns() + r->offset;
}

static void update_irq(GoldfishRtc *r)
{
    bool level = r->irq_pending && r->irq_enabled;
    if (level == r->irq_level) return;
    r->irq_level = level;
    if (r->irq) r->irq(r->irq_opaque, level);
}

static void disarm(GoldfishRtc *r)
{
    host_timer_del(r->timer);
    r->alarm_armed = false;
}

/* Goes off now if the alarm is due, else (re)arms the host timer for it. */
static void arm(GoldfishRtc *r)
{
    uint64_t now = rtc_now(r);
    if (r->alarm <= now) {
        disarm(r);
        r->irq_pending = true;
        update_irq(r);
        return;
    }
    r->alarm_armed = true;
    uint64_t mono = host_clock_ns(), wait = r->alarm - now;
    if (wait > UINT64_MAX - mono)
        host_timer_del(r->timer); /* beyond any host deadline: never */
    else
        host_timer_mod(r->timer, mono + wait);
}

static void alarm_fired(void *opaque)
{
    GoldfishRtc *r = opaque;
    pthread_mutex_lock(&r->lock);
    /* A guest write may have disarmed or moved the alarm after the timer
     * thread picked this deadline. */
    if (r->alarm_armed) arm(r);
    pthread_mutex_unlock(&r->lock);
}

static uint64_t with_low(uint64_t v, uint32_t low)
{
    return (v & ~0xffffffffull) | low;
}

static uint64_t with_high(uint64_t v, uint32_t high)
{
    return (v & 0xffffffffull) | (uint64_t)high << 32;
}

static uint64_t rtc_read(void *opaque, uint64_t offset, unsigned size)
{
    GoldfishRtc *r = opaque;
    if (size != 4 || (offset & 3)) return 0;
    uint64_t v = 0;
    pthread_mutex_lock(&r->lock);
    switch (offset) {
    case GOLDFISH_RTC_TIME_LOW: {
        uint64_t now = rtc_now(r);
        r->time_high = (uint32_t)(now >> 32);
        v = (uint32_t)now;
        break;
    }
    case GOLDFISH_RTC_TIME_HIGH: v = r->time_high; break;
    case GOLDFISH_RTC_ALARM_LOW: v = (uint32_t)r->alarm; break;
    case GOLDFISH_RTC_ALARM_HIGH: v = r->alarm >> 32; break;
    case GOLDFISH_RTC_IRQ_ENABLED: v = r->irq_enabled; break;
    case GOLDFISH_RTC_ALARM_STATUS: v = r->alarm_armed; break;
    default: break;
    }
    pthread_mutex_unlock(&r->lock);
    return v;
}

static void rtc_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    GoldfishRtc *r = opaque;
    if (size != 4 || (offset & 3)) return;
    uint32_t v = (uint32_t)value;
    pthread_mutex_lock(&r->lock);
    switch (offset) {
    case GOLDFISH_RTC_TIME_LOW:
    case GOLDFISH_RTC_TIME_HIGH: {
        uint64_t now = rtc_now(r);
        uint64_t want = offset == GOLDFISH_RTC_TIME_LOW ? with_low(now, v) : with_high(now, v);
        r->offset += want - now;
        if (r->alarm_armed) arm(r);
        break;
    }
    case GOLDFISH_RTC_ALARM_LOW:
        r->alarm = with_low(r->alarm, v);
        arm(r);
        break;
    case GOLDFISH_RTC_ALARM_HIGH: r->alarm = with_high(r->alarm, v); break;
    case GOLDFISH_RTC_IRQ_ENABLED:
        r->irq_enabled = v & 1;
        update_irq(r);
        break;
    case GOLDFISH_RTC_CLEAR_ALARM: disarm(r); break;
    case GOLDFISH_RTC_CLEAR_INTERRUPT:
        r->irq_pending = false;
        update_irq(r);
        break;
    default: break;
    }
    pthread_mutex_unlock(&r->lock);
}

static const MemoryRegionOps rtc_ops = {.read = rtc_read, .write = rtc_write};

void goldfish_rtc_set_irq(GoldfishRtc *r, void (*irq)(void *opaque, bool level), void *opaque)
{
    pthread_mutex_lock(&r->lock);
    r->irq = irq;
    r->irq_opaque = opaque;
    pthread_mutex_unlock(&r->lock);
}

void goldfish_rtc_reset(GoldfishRtc *r)
{
    pthread_mutex_lock(&r->lock);
    disarm(r);
    r->alarm = 0;
    r->irq_pending = false;
    r->irq_enabled = false;
    update_irq(r);
    pthread_mutex_unlock(&r->lock);
}

GoldfishRtc *goldfish_rtc_create(AddressSpace *as, uint64_t base, uint64_t size)
{
    GoldfishRtc *r = calloc(1, sizeof(*r));
    if (!r) fatal("out of memory");
    pthread_mutex_init(&r->lock, NULL);
    r->timer = host_timer_new(alarm_fired, r);
    as_add_mmio(as, "goldfish-rtc", base, size, &rtc_ops, r);
    return r;
}
