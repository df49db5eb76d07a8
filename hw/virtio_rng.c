/* virtio-rng, VIRTIO 1.2 section 5.4: no features, no configuration. A
 * request's device-readable buffers, which the driver must not send
 * (5.4.6.1), are ignored as QEMU does; the writable ones are filled from
 * the start, and the used length says how much (the driver must look,
 * 5.4.6.1). */
#include "hw/virtio_rng.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/random.h>

#include "util/log.h"

/* getrandom(2) may return less than asked (a signal, more than 256 bytes
 * from a busy pool): keep asking. */
static int fill_random(void *opaque, uint8_t *host, uint64_t len)
{
    uint64_t *done = opaque;
    while (len) {
        ssize_t n = getrandom(host, len, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        host += n;
        len -= (uint64_t)n;
        *done += (uint64_t)n;
    }
    return 0;
}

static int64_t rng_handle_request(VirtioDevice *d, unsigned q, VirtioRequest *r)
{
    uint64_t want = r->wr_len < VIRTIO_RNG_MAX_REQUEST ? r->wr_len : VIRTIO_RNG_MAX_REQUEST;
    uint64_t done = 0;
    virtio_req_foreach(r, true, 0, want, fill_random, &done);
    return (int64_t)done;
}

static void rng_config_read(VirtioDevice *d, uint32_t offset, void *buf, uint32_t len) {}

static const VirtioDeviceOps virtio_rng_ops = {
    .config_read = rng_config_read,
    .handle_request = rng_handle_request,
};

VirtioDevice *virtio_rng_create(void)
{
    VirtioDevice *d = calloc(1, sizeof(*d));
    if (!d) fatal("out of memory");
    d->ops = &virtio_rng_ops;
    d->name = "virtio-rng";
    d->device_id = VIRTIO_ID_RNG;
    d->num_queues = 1;
    d->queue_max[0] = VIRTIO_RNG_QUEUE_SIZE;
    return d;
}
