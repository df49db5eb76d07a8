/* The serial console's host side: stdout for output, a reader thread for
 * stdin, raw terminal mode while rivet runs, QEMU's Ctrl-A escapes.
 *
 * The reader thread is the only one that touches stdin. It keeps a queue
 * of guest-bound bytes: escapes are decoded as bytes arrive from the host,
 * then the queue is offered to the frontend, which takes what its receive
 * FIFO has room for. While the guest is not reading, the thread waits in
 * poll() on a self-pipe that console_accept_input() writes (the frontend
 * calls it, under its own lock, when room appears), and keeps reading stdin
 * as long as the queue has room, so that Ctrl-A x still works with up to
 * QUEUE_SIZE bytes of unread input ahead of it. Input is never dropped: when
 * the queue is full too, stdin is left unread until the guest catches up.
 *
 * Raw mode follows QEMU's stdio chardev: no echo, no canonical line
 * editing, no signal keys (Ctrl-C, Ctrl-Z, Ctrl-\ reach the guest), no CR
 * to NL translation, no XON/XOFF, 8-bit characters; output processing
 * (OPOST) stays on so that the guest's "\n" still starts a new line. The
 * old settings come back at exit (atexit, which fatal() goes through too)
 * and on fatal signals, whose handlers restore the terminal and then let
 * the signal take its previous course. */
#include "system/console.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "util/log.h"

enum { QUEUE_SIZE = 4096 };

const char console_help_text[] = "\r\n"
                                 "rivet console: Ctrl-A then\r\n"
                                 "  h or ?        show these keys\r\n"
                                 "  x             terminate rivet\r\n"
                                 "  a or Ctrl-A   type a Ctrl-A to the guest\r\n"
                                 "  c             (QEMU's monitor: not in rivet)\r\n";
const char console_quit_text[] = "rivet: Terminated\r\n";
const char console_no_monitor_text[] = "\r\nrivet: there is no monitor\r\n";

static ConsoleFrontend frontend;
static void (*quit_fn)(void *opaque);
static void *quit_opaque;
static int wake_fd[2] = {-1, -1};
static bool started;

static struct termios saved_tty;
static volatile sig_atomic_t tty_raw;

/* Signals that end the process by default, and what they did before. */
static const int fatal_signals[] = {SIGTERM, SIGHUP,  SIGINT, SIGQUIT, SIGSEGV,
                                    SIGBUS,  SIGABRT, SIGILL, SIGFPE};
#define N_FATAL (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static struct sigaction old_actions[N_FATAL];

void console_write(const void *buf, size_t len)
{
    const char *p = buf;
    while (len) {
        ssize_t n = write(STDOUT_FILENO, p, len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) { /* a non-blocking stdout: wait for room */
            struct pollfd pfd = {.fd = STDOUT_FILENO, .events = POLLOUT};
            poll(&pfd, 1, -1);
            continue;
        }
        if (n <= 0) return; /* stdout closed: the guest cannot be told, drop */
        p += n;
        len -= (size_t)n;
    }
}

ConsoleAction console_filter(ConsoleFilter *f, uint8_t in, uint8_t *out)
{
    if (!f->escape) {
        if (in == CONSOLE_ESCAPE_CHAR) {
            f->escape = true;
            return CONSOLE_NOTHING;
        }
        *out = in;
        return CONSOLE_SEND;
    }
    f->escape = false;
    switch (in) {
    case CONSOLE_ESCAPE_CHAR: /* QEMU's spelling */
    case 'a':                 /* screen's, kept for those who type it */
        *out = CONSOLE_ESCAPE_CHAR;
        return CONSOLE_SEND;
    case 'h':
    case '?': return CONSOLE_HELP;
    case 'x': return CONSOLE_QUIT;
    case 'c': return CONSOLE_NO_MONITOR;
    default: return CONSOLE_NOTHING;
    }
}

void console_restore(void)
{
    if (!tty_raw) return;
    tty_raw = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
}

static void on_fatal_signal(int sig, siginfo_t *info, void *context)
{
    console_restore();
    for (size_t i = 0; i < N_FATAL; i++)
        if (fatal_signals[i] == sig) sigaction(sig, &old_actions[i], NULL);
    /* A fault raised by the kernel comes back when the instruction is
     * retried, and then reaches the previous handler (ASan's, say) with its
     * real context; any other signal is sent again. */
    bool fault = sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE;
    if (!fault || info->si_code <= 0) raise(sig);
}

