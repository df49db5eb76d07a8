/* Split virtqueues (VIRTIO 1.2 section 2.7), device side. */
#ifndef RIVET_HW_VIRTQUEUE_H
#define RIVET_HW_VIRTQUEUE_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/virtio.h"
#include "system/memory.h"

/* The most buffers a chain may have, direct and indirect together: 2.7.3
 * lets a device set "a reasonable limit"; QEMU's is also 1024. */
#define VIRTQ_MAX_CHAIN 1024

typedef struct VirtQueue {
    uint16_t num_max; /* from the device; 0: no such queue */
    /* Written by the driver through the transport. */
    uint16_t num;
    uint64_t desc_addr, avail_addr, used_addr;
    bool ready;
    /* Negotiated ring features. */
    bool event_idx, indirect;
    /* Host views of the three parts, valid while ready. */
    const uint8_t *desc, *avail;
    uint8_t *used;
    uint16_t last_avail; /* next available ring entry to serve */
    uint16_t used_idx;   /* mirror of used->idx, which only the device writes */
    VirtioSeg segs[VIRTQ_MAX_CHAIN];
} VirtQueue;

/* Power-on state: not ready, num = num_max, addresses 0. */
void virtq_reset(VirtQueue *vq);
/* QueueReady written 1: checks the size and that each part is aligned
 * (2.7) and wholly in RAM (the used ring not in ROM), and maps them. NULL
 * when it is ready, else why not. */
const char *virtq_enable(VirtQueue *vq, AddressSpace *as);

/* Serves a request: see VirtioDeviceOps.handle_request. */
typedef int64_t VirtqHandler(void *opaque, VirtioRequest *req);

enum {
    VIRTQ_USED = 1,   /* buffers were used and the driver wants to be told */
    VIRTQ_BROKEN = 2, /* the ring or a chain is malformed: *error says why */
};
/* Serves every available buffer, in order, and returns VIRTQ_* flags. On
 * VIRTQ_BROKEN the queue stops where the bad chain is; the buffers used
 * before it are in the used ring, and VIRTQ_USED tells of them. */
unsigned virtq_process(VirtQueue *vq, AddressSpace *as, VirtqHandler *fn, void *opaque,
                       const char **error);

#endif
