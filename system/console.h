/* The host end of the guest's serial console, as with QEMU's -nographic
 * (-serial mon:stdio): guest output goes to stdout, stdin goes to the
 * guest's UART, and Ctrl-A starts an escape understood by rivet itself.
 *
 * The console knows nothing of the device it feeds: a ConsoleFrontend
 * names the device's receive function, and the device calls
 * console_accept_input() when its receiver has room again, which is the
 * backpressure of QEMU's chardevs (can_read / accept_input). */
#ifndef RIVET_SYSTEM_CONSOLE_H
#define RIVET_SYSTEM_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* stdout, unbuffered, so nothing is lost at exit and the output interleaves
 * correctly with anything else on the terminal. Waits for a non-blocking
 * stdout to take the bytes; drops them if stdout is closed. */
void console_write(const void *buf, size_t len);

typedef struct ConsoleFrontend {
    /* Hands bytes to the guest's device; returns how many it took, which
     * may be fewer than len (even 0) when its receiver is full. The device
     * must then call console_accept_input() once it has room again. */
    size_t (*receive)(void *opaque, const uint8_t *buf, size_t len);
    void *opaque;
} ConsoleFrontend;

/* Starts reading stdin on a thread of its own, so no vCPU ever waits for
 * the host. A terminal is put in raw mode (no echo, no line editing, no
 * signal keys: Ctrl-C goes to the guest) and restored at exit and on fatal
 * signals; any other stdin is read as it is until end of file, after which
 * the guest simply gets no more input. Ctrl-A x calls quit(quit_opaque)
 * from the reader thread. Only the first call has an effect. */
void console_start(const ConsoleFrontend *fe, void (*quit)(void *opaque), void *quit_opaque);

/* The frontend has room again. Callable from any thread, with any lock
 * held: it only writes a byte to a pipe. */
void console_accept_input(void);

/* Gives the terminal back its settings from before console_start (no-op if
 * they were never changed). Async-signal-safe; also run at exit. */
void console_restore(void);

/* The escape parser, a pure function of its state and one input byte, as
 * QEMU's mux: Ctrl-A followed by
 *   h or ?          list the escapes
 *   x               terminate rivet (exit status 0)
 *   Ctrl-A or a     send one Ctrl-A to the guest
 *   c               the monitor, which rivet does not have
 *   anything else   nothing: both bytes are swallowed */
enum { CONSOLE_ESCAPE_CHAR = 0x01 };

typedef enum ConsoleAction {
    CONSOLE_NOTHING,    /* the byte is swallowed */
    CONSOLE_SEND,       /* *out goes to the guest */
    CONSOLE_HELP,       /* print the list of escapes */
    CONSOLE_QUIT,       /* terminate */
    CONSOLE_NO_MONITOR, /* say that there is no monitor */
} ConsoleAction;

typedef struct ConsoleFilter {
    bool escape; /* the previous byte was an unescaped Ctrl-A */
} ConsoleFilter;

ConsoleAction console_filter(ConsoleFilter *f, uint8_t in, uint8_t *out);

/* The texts the escapes print (with \r\n line ends: the terminal is raw). */
extern const char console_help_text[];
extern const char console_quit_text[];
extern const char console_no_monitor_text[];

#endif
