/* Split virtqueues, device side (VIRTIO 1.2 section 2.7).
 *
 * The rings live in guest RAM and the driver writes them from other vCPU
 * threads while we read them, so everything the guest controls is read
 * once into a local copy and checked there; nothing is re-read after it
 * has been validated. Ordering follows 2.7.13: the driver fills
 * descriptors and ring entries, then publishes avail->idx, so avail->idx
 * is loaded with acquire before anything it covers. The device fills a
 * used element, then publishes used->idx with a release store.
 *
 * Two places need a full fence, because each side stores one word and then
 * loads the other's (2.7.10, 2.7.13.4): after publishing used->idx, before
 * reading whether the driver wants an interrupt (avail->flags or
 * used_event), against the driver re-enabling interrupts and re-checking
 * used->idx; and with VIRTIO_RING_F_EVENT_IDX, after writing avail_event,
 * before checking avail->idx once more, against the driver publishing a
 * buffer and then reading avail_event to decide not to notify. Without the
 * second fence a buffer added at that moment would wait for the next
 * notification, which might never come.
 *
 * A chain is malformed when it cannot be followed safely: an index past
 * the table, a loop (more descriptors than the table holds), a buffer not
 * wholly in RAM, a device-readable buffer after a device-writable one, a
 * total of 4 GiB or more, or a misused indirect table. The caller then
 * marks the device DEVICE_NEEDS_RESET and stops using it (2.1.2).
 */
#include "hw/virtqueue.h"

#include <stdatomic.h>
#include <string.h>

enum {
    VIRTQ_DESC_F_NEXT = 1,
    VIRTQ_DESC_F_WRITE = 2,
    VIRTQ_DESC_F_INDIRECT = 4,
    VIRTQ_AVAIL_F_NO_INTERRUPT = 1,
    DESC_SIZE = 16,
};

typedef struct Desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
} Desc;

/* Ring words are naturally aligned (virtq_enable checks the parts' bases)
 * and the host is little-endian, like the rings (2.7). */
static uint16_t load16(const uint8_t *p, memory_order mo)
{
    return __atomic_load_n((const uint16_t *)p, mo);
}

static void store16(uint8_t *p, uint16_t v, memory_order mo)
{
    __atomic_store_n((uint16_t *)p, v, mo);
}

static Desc load_desc(const uint8_t *table, uint32_t i)
{
    const uint8_t *p = table + (uint64_t)i * DESC_SIZE;
    Desc d;
    memcpy(&d.addr, p, 8);
    memcpy(&d.len, p + 8, 4);
    memcpy(&d.flags, p + 12, 2);
    memcpy(&d.next, p + 14, 2);
    return d;
}

static uint64_t avail_size(uint16_t num)
{
    return 6 + 2 * (uint64_t)num; /* flags, idx, ring[num], used_event */
}

static uint64_t used_size(uint16_t num)
{
    return 6 + 8 * (uint64_t)num; /* flags, idx, ring[num], avail_event */
}

/* Host view of guest RAM the device may read, or also write: ROM is RAM to
 * as_ram_ptr, but a device must not write it. */
static uint8_t *dma_map(AddressSpace *as, uint64_t addr, uint64_t len, bool write)
{
    uint8_t *p = as_ram_ptr(as, addr, len);
    if (p && write) {
        MemoryRegion *mr = as_find(as, addr);
        if (!mr || mr->readonly) return NULL;
    }
    return p;
}

void virtq_reset(VirtQueue *vq)
{
    vq->num = vq->num_max;
    vq->desc_addr = vq->avail_addr = vq->used_addr = 0;
    vq->ready = false;
    vq->event_idx = vq->indirect = false;
    vq->desc = vq->avail = NULL;
    vq->used = NULL;
    vq->last_avail = vq->used_idx = 0;
}

