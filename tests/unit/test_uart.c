/*
 * Unit test of the NS16550A UART (hw/uart16550.c) through guest-physical
 * accesses (as_read/as_write on the region uart16550_create maps), and of
 * the host console (system/console.c): the Ctrl-A escape parser, and the
 * reader thread feeding a UART from a pipe on stdin.
 *
 * Expected register values come from National's PC16550D datasheet
 * ("datasheet" below: register summary table 2, IIR table 4, the FCR, LSR
 * and MCR descriptions) and, where the datasheet leaves a choice, from
 * QEMU's hw/char/serial.c, the device guests are tested on: reset values
 * (serial_reset), RBR read with an empty FIFO, the FIFO reset when FCR
 * bit 0 changes, RDI masking the character timeout. Where rivet departs
 * from QEMU (the character timeout is raised at once rather than after four
 * character times, see hw/uart16550.c) the expectation says so.
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hw/uart16550.h"
#include "system/console.h"

enum { BASE = 0x10000000 };
enum { RBR = 0, THR = 0, DLL = 0, IER = 1, DLM = 1, IIR = 2, FCR = 2 };
enum { LCR = 3, MCR = 4, LSR = 5, MSR = 6, SCR = 7 };

static int failures;
static char errbuf[256];

/* The first failed check of a test is its reason. */
#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond) && !errbuf[0]) snprintf(errbuf, sizeof(errbuf), __VA_ARGS__);                  \
    } while (0)

static void report(const char *name)
{
    if (errbuf[0]) {
        printf("not ok uart/%s: %s\n", name, errbuf);
        failures++;
    } else {
        printf("ok uart/%s\n", name);
    }
    errbuf[0] = 0;
}

/* A fresh UART with its hooks recorded. */
typedef struct Bench {
    AddressSpace as;
    Uart16550 *u;
    uint8_t tx[256];
    size_t ntx;
    bool levels[64];
    size_t nlevels;
    unsigned accept_calls;
} Bench;

static void on_tx(void *opaque, const uint8_t *buf, size_t len)
{
    Bench *b = opaque;
    for (size_t i = 0; i < len && b->ntx < sizeof(b->tx); i++) b->tx[b->ntx++] = buf[i];
}

static void on_irq(void *opaque, bool level)
{
    Bench *b = opaque;
    if (b->nlevels < 64) b->levels[b->nlevels++] = level;
}

static void on_accept(void *opaque)
{
    Bench *b = opaque;
    b->accept_calls++;
}

static Bench *bench_new(void)
{
    Bench *b = calloc(1, sizeof(*b));
    if (!b) abort();
    b->u = uart16550_create(&b->as, BASE, 0x100);
    uart16550_set_tx(b->u, on_tx, b);
    uart16550_set_irq(b->u, on_irq, b);
    uart16550_set_accept_input(b->u, on_accept, b);
    return b;
}

static uint8_t rd(Bench *b, unsigned reg)
{
    uint64_t v = 0xdead;
    if (!as_read(&b->as, BASE + reg, 1, &v)) CHECK(0, "read of register %u unmapped", reg);
    return (uint8_t)v;
}

static void wr(Bench *b, unsigned reg, uint8_t v)
{
    if (!as_write(&b->as, BASE + reg, 1, v)) CHECK(0, "write of register %u unmapped", reg);
}

static bool irq_line(Bench *b)
{
    return b->nlevels && b->levels[b->nlevels - 1];
}

static size_t receive_str(Bench *b, const char *s)
{
    return uart16550_receive(b->u, (const uint8_t *)s, strlen(s));
}

#define CHECK_REG(b, reg, want)                                                                    \
    do {                                                                                           \
        uint8_t got_ = rd(b, reg);                                                                 \
        CHECK(got_ == (want), "%s = %#x, want %#x (line %d)", #reg, got_, (unsigned)(want),        \
              __LINE__);                                                                           \
    } while (0)

/* QEMU's serial_reset: LSR = THRE | TEMT, no interrupt, MCR = OUT2, MSR =
 * DCD | DSR | CTS, divisor 12 (9600 baud). IIR 0x01 is the datasheet's
 * "no interrupt pending". */
