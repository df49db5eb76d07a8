/* HTIF, with QEMU's semantics (hw/char/riscv_htif.c):
 *
 * tohost is a 64-bit command: device in bits 63:56, command in 55:48,
 * payload below. The device model is 32 bits wide, so a 64-bit store is
 * the pair "low word, then high word"; the low word is latched only while
 * tohost reads as zero (the previous command consumed), and the command
 * runs when the high word arrives. After a command tohost reads 0 again and
 * fromhost holds the reply: the command's device/cmd bits and, for console
 * output, 0x100 | the character.
 *
 *   device 0 cmd 0, payload bit 0 set: exit with status payload >> 1
 *   device 0 cmd 0, bit 0 clear: payload points at a proxy-kernel syscall
 *       block; only write(1, buf, 1) is served
 *   device 1 cmd 1: write the low byte to the console
 *   device 1 cmd 0: read a character (no input yet: never answered)
 *
 * tohost and fromhost are separate 8-byte MMIO windows over RAM at the
 * symbols' addresses, so the RAM between them stays RAM. */
#include "hw/htif.h"

#include <pthread.h>
#include <stdlib.h>

#include "hw/uart16550.h"
#include "util/log.h"

enum { HTIF_DEV_SYSTEM = 0, HTIF_DEV_CONSOLE = 1 };
enum { HTIF_CMD_SYSCALL = 0, HTIF_CMD_GETC = 0, HTIF_CMD_PUTC = 1 };
enum { PK_SYS_WRITE = 64 };

struct Htif {
    Machine *m;
    pthread_mutex_t lock;
    uint64_t tohost, fromhost;
    bool allow_tohost;
    uint64_t pending_read; /* a getc command waiting for input */
};

static uint64_t guest_u64(Htif *h, uint64_t addr)
{
    uint64_t v = 0;
    if (!as_read(&h->m->as, addr, 8, &v)) return 0;
    return v;
}

static void handle_command(Htif *h, uint64_t cmdword)
{
    unsigned device = (unsigned)(cmdword >> 56);
    unsigned cmd = (unsigned)(cmdword >> 48) & 0xff;
    uint64_t payload = cmdword & 0xffffffffffffull;
    uint64_t resp = 0;

    if (device == HTIF_DEV_SYSTEM && cmd == HTIF_CMD_SYSCALL) {
        if (payload & 1) {
            machine_request_shutdown(h->m, (int)(payload >> 1));
        } else if (guest_u64(h, payload) == PK_SYS_WRITE && guest_u64(h, payload + 8) == 1 &&
                   guest_u64(h, payload + 24) == 1) {
            uint64_t c = 0;
            if (as_read(&h->m->as, guest_u64(h, payload + 16), 1, &c)) {
                uint8_t ch = (uint8_t)c;
                console_write(&ch, 1);
            }
            resp = 0x100 | (payload & 0xff);
        }
    } else if (device == HTIF_DEV_CONSOLE && cmd == HTIF_CMD_GETC) {
        h->pending_read = cmdword;
        h->tohost = 0;
        return;
    } else if (device == HTIF_DEV_CONSOLE && cmd == HTIF_CMD_PUTC) {
        uint8_t ch = (uint8_t)payload;
        console_write(&ch, 1);
        resp = 0x100 | ch;
    }
    h->fromhost = (cmdword & ~0xffffffffffffull) | (resp & 0xffffffffffffull);
    h->tohost = 0;
}

/* One 32-bit half; offset 0 is the low word, 4 the high word. */
static void tohost_write32(Htif *h, uint64_t offset, uint32_t v)
{
    if (offset == 0) {
        h->allow_tohost = h->tohost == 0;
        if (h->allow_tohost) h->tohost = v;
    } else if (offset == 4 && h->allow_tohost) {
        h->tohost |= (uint64_t)v << 32;
        handle_command(h, h->tohost);
    }
}

static void fromhost_write32(Htif *h, uint64_t offset, uint32_t v)
{
    if (offset == 0)
        h->fromhost = v;
    else if (offset == 4)
        h->fromhost |= (uint64_t)v << 32;
}

static uint64_t read_word(uint64_t word, uint64_t offset, unsigned size)
{
    if (size == 8 && offset == 0) return word;
    if (offset == 0) return (uint32_t)word;
    if (offset == 4) return word >> 32;
    return 0;
}

static uint64_t tohost_read(void *opaque, uint64_t offset, unsigned size)
{
    Htif *h = opaque;
    pthread_mutex_lock(&h->lock);
    uint64_t v = read_word(h->tohost, offset, size);
    pthread_mutex_unlock(&h->lock);
    return v;
}

static uint64_t fromhost_read(void *opaque, uint64_t offset, unsigned size)
{
    Htif *h = opaque;
    pthread_mutex_lock(&h->lock);
    uint64_t v = read_word(h->fromhost, offset, size);
    pthread_mutex_unlock(&h->lock);
    return v;
}

static void split_write(Htif *h, void (*write32)(Htif *, uint64_t, uint32_t), uint64_t offset,
                        uint64_t value, unsigned size)
{
    pthread_mutex_lock(&h->lock);
    if (size == 8 && offset == 0) {
        write32(h, 0, (uint32_t)value);
        write32(h, 4, (uint32_t)(value >> 32));
    } else if (size <= 4) {
        write32(h, offset, (uint32_t)value);
    }
    pthread_mutex_unlock(&h->lock);
}

static void tohost_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    split_write(opaque, tohost_write32, offset, value, size);
}

static void fromhost_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    split_write(opaque, fromhost_write32, offset, value, size);
}

static const MemoryRegionOps tohost_ops = {.read = tohost_read, .write = tohost_write};
static const MemoryRegionOps fromhost_ops = {.read = fromhost_read, .write = fromhost_write};

void htif_reset(Htif *h)
{
    pthread_mutex_lock(&h->lock);
    h->tohost = h->fromhost = 0;
    h->allow_tohost = false;
    h->pending_read = 0;
    pthread_mutex_unlock(&h->lock);
}

Htif *htif_create(Machine *m, uint64_t tohost, bool has_fromhost, uint64_t fromhost)
{
    Htif *h = calloc(1, sizeof(*h));
    if (!h) fatal("out of memory");
    h->m = m;
    pthread_mutex_init(&h->lock, NULL);
    as_add_mmio(&m->as, "htif.tohost", tohost, 8, &tohost_ops, h);
    /* Overlapping words would make no sense; tohost wins. */
    bool overlaps = fromhost < tohost + 8 && tohost < fromhost + 8;
    if (has_fromhost && !overlaps)
        as_add_mmio(&m->as, "htif.fromhost", fromhost, 8, &fromhost_ops, h);
    return h;
}