const char *virtq_enable(VirtQueue *vq, AddressSpace *as)
{
    uint16_t n = vq->num;
    if (n == 0 || n > vq->num_max || (n & (n - 1)))
        return "queue size is not a power of 2 up to QueueNumMax";
    if (vq->desc_addr % 16 || vq->avail_addr % 2 || vq->used_addr % 4)
        return "virtqueue part misaligned";
    const uint8_t *desc = dma_map(as, vq->desc_addr, (uint64_t)n * DESC_SIZE, false);
    const uint8_t *avail = dma_map(as, vq->avail_addr, avail_size(n), false);
    uint8_t *used = dma_map(as, vq->used_addr, used_size(n), true);
    if (!desc || !avail || !used) return "virtqueue not in RAM";
    vq->desc = desc;
    vq->avail = avail;
    vq->used = used;
    /* The driver hands over zeroed rings (4.2.3.2), so both sides start
     * at index 0. */
    vq->last_avail = vq->used_idx = 0;
    vq->ready = true;
    return NULL;
}

/* Follows the chain at head into vq->segs (2.7.5, 2.7.5.3). */
static const char *pop_chain(VirtQueue *vq, AddressSpace *as, uint16_t head, VirtioRequest *r)
{
    const uint8_t *table = vq->desc;
    uint32_t table_size = vq->num;
    uint32_t i = head;
    unsigned in_table = 0, total = 0, nseg = 0;
    bool indirect = false;
    *r = (VirtioRequest){.as = as, .seg = vq->segs};
    for (;;) {
        if (i >= table_size) return "descriptor index out of range";
        if (++in_table > table_size) return "descriptor chain loops";
        Desc d = load_desc(table, i);
        if (d.flags & VIRTQ_DESC_F_INDIRECT) {
            if (!vq->indirect) return "indirect descriptor not negotiated";
            if (indirect) return "indirect descriptor inside an indirect table";
            if (d.flags & VIRTQ_DESC_F_NEXT) return "indirect descriptor with NEXT";
            if (d.len == 0 || d.len % DESC_SIZE || d.len / DESC_SIZE > VIRTQ_MAX_CHAIN)
                return "bad indirect table size";
            table = dma_map(as, d.addr, d.len, false);
            if (!table) return "indirect table not in RAM";
            table_size = d.len / DESC_SIZE;
            i = 0;
            in_table = 0;
            indirect = true;
            continue;
        }
        if (++total > VIRTQ_MAX_CHAIN) return "descriptor chain too long";
        bool writable = d.flags & VIRTQ_DESC_F_WRITE;
        if (!writable && r->n_wr) return "device-readable buffer after a device-writable one";
        if ((uint64_t)d.len > UINT32_MAX - (r->rd_len + r->wr_len))
            return "descriptor chain of 4 GiB or more";
        if (d.len) {
            uint8_t *host = dma_map(as, d.addr, d.len, writable);
            if (!host) return "buffer not in RAM";
            vq->segs[nseg++] = (VirtioSeg){.host = host, .addr = d.addr, .len = d.len};
            if (writable) {
                r->n_wr++;
                r->wr_len += d.len;
            } else {
                r->n_rd++;
                r->rd_len += d.len;
            }
        }
        if (!(d.flags & VIRTQ_DESC_F_NEXT)) return NULL;
        i = d.next;
    }
}

static void push_used(VirtQueue *vq, uint16_t head, uint32_t len)
{
    uint8_t *elem = vq->used + 4 + 8 * (uint64_t)(vq->used_idx & (vq->num - 1));
    uint32_t id = head;
    memcpy(elem, &id, 4);
    memcpy(elem + 4, &len, 4);
    vq->used_idx++;
    store16(vq->used + 2, vq->used_idx, memory_order_release);
}

/* 2.7.10: whether the driver asked to be told of the buffers that moved
 * used->idx from old to vq->used_idx. */
static bool driver_wants_interrupt(VirtQueue *vq, uint16_t old)
{
    atomic_thread_fence(memory_order_seq_cst);
    if (!vq->event_idx)
        return !(load16(vq->avail, memory_order_relaxed) & VIRTQ_AVAIL_F_NO_INTERRUPT);
    /* Notify if one of the new entries was written at index used_event. */
    uint16_t used_event = load16(vq->avail + 4 + 2 * (uint64_t)vq->num, memory_order_relaxed);
    return (uint16_t)(vq->used_idx - used_event - 1) < (uint16_t)(vq->used_idx - old);
}

