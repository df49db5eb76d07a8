/*
 * Self-check init for the rivet Linux guest (PID 1 of the initramfs).
 *
 * It exercises, from userspace, the parts of the machine and the CPU that a
 * real Linux workload leans on and that a bare-metal test cannot reach: page
 * faults turned into copy-on-write, file mappings and signals, context
 * switches between threads on several harts, the FPU state Linux saves and
 * restores lazily, the virtio-blk queue under ext4, the goldfish RTC. Each
 * check prints one line on the console:
 *
 *     selfcheck: ok NAME: detail
 *     selfcheck: FAIL NAME: detail
 *
 * then a summary line and the machine powers off through the syscon device
 * (QEMU and rivet then exit with status 0; the lines carry the verdict). The
 * first line, "selfcheck: init started", is the boot benchmark's marker.
 *
 * Kernel command line switches (read from /proc/cmdline):
 *   rivet.shell        mount the filesystems and run an interactive busybox
 *                      shell on the console instead of the checks; leaving
 *                      the shell (or busybox poweroff/reboot) ends the machine
 *   rivet.epoch=SECS   host time at boot: the RTC check then asks for the
 *                      guest clock within RTC_SLACK seconds of it (without
 *                      it, only that the date is after 2025)
 * rdinit=/bin/sh bypasses this program entirely (busybox sh as PID 1).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/rtc.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "fp_expected.h" /* generated at build time by fpgen.c */
#include "fpcases.h"

#define RTC_SLACK 600 /* s: a slow boot under a debug build is still "now" */
#define DISK_DEV "/dev/vda"
#define DISK_MNT "/mnt"

static int n_ok, n_fail;
static char cmdline[4096];

static void report(const char *name, int ok, const char *fmt, ...)
{
    char detail[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    printf("selfcheck: %s %s: %s\n", ok ? "ok" : "FAIL", name, detail);
    if (ok)
        n_ok++;
    else
        n_fail++;
}

/* The value of "key=value" on the kernel command line, or NULL. */
static const char *cmdline_arg(const char *key)
{
    size_t len = strlen(key);
    for (const char *p = cmdline; (p = strstr(p, key)) != NULL; p += len) {
        if ((p == cmdline || p[-1] == ' ') && (p[len] == '=' || p[len] == ' ' || p[len] == 0))
            return p[len] == '=' ? p + len + 1 : "";
    }
    return NULL;
}

static int read_file(const char *path, char *buf, size_t size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(fd, buf + n, size - 1 - n)) > 0) n += (size_t)r;
    close(fd);
    buf[n] = 0;
    return (int)n;
}

