/* virtio-blk, VIRTIO 1.2 section 5.2.
 *
 * A request is a 16-byte device-readable header {le32 type, le32 reserved,
 * le64 sector}, then data, then one device-writable status byte (5.2.6).
 * As in QEMU, the status is the last writable byte and the data of a read
 * is the writable part before it; the data of a write is the readable part
 * after the header. Sectors are 512 bytes whatever blk_size says.
 *
 * Every request fills its whole writable part: data (or zeros where a read
 * failed, or a NUL-padded ID) and the status byte. So the used length is
 * always the writable length, and it is true: 2.7.8.2 wants len bytes
 * written from the start of the writable part, and a status byte alone,
 * written last, would not be that.
 *
 * Offered: SEG_MAX (queue size - 2, as QEMU: Linux without it sends one
 * segment per request), BLK_SIZE (512), FLUSH (writes are volatile until a
 * flush, 5.2.6.1), RO for readonly=on. Anything else the driver asks for is
 * VIRTIO_BLK_S_UNSUPP.
 */
#include "hw/virtio_blk.h"

#include <stdlib.h>
#include <string.h>

#include "util/log.h"

enum {
    VIRTIO_BLK_F_SEG_MAX = 2,
    VIRTIO_BLK_F_RO = 5,
    VIRTIO_BLK_F_BLK_SIZE = 6,
    VIRTIO_BLK_F_FLUSH = 9,

    VIRTIO_BLK_T_IN = 0,
    VIRTIO_BLK_T_OUT = 1,
    VIRTIO_BLK_T_FLUSH = 4,
    VIRTIO_BLK_T_GET_ID = 8,

    VIRTIO_BLK_S_OK = 0,
    VIRTIO_BLK_S_IOERR = 1,
    VIRTIO_BLK_S_UNSUPP = 2,

    VIRTIO_BLK_ID_BYTES = 20,
    REQ_HEADER = 16,

    /* struct virtio_blk_config (5.2.4), up to blk_size. */
    CFG_CAPACITY = 0,
    CFG_SEG_MAX = 12,
    CFG_BLK_SIZE = 20,
    CFG_SIZE = 24,
};

typedef struct VirtioBlk {
    VirtioDevice vdev;
    BlockBackend *blk;
    char id[VIRTIO_BLK_ID_BYTES]; /* NUL-padded */
    uint8_t config[CFG_SIZE];
} VirtioBlk;

static void blk_config_read(VirtioDevice *d, uint32_t offset, void *buf, uint32_t len)
{
    VirtioBlk *b = (VirtioBlk *)d;
    memcpy(buf, b->config + offset, len);
}

typedef struct BlockIo {
    BlockBackend *blk;
    uint64_t pos;
} BlockIo;

static int read_piece(void *opaque, uint8_t *host, uint64_t len)
{
    BlockIo *io = opaque;
    int ret = blk_read(io->blk, io->pos, host, len);
    io->pos += len;
    return ret;
}

static int write_piece(void *opaque, uint8_t *host, uint64_t len)
{
    BlockIo *io = opaque;
    int ret = blk_write(io->blk, io->pos, host, len);
    io->pos += len;
    return ret;
}

/* 5.2.6: data in whole sectors, within the capacity. */
static bool sectors_ok(const VirtioBlk *b, uint64_t sector, uint64_t len)
{
    uint64_t capacity = blk_size(b->blk) / BLK_SECTOR_SIZE;
    return len % BLK_SECTOR_SIZE == 0 && sector <= capacity &&
           len / BLK_SECTOR_SIZE <= capacity - sector;
}

static uint8_t do_read(VirtioBlk *b, VirtioRequest *r, uint64_t sector, uint64_t len)
{
    if (!sectors_ok(b, sector, len)) return VIRTIO_BLK_S_IOERR;
    BlockIo io = {b->blk, sector * BLK_SECTOR_SIZE};
    if (virtio_req_foreach(r, true, 0, len, read_piece, &io) != 0) return VIRTIO_BLK_S_IOERR;
    return VIRTIO_BLK_S_OK;
}