unsigned virtq_process(VirtQueue *vq, AddressSpace *as, VirtqHandler *fn, void *opaque,
                       const char **error)
{
    if (!vq->ready) return 0;
    uint16_t old_used = vq->used_idx;
    unsigned result = 0;
    for (;;) {
        uint16_t avail_idx = load16(vq->avail + 2, memory_order_acquire);
        /* More than a ring's worth outstanding: the index is garbage. */
        if ((uint16_t)(avail_idx - vq->last_avail) > vq->num) {
            *error = "available index moved past the ring";
            result |= VIRTQ_BROKEN;
            break;
        }
        while (vq->last_avail != avail_idx) {
            const uint8_t *slot = vq->avail + 4 + 2 * (uint64_t)(vq->last_avail & (vq->num - 1));
            uint16_t head = load16(slot, memory_order_relaxed);
            VirtioRequest req;
            const char *bad = pop_chain(vq, as, head, &req);
            int64_t len = bad ? -1 : fn(opaque, &req);
            if (len < 0) {
                *error = bad ? bad : req.error ? req.error : "request cannot be answered";
                result |= VIRTQ_BROKEN;
                goto done;
            }
            push_used(vq, head, (uint32_t)len);
            vq->last_avail++;
        }
        if (!vq->event_idx) break;
        /* Ask to be notified of the next buffer the driver adds, then look
         * again in case it came before the driver could see this. */
        store16(vq->used + 4 + 8 * (uint64_t)vq->num, vq->last_avail, memory_order_relaxed);
        atomic_thread_fence(memory_order_seq_cst);
        if (load16(vq->avail + 2, memory_order_relaxed) == vq->last_avail) break;
    }
done:
    if (vq->used_idx != old_used || vq->event_idx) {
        if (as->ram_written) as->ram_written(vq->used_addr, used_size(vq->num));
    }
    if (vq->used_idx != old_used) {
        /* A ring that broke gets a spurious notification at worst, which
         * the driver must handle (2.7.10). */
        if ((result & VIRTQ_BROKEN) || driver_wants_interrupt(vq, old_used)) result |= VIRTQ_USED;
    }
    return result;
}

int virtio_req_foreach(VirtioRequest *r, bool writable, uint64_t off, uint64_t len,
                       VirtioPieceFn *fn, void *opaque)
{
    VirtioSeg *s = writable ? r->seg + r->n_rd : r->seg;
    unsigned n = writable ? r->n_wr : r->n_rd;
    for (unsigned i = 0; i < n && len; i++) {
        if (off >= s[i].len) {
            off -= s[i].len;
            continue;
        }
        uint64_t k = s[i].len - off < len ? s[i].len - off : len;
        int ret = fn(opaque, s[i].host + off, k);
        if (writable && r->as->ram_written) r->as->ram_written(s[i].addr + off, k);
        if (ret) return ret;
        off = 0;
        len -= k;
    }
    return 0;
}

typedef struct Copy {
    uint8_t *dst;
    const uint8_t *src;
    uint64_t done;
} Copy;

static int copy_out(void *opaque, uint8_t *host, uint64_t len)
{
    Copy *c = opaque;
    memcpy(c->dst + c->done, host, len);
    c->done += len;
    return 0;
}

static int copy_in(void *opaque, uint8_t *host, uint64_t len)
{
    Copy *c = opaque;
    memcpy(host, c->src + c->done, len);
    c->done += len;
    return 0;
}

static int zero_piece(void *opaque, uint8_t *host, uint64_t len)
{
    memset(host, 0, len);
    return 0;
}

uint64_t virtio_req_read(VirtioRequest *r, uint64_t off, void *dst, uint64_t len)
{
    Copy c = {.dst = dst};
    virtio_req_foreach(r, false, off, len, copy_out, &c);
    return c.done;
}

uint64_t virtio_req_write(VirtioRequest *r, uint64_t off, const void *src, uint64_t len)
{
    Copy c = {.src = src};
    virtio_req_foreach(r, true, off, len, copy_in, &c);
    return c.done;
}

void virtio_req_zero(VirtioRequest *r, uint64_t off, uint64_t len)
{
    virtio_req_foreach(r, true, off, len, zero_piece, NULL);
}
