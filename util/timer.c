/* One thread sleeps until the earliest armed deadline and runs the
 * callbacks that are due. Few timers exist (two per hart), so a list is
 * enough. A callback runs without the lock held, so it may re-arm timers. */
#include "util/timer.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#include "util/log.h"

struct HostTimer {
    HostTimerFn *fn;
    void *opaque;
    bool armed;
    uint64_t deadline;
    HostTimer *next;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond;
static HostTimer *timers;
static bool thread_started;

uint64_t host_clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void *timer_thread(void *arg)
{
    pthread_mutex_lock(&lock);
    for (;;) {
        uint64_t now = host_clock_ns(), next = UINT64_MAX;
        HostTimer *due = NULL;
        for (HostTimer *t = timers; t; t = t->next) {
            if (!t->armed) continue;
            if (t->deadline <= now) {
                due = t;
                break;
            }
            if (t->deadline < next) next = t->deadline;
        }
        if (due) {
            due->armed = false;
            pthread_mutex_unlock(&lock);
            due->fn(due->opaque);
            pthread_mutex_lock(&lock);
            continue;
        }
        if (next == UINT64_MAX) {
            pthread_cond_wait(&cond, &lock);
        } else {
            struct timespec ts = {(time_t)(next / 1000000000ull), (long)(next % 1000000000ull)};
            pthread_cond_timedwait(&cond, &lock, &ts);
        }
    }
    return arg;
}

HostTimer *host_timer_new(HostTimerFn *fn, void *opaque)
{
    HostTimer *t = calloc(1, sizeof(*t));
    if (!t) fatal("out of memory");
    t->fn = fn;
    t->opaque = opaque;
    pthread_mutex_lock(&lock);
    if (!thread_started) {
        pthread_condattr_t attr;
        pthread_condattr_init(&attr);
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
        pthread_cond_init(&cond, &attr);
        pthread_t th;
        if (pthread_create(&th, NULL, timer_thread, NULL) != 0) fatal("cannot start the timer thread");
        pthread_detach(th);
        thread_started = true;
    }
    t->next = timers;
    timers = t;
    pthread_mutex_unlock(&lock);
    return t;
}

void host_timer_mod(HostTimer *t, uint64_t deadline_ns)
{
    pthread_mutex_lock(&lock);
    t->deadline = deadline_ns;
    t->armed = true;
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&lock);
}

void host_timer_del(HostTimer *t)
{
    pthread_mutex_lock(&lock);
    t->armed = false;
    pthread_mutex_unlock(&lock);
}
