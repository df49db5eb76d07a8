/* What a virtio device type (block, entropy, ...) provides to the
 * transport, and what it gets: each request as a validated list of host
 * buffers. References are to the VIRTIO 1.2 specification.
 *
 * The transport (hw/virtio_mmio.c) owns everything the spec calls basic
 * facilities: status, feature negotiation, the virtqueues. A device
 * describes itself in a VirtioDevice and answers one request at a time;
 * it never sees a descriptor or a guest address it has to check. */
#ifndef RIVET_HW_VIRTIO_H
#define RIVET_HW_VIRTIO_H

#include <stdbool.h>
#include <stdint.h>

#include "system/memory.h"

/* Device status bits (2.1). */
enum {
    VIRTIO_STATUS_ACKNOWLEDGE = 1,
    VIRTIO_STATUS_DRIVER = 2,
    VIRTIO_STATUS_DRIVER_OK = 4,
    VIRTIO_STATUS_FEATURES_OK = 8,
    VIRTIO_STATUS_DEVICE_NEEDS_RESET = 64,
    VIRTIO_STATUS_FAILED = 128,
};

/* Reserved feature bits (6) that the transport offers itself. */
#define VIRTIO_RING_F_INDIRECT_DESC 28
#define VIRTIO_RING_F_EVENT_IDX 29
#define VIRTIO_F_VERSION_1 32

/* Device IDs (5). */
enum { VIRTIO_ID_BLOCK = 2, VIRTIO_ID_RNG = 4 };

#define VIRTIO_MAX_QUEUES 8

/* One guest buffer of a request: host view, guest address, length. */
typedef struct VirtioSeg {
    uint8_t *host;
    uint64_t addr;
    uint32_t len;
} VirtioSeg;

/* A descriptor chain, checked: every buffer lies wholly in guest RAM (the
 * writable ones not in ROM), the device-readable buffers come first
 * (seg[0..n_rd)), then the device-writable ones (seg[n_rd..n_rd+n_wr)),
 * and rd_len + wr_len < 2^32 (2.7.4.2, 2.7.5). */
typedef struct VirtioRequest {
    AddressSpace *as;
    VirtioSeg *seg;
    unsigned n_rd, n_wr;
    uint64_t rd_len, wr_len;
    /* Set by a device that gives up on the request (handle_request < 0). */
    const char *error;
} VirtioRequest;

typedef struct VirtioDevice VirtioDevice;

typedef struct VirtioDeviceOps {
    /* Copies [offset, offset+len) of the configuration space (little-endian
     * fields); the transport keeps the range within config_size. */
    void (*config_read)(VirtioDevice *d, uint32_t offset, void *buf, uint32_t len);
    /* A driver write to the configuration space; NULL if none is writable. */
    void (*config_write)(VirtioDevice *d, uint32_t offset, const void *buf, uint32_t len);
    /* Serves one request from queue q, synchronously. Returns the number of
     * bytes written to the device-writable part from its start (the used
     * length, 2.7.8), or -1 when the request cannot even be answered: the
     * transport then marks the device DEVICE_NEEDS_RESET. */
    int64_t (*handle_request)(VirtioDevice *d, unsigned q, VirtioRequest *req);
    /* Device reset (status 0, machine reset); NULL if there is no state. */
    void (*reset)(VirtioDevice *d);
} VirtioDeviceOps;

/* Embedded first in each device type's state. */
struct VirtioDevice {
    const VirtioDeviceOps *ops;
    const char *name;
    uint32_t device_id;
    uint64_t features; /* device-type feature bits offered (0..23) */
    uint32_t config_size;
    unsigned num_queues;
    uint16_t queue_max[VIRTIO_MAX_QUEUES]; /* QueueNumMax: a power of 2 */
    /* Set by the transport when FEATURES_OK is accepted, 0 after reset. */
    uint64_t driver_features;
};

/* Walks the host pieces of [off, off+len) of the readable (writable =
 * false) or writable part of a request, calling fn on each; stops at the
 * first nonzero return and returns it. After fn returns for a writable
 * piece, the address space's ram_written hook is told of it. The range
 * must lie within rd_len or wr_len. */
typedef int VirtioPieceFn(void *opaque, uint8_t *host, uint64_t len);
int virtio_req_foreach(VirtioRequest *r, bool writable, uint64_t off, uint64_t len,
                       VirtioPieceFn *fn, void *opaque);

/* Copies out of the readable part / into the writable part. Return the
 * number of bytes copied: less than len where the part ends. */
uint64_t virtio_req_read(VirtioRequest *r, uint64_t off, void *dst, uint64_t len);
uint64_t virtio_req_write(VirtioRequest *r, uint64_t off, const void *src, uint64_t len);
/* Zeroes [off, off+len) of the writable part (clamped to it). */
void virtio_req_zero(VirtioRequest *r, uint64_t off, uint64_t len);

static inline bool virtio_has_feature(const VirtioDevice *d, unsigned bit)
{
    return (d->driver_features >> bit) & 1;
}

#endif
