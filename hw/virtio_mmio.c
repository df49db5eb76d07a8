/* virtio-mmio, version 2 (VIRTIO 1.2 section 4.2).
 *
 * Queue processing is synchronous: the vCPU thread that writes QueueNotify
 * serves every available buffer of that queue before its store completes,
 * then raises the interrupt. No I/O thread, no request in flight across a
 * reset, and a run is as deterministic as the guest. One lock per slot
 * serialises register accesses, so two vCPUs notifying at once take turns.
 *
 * Choices where the spec leaves room (each is in docs/virtio.md):
 *  - Control registers answer only 32-bit aligned accesses (4.2.2.2); other
 *    widths read 0 and are ignored on write, as in QEMU. The configuration
 *    space takes any width; reads past its end return all ones, as QEMU's.
 *  - VIRTIO_F_VERSION_1 is offered always, and FEATURES_OK is refused
 *    without it (6.1 lets a device fail a driver that does not accept it)
 *    or with a feature the device did not offer (2.2.1).
 *  - Queues run only once DRIVER_OK is set with FEATURES_OK accepted
 *    (2.1.2: nothing is consumed before DRIVER_OK). Buffers made available
 *    before are served when DRIVER_OK arrives.
 *  - A malformed ring or chain (virtqueue.c), or a request the device cannot
 *    answer, sets DEVICE_NEEDS_RESET, sends a configuration change
 *    notification if DRIVER_OK is set (2.1.2), and stops all processing
 *    until the driver resets the device.
 *  - Driver writes the spec forbids are ignored: feature writes after
 *    FEATURES_OK, queue layout writes while QueueReady is 1 (4.2.2.2).
 */
#include "hw/virtio_mmio.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "hw/virtqueue.h"
#include "util/log.h"

enum {
    REG_MAGIC = 0x000,
    REG_VERSION = 0x004,
    REG_DEVICE_ID = 0x008,
    REG_VENDOR_ID = 0x00c,
    REG_DEVICE_FEATURES = 0x010,
    REG_DEVICE_FEATURES_SEL = 0x014,
    REG_DRIVER_FEATURES = 0x020,
    REG_DRIVER_FEATURES_SEL = 0x024,
    REG_QUEUE_SEL = 0x030,
    REG_QUEUE_NUM_MAX = 0x034,
    REG_QUEUE_NUM = 0x038,
    REG_QUEUE_READY = 0x044,
    REG_QUEUE_NOTIFY = 0x050,
    REG_INTERRUPT_STATUS = 0x060,
    REG_INTERRUPT_ACK = 0x064,
    REG_STATUS = 0x070,
    REG_QUEUE_DESC_LOW = 0x080,
    REG_QUEUE_DESC_HIGH = 0x084,
    REG_QUEUE_DRIVER_LOW = 0x090,
    REG_QUEUE_DRIVER_HIGH = 0x094,
    REG_QUEUE_DEVICE_LOW = 0x0a0,
    REG_QUEUE_DEVICE_HIGH = 0x0a4,
    REG_SHM_SEL = 0x0ac,
    REG_SHM_LEN_LOW = 0x0b0,
    REG_SHM_LEN_HIGH = 0x0b4,
    REG_SHM_BASE_LOW = 0x0b8,
    REG_SHM_BASE_HIGH = 0x0bc,
    REG_QUEUE_RESET = 0x0c0,
    REG_CONFIG_GENERATION = 0x0fc,
    REG_CONFIG = 0x100,

    MMIO_MAGIC = 0x74726976, /* "virt" */
    MMIO_VERSION = 2,
    MMIO_VENDOR = 0x554d4551, /* "QEMU", as QEMU's devices report */

    INT_USED_BUFFER = 1,
    INT_CONFIG_CHANGE = 2,
};

#define TRANSPORT_FEATURES                                                                         \
    ((1ull << VIRTIO_F_VERSION_1) | (1ull << VIRTIO_RING_F_INDIRECT_DESC) |                        \
     (1ull << VIRTIO_RING_F_EVENT_IDX))