static void test_reset(void)
{
    Bench *b = bench_new();
    CHECK_REG(b, LSR, 0x60);
    CHECK_REG(b, IIR, 0x01);
    CHECK_REG(b, IER, 0x00);
    CHECK_REG(b, LCR, 0x00);
    CHECK_REG(b, MCR, 0x08);
    CHECK_REG(b, MSR, 0xb0);
    CHECK_REG(b, SCR, 0x00);
    wr(b, LCR, 0x80);
    CHECK_REG(b, DLL, 0x0c);
    CHECK_REG(b, DLM, 0x00);
    CHECK(!irq_line(b), "interrupt line high after reset");
    /* Dirty state is gone after uart16550_reset. */
    wr(b, LCR, 0x03);
    wr(b, FCR, 0x01);
    wr(b, IER, 0x0f);
    receive_str(b, "xy");
    uart16550_reset(b->u);
    CHECK_REG(b, LSR, 0x60);
    CHECK_REG(b, IIR, 0x01);
    CHECK_REG(b, LCR, 0x00);
    CHECK(!irq_line(b), "interrupt line high after a second reset");
    report("reset");
}

/* THR goes to the transmit hook at once; the datasheet's THRE interrupt
 * (IIR 0x2) is raised when THRI is enabled with THR empty, cleared by an
 * IIR read that reports it, and raised again by the next THR write. */
static void test_transmit(void)
{
    Bench *b = bench_new();
    wr(b, THR, 'h');
    wr(b, THR, 'i');
    CHECK(b->ntx == 2 && b->tx[0] == 'h' && b->tx[1] == 'i', "tx hook got %zu bytes", b->ntx);
    CHECK_REG(b, LSR, 0x60);
    CHECK(!irq_line(b), "interrupt with IER = 0");
    wr(b, IER, 0x02);
    CHECK(irq_line(b), "no interrupt after enabling THRI");
    CHECK_REG(b, IIR, 0x02);
    CHECK_REG(b, IIR, 0x01); /* the first read acknowledged it */
    CHECK(!irq_line(b), "line still high after the IIR read");
    wr(b, THR, '!');
    CHECK(irq_line(b), "no THRE interrupt after a THR write");
    CHECK_REG(b, IIR, 0x02);
    /* A 2-byte access is two byte accesses (QEMU's serial-mm): MCR, LSR. */
    uint64_t v = 0;
    as_read(&b->as, BASE + MCR, 2, &v);
    CHECK(v == 0x6008, "16-bit read at MCR = %#llx, want 0x6008", (unsigned long long)v);
    report("transmit");
}

/* Datasheet table 4: receiver line status (0x6) over received data (0x4)
 * over THR empty (0x2); each cleared in turn by its own action. The line
 * status error is an overrun made in loopback without FIFOs, where the new
 * character replaces the unread one (datasheet, LSR bit 1). */
static void test_priorities(void)
{
    Bench *b = bench_new();
    wr(b, MCR, 0x18); /* loopback, OUT2 */
    wr(b, IER, 0x0f);
    wr(b, THR, 'A');
    wr(b, THR, 'B');
    CHECK(b->ntx == 0, "loopback transmitted to the host");
    CHECK_REG(b, IIR, 0x06);
    CHECK(irq_line(b), "line low with three interrupts pending");
    CHECK_REG(b, LSR, 0x63); /* DR | OE | THRE | TEMT; the read clears OE */
    CHECK_REG(b, IIR, 0x04);
    CHECK_REG(b, LSR, 0x61);
    CHECK_REG(b, RBR, 'B');
    CHECK_REG(b, IIR, 0x02);
    CHECK_REG(b, IIR, 0x01);
    CHECK(!irq_line(b), "line high with nothing pending");
    /* Without FIFOs an empty RBR reads the last character (QEMU's rbr). */
    CHECK_REG(b, RBR, 'B');
    /* RLSI masked: the overrun no longer interrupts, data still does. */
    wr(b, IER, 0x01);
    wr(b, THR, 'C');
    wr(b, THR, 'D');
    CHECK_REG(b, IIR, 0x04);
    report("priorities");
}

/* Bytes from the host come out of RBR in order with LSR.DR set until the
 * last one is read (datasheet, LSR bit 0). */
static void test_receive_order(void)
{
    Bench *b = bench_new();
    wr(b, FCR, 0x01);
    CHECK(receive_str(b, "hello") == 5, "FIFO did not take 5 bytes");
    const char *want = "hello";
    for (int i = 0; i < 5; i++) {
        CHECK_REG(b, LSR, 0x61);
        CHECK_REG(b, RBR, want[i]);
    }
    CHECK_REG(b, LSR, 0x60);
    CHECK_REG(b, RBR, 0x00); /* QEMU: an empty FIFO reads 0 */
    report("receive_order");
}

