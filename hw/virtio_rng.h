/* virtio-rng, the entropy device (VIRTIO 1.2 section 5.4): one queue of 8
 * entries (QEMU's size), each device-writable buffer filled from the host's
 * getrandom(2). */
#ifndef RIVET_HW_VIRTIO_RNG_H
#define RIVET_HW_VIRTIO_RNG_H

#include "hw/virtio.h"

#define VIRTIO_RNG_QUEUE_SIZE 8
/* Bytes given per request at most; 5.4.6.2 lets the device use less than
 * the buffer, and a guest cannot make one MMIO write last long. */
#define VIRTIO_RNG_MAX_REQUEST 65536

VirtioDevice *virtio_rng_create(void);

#endif
