/* Goldfish RTC ("google,goldfish-rtc") as on QEMU's virt machine: a 64-bit
 * count of nanoseconds since the Unix epoch that follows the host's wall
 * clock, and one alarm with its interrupt line. */
#ifndef RIVET_HW_GOLDFISH_RTC_H
#define RIVET_HW_GOLDFISH_RTC_H

#include <stdbool.h>
#include <stdint.h>

#include "system/memory.h"

/* Registers, all 32-bit. */
enum {
    GOLDFISH_RTC_TIME_LOW = 0x00, /* reading latches TIME_HIGH */
    GOLDFISH_RTC_TIME_HIGH = 0x04,
    GOLDFISH_RTC_ALARM_LOW = 0x08, /* writing arms the alarm */
    GOLDFISH_RTC_ALARM_HIGH = 0x0c,
    GOLDFISH_RTC_IRQ_ENABLED = 0x10,
    GOLDFISH_RTC_CLEAR_ALARM = 0x14,
    GOLDFISH_RTC_ALARM_STATUS = 0x18, /* 1 while an alarm is armed */
    GOLDFISH_RTC_CLEAR_INTERRUPT = 0x1c,
};

typedef struct GoldfishRtc GoldfishRtc;

GoldfishRtc *goldfish_rtc_create(AddressSpace *as, uint64_t base, uint64_t size);
/* The interrupt line (low until then). Called with the new level when it
 * changes, with the RTC's lock held, from the thread that made the access
 * or from the timer thread: the callee must not call back into the RTC. */
void goldfish_rtc_set_irq(GoldfishRtc *r, void (*irq)(void *opaque, bool level), void *opaque);
/* As QEMU: the alarm is disarmed, the interrupt cleared and disabled; the
 * time (with any offset the guest set) runs on. */
void goldfish_rtc_reset(GoldfishRtc *r);

#endif
