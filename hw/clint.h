/* SiFive CLINT (ACLINT MSWI + MTIMER at their classic offsets): msip at
 * +4*hart, mtimecmp at +0x4000 + 8*hart, mtime at +0xbff8, 10 MHz. */
#ifndef RIVET_HW_CLINT_H
#define RIVET_HW_CLINT_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "hw/machine.h"

#define CLINT_TIMEBASE_FREQ 10000000ull
#define CLINT_MSIP 0x0
#define CLINT_MTIMECMP 0x4000
#define CLINT_MTIME 0xbff8

/* mip bit numbers of the two lines a CLINT drives per hart. */
enum { CLINT_IRQ_MSOFT = 3, CLINT_IRQ_MTIMER = 7 };

typedef void ClintIrqFn(void *opaque, int hart, int irq, bool level);

typedef struct Clint {
    int nharts;
    uint64_t start_ns;           /* host CLOCK_MONOTONIC when the machine was made */
    _Atomic int64_t mtime_delta; /* mtime writes and resets move it by this */
    _Atomic uint32_t msip[MAX_CPUS];
    _Atomic uint64_t mtimecmp[MAX_CPUS];
    /* Interrupt wiring, set by the machine (NULL: values are only stored).
     * Called on every msip write, and on mtimecmp/mtime writes with the
     * level "mtime >= mtimecmp" at that moment. A timer that raises MTIP
     * when mtime later reaches mtimecmp is the consumer's job: it knows
     * mtimecmp from clint_mtimecmp(). */
    ClintIrqFn *irq;
    void *irq_opaque;
    /* Raises MTIP when mtime reaches mtimecmp, while the hart runs or sleeps.
     * timer_lock makes each re-evaluation (read mtimecmp, set MTIP, arm the
     * timer) atomic between the vCPU writing mtimecmp and the timer firing. */
    pthread_mutex_t timer_lock;
    struct HostTimer *timer[MAX_CPUS];
    struct ClintTimerArg {
        struct Clint *clint;
        int hart;
    } timer_arg[MAX_CPUS];
} Clint;

Clint *clint_create(AddressSpace *as, uint64_t base, int nharts);
void clint_reset(Clint *c);
uint64_t clint_mtime(Clint *c);
/* The host CLOCK_MONOTONIC time (ns) at which mtime reaches t, or
 * UINT64_MAX if never within reach. */
uint64_t clint_host_deadline(Clint *c, uint64_t t);
static inline uint64_t clint_mtimecmp(Clint *c, int hart)
{
    return c->mtimecmp[hart];
}

#endif