/* The receive FIFO holds 16 bytes (datasheet: "16 bytes FIFO"), the
 * holding register without FIFOs one; the console is offered only what
 * fits, and told once room appears. */
static void test_fifo_depth(void)
{
    Bench *b = bench_new();
    const char *twenty = "abcdefghijklmnopqrst";
    CHECK(receive_str(b, twenty) == 1, "without FIFOs more than one byte taken");
    CHECK(receive_str(b, "z") == 0, "a full holding register took a byte");
    CHECK(b->accept_calls == 0, "accept_input before any room");
    CHECK_REG(b, RBR, 'a');
    CHECK(b->accept_calls == 1, "accept_input not called once after RBR read");
    CHECK(receive_str(b, "b") == 1, "holding register did not take a byte after a read");

    wr(b, FCR, 0x01); /* enabling FIFOs empties them */
    CHECK_REG(b, LSR, 0x60);
    CHECK(receive_str(b, twenty) == 16, "FIFO did not take exactly 16 of 20");
    CHECK(b->accept_calls == 1, "accept_input called while full");
    CHECK_REG(b, LSR, 0x61); /* no overrun: nothing was dropped */
    CHECK_REG(b, RBR, 'a');
    CHECK(b->accept_calls == 2, "accept_input not called after room appeared");
    CHECK(uart16550_receive(b->u, (const uint8_t *)twenty + 16, 4) == 1, "took != 1 into 1 slot");
    for (int i = 1; i < 17; i++) CHECK_REG(b, RBR, twenty[i]);
    CHECK_REG(b, LSR, 0x60);
    /* Reads that did not follow a short receive do not call it. */
    CHECK(b->accept_calls == 3, "accept_input called %u times, want 3", b->accept_calls);
    report("fifo_depth");
}

/* Overrun in FIFO mode (datasheet, LSR bit 1): with the FIFO full, the
 * next character is lost and the FIFO contents are kept; OE is set at once
 * and cleared by the LSR read. */
static void test_overrun_fifo(void)
{
    Bench *b = bench_new();
    wr(b, FCR, 0x01);
    wr(b, MCR, 0x10);
    for (int i = 0; i < 17; i++) wr(b, THR, (uint8_t)('A' + i));
    CHECK_REG(b, LSR, 0x63);
    CHECK_REG(b, LSR, 0x61);
    for (int i = 0; i < 16; i++) CHECK_REG(b, RBR, 'A' + i);
    CHECK_REG(b, LSR, 0x60);
    report("overrun_fifo");
}

/* FCR bits 7:6 set the receive trigger level to 1, 4, 8 or 14 bytes
 * (datasheet, FCR). At the level the received-data interrupt (IIR 0x4)
 * is raised, below it the character timeout (0xc): rivet raises the
 * timeout at once where the datasheet and QEMU wait four character times.
 * Bits 7:6 of IIR read 11 with FIFOs on, which is how Linux's 8250 driver
 * recognises a 16550A (autoconfig: IIR >> 6 == 3). */
static void test_trigger_levels(void)
{
    static const struct {
        uint8_t fcr;
        unsigned level;
    } cases[] = {{0x01, 1}, {0x41, 4}, {0x81, 8}, {0xc1, 14}};
    for (size_t k = 0; k < 4; k++) {
        Bench *b = bench_new();
        wr(b, FCR, cases[k].fcr);
        CHECK_REG(b, IIR, 0xc1);
        wr(b, IER, 0x01);
        uint8_t buf[16] = {0};
        CHECK(uart16550_receive(b->u, buf, cases[k].level - 1) == cases[k].level - 1,
              "short receive");
        if (cases[k].level > 1) {
            CHECK_REG(b, IIR, 0xcc);
            CHECK(irq_line(b), "no interrupt below level %u", cases[k].level);
        } else {
            CHECK_REG(b, IIR, 0xc1);
        }
        CHECK(uart16550_receive(b->u, buf, 1) == 1, "receive at the level");
        CHECK_REG(b, IIR, 0xc4);
        CHECK(irq_line(b), "no interrupt at level %u", cases[k].level);
        rd(b, RBR); /* one below the level again */
        CHECK_REG(b, IIR, cases[k].level > 1 ? 0xcc : 0xc1);
        for (unsigned i = 1; i < cases[k].level; i++) rd(b, RBR);
        CHECK_REG(b, IIR, 0xc1);
        CHECK(!irq_line(b), "line high with an empty FIFO");
        if (errbuf[0]) {
            char tmp[256];
            snprintf(tmp, sizeof(tmp), "level %u: %.200s", cases[k].level, errbuf);
            memcpy(errbuf, tmp, sizeof(errbuf));
            break;
        }
    }
    report("trigger_levels");
}

