/* NS16550A UART, after National's PC16550D datasheet and QEMU's serial
 * device (hw/char/serial.c), whose behaviour guests are tested against.
 *
 * Transmit: characters leave the moment THR is written (to the transmit
 * hook, stdout by default), so the transmitter is always empty (LSR = THRE
 * | TEMT) and the THR-empty interrupt, when enabled, is pending again right
 * after each write, as on QEMU. Loopback (MCR bit 4) feeds THR back into
 * the receiver instead, which is how Linux's 8250 driver probes; in
 * loopback the receiver is cut off from the console, as the datasheet's
 * serial input is.
 *
 * Receive: a 16-byte FIFO while FCR bit 0 enables the FIFOs, a single
 * holding register otherwise. The console offers bytes through
 * uart16550_receive(), which takes only what fits, so host input is never
 * lost: the console waits and is told (accept_input) when the guest has
 * made room, the backpressure of QEMU's can_receive. Overrun (LSR.OE) can
 * still happen in loopback, with the datasheet's rule: in FIFO mode the
 * new character is lost and the FIFO kept; without FIFOs the new character
 * replaces the unread one.
 *
 * Interrupts, in the datasheet's priority order (IIR bits 3:0):
 *   0x6 receiver line status (OE, PE, FE, BI)   cleared by reading LSR
 *   0x4 received data at the trigger level      cleared below the level
 *   0xc character timeout: data below the level cleared by reading RBR
 *   0x2 THR empty                               cleared by reading IIR
 *                                               or writing THR
 *   0x0 modem status                            cleared by reading MSR
 * Bits 7:6 of IIR read 11 while the FIFOs are enabled.
 *
 * The character timeout is taken to have expired at once. The datasheet
 * (and QEMU, with a timer) raises it after four character times without
 * a new character or an RBR read; here the console hands over what it has
 * in one call, so no further character is in flight when the guest looks,
 * and waiting would only add latency and a timer thread crossing the
 * UART's lock. The consequence is that data in the FIFO always raises an
 * interrupt (RDA from the trigger level up, CTI below it), which is what
 * every driver needs: Linux's 8250 driver drains RBR while LSR.DR is set
 * on either, and polling drivers (OpenSBI) look at LSR.DR only.
 *
 * The registers are byte-wide: a wider access is split into byte accesses
 * at consecutive offsets, as QEMU does for its serial-mm device. Every
 * access and every callback runs under the UART's lock, so the transmit
 * hook sees bytes in register-write order and the interrupt line's level
 * changes in the order they were computed. */
#include "hw/uart16550.h"

#include <pthread.h>
#include <stdlib.h>

#include "util/log.h"

enum {
    RX_FIFO_SIZE = 16,

    IER_RDI = 0x01,
    IER_THRI = 0x02,
    IER_RLSI = 0x04,
    IER_MSI = 0x08,

    IIR_NO_INT = 0x01,
    IIR_MSI = 0x00,
    IIR_THRI = 0x02,
    IIR_RDI = 0x04,
    IIR_RLSI = 0x06,
    IIR_CTI = 0x0c,
    IIR_FIFO = 0xc0,

    FCR_FE = 0x01,
    FCR_RFR = 0x02,
    FCR_XFR = 0x04,
    FCR_STORED = 0xc9, /* FE, DMA mode, trigger level: the rest self-clear */

    LCR_DLAB = 0x80,

    MCR_DTR = 0x01,
    MCR_RTS = 0x02,
    MCR_OUT1 = 0x04,
    MCR_OUT2 = 0x08,
    MCR_LOOP = 0x10,

    LSR_DR = 0x01,
    LSR_OE = 0x02,
    LSR_PE = 0x04,
    LSR_FE = 0x08,
    LSR_BI = 0x10,
    LSR_THRE = 0x20,
    LSR_TEMT = 0x40,
    LSR_ERRORS = LSR_OE | LSR_PE | LSR_FE | LSR_BI,

    MSR_DELTAS = 0x0f,
    MSR_CTS = 0x10,
    MSR_DSR = 0x20,
    MSR_RI = 0x40,
    MSR_DCD = 0x80,
};

struct Uart16550 {
    pthread_mutex_t lock; /* vCPU threads and the console's reader thread */
    uint8_t ier, iir_id, fcr, lcr, mcr, msr, scr, dll, dlm;
    uint8_t lsr; /* the error bits and THRE/TEMT; DR is rx_count != 0 */
    uint8_t rbr; /* the last character received: RBR without FIFOs */
    uint8_t rx[RX_FIFO_SIZE];
    unsigned rx_head, rx_count;
    bool thr_ipending;
    bool irq_level;
    bool producer_waiting; /* uart16550_receive could not take everything */
    void (*irq)(void *opaque, bool level);
    void *irq_opaque;
    void (*tx)(void *opaque, const uint8_t *buf, size_t len);
    void *tx_opaque;
    void (*accept_input)(void *opaque);
    void *accept_input_opaque;
};

static bool fifo_enabled(const Uart16550 *u)
{
    return u->fcr & FCR_FE;
}