/* Runs "sh -c SCRIPT", returns its exit status and its stdout in out. */
static int run_sh(const char *script, char *out, size_t size)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return -1;
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        dup2(fds[1], 1);
        execl("/bin/sh", "sh", "-c", script, (char *)NULL);
        _exit(127);
    }
    close(fds[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < size && (r = read(fds[0], out + n, size - 1 - n)) > 0) n += (size_t)r;
    out[n] = 0;
    close(fds[0]);
    int status;
    if (waitpid(pid, &status, 0) != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void check_mounts(void)
{
    static const struct {
        const char *src, *dir, *type;
    } m[] = {
        {"proc", "/proc", "proc"},
        {"sysfs", "/sys", "sysfs"},
        {"devtmpfs", "/dev", "devtmpfs"},
        {"tmpfs", "/tmp", "tmpfs"},
    };
    int ok = 1;
    char bad[128] = "";
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++) {
        mkdir(m[i].dir, 0755);
        if (mount(m[i].src, m[i].dir, m[i].type, 0, NULL) < 0 && errno != EBUSY) {
            ok = 0;
            snprintf(bad + strlen(bad), sizeof bad - strlen(bad), " %s(%s)", m[i].dir,
                     strerror(errno));
        }
    }
    report("mounts", ok, ok ? "proc sysfs devtmpfs tmpfs" : "failed:%s", bad);
}

static void check_fork_exec(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", "exit 42", (char *)NULL);
        _exit(1);
    }
    int status = 0;
    pid_t w = pid > 0 ? waitpid(pid, &status, 0) : -1;
    int ok = w == pid && WIFEXITED(status) && WEXITSTATUS(status) == 42;
    report("fork-exec-wait", ok, "child %d exit status %d (want 42)", (int)pid,
           WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

static void check_pipeline(void)
{
    char out[256];
    int st = run_sh("echo hello rivet | tr a-z A-Z | sed 's/ /_/'", out, sizeof out);
    int ok = st == 0 && strcmp(out, "HELLO_RIVET\n") == 0;
    out[strcspn(out, "\n")] = 0;
    report("shell-pipeline", ok, "status %d, output \"%s\" (want \"HELLO_RIVET\")", st, out);
}

static void check_mmap_anon(void)
{
    const size_t len = 4u << 20;
    const long page = sysconf(_SC_PAGESIZE);
    unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        report("mmap-anon", 0, "mmap: %s", strerror(errno));
        return;
    }
    int ok = 1;
    for (size_t i = 0; i < len; i += (size_t)page) ok &= p[i] == 0;
    for (size_t i = 0; i < len; i++) p[i] = (unsigned char)(i * 7 + (i >> 12));
    /* A child writing to every page must get its own copies. */
    pid_t pid = fork();
    if (pid == 0) {
        for (size_t i = 0; i < len; i += (size_t)page) p[i] ^= 0xff;
        int same = 1;
        for (size_t i = 0; i < len; i += (size_t)page)
            same &= p[i] == (unsigned char)~(unsigned char)(i * 7 + (i >> 12));
        _exit(same ? 0 : 1);
    }
    int status = -1;
    waitpid(pid, &status, 0);
    int child_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    for (size_t i = 0; i < len; i++) ok &= p[i] == (unsigned char)(i * 7 + (i >> 12));
    munmap(p, len);
    report("mmap-anon", ok && child_ok, "4 MiB zero-filled, pattern kept%s, copy-on-write %s",
           ok ? "" : " NOT", child_ok ? "ok" : "broken");
}

static void check_mmap_file(void)
{
    const char *path = "/tmp/mapped";
    const size_t len = 3 * 4096 + 100;
    char *buf = malloc(len), *back = malloc(len);
    for (size_t i = 0; i < len; i++) buf[i] = (char)('a' + i % 26);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    int ok = fd >= 0 && write(fd, buf, len) == (ssize_t)len;
    char *m = ok ? mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) : MAP_FAILED;
    const char *why = "ok";
    if (m == MAP_FAILED) {
        ok = 0;
        why = "mmap failed";
    } else {
        if (memcmp(m, buf, len) != 0) {
            ok = 0;
            why = "mapping differs from file";
        }
        memcpy(m + 4096, "MAPPED", 6); /* through the mapping, seen by read() */
        msync(m, len, MS_SYNC);
        munmap(m, len);
        memcpy(buf + 4096, "MAPPED", 6);
        if (pread(fd, back, len, 0) != (ssize_t)len || memcmp(back, buf, len) != 0) {
            ok = 0;
            why = "write through mapping not in file";
        }
    }
    if (fd >= 0) close(fd);
    unlink(path);
    free(buf);
    free(back);
    report("mmap-file", ok, "MAP_SHARED tmpfs file, read and written: %s", why);
}

static sigjmp_buf segv_jmp;
static volatile void *segv_addr;
static volatile int segv_code;

static void on_segv(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    segv_addr = si->si_addr;
    segv_code = si->si_code;
    siglongjmp(segv_jmp, 1);
}