/* The character timeout needs RDI enabled (QEMU: "IER_RDI can mask this
 * interrupt ... observed on existing hardware") and is cleared by reading
 * the FIFO empty. Without FIFOs there is no timeout: one byte is data. */
static void test_char_timeout(void)
{
    Bench *b = bench_new();
    wr(b, FCR, 0x81); /* level 8 */
    receive_str(b, "abc");
    CHECK_REG(b, IIR, 0xc1);
    CHECK(!irq_line(b), "interrupt with IER = 0");
    wr(b, IER, 0x01);
    CHECK_REG(b, IIR, 0xcc);
    CHECK(irq_line(b), "no timeout interrupt");
    wr(b, IER, 0x00);
    CHECK(!irq_line(b), "IER = 0 did not lower the line");
    wr(b, IER, 0x01);
    CHECK_REG(b, RBR, 'a');
    CHECK_REG(b, RBR, 'b');
    CHECK_REG(b, IIR, 0xcc);
    CHECK_REG(b, RBR, 'c');
    CHECK_REG(b, IIR, 0xc1);

    Bench *n = bench_new();
    wr(n, IER, 0x01);
    receive_str(n, "q");
    CHECK_REG(n, IIR, 0x04);
    report("char_timeout");
}

/* FCR bit 1 empties the receive FIFO (datasheet, FCR bit 1) and is not
 * kept; changing FCR bit 0 empties it too (QEMU, serial_ioport_write). */
static void test_fcr_clear(void)
{
    Bench *b = bench_new();
    wr(b, FCR, 0x41);
    wr(b, IER, 0x01);
    receive_str(b, "12345");
    CHECK_REG(b, IIR, 0xc4);
    wr(b, FCR, 0x43);
    CHECK_REG(b, LSR, 0x60);
    CHECK_REG(b, IIR, 0xc1);
    CHECK(!irq_line(b), "line high after the FIFO was cleared");
    CHECK_REG(b, RBR, 0x00);
    /* Bit 1 self-clears: the next write with bit 0 only keeps new data. */
    receive_str(b, "67");
    wr(b, FCR, 0x41);
    CHECK_REG(b, RBR, '6');
    wr(b, FCR, 0x00); /* FIFOs off: emptied, IIR bits 7:6 = 00 */
    CHECK_REG(b, LSR, 0x60);
    CHECK_REG(b, IIR, 0x01);
    /* QEMU: clearing the transmit FIFO (bit 2, or a change of bit 0)
     * makes THR-empty pending again. */
    wr(b, IER, 0x02);
    CHECK_REG(b, IIR, 0x02);
    CHECK_REG(b, IIR, 0x01);
    wr(b, FCR, 0x04);
    CHECK_REG(b, IIR, 0x02);
    wr(b, FCR, 0x01);
    CHECK_REG(b, IIR, 0xc2);
    report("fcr_clear");
}

/* LCR bit 7 (DLAB) maps the divisor latch over RBR/THR and IER; the
 * registers behind it keep their values and THR writes do not transmit. */
static void test_divisor_latch(void)
{
    Bench *b = bench_new();
    wr(b, IER, 0x05);
    wr(b, LCR, 0x83);
    wr(b, DLL, 0x01);
    wr(b, DLM, 0x02);
    CHECK_REG(b, DLL, 0x01);
    CHECK_REG(b, DLM, 0x02);
    CHECK_REG(b, LCR, 0x83);
    CHECK(b->ntx == 0, "a DLL write was transmitted");
    wr(b, LCR, 0x03);
    CHECK_REG(b, IER, 0x05);
    CHECK_REG(b, LCR, 0x03);
    wr(b, THR, 'k');
    CHECK(b->ntx == 1 && b->tx[0] == 'k', "THR after DLAB cleared not transmitted");
    /* IER bits 7:4 are always 0 on a 16550A (datasheet, table 2). */
    wr(b, IER, 0xff);
    CHECK_REG(b, IER, 0x0f);
    report("divisor_latch");
}