static unsigned rx_capacity(const Uart16550 *u)
{
    return fifo_enabled(u) ? RX_FIFO_SIZE : 1;
}

/* FCR bits 7:6 select 1, 4, 8 or 14 bytes (datasheet, table "FIFO trigger
 * level"). */
static unsigned rx_trigger(const Uart16550 *u)
{
    static const unsigned levels[4] = {1, 4, 8, 14};
    return levels[u->fcr >> 6];
}

static uint8_t lsr_value(const Uart16550 *u)
{
    return (uint8_t)(u->lsr | (u->rx_count ? LSR_DR : 0));
}

static void update_irq(Uart16550 *u)
{
    uint8_t id = IIR_NO_INT;
    if ((u->ier & IER_RLSI) && (u->lsr & LSR_ERRORS))
        id = IIR_RLSI;
    else if ((u->ier & IER_RDI) && u->rx_count)
        id = !fifo_enabled(u) || u->rx_count >= rx_trigger(u) ? IIR_RDI : IIR_CTI;
    else if ((u->ier & IER_THRI) && u->thr_ipending)
        id = IIR_THRI;
    else if ((u->ier & IER_MSI) && (u->msr & MSR_DELTAS))
        id = IIR_MSI;
    u->iir_id = id;
    bool level = id != IIR_NO_INT;
    if (level != u->irq_level) {
        u->irq_level = level;
        if (u->irq) u->irq(u->irq_opaque, level);
    }
}

/* The console may go on once the receiver, connected, has room. */
static void maybe_accept_input(Uart16550 *u)
{
    if (!u->producer_waiting || (u->mcr & MCR_LOOP) || u->rx_count >= rx_capacity(u)) return;
    u->producer_waiting = false;
    if (u->accept_input) u->accept_input(u->accept_input_opaque);
}

static void rx_put(Uart16550 *u, uint8_t c)
{
    if (!fifo_enabled(u)) u->rbr = c;
    if (u->rx_count < rx_capacity(u)) {
        u->rx[(u->rx_head + u->rx_count++) % RX_FIFO_SIZE] = c;
        return;
    }
    u->lsr |= LSR_OE;
    /* Without FIFOs the new character overwrites the holding register; in
     * FIFO mode it stays in the shift register and is lost. */
    if (!fifo_enabled(u)) u->rx[u->rx_head] = c;
}

static void rx_clear(Uart16550 *u)
{
    u->rx_head = 0;
    u->rx_count = 0;
    u->lsr &= (uint8_t)~LSR_BI;
}

static uint8_t read_rbr(Uart16550 *u)
{
    if (!u->rx_count) return fifo_enabled(u) ? 0 : u->rbr; /* QEMU's values when empty */
    uint8_t c = u->rx[u->rx_head];
    u->rx_head = (u->rx_head + 1) % RX_FIFO_SIZE;
    if (--u->rx_count == 0) u->lsr &= (uint8_t)~LSR_BI;
    return c;
}

/* In loopback the modem inputs follow the modem outputs. */
static uint8_t loopback_msr(const Uart16550 *u)
{
    uint8_t msr = 0;
    if (u->mcr & MCR_RTS) msr |= MSR_CTS;
    if (u->mcr & MCR_DTR) msr |= MSR_DSR;
    if (u->mcr & MCR_OUT1) msr |= MSR_RI;
    if (u->mcr & MCR_OUT2) msr |= MSR_DCD;
    return msr;
}

static uint8_t read_reg(Uart16550 *u, unsigned reg)
{
    uint8_t v = 0;
    switch (reg) {
    case 0:
        if (u->lcr & LCR_DLAB) return u->dll;
        v = read_rbr(u);
        update_irq(u);
        return v;
    case 1: return (u->lcr & LCR_DLAB) ? u->dlm : u->ier;
    case 2:
        v = (uint8_t)(u->iir_id | (fifo_enabled(u) ? IIR_FIFO : 0));
        /* Reading IIR acknowledges a THR-empty interrupt. */
        if (u->iir_id == IIR_THRI) {
            u->thr_ipending = false;
            update_irq(u);
        }
        return v;
    case 3: return u->lcr;
    case 4: return u->mcr;
    case 5:
        v = lsr_value(u);
        u->lsr &= (uint8_t)~LSR_ERRORS;
        update_irq(u);
        return v;
    case 6:
        if (u->mcr & MCR_LOOP) return loopback_msr(u);
        v = u->msr;
        u->msr &= (uint8_t)~MSR_DELTAS;
        update_irq(u);
        return v;
    default: return u->scr;
    }
}

static void write_fcr(Uart16550 *u, uint8_t v)
{
    /* Turning the FIFOs on or off empties them (datasheet on FCR bit 0;
     * QEMU does the same). FCR bit 1 clears the receive FIFO even with
     * FIFOs off, as on QEMU. Clearing the (always empty) transmit FIFO
     * makes THR-empty pending again, as on QEMU. */
    if ((v ^ u->fcr) & FCR_FE) v |= FCR_RFR | FCR_XFR;
    if (v & FCR_RFR) rx_clear(u);
    if (v & FCR_XFR) u->thr_ipending = true;
    u->fcr = v & FCR_STORED;
    update_irq(u);
}