static void check_sigsegv(void)
{
    struct sigaction sa = {0};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);

    /* A write to a read-only page (SEGV_ACCERR), then to an unmapped one. */
    char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *gone = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(gone, 4096);
    volatile char *targets[2] = {ro + 123, gone + 7};
    int codes[2] = {SEGV_ACCERR, SEGV_MAPERR};
    volatile int ok = ro != MAP_FAILED && gone != MAP_FAILED;
    char detail[200] = "";
    for (volatile int i = 0; ok && i < 2; i++) {
        segv_addr = NULL;
        segv_code = 0;
        if (sigsetjmp(segv_jmp, 1) == 0) {
            *targets[i] = 1;
            ok = 0; /* the store went through */
            snprintf(detail, sizeof detail, "store %d did not fault", i);
            break;
        }
        if (segv_addr != targets[i] || segv_code != codes[i]) {
            ok = 0;
            snprintf(detail, sizeof detail, "fault %d: si_addr %p (want %p) si_code %d (want %d)",
                     i, segv_addr, (void *)targets[i], segv_code, codes[i]);
        }
    }
    signal(SIGSEGV, SIG_DFL);
    munmap(ro, 4096);
    report("sigsegv", ok, "%s",
           ok ? "SEGV_ACCERR and SEGV_MAPERR handled with right si_addr" : detail);
}

static void check_fp(void)
{
    uint64_t r[FP_MAX_CASES];
    int n = fp_cases(r);
    int bad = -1;
    for (int i = 0; i < n && i < FP_EXPECTED_N; i++) {
        if (r[i] != fp_expected[i]) {
            bad = i;
            break;
        }
    }
    if (n != FP_EXPECTED_N)
        report("fp", 0, "%d cases, %d expected", n, FP_EXPECTED_N);
    else if (bad >= 0)
        report("fp", 0, "case %d: got %016llx want %016llx", bad, (unsigned long long)r[bad],
               (unsigned long long)fp_expected[bad]);
    else
        report("fp", 1, "%d IEEE results bit-exact (sqrt %.17g)", n, sqrt(2.0));
}

#define N_THREADS 4
#define N_ITERS 100000
static atomic_long counter;
static atomic_long cas_counter;
static long locked_counter;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t start_line;

static void *worker(void *arg)
{
    volatile double f = (double)(long)arg; /* FP state must survive switches */
    pthread_barrier_wait(&start_line);
    for (int i = 0; i < N_ITERS; i++) {
        atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
        long old = atomic_load(&cas_counter);
        while (!atomic_compare_exchange_weak(&cas_counter, &old, old + 2)) {
        }
        if (i % 64 == 0) {
            pthread_mutex_lock(&lock);
            locked_counter++;
            pthread_mutex_unlock(&lock);
        }
        f = f + 1.0;
    }
    return (void *)(long)(f == (double)(long)arg + N_ITERS);
}

static void check_threads(void)
{
    pthread_t t[N_THREADS];
    int started = 0, fp_ok = 1;
    pthread_barrier_init(&start_line, NULL, N_THREADS);
    for (long i = 0; i < N_THREADS; i++)
        started += pthread_create(&t[i], NULL, worker, (void *)(i * 1000)) == 0;
    for (int i = 0; i < started; i++) {
        void *ret;
        pthread_join(t[i], &ret);
        fp_ok &= ret == (void *)1;
    }
    long want_locked = N_THREADS * ((N_ITERS + 63) / 64);
    int ok = started == N_THREADS && fp_ok && counter == (long)N_THREADS * N_ITERS &&
             cas_counter == 2L * N_THREADS * N_ITERS && locked_counter == want_locked;
    report("pthread-atomics", ok,
           "%d threads on %ld cpus: fetch_add %ld/%ld, cas %ld/%ld, mutex %ld/%ld, fp %s", started,
           sysconf(_SC_NPROCESSORS_ONLN), (long)counter, (long)N_THREADS * N_ITERS,
           (long)cas_counter, 2L * N_THREADS * N_ITERS, locked_counter, want_locked,
           fp_ok ? "ok" : "corrupted");
}