static uint8_t do_write(VirtioBlk *b, VirtioRequest *r, uint64_t sector)
{
    uint64_t len = r->rd_len - REQ_HEADER;
    /* 5.2.6.1: with VIRTIO_BLK_F_RO offered, IOERR and no data written. */
    if (blk_is_readonly(b->blk) || !sectors_ok(b, sector, len)) return VIRTIO_BLK_S_IOERR;
    BlockIo io = {b->blk, sector * BLK_SECTOR_SIZE};
    if (virtio_req_foreach(r, false, REQ_HEADER, len, write_piece, &io) != 0)
        return VIRTIO_BLK_S_IOERR;
    return VIRTIO_BLK_S_OK;
}

static int64_t blk_handle_request(VirtioDevice *d, unsigned q, VirtioRequest *r)
{
    VirtioBlk *b = (VirtioBlk *)d;
    if (r->wr_len == 0) {
        r->error = "virtio-blk request without a status byte";
        return -1;
    }
    uint64_t data_len = r->wr_len - 1; /* writable bytes before the status */
    uint8_t hdr[REQ_HEADER];
    uint8_t status;
    bool filled = false; /* the data part holds the answer */
    if (virtio_req_read(r, 0, hdr, REQ_HEADER) < REQ_HEADER) {
        status = VIRTIO_BLK_S_IOERR; /* no header to act on, but an answer */
    } else {
        uint32_t type;
        uint64_t sector;
        memcpy(&type, hdr, 4);
        memcpy(&sector, hdr + 8, 8);
        switch (type) {
        case VIRTIO_BLK_T_IN:
            status = do_read(b, r, sector, data_len);
            filled = status == VIRTIO_BLK_S_OK;
            break;
        case VIRTIO_BLK_T_OUT: status = do_write(b, r, sector); break;
        case VIRTIO_BLK_T_FLUSH:
            status = blk_flush(b->blk) == 0 ? VIRTIO_BLK_S_OK : VIRTIO_BLK_S_IOERR;
            break;
        case VIRTIO_BLK_T_GET_ID: {
            /* 5.2.6: up to 20 bytes, NUL-padded, no terminator at 20. */
            uint64_t n = data_len < VIRTIO_BLK_ID_BYTES ? data_len : VIRTIO_BLK_ID_BYTES;
            virtio_req_write(r, 0, b->id, n);
            virtio_req_zero(r, n, data_len - n);
            filled = true;
            status = VIRTIO_BLK_S_OK;
            break;
        }
        default: status = VIRTIO_BLK_S_UNSUPP; break;
        }
    }
    if (!filled) virtio_req_zero(r, 0, data_len);
    virtio_req_write(r, data_len, &status, 1);
    return (int64_t)r->wr_len;
}

static const VirtioDeviceOps virtio_blk_ops = {
    .config_read = blk_config_read,
    .handle_request = blk_handle_request,
};

static void put32(uint8_t *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

VirtioDevice *virtio_blk_create(BlockBackend *blk, const char *serial)
{
    VirtioBlk *b = calloc(1, sizeof(*b));
    if (!b) fatal("out of memory");
    b->blk = blk;
    if (serial) memcpy(b->id, serial, strnlen(serial, VIRTIO_BLK_ID_BYTES));
    uint64_t capacity = blk_size(blk) / BLK_SECTOR_SIZE;
    memcpy(b->config + CFG_CAPACITY, &capacity, 8);
    put32(b->config + CFG_SEG_MAX, VIRTIO_BLK_QUEUE_SIZE - 2);
    put32(b->config + CFG_BLK_SIZE, BLK_SECTOR_SIZE);

    VirtioDevice *d = &b->vdev;
    d->ops = &virtio_blk_ops;
    d->name = "virtio-blk";
    d->device_id = VIRTIO_ID_BLOCK;
    d->features = (1ull << VIRTIO_BLK_F_SEG_MAX) | (1ull << VIRTIO_BLK_F_BLK_SIZE) |
                  (1ull << VIRTIO_BLK_F_FLUSH);
    if (blk_is_readonly(blk)) d->features |= 1ull << VIRTIO_BLK_F_RO;
    d->config_size = CFG_SIZE;
    d->num_queues = 1;
    d->queue_max[0] = VIRTIO_BLK_QUEUE_SIZE;
    return d;
}
