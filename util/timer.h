/* Host timers: callbacks run at a CLOCK_MONOTONIC deadline on one shared
 * timer thread. For device timers (CLINT mtimecmp, Sstc stimecmp) that must
 * raise an interrupt while the vCPU runs or sleeps in WFI. */
#ifndef RIVET_UTIL_TIMER_H
#define RIVET_UTIL_TIMER_H

#include <stdint.h>

typedef struct HostTimer HostTimer;
typedef void HostTimerFn(void *opaque);

uint64_t host_clock_ns(void);
HostTimer *host_timer_new(HostTimerFn *fn, void *opaque);
/* Arms (or re-arms) the timer for deadline_ns; a past deadline fires at once. */
void host_timer_mod(HostTimer *t, uint64_t deadline_ns);
void host_timer_del(HostTimer *t);

#endif
