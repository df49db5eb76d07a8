/*
 * Unit test of the goldfish RTC (hw/goldfish_rtc.c), driven through an
 * AddressSpace with 32-bit accesses at QEMU virt's address, the way Linux's
 * drivers/rtc/rtc-goldfish.c drives it: time read as TIME_LOW then
 * TIME_HIGH, set as TIME_HIGH then TIME_LOW, alarm armed as ALARM_HIGH then
 * ALARM_LOW with IRQ_ENABLED = 1, the interrupt acknowledged with
 * CLEAR_INTERRUPT.
 *
 * Where the expected values come from:
 * - "goldfish": the Goldfish virtual hardware document that QEMU's
 *   hw/rtc/goldfish_rtc.c cites (time in ns since the epoch; TIME_LOW read
 *   latches TIME_HIGH; ALARM_LOW write arms the alarm).
 * - "QEMU": hw/rtc/goldfish_rtc.c: the time follows the host's wall clock;
 *   a partial time write replaces that half of the current time; an alarm
 *   at or before now goes off at once; ALARM_STATUS is 1 while armed and 0
 *   once it has gone off or been cleared; the line is (gone off and not
 *   cleared) && IRQ_ENABLED; CLEAR_ALARM leaves the interrupt; reset
 *   disarms and clears the interrupt state but keeps the time.
 * - "hw/goldfish_rtc.h": rivet's contract where QEMU would fault (odd
 *   sizes) or differs (setting the time re-arms the alarm).
 */
#include <stdatomic.h>
#include <stdio.h>
#include <time.h>

#include "hw/goldfish_rtc.h"

#define BASE 0x101000ull
#define SIZE 0x1000ull
#define MS 1000000ull
#define SEC 1000000000ull

static int failures;
static char err[256];