static void test_scratch(void)
{
    Bench *b = bench_new();
    wr(b, SCR, 0x5a);
    CHECK_REG(b, SCR, 0x5a);
    wr(b, SCR, 0xa5);
    CHECK_REG(b, SCR, 0xa5);
    report("scratch");
}

/* Loopback (datasheet, MCR bit 4): THR goes to RBR, the modem inputs
 * follow the outputs (CTS = RTS, DSR = DTR, RI = OUT1, DCD = OUT2), which
 * Linux's 8250 autoconfig checks with MCR = 0x1a expecting MSR & 0xf0 =
 * 0x90; the serial input is disconnected, so host input waits. */
static void test_loopback(void)
{
    Bench *b = bench_new();
    wr(b, MCR, 0x1a);
    CHECK_REG(b, MSR, 0x90);
    wr(b, MCR, 0x1f);
    CHECK_REG(b, MSR, 0xf0);
    wr(b, MCR, 0x10);
    CHECK_REG(b, MSR, 0x00);
    CHECK(receive_str(b, "h") == 0, "host input taken in loopback");
    CHECK_REG(b, LSR, 0x60);
    wr(b, THR, 'Z');
    CHECK(b->ntx == 0, "loopback transmitted to the host");
    CHECK_REG(b, LSR, 0x61);
    CHECK_REG(b, RBR, 'Z');
    CHECK(b->accept_calls == 0, "accept_input in loopback");
    wr(b, MCR, 0x08);
    CHECK(b->accept_calls == 1, "leaving loopback did not accept input");
    CHECK(receive_str(b, "h") == 1, "host input refused after loopback");
    CHECK_REG(b, RBR, 'h');
    CHECK_REG(b, MSR, 0xb0);
    report("loopback");
}

/* The line changes level only on a change of "some interrupt pending",
 * and each change is reported once. */
static void test_irq_transitions(void)
{
    Bench *b = bench_new();
    wr(b, FCR, 0x01);
    wr(b, IER, 0x01);        /* nothing yet */
    receive_str(b, "a");     /* up */
    receive_str(b, "b");     /* still up */
    wr(b, IER, 0x03);        /* THRI too: still up */
    rd(b, RBR);              /* still up (b, THRE) */
    rd(b, RBR);              /* THRE still */
    CHECK_REG(b, IIR, 0xc2); /* acknowledged: down */
    wr(b, THR, 'x');         /* up */
    wr(b, IER, 0x00);        /* down */
    bool want[] = {true, false, true, false};
    CHECK(b->nlevels == 4, "%zu level changes, want 4", b->nlevels);
    for (size_t i = 0; i < 4 && i < b->nlevels; i++)
        CHECK(b->levels[i] == want[i], "change %zu is %d", i, b->levels[i]);
    report("irq_transitions");
}

/* The escape parser against QEMU's mux (chardev/char-mux.c, mux_proc_byte)
 * plus rivet's Ctrl-A a. */
static void test_filter(void)
{
    static const struct {
        const char *in;
        const char *guest; /* bytes that reach the guest */
        ConsoleAction last;
    } cases[] = {
        {"abc", "abc", CONSOLE_SEND},
        {"\001x", "", CONSOLE_QUIT},
        {"\001h", "", CONSOLE_HELP},
        {"\001?", "", CONSOLE_HELP},
        {"\001c", "", CONSOLE_NO_MONITOR},
        {"\001\001", "\001", CONSOLE_SEND},
        {"\001a", "\001", CONSOLE_SEND},
        {"\001z", "", CONSOLE_NOTHING},
        {"\001", "", CONSOLE_NOTHING},
        {"\001zx", "x", CONSOLE_SEND},        /* an unknown escape ends it */
        {"\001\001x", "\001x", CONSOLE_SEND}, /* a sent Ctrl-A starts nothing */
        {"q\001\001\001x", "q\001", CONSOLE_QUIT},
        {"\r\003\032", "\r\003\032", CONSOLE_SEND}, /* CR, Ctrl-C, Ctrl-Z as they are */
    };
    for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
        ConsoleFilter f = {0};
        char got[16] = {0};
        size_t n = 0;
        ConsoleAction a = CONSOLE_NOTHING;
        for (const char *p = cases[k].in; *p; p++) {
            uint8_t out;
            a = console_filter(&f, (uint8_t)*p, &out);
            if (a == CONSOLE_SEND) got[n++] = (char)out;
        }
        CHECK(!strcmp(got, cases[k].guest) && a == cases[k].last,
              "case %zu: guest %zu bytes, action %d", k, n, a);
    }
    report("console_filter");
}