static void write_reg(Uart16550 *u, unsigned reg, uint8_t v)
{
    switch (reg) {
    case 0:
        if (u->lcr & LCR_DLAB) {
            u->dll = v;
            return;
        }
        if (u->mcr & MCR_LOOP)
            rx_put(u, v);
        else if (u->tx)
            u->tx(u->tx_opaque, &v, 1);
        else
            console_write(&v, 1);
        /* Sent at once: THR is empty again. */
        u->thr_ipending = true;
        update_irq(u);
        return;
    case 1:
        if (u->lcr & LCR_DLAB) {
            u->dlm = v;
            return;
        }
        {
            uint8_t enabled = (uint8_t)(~u->ier & v);
            u->ier = v & 0x0f;
            /* Enabling THRI with THR empty raises it, as on real parts. */
            if ((enabled & IER_THRI) && (u->lsr & LSR_THRE)) u->thr_ipending = true;
        }
        update_irq(u);
        return;
    case 2: write_fcr(u, v); return;
    case 3: u->lcr = v; return;
    case 4: u->mcr = v & 0x1f; return;
    case 5: /* LSR and MSR are read-only */
    case 6: return;
    default: u->scr = v; return;
    }
}

static uint64_t uart_read(void *opaque, uint64_t offset, unsigned size)
{
    Uart16550 *u = opaque;
    uint64_t v = 0;
    pthread_mutex_lock(&u->lock);
    for (unsigned i = 0; i < size; i++) v |= (uint64_t)read_reg(u, (offset + i) & 7) << (8 * i);
    maybe_accept_input(u);
    pthread_mutex_unlock(&u->lock);
    return v;
}

static void uart_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    Uart16550 *u = opaque;
    pthread_mutex_lock(&u->lock);
    for (unsigned i = 0; i < size; i++) write_reg(u, (offset + i) & 7, (uint8_t)(value >> (8 * i)));
    maybe_accept_input(u);
    pthread_mutex_unlock(&u->lock);
}

static const MemoryRegionOps uart_ops = {.read = uart_read, .write = uart_write};

size_t uart16550_receive(Uart16550 *u, const uint8_t *buf, size_t len)
{
    size_t n = 0;
    pthread_mutex_lock(&u->lock);
    if (!(u->mcr & MCR_LOOP))
        while (n < len && u->rx_count < rx_capacity(u)) rx_put(u, buf[n++]);
    if (n < len) u->producer_waiting = true;
    update_irq(u);
    pthread_mutex_unlock(&u->lock);
    return n;
}

void uart16550_reset(Uart16550 *u)
{
    pthread_mutex_lock(&u->lock);
    u->rbr = 0;
    u->ier = 0;
    u->iir_id = IIR_NO_INT;
    u->fcr = 0;
    u->lcr = 0;
    u->mcr = MCR_OUT2;
    u->lsr = LSR_THRE | LSR_TEMT;
    u->msr = MSR_DCD | MSR_DSR | MSR_CTS;
    u->scr = 0;
    u->dll = 0x0c; /* 9600 baud from 1.8432 MHz, the usual power-on divisor */
    u->dlm = 0;
    rx_clear(u);
    u->thr_ipending = false;
    update_irq(u);
    maybe_accept_input(u);
    pthread_mutex_unlock(&u->lock);
}

Uart16550 *uart16550_create(AddressSpace *as, uint64_t base, uint64_t size)
{
    Uart16550 *u = calloc(1, sizeof(*u));
    if (!u) fatal("out of memory");
    pthread_mutex_init(&u->lock, NULL);
    uart16550_reset(u);
    as_add_mmio(as, "uart0", base, size, &uart_ops, u);
    return u;
}

void uart16550_set_irq(Uart16550 *u, void (*irq)(void *opaque, bool level), void *opaque)
{
    pthread_mutex_lock(&u->lock);
    u->irq = irq;
    u->irq_opaque = opaque;
    pthread_mutex_unlock(&u->lock);
}

void uart16550_set_tx(Uart16550 *u, void (*tx)(void *opaque, const uint8_t *buf, size_t len),
                      void *opaque)
{
    pthread_mutex_lock(&u->lock);
    u->tx = tx;
    u->tx_opaque = opaque;
    pthread_mutex_unlock(&u->lock);
}

void uart16550_set_accept_input(Uart16550 *u, void (*fn)(void *opaque), void *opaque)
{
    pthread_mutex_lock(&u->lock);
    u->accept_input = fn;
    u->accept_input_opaque = opaque;
    pthread_mutex_unlock(&u->lock);
}

static size_t console_receive(void *opaque, const uint8_t *buf, size_t len)
{
    return uart16550_receive(opaque, buf, len);
}

static void console_room(void *opaque)
{
    console_accept_input();
}

void uart16550_attach_console(Uart16550 *u, void (*quit)(void *opaque), void *opaque)
{
    uart16550_set_accept_input(u, console_room, NULL);
    console_start(&(ConsoleFrontend){.receive = console_receive, .opaque = u}, quit, opaque);
}