static void install_signal_handlers(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = on_fatal_signal;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < N_FATAL; i++) {
        if (sigaction(fatal_signals[i], NULL, &old_actions[i]) != 0) continue;
        /* An ignored signal (nohup's SIGHUP) stays ignored. */
        if (!(old_actions[i].sa_flags & SA_SIGINFO) && old_actions[i].sa_handler == SIG_IGN)
            continue;
        sigaction(fatal_signals[i], &sa, NULL);
    }
}

static void enter_raw_mode(void)
{
    if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &saved_tty) != 0) return;
    struct termios raw = saved_tty;
    raw.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    raw.c_oflag |= OPOST;
    raw.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    raw.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    raw.c_cflag |= CS8;
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    /* Handlers first: a signal between the two calls must find them. */
    atexit(console_restore);
    install_signal_handlers();
    tty_raw = 1;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &raw) != 0) tty_raw = 0;
}

void console_accept_input(void)
{
    if (wake_fd[1] < 0) return;
    uint8_t b = 0;
    /* A full pipe is already readable: nothing is lost by failing. */
    if (write(wake_fd[1], &b, 1) < 0) return;
}

static void drain_wake_pipe(void)
{
    uint8_t buf[64];
    while (read(wake_fd[0], buf, sizeof(buf)) > 0) {
    }
}

/* Runs what an escape asked for; false when the console must stop. */
static bool run_action(ConsoleAction a)
{
    switch (a) {
    case CONSOLE_HELP: console_write(console_help_text, sizeof(console_help_text) - 1); break;
    case CONSOLE_NO_MONITOR:
        console_write(console_no_monitor_text, sizeof(console_no_monitor_text) - 1);
        break;
    case CONSOLE_QUIT:
        console_write(console_quit_text, sizeof(console_quit_text) - 1);
        if (quit_fn) quit_fn(quit_opaque);
        return false;
    default: break;
    }
    return true;
}

static void *reader_thread(void *arg)
{
    static uint8_t queue[QUEUE_SIZE], in[QUEUE_SIZE];
    size_t len = 0; /* queue[0, len) waits for the guest */
    ConsoleFilter filter = {0};
    bool eof = false;
    for (;;) {
        if (len) {
            size_t n = frontend.receive(frontend.opaque, queue, len);
            len -= n;
            memmove(queue, queue + n, len);
        }
        if (eof && !len) return arg;

        size_t room = QUEUE_SIZE - len;
        struct pollfd fds[2] = {{.fd = wake_fd[0], .events = POLLIN}};
        nfds_t nfds = 1;
        if (!eof && room) fds[nfds++] = (struct pollfd){.fd = STDIN_FILENO, .events = POLLIN};
        if (poll(fds, nfds, -1) < 0) {
            if (errno == EINTR) continue;
            fatal("console: poll: %s", strerror(errno));
        }
        if (fds[0].revents) drain_wake_pipe();
        if (nfds < 2 || !fds[1].revents) continue;

        ssize_t r = read(STDIN_FILENO, in, room);
        if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (r <= 0) { /* end of file, or a stdin that cannot be read */
            eof = true;
            continue;
        }
        for (ssize_t i = 0; i < r; i++) {
            uint8_t out;
            ConsoleAction a = console_filter(&filter, in[i], &out);
            if (a == CONSOLE_SEND)
                queue[len++] = out;
            else if (!run_action(a))
                return arg; /* terminated: nothing more goes to the guest */
        }
    }
}

void console_start(const ConsoleFrontend *fe, void (*quit)(void *opaque), void *opaque)
{
    if (started) return;
    started = true;
    frontend = *fe;
    quit_fn = quit;
    quit_opaque = opaque;
    if (pipe(wake_fd) != 0) fatal("console: pipe: %s", strerror(errno));
    for (int i = 0; i < 2; i++) {
        fcntl(wake_fd[i], F_SETFL, fcntl(wake_fd[i], F_GETFL) | O_NONBLOCK);
        fcntl(wake_fd[i], F_SETFD, FD_CLOEXEC);
    }
    enter_raw_mode();
    pthread_t th;
    if (pthread_create(&th, NULL, reader_thread, NULL) != 0)
        fatal("console: cannot start the input thread");
    pthread_detach(th);
}