static void report(const char *name, const char *e)
{
    if (e) {
        printf("not ok goldfish_rtc/%s: %s\n", name, e);
        failures++;
    } else {
        printf("ok goldfish_rtc/%s\n", name);
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

#define EXPECT_IN(what, got, lo, hi)                                                               \
    do {                                                                                           \
        unsigned long long g_ = (got), l_ = (lo), h_ = (hi);                                       \
        if (g_ < l_ || g_ > h_) {                                                                  \
            snprintf(err, sizeof(err), "%s: %llu, want [%llu, %llu] (line %d)", what, g_, l_, h_,  \
                     __LINE__);                                                                    \
            return err;                                                                            \
        }                                                                                          \
    } while (0)

static AddressSpace space;
static AddressSpace *as = &space;
static GoldfishRtc *rtc;

/* The line, as the interrupt controller sees it (set from the timer
 * thread too). */
static _Atomic bool line;
static _Atomic int line_rises;
static _Atomic uint64_t rise_wall_ns;

static uint64_t wall_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * SEC + (uint64_t)ts.tv_nsec;
}

static void on_irq(void *opaque, bool level)
{
    if (level && !line) {
        rise_wall_ns = wall_ns();
        line_rises++;
    }
    line = level;
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

static void wr(uint64_t off, uint64_t v)
{
    as_write(as, BASE + off, 4, v);
}

static uint64_t read_time(void)
{
    uint64_t low = rd(GOLDFISH_RTC_TIME_LOW);
    return rd(GOLDFISH_RTC_TIME_HIGH) << 32 | low;
}

static void set_time(uint64_t t)
{
    wr(GOLDFISH_RTC_TIME_HIGH, t >> 32);
    wr(GOLDFISH_RTC_TIME_LOW, (uint32_t)t);
}

static void set_alarm(uint64_t t)
{
    wr(GOLDFISH_RTC_ALARM_HIGH, t >> 32);
    wr(GOLDFISH_RTC_ALARM_LOW, (uint32_t)t);
}

/* Waits up to timeout for the line to reach level; false on timeout. */
static bool wait_line(bool level, uint64_t timeout)
{
    uint64_t end = wall_ns() + timeout;
    while (line != level) {
        if (wall_ns() > end) return false;
        nanosleep(&(struct timespec){0, 200000}, NULL);
    }
    return true;
}

static void sleep_ns(uint64_t ns)
{
    nanosleep(&(struct timespec){(time_t)(ns / SEC), (long)(ns % SEC)}, NULL);
}

/* QEMU: the time is the host's wall clock in ns since the epoch (QEMU
 * starts it at the current whole second, so allow 1 s below). */
static const char *test_wall_clock(void)
{
    uint64_t before = wall_ns();
    uint64_t t = read_time();
    uint64_t after = wall_ns();
    EXPECT_IN("time", t, before - SEC, after);
    /* It runs: 20 ms later it has moved by about 20 ms. */
    sleep_ns(20 * MS);
    uint64_t t2 = read_time();
    EXPECT_IN("time after 20 ms", t2 - t, 20 * MS, 2 * SEC);
    return NULL;
}

/* goldfish: reading TIME_LOW latches the high half; TIME_HIGH alone
 * returns the latched value. The time is set 2^32 ns (about 4.3 s) ahead
 * so the high half surely differs. */
static const char *test_time_high_latch(void)
{
    rd(GOLDFISH_RTC_TIME_LOW);
    uint64_t high = rd(GOLDFISH_RTC_TIME_HIGH);
    uint64_t now = read_time();
    set_time(now + (5ull << 32));
    EXPECT("TIME_HIGH before a TIME_LOW read", rd(GOLDFISH_RTC_TIME_HIGH), high);
    rd(GOLDFISH_RTC_TIME_LOW);
    EXPECT_IN("TIME_HIGH after a TIME_LOW read", rd(GOLDFISH_RTC_TIME_HIGH), high + 5, high + 6);
    set_time(wall_ns());
    return NULL;
}

/* QEMU: a write replaces that half of the current time; the time then runs
 * on from the value written. */
static const char *test_set_time(void)
{
    const uint64_t y2000 = 946684800ull * SEC; /* 2000-01-01T00:00:00Z */
    set_time(y2000);
    uint64_t t = read_time();
    EXPECT_IN("time after setting 2000", t, y2000, y2000 + SEC);
    sleep_ns(10 * MS);
    EXPECT_IN("2000 + 10 ms", read_time(), t + 10 * MS, t + 2 * SEC);
    /* Only the low half: the high half stays that of the current time
     * (set first to a whole 2^32 ns, far from the low half's wrap). */
    const uint64_t high = 0x17000000;
    set_time(high << 32);
    wr(GOLDFISH_RTC_TIME_LOW, 0x12345678);
    t = read_time();
    EXPECT("high half after a TIME_LOW write", t >> 32, high);
    EXPECT_IN("low half after a TIME_LOW write", (uint32_t)t, 0x12345678, 0x12345678 + SEC);
    /* Back to the host's time. */
    uint64_t host = wall_ns();
    set_time(host);
    EXPECT_IN("time after setting the host's", read_time(), host, wall_ns() + SEC);
    return NULL;
}

/* goldfish + QEMU: an alarm goes off at the time it names, sets the line
 * (IRQ_ENABLED = 1), reads ALARM_STATUS 0 afterwards, and the line stays up
 * until CLEAR_INTERRUPT. */
static const char *test_alarm(void)
{
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    EXPECT("IRQ_ENABLED", rd(GOLDFISH_RTC_IRQ_ENABLED), 1);
    int rises = line_rises;
    uint64_t w0 = wall_ns();
    uint64_t alarm = read_time() + 5 * MS;
    set_alarm(alarm);
    EXPECT("ALARM_STATUS while armed", rd(GOLDFISH_RTC_ALARM_STATUS), 1);
    EXPECT("ALARM_LOW", rd(GOLDFISH_RTC_ALARM_LOW), (uint32_t)alarm);
    EXPECT("ALARM_HIGH", rd(GOLDFISH_RTC_ALARM_HIGH), alarm >> 32);
    EXPECT("line right after arming", line, false);
    if (!wait_line(true, 2 * SEC)) return "the alarm did not raise the line within 2 s";
    EXPECT("rises", line_rises, rises + 1);
    /* The RTC reached the alarm no earlier than 5 ms after w0. */
    if (rise_wall_ns < w0 + 5 * MS) return "the alarm went off early";
    EXPECT("ALARM_STATUS after it went off", rd(GOLDFISH_RTC_ALARM_STATUS), 0);
    sleep_ns(5 * MS);
    EXPECT("line before CLEAR_INTERRUPT", line, true);
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    EXPECT("line after CLEAR_INTERRUPT", line, false);
    EXPECT("rises at the end", line_rises, rises + 1);
    return NULL;
}

/* QEMU: with IRQ_ENABLED = 0 the alarm still goes off (ALARM_STATUS drops)
 * but the line stays low until the interrupt is enabled. */
static const char *test_alarm_masked(void)
{
    wr(GOLDFISH_RTC_IRQ_ENABLED, 0);
    set_alarm(read_time() + 2 * MS);
    uint64_t end = wall_ns() + 2 * SEC;
    while (rd(GOLDFISH_RTC_ALARM_STATUS) && wall_ns() < end) sleep_ns(MS / 5);
    EXPECT("ALARM_STATUS", rd(GOLDFISH_RTC_ALARM_STATUS), 0);
    EXPECT("line while masked", line, false);
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    EXPECT("line once enabled", line, true);
    wr(GOLDFISH_RTC_IRQ_ENABLED, 0);
    EXPECT("line once disabled again", line, false);
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    EXPECT("line after clear and enable", line, false);
    return NULL;
}

/* QEMU: an alarm at or before the current time goes off at once. */
static const char *test_alarm_in_the_past(void)
{
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    set_alarm(read_time() - SEC);
    EXPECT("line", line, true);
    EXPECT("ALARM_STATUS", rd(GOLDFISH_RTC_ALARM_STATUS), 0);
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    EXPECT("line after clear", line, false);
    return NULL;
}

/* QEMU: CLEAR_ALARM disarms: ALARM_STATUS 0 and nothing goes off. */
static const char *test_clear_alarm(void)
{
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    int rises = line_rises;
    set_alarm(read_time() + 10 * MS);
    wr(GOLDFISH_RTC_CLEAR_ALARM, 1);
    EXPECT("ALARM_STATUS after CLEAR_ALARM", rd(GOLDFISH_RTC_ALARM_STATUS), 0);
    sleep_ns(30 * MS);
    EXPECT("line after the cleared alarm's time", line, false);
    EXPECT("rises", line_rises, rises);
    /* A new alarm replaces an armed one. */
    set_alarm(read_time() + 500 * SEC);
    set_alarm(read_time() + 3 * MS);
    if (!wait_line(true, 2 * SEC)) return "the replacing alarm did not go off";
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    return NULL;
}

/* goldfish: the alarm names an RTC time, so moving the time past it makes
 * it go off (rivet re-arms; see hw/goldfish_rtc.c). */
static const char *test_set_time_past_alarm(void)
{
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    uint64_t now = read_time();
    set_alarm(now + 100 * SEC);
    EXPECT("line before", line, false);
    set_time(now + 200 * SEC);
    if (!wait_line(true, 2 * SEC)) return "moving the time past the alarm did not raise the line";
    EXPECT("ALARM_STATUS", rd(GOLDFISH_RTC_ALARM_STATUS), 0);
    wr(GOLDFISH_RTC_CLEAR_INTERRUPT, 1);
    set_time(wall_ns());
    return NULL;
}

/* QEMU: reset disarms, clears and disables the interrupt; the time (with
 * the offset the guest set) runs on. */
static const char *test_reset(void)
{
    const uint64_t y2000 = 946684800ull * SEC;
    set_time(y2000);
    wr(GOLDFISH_RTC_IRQ_ENABLED, 1);
    set_alarm(read_time() - 1);
    EXPECT("line before reset", line, true);
    set_alarm(read_time() + 100 * SEC);
    goldfish_rtc_reset(rtc);
    EXPECT("line after reset", line, false);
    EXPECT("IRQ_ENABLED after reset", rd(GOLDFISH_RTC_IRQ_ENABLED), 0);
    EXPECT("ALARM_STATUS after reset", rd(GOLDFISH_RTC_ALARM_STATUS), 0);
    EXPECT("ALARM_LOW after reset", rd(GOLDFISH_RTC_ALARM_LOW), 0);
    EXPECT("ALARM_HIGH after reset", rd(GOLDFISH_RTC_ALARM_HIGH), 0);
    EXPECT_IN("time after reset", read_time(), y2000, y2000 + 2 * SEC);
    set_time(wall_ns());
    return NULL;
}

/* hw/goldfish_rtc.h: accesses other than aligned 32-bit ones read 0 and
 * change nothing (QEMU faults them); so do offsets with no register. */
static const char *test_odd_accesses(void)
{
    static const unsigned sizes[] = {1, 2, 8};
    for (size_t i = 0; i < 3; i++) {
        EXPECT("odd-sized TIME_LOW read", rd_sized(GOLDFISH_RTC_TIME_LOW, sizes[i]), 0);
        as_write(as, BASE + GOLDFISH_RTC_TIME_HIGH, sizes[i], 0);
        as_write(as, BASE + GOLDFISH_RTC_IRQ_ENABLED, sizes[i], 1);
    }
    EXPECT("misaligned read", rd_sized(GOLDFISH_RTC_TIME_LOW + 1, 4), 0);
    as_write(as, BASE + GOLDFISH_RTC_TIME_HIGH + 2, 4, 0);
    uint64_t before = wall_ns();
    EXPECT_IN("time after odd writes", read_time(), before - SEC, wall_ns() + SEC);
    EXPECT("IRQ_ENABLED after odd writes", rd(GOLDFISH_RTC_IRQ_ENABLED), 0);
    for (uint64_t off = 0x20; off < SIZE; off += 4) {
        wr(off, 0xffffffff);
        if (rd(off) != 0) return "a reserved offset reads non-zero";
    }
    EXPECT("write-only CLEAR_ALARM reads 0", rd(GOLDFISH_RTC_CLEAR_ALARM), 0);
    EXPECT("write-only CLEAR_INTERRUPT reads 0", rd(GOLDFISH_RTC_CLEAR_INTERRUPT), 0);
    EXPECT("line", line, false);
    return NULL;
}

int main(void)
{
    rtc = goldfish_rtc_create(as, BASE, SIZE);
    goldfish_rtc_set_irq(rtc, on_irq, NULL);
    report("wall_clock", test_wall_clock());
    report("time_high_latch", test_time_high_latch());
    report("set_time", test_set_time());
    report("alarm", test_alarm());
    report("alarm_masked", test_alarm_masked());
    report("alarm_in_the_past", test_alarm_in_the_past());
    report("clear_alarm", test_clear_alarm());
    report("set_time_past_alarm", test_set_time_past_alarm());
    report("reset", test_reset());
    report("odd_accesses", test_odd_accesses());
    return failures != 0;
}