static void check_disk(void)
{
    char want[512], got[512];
    const char *why = NULL;
    mkdir(DISK_MNT, 0755);
    if (read_file("/etc/disk-hello.txt", want, sizeof want) <= 0)
        why = "no /etc/disk-hello.txt in the initramfs";
    else if (mount(DISK_DEV, DISK_MNT, "ext4", 0, NULL) < 0)
        why = "mount " DISK_DEV " failed (no -drive if=virtio?)";
    else if (read_file(DISK_MNT "/hello.txt", got, sizeof got) < 0 || strcmp(got, want) != 0)
        why = "hello.txt on the disk differs from the copy in the initramfs";
    if (why) {
        report("virtio-blk-ext4", 0, "%s: %s", why, strerror(errno));
        umount(DISK_MNT);
        return;
    }
    /* Write 256 KiB, unmount (flushes and drops the cached pages), mount
     * again and read it back: the data has to make the round trip through
     * the virtio queue both ways. */
    const size_t len = 256 * 1024;
    unsigned char *buf = malloc(len), *back = malloc(len);
    for (size_t i = 0; i < len; i++) buf[i] = (unsigned char)(i ^ (i >> 8) ^ (i >> 16));
    int fd = open(DISK_MNT "/selfcheck.bin", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int ok = fd >= 0 && write(fd, buf, len) == (ssize_t)len && fsync(fd) == 0;
    if (fd >= 0) close(fd);
    ok = ok && umount(DISK_MNT) == 0 && mount(DISK_DEV, DISK_MNT, "ext4", 0, NULL) == 0;
    fd = ok ? open(DISK_MNT "/selfcheck.bin", O_RDONLY) : -1;
    ssize_t n = 0, r;
    while (fd >= 0 && (size_t)n < len && (r = read(fd, back + n, len - (size_t)n)) > 0) n += r;
    ok = ok && fd >= 0 && (size_t)n == len && memcmp(buf, back, len) == 0;
    if (fd >= 0) close(fd);
    umount(DISK_MNT);
    free(buf);
    free(back);
    got[strcspn(got, "\n")] = 0;
    report("virtio-blk-ext4", ok, "read \"%s\"; 256 KiB written, remounted, read back %s", got,
           ok ? "equal" : "DIFFERENT");
}

static void check_rtc(void)
{
    struct rtc_time tm = {0};
    int fd = open("/dev/rtc0", O_RDONLY);
    if (fd < 0 || ioctl(fd, RTC_RD_TIME, &tm) < 0) {
        report("rtc", 0, "/dev/rtc0: %s", strerror(errno));
        if (fd >= 0) close(fd);
        return;
    }
    close(fd);
    struct tm t = {.tm_sec = tm.tm_sec,
                   .tm_min = tm.tm_min,
                   .tm_hour = tm.tm_hour,
                   .tm_mday = tm.tm_mday,
                   .tm_mon = tm.tm_mon,
                   .tm_year = tm.tm_year};
    time_t rtc = timegm(&t), sys = time(NULL);
    const char *epoch = cmdline_arg("rivet.epoch");
    int ok;
    char detail[160];
    if (epoch && *epoch) {
        long host = atol(epoch), d = (long)rtc - host;
        ok = d >= -5 && d <= RTC_SLACK;
        snprintf(detail, sizeof detail, "%ld s after rivet.epoch", d);
    } else {
        ok = tm.tm_year + 1900 >= 2025;
        snprintf(detail, sizeof detail, "year after 2025");
    }
    /* CONFIG_RTC_HCTOSYS set the system clock from the same RTC at boot. */
    long drift = (long)sys - (long)rtc;
    ok = ok && drift >= -2 && drift <= 2;
    report("rtc", ok, "%04d-%02d-%02d %02d:%02d:%02d UTC, %s, system clock %+ld s",
           tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, detail,
           drift);
}

static void check_cpuinfo(void)
{
    static char info[16384];
    if (read_file("/proc/cpuinfo", info, sizeof info) <= 0) {
        report("cpuinfo", 0, "cannot read /proc/cpuinfo");
        return;
    }
    int harts = 0;
    for (const char *p = info; (p = strstr(p, "processor")) != NULL; p++)
        if (p == info || p[-1] == '\n') harts++;
    char isa[256] = "";
    const char *p = strstr(info, "\nisa");
    if (p && (p = strchr(p, ':')) != NULL) {
        p += 1 + strspn(p + 1, " \t");
        snprintf(isa, sizeof isa, "%.*s", (int)strcspn(p, "\n"), p);
    }
    /* The single-letter part (up to the first '_') must hold IMAFDC. */
    size_t base = strcspn(isa, "_");
    int ok = strncmp(isa, "rv64", 4) == 0 && harts > 0;
    for (const char *want = "imafdc"; *want; want++) {
        const char *hit = strchr(isa + 4, *want);
        ok &= hit != NULL && (size_t)(hit - isa) < base;
    }
    report("cpuinfo", ok, "%d hart(s), isa %s", harts, isa);
}

static volatile sig_atomic_t end_request;

static void on_end_signal(int sig)
{
    end_request = sig;
}

static int run_checks(void);

/* Interactive mode: busybox sh on the console's tty, with job control. */
static void run_shell(void)
{
    char tty[64] = "console", path[80];
    if (read_file("/sys/class/tty/console/active", tty, sizeof tty) > 0) {
        char *last = strrchr(tty, ' '); /* the last one listed is /dev/console */
        memmove(tty, last ? last + 1 : tty, strlen(last ? last + 1 : tty) + 1);
        tty[strcspn(tty, "\n")] = 0;
    }
    snprintf(path, sizeof path, "/dev/%s", tty);
    /* busybox poweroff/halt/reboot signal PID 1: USR2, USR1, TERM. */
    /* No SA_RESTART: the signal has to interrupt the waitpid below. */
    struct sigaction sa = {.sa_handler = on_end_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    printf("selfcheck: shell on %s (exit or poweroff to stop)\n", path);
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        int fd = open(path, O_RDWR);
        if (fd >= 0) {
            ioctl(fd, TIOCSCTTY, 0);
            dup2(fd, 0);
            dup2(fd, 1);
            dup2(fd, 2);
            if (fd > 2) close(fd);
        }
        signal(SIGUSR1, SIG_DFL);
        signal(SIGUSR2, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        setenv("HOME", "/root", 1);
        setenv("PATH", "/sbin:/bin:/usr/sbin:/usr/bin", 1);
        setenv("TERM", "vt100", 0);
        chdir("/");
        execl("/bin/sh", "-sh", (char *)NULL);
        _exit(127);
    }
    for (;;) {
        pid_t w = waitpid(-1, NULL, 0);
        if (end_request || w == pid || (w < 0 && errno == ECHILD)) break;
    }
    sync();
    reboot(end_request == SIGTERM ? RB_AUTOBOOT : RB_POWER_OFF);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("selfcheck: init started\n");
    check_mounts();
    if (read_file("/proc/cmdline", cmdline, sizeof cmdline) < 0) cmdline[0] = 0;
    cmdline[strcspn(cmdline, "\n")] = 0;
    if (cmdline_arg("rivet.shell")) run_shell();

    /* The checks run in a child: Linux treats PID 1 specially (signals it
     * has no handler for are dropped, handled faults get logged as
     * unhandled), and a check that crashes must still be reported. */
    pid_t pid = fork();
    if (pid == 0) _exit(run_checks());
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        printf("selfcheck: FAIL checks: fork/wait: %s\n", strerror(errno));
    else if (WIFSIGNALED(status))
        printf("selfcheck: FAIL checks: killed by signal %d\n", WTERMSIG(status));
    printf("selfcheck: powering off\n");
    fflush(stdout);
    sync();
    reboot(RB_POWER_OFF);
    return 1; /* not reached: PID 1 exiting would panic the kernel */
}

static int run_checks(void)
{
    check_fork_exec();
    check_pipeline();
    check_mmap_anon();
    check_mmap_file();
    check_sigsegv();
    check_fp();
    check_threads();
    check_disk();
    check_rtc();
    check_cpuinfo();

    if (n_fail == 0)
        printf("selfcheck: all %d checks passed\n", n_ok);
    else
        printf("selfcheck: %d of %d checks FAILED\n", n_fail, n_ok + n_fail);
    fflush(stdout);
    return n_fail != 0;
}
