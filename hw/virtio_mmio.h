/* virtio-mmio transport, version 2 ("modern") only (VIRTIO 1.2 section
 * 4.2), one slot per device. QEMU's virt machine has eight slots at
 * 0x10001000 + 0x1000 * n, interrupt 1 + n on the PLIC; the machine places
 * and wires them. */
#ifndef RIVET_HW_VIRTIO_MMIO_H
#define RIVET_HW_VIRTIO_MMIO_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/virtio.h"
#include "system/memory.h"

#define VIRTIO_MMIO_SIZE 0x1000

typedef struct VirtioMmio VirtioMmio;

/* Maps a slot at base. dev NULL: an empty slot, DeviceID 0, which drivers
 * skip (4.2.2.1). */
VirtioMmio *virtio_mmio_create(AddressSpace *as, uint64_t base, VirtioDevice *dev);
/* The interrupt line: called with the new level whenever it changes, from
 * the thread that made the access, with the slot's lock held (so it must
 * not call back into the slot). High while InterruptStatus is nonzero. */
void virtio_mmio_set_irq(VirtioMmio *t, void (*irq)(void *opaque, bool level), void *opaque);
/* Machine reset: as if the driver wrote 0 to Status. */
void virtio_mmio_reset(VirtioMmio *t);
/* Why the device last entered DEVICE_NEEDS_RESET, or NULL. */
const char *virtio_mmio_error(VirtioMmio *t);

#endif