/* ---- The console end to end: stdin is a pipe, the guest is this test
 * reading RBR through the address space. ---- */

static volatile int quit_called;
static void on_quit(void *opaque)
{
    quit_called = 1;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Reads len bytes as a polling driver does (LSR.DR, then RBR), slowly
 * enough at first that the console meets a full FIFO. */
static size_t guest_read(Bench *b, uint8_t *buf, size_t len, double timeout)
{
    size_t n = 0;
    double end = now_s() + timeout;
    while (n < len && now_s() < end) {
        if (rd(b, LSR) & 0x01)
            buf[n++] = rd(b, RBR);
        else
            usleep(100);
    }
    return n;
}

static void test_console_pipe(void)
{
    int in[2], out[2];
    if (pipe(in) || pipe(out)) {
        CHECK(0, "pipe failed");
        report("console_pipe");
        return;
    }
    fflush(stdout);
    int saved_in = dup(0), saved_out = dup(1);
    dup2(in[0], 0);
    dup2(out[1], 1);
    close(in[0]);
    close(out[1]);
    fcntl(out[0], F_SETFL, O_NONBLOCK);

    Bench *b = bench_new();
    uart16550_set_tx(b->u, NULL, NULL);
    wr(b, FCR, 0x01);
    uart16550_attach_console(b->u, on_quit, NULL);

    /* 1000 bytes, more than the FIFO: backpressure must keep every one.
     * Escapes in the middle: Ctrl-A Ctrl-A and Ctrl-A a give one Ctrl-A
     * each, Ctrl-A z nothing, Ctrl-A h the help text on stdout. */
    uint8_t sent[1100], want[1100];
    size_t ns = 0, nw = 0;
    for (int i = 0; i < 1000; i++) sent[ns++] = want[nw++] = (uint8_t)('0' + i % 64);
    const char tail[] = "\001\001-\001a-\001z-\001h.";
    memcpy(sent + ns, tail, sizeof(tail) - 1);
    ns += sizeof(tail) - 1;
    memcpy(want + nw, "\001-\001--.", 6);
    nw += 6;
    if (write(in[1], sent, ns) != (ssize_t)ns) CHECK(0, "write to the stdin pipe");

    /* Let the console fill the FIFO and wait for room. */
    for (double end = now_s() + 5.0; !(rd(b, LSR) & 0x01) && now_s() < end;) usleep(1000);
    usleep(20000);
    uint8_t lsr = rd(b, LSR);
    CHECK((lsr & 0x01) && !(lsr & 0x02), "LSR = %#x: no data, or an overrun", lsr);
    uint8_t got[1100];
    size_t n = guest_read(b, got, nw, 5.0);
    CHECK(n == nw, "guest received %zu of %zu bytes", n, nw);
    CHECK(n != nw || !memcmp(got, want, nw), "guest bytes differ");

    /* Ctrl-A x: the message, then the quit callback. */
    if (write(in[1], "\001x", 2) != 2) CHECK(0, "write of Ctrl-A x");
    double end = now_s() + 5.0;
    while (!quit_called && now_s() < end) usleep(1000);
    CHECK(quit_called, "Ctrl-A x did not call quit");
    usleep(10000);

    char text[2048] = {0};
    ssize_t tn = read(out[0], text, sizeof(text) - 1);
    if (tn < 0) tn = 0;
    text[tn] = 0;
    size_t hl = strlen(console_help_text), ql = strlen(console_quit_text);
    CHECK((size_t)tn == hl + ql && !memcmp(text, console_help_text, hl) &&
              !memcmp(text + hl, console_quit_text, ql),
          "stdout got %zd bytes, not help then quit text", tn);

    dup2(saved_in, 0);
    dup2(saved_out, 1);
    close(saved_in);
    close(saved_out);
    close(in[1]);
    close(out[0]);
    report("console_pipe");
}

int main(void)
{
    test_reset();
    test_transmit();
    test_priorities();
    test_receive_order();
    test_fifo_depth();
    test_overrun_fifo();
    test_trigger_levels();
    test_char_timeout();
    test_fcr_clear();
    test_divisor_latch();
    test_scratch();
    test_loopback();
    test_irq_transitions();
    test_filter();
    test_console_pipe();
    return failures != 0;
}