struct VirtioMmio {
    pthread_mutex_t lock;
    AddressSpace *as;
    uint64_t base;
    VirtioDevice *dev; /* NULL: empty slot */
    uint32_t device_features_sel, driver_features_sel, queue_sel;
    uint64_t driver_features; /* as written, before FEATURES_OK */
    uint8_t status;
    uint32_t interrupt_status;
    bool broken; /* DEVICE_NEEDS_RESET: nothing runs until reset */
    const char *error;
    bool irq_level;
    void (*irq)(void *opaque, bool level);
    void *irq_opaque;
    VirtQueue vq[VIRTIO_MAX_QUEUES];
};

static uint64_t offered_features(const VirtioMmio *t)
{
    return t->dev->features | TRANSPORT_FEATURES;
}

static void update_irq(VirtioMmio *t)
{
    bool level = t->interrupt_status != 0;
    if (level != t->irq_level) {
        t->irq_level = level;
        if (t->irq) t->irq(t->irq_opaque, level);
    }
}

static void raise_interrupt(VirtioMmio *t, uint32_t bits)
{
    t->interrupt_status |= bits;
    update_irq(t);
}

static void needs_reset(VirtioMmio *t, const char *why)
{
    if (t->broken) return;
    t->broken = true;
    t->error = why;
    t->status |= VIRTIO_STATUS_DEVICE_NEEDS_RESET;
    if (log_enabled(LOG_guest_errors))
        log_printf("%s@%#llx: %s: device needs reset\n", t->dev->name, (unsigned long long)t->base,
                   why);
    if (t->status & VIRTIO_STATUS_DRIVER_OK) raise_interrupt(t, INT_CONFIG_CHANGE);
}

static void reset_locked(VirtioMmio *t)
{
    t->device_features_sel = t->driver_features_sel = t->queue_sel = 0;
    t->driver_features = 0;
    t->status = 0;
    t->interrupt_status = 0;
    t->broken = false;
    t->error = NULL;
    if (t->dev) {
        t->dev->driver_features = 0;
        for (unsigned q = 0; q < t->dev->num_queues; q++) virtq_reset(&t->vq[q]);
        if (t->dev->ops->reset) t->dev->ops->reset(t->dev);
    }
    update_irq(t);
}

static bool running(const VirtioMmio *t)
{
    return !t->broken && (t->status & VIRTIO_STATUS_DRIVER_OK) &&
           (t->status & VIRTIO_STATUS_FEATURES_OK);
}

typedef struct Serve {
    VirtioDevice *dev;
    unsigned q;
} Serve;

static int64_t serve(void *opaque, VirtioRequest *req)
{
    Serve *s = opaque;
    return s->dev->ops->handle_request(s->dev, s->q, req);
}

static void process_queue(VirtioMmio *t, unsigned q)
{
    if (!running(t) || q >= t->dev->num_queues) return;
    const char *error = NULL;
    Serve s = {t->dev, q};
    unsigned r = virtq_process(&t->vq[q], t->as, serve, &s, &error);
    if (r & VIRTQ_USED) raise_interrupt(t, INT_USED_BUFFER);
    if (r & VIRTQ_BROKEN) needs_reset(t, error);
}

static void set_ring_features(VirtioMmio *t)
{
    for (unsigned q = 0; q < t->dev->num_queues; q++) {
        t->vq[q].event_idx = virtio_has_feature(t->dev, VIRTIO_RING_F_EVENT_IDX);
        t->vq[q].indirect = virtio_has_feature(t->dev, VIRTIO_RING_F_INDIRECT_DESC);
    }
}

static void write_status(VirtioMmio *t, uint32_t value)
{
    if (value == 0) {
        reset_locked(t);
        return;
    }
    uint8_t old = t->status;
    uint8_t status = (uint8_t)value & (uint8_t)~VIRTIO_STATUS_DEVICE_NEEDS_RESET;
    if ((status & VIRTIO_STATUS_FEATURES_OK) && !(old & VIRTIO_STATUS_FEATURES_OK)) {
        uint64_t f = t->driver_features;
        if (!((f >> VIRTIO_F_VERSION_1) & 1) || (f & ~offered_features(t))) {
            status &= (uint8_t)~VIRTIO_STATUS_FEATURES_OK;
        } else {
            t->dev->driver_features = f;
            set_ring_features(t);
        }
    }
    /* DEVICE_NEEDS_RESET is the device's bit: the driver neither sets it nor
     * clears it, only a reset does. */
    t->status = status | (old & VIRTIO_STATUS_DEVICE_NEEDS_RESET);
    if ((t->status & VIRTIO_STATUS_DRIVER_OK) && !(old & VIRTIO_STATUS_DRIVER_OK)) {
        if (t->broken) raise_interrupt(t, INT_CONFIG_CHANGE);
        for (unsigned q = 0; q < t->dev->num_queues; q++) process_queue(t, q);
    }
}

