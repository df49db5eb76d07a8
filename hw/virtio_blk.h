/* virtio-blk (VIRTIO 1.2 section 5.2) over a BlockBackend: one request
 * queue of 256 entries (QEMU's default queue-size), read, write, flush and
 * GET_ID. */
#ifndef RIVET_HW_VIRTIO_BLK_H
#define RIVET_HW_VIRTIO_BLK_H

#include "hw/virtio.h"
#include "system/block.h"

#define VIRTIO_BLK_QUEUE_SIZE 256

/* serial: the GET_ID string, up to 20 bytes used (NULL: empty, as QEMU's
 * default). The device keeps blk for its lifetime. */
VirtioDevice *virtio_blk_create(BlockBackend *blk, const char *serial);

#endif
