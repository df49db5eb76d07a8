/* NS16550A UART, transmit side. Characters leave the moment THR is
 * written, so the transmitter is always empty (LSR = THRE | TEMT) and the
 * THR-empty interrupt, when enabled, is pending again right after each
 * write, as on QEMU's serial device. Loopback (MCR bit 4) feeds THR back
 * into RBR instead of stdout, which is how Linux's 8250 driver probes.
 *
 * The registers are byte-wide: a wider access is split into byte accesses
 * at consecutive offsets, as QEMU does for its serial-mm device. */
#include "hw/uart16550.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "util/log.h"

enum {
    IER_RDI = 0x01,
    IER_THRI = 0x02,
    IER_RLSI = 0x04,
    IER_MSI = 0x08,

    IIR_NO_INT = 0x01,
    IIR_MSI = 0x00,
    IIR_THRI = 0x02,
    IIR_RDI = 0x04,
    IIR_RLSI = 0x06,
    IIR_ID_MASK = 0x0f,
    IIR_FIFO = 0xc0,

    FCR_FE = 0x01,
    FCR_RFR = 0x02,

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
    pthread_mutex_t lock; /* vCPU threads may access the UART concurrently */
    uint8_t rbr, ier, iir, fcr, lcr, mcr, lsr, msr, scr, dll, dlm;
    bool thr_ipending;
    bool irq_level;
    void (*irq)(void *opaque, bool level);
    void *irq_opaque;
};

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

static void update_irq(Uart16550 *u)
{
    uint8_t id = IIR_NO_INT;
    if ((u->ier & IER_RLSI) && (u->lsr & LSR_ERRORS))
        id = IIR_RLSI;
    else if ((u->ier & IER_RDI) && (u->lsr & LSR_DR))
        id = IIR_RDI;
    else if ((u->ier & IER_THRI) && u->thr_ipending)
        id = IIR_THRI;
    else if ((u->ier & IER_MSI) && (u->msr & MSR_DELTAS))
        id = IIR_MSI;
    u->iir = (uint8_t)((u->iir & ~IIR_ID_MASK) | id);
    bool level = id != IIR_NO_INT;
    if (level != u->irq_level) {
        u->irq_level = level;
        if (u->irq) u->irq(u->irq_opaque, level);
    }
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
        v = u->rbr;
        u->lsr &= (uint8_t) ~(LSR_DR | LSR_BI);
        update_irq(u);
        return v;
    case 1: return (u->lcr & LCR_DLAB) ? u->dlm : u->ier;
    case 2:
        v = u->iir;
        /* Reading IIR acknowledges a THR-empty interrupt. */
        if ((v & IIR_ID_MASK) == IIR_THRI) {
            u->thr_ipending = false;
            update_irq(u);
        }
        return v;
    case 3: return u->lcr;
    case 4: return u->mcr;
    case 5:
        v = u->lsr;
        u->lsr &= (uint8_t) ~(LSR_BI | LSR_OE);
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

static void write_reg(Uart16550 *u, unsigned reg, uint8_t v)
{
    switch (reg) {
    case 0:
        if (u->lcr & LCR_DLAB) {
            u->dll = v;
            return;
        }
        if (u->mcr & MCR_LOOP) {
            if (u->lsr & LSR_DR) u->lsr |= LSR_OE;
            u->rbr = v;
            u->lsr |= LSR_DR;
        } else {
            console_write(&v, 1);
        }
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
    case 2:
        u->fcr = v & 0xc9;
        if (v & FCR_RFR) {
            u->lsr &= (uint8_t) ~(LSR_DR | LSR_BI);
            u->rbr = 0;
        }
        if (v & FCR_FE)
            u->iir |= IIR_FIFO;
        else
            u->iir &= (uint8_t)~IIR_FIFO;
        update_irq(u);
        return;
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
    pthread_mutex_unlock(&u->lock);
    return v;
}

static void uart_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    Uart16550 *u = opaque;
    pthread_mutex_lock(&u->lock);
    for (unsigned i = 0; i < size; i++) write_reg(u, (offset + i) & 7, (uint8_t)(value >> (8 * i)));
    pthread_mutex_unlock(&u->lock);
}

static const MemoryRegionOps uart_ops = {.read = uart_read, .write = uart_write};

void uart16550_reset(Uart16550 *u)
{
    pthread_mutex_lock(&u->lock);
    u->rbr = 0;
    u->ier = 0;
    u->iir = IIR_NO_INT;
    u->fcr = 0;
    u->lcr = 0;
    u->mcr = MCR_OUT2;
    u->lsr = LSR_THRE | LSR_TEMT;
    u->msr = MSR_DCD | MSR_DSR | MSR_CTS;
    u->scr = 0;
    u->dll = 0x0c; /* 9600 baud from 1.8432 MHz, the usual power-on divisor */
    u->dlm = 0;
    u->thr_ipending = false;
    update_irq(u);
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