static VirtQueue *selected_queue(VirtioMmio *t)
{
    return t->queue_sel < t->dev->num_queues ? &t->vq[t->queue_sel] : NULL;
}

static uint64_t config_read(VirtioMmio *t, uint64_t off, unsigned size)
{
    if (off + size > t->dev->config_size) return ~0ull >> (64 - 8 * size);
    uint64_t v = 0;
    t->dev->ops->config_read(t->dev, (uint32_t)off, &v, size);
    return v;
}

static uint64_t read_reg(VirtioMmio *t, uint64_t offset)
{
    VirtQueue *vq = selected_queue(t);
    switch (offset) {
    case REG_MAGIC: return MMIO_MAGIC;
    case REG_VERSION: return MMIO_VERSION;
    case REG_DEVICE_ID: return t->dev->device_id;
    case REG_VENDOR_ID: return MMIO_VENDOR;
    case REG_DEVICE_FEATURES:
        return t->device_features_sel < 2
                   ? (uint32_t)(offered_features(t) >> (32 * t->device_features_sel))
                   : 0;
    case REG_QUEUE_NUM_MAX: return vq ? vq->num_max : 0;
    case REG_QUEUE_READY: return vq ? vq->ready : 0;
    case REG_INTERRUPT_STATUS: return t->interrupt_status;
    case REG_STATUS: return t->status;
    /* No shared memory regions: a length and base of -1 (4.2.2). */
    case REG_SHM_LEN_LOW:
    case REG_SHM_LEN_HIGH:
    case REG_SHM_BASE_LOW:
    case REG_SHM_BASE_HIGH: return UINT32_MAX;
    case REG_QUEUE_RESET: return 0;
    /* The configuration never changes once the device is made. */
    case REG_CONFIG_GENERATION: return 0;
    default: return 0; /* write-only registers and holes */
    }
}

static void set_half(uint64_t *reg, bool high, uint32_t value)
{
    *reg =
        high ? (*reg & 0xffffffffull) | ((uint64_t)value << 32) : (*reg & ~0xffffffffull) | value;
}

static void write_queue_ready(VirtioMmio *t, VirtQueue *vq, uint32_t value)
{
    if (!(value & 1)) {
        vq->ready = false;
        return;
    }
    if (vq->ready || t->broken) return;
    const char *why = virtq_enable(vq, t->as);
    if (why) needs_reset(t, why);
}

static void write_reg(VirtioMmio *t, uint64_t offset, uint32_t value)
{
    VirtQueue *vq = selected_queue(t);
    /* Queue layout registers are frozen while the queue is in use. */
    VirtQueue *idle = vq && !vq->ready ? vq : NULL;
    switch (offset) {
    case REG_DEVICE_FEATURES_SEL: t->device_features_sel = value; break;
    case REG_DRIVER_FEATURES_SEL: t->driver_features_sel = value; break;
    case REG_DRIVER_FEATURES:
        if (t->driver_features_sel < 2 && !(t->status & VIRTIO_STATUS_FEATURES_OK)) {
            set_half(&t->driver_features, t->driver_features_sel == 1, value);
        }
        break;
    case REG_QUEUE_SEL: t->queue_sel = value; break;
    case REG_QUEUE_NUM:
        if (idle) idle->num = (uint16_t)(value > UINT16_MAX ? 0 : value);
        break;
    case REG_QUEUE_READY:
        if (vq) write_queue_ready(t, vq, value);
        break;
    case REG_QUEUE_NOTIFY: process_queue(t, value & 0xffff); break;
    case REG_INTERRUPT_ACK:
        t->interrupt_status &= ~value;
        update_irq(t);
        break;
    case REG_STATUS: write_status(t, value); break;
    case REG_QUEUE_DESC_LOW:
    case REG_QUEUE_DESC_HIGH:
        if (idle) set_half(&idle->desc_addr, offset == REG_QUEUE_DESC_HIGH, value);
        break;
    case REG_QUEUE_DRIVER_LOW:
    case REG_QUEUE_DRIVER_HIGH:
        if (idle) set_half(&idle->avail_addr, offset == REG_QUEUE_DRIVER_HIGH, value);
        break;
    case REG_QUEUE_DEVICE_LOW:
    case REG_QUEUE_DEVICE_HIGH:
        if (idle) set_half(&idle->used_addr, offset == REG_QUEUE_DEVICE_HIGH, value);
        break;
    default: break; /* read-only registers, SHMSel, QueueReset (not offered), holes */
    }
}

static uint64_t mmio_read(void *opaque, uint64_t offset, unsigned size)
{
    VirtioMmio *t = opaque;
    if (!t->dev) {
        /* An empty slot still identifies itself, with DeviceID 0. */
        if (size != 4) return 0;
        return offset == REG_MAGIC       ? MMIO_MAGIC
               : offset == REG_VERSION   ? MMIO_VERSION
               : offset == REG_VENDOR_ID ? MMIO_VENDOR
                                         : 0;
    }
    uint64_t v = 0;
    pthread_mutex_lock(&t->lock);
    if (offset >= REG_CONFIG)
        v = config_read(t, offset - REG_CONFIG, size);
    else if (size == 4 && offset % 4 == 0)
        v = read_reg(t, offset);
    pthread_mutex_unlock(&t->lock);
    return v;
}

static void mmio_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    VirtioMmio *t = opaque;
    if (!t->dev) return;
    pthread_mutex_lock(&t->lock);
    if (offset >= REG_CONFIG) {
        uint64_t off = offset - REG_CONFIG;
        if (t->dev->ops->config_write && off + size <= t->dev->config_size)
            t->dev->ops->config_write(t->dev, (uint32_t)off, &value, size);
    } else if (size == 4 && offset % 4 == 0) {
        write_reg(t, offset, (uint32_t)value);
    }
    pthread_mutex_unlock(&t->lock);
}

static const MemoryRegionOps virtio_mmio_ops = {.read = mmio_read, .write = mmio_write};

VirtioMmio *virtio_mmio_create(AddressSpace *as, uint64_t base, VirtioDevice *dev)
{
    VirtioMmio *t = calloc(1, sizeof(*t));
    if (!t) fatal("out of memory");
    pthread_mutex_init(&t->lock, NULL);
    t->as = as;
    t->base = base;
    t->dev = dev;
    if (dev) {
        if (dev->num_queues > VIRTIO_MAX_QUEUES) fatal("%s: too many queues", dev->name);
        for (unsigned q = 0; q < dev->num_queues; q++) {
            uint16_t n = dev->queue_max[q];
            /* 2.7: a split queue holds a power of 2 up to 32768 entries; a
             * chain may use the whole ring. */
            if (n == 0 || (n & (n - 1)) || n > 32768 || n > VIRTQ_MAX_CHAIN)
                fatal("%s: bad queue size %u", dev->name, n);
            t->vq[q].num_max = n;
        }
    }
    reset_locked(t);
    as_add_mmio(as, "virtio-mmio", base, VIRTIO_MMIO_SIZE, &virtio_mmio_ops, t);
    return t;
}

void virtio_mmio_set_irq(VirtioMmio *t, void (*irq)(void *opaque, bool level), void *opaque)
{
    pthread_mutex_lock(&t->lock);
    t->irq = irq;
    t->irq_opaque = opaque;
    pthread_mutex_unlock(&t->lock);
}

void virtio_mmio_reset(VirtioMmio *t)
{
    pthread_mutex_lock(&t->lock);
    reset_locked(t);
    pthread_mutex_unlock(&t->lock);
}

const char *virtio_mmio_error(VirtioMmio *t)
{
    pthread_mutex_lock(&t->lock);
    const char *e = t->error;
    pthread_mutex_unlock(&t->lock);
    return e;
}
