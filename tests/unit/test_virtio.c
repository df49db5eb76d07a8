/*
 * Unit test of virtio: the virtio-mmio transport (hw/virtio_mmio.c), split
 * virtqueues (hw/virtqueue.c), virtio-blk, virtio-rng and the raw block
 * backend (system/block.c).
 *
 * The test is the driver. It builds an address space with RAM, a ROM and
 * three virtio-mmio slots (block, entropy, empty), talks to the registers
 * with 32-bit accesses as VIRTIO 1.2 section 4.2 prescribes, lays out rings
 * and descriptor chains in guest RAM, notifies, and checks the answers
 * against the spec (sections cited where each value comes from) and
 * against a temporary image file read back with pread. Malformed rings and
 * chains must leave the device in DEVICE_NEEDS_RESET with a configuration
 * change interrupt, guest RAM and ROM byte for byte unchanged, and rivet
 * alive (the test is also run under ASan and UBSan).
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hw/virtio_blk.h"
#include "hw/virtio_mmio.h"
#include "hw/virtio_rng.h"
#include "system/block.h"
#include "system/memory.h"

/* Register offsets, 4.2.2 table "MMIO Device Register Layout". */
enum {
    MAGIC = 0x000,
    VERSION = 0x004,
    DEVICE_ID = 0x008,
    VENDOR_ID = 0x00c,
    DEVICE_FEATURES = 0x010,
    DEVICE_FEATURES_SEL = 0x014,
    DRIVER_FEATURES = 0x020,
    DRIVER_FEATURES_SEL = 0x024,
    QUEUE_SEL = 0x030,
    QUEUE_NUM_MAX = 0x034,
    QUEUE_NUM = 0x038,
    QUEUE_READY = 0x044,
    QUEUE_NOTIFY = 0x050,
    INTERRUPT_STATUS = 0x060,
    INTERRUPT_ACK = 0x064,
    STATUS = 0x070,
    QUEUE_DESC_LOW = 0x080,
    QUEUE_DESC_HIGH = 0x084,
    QUEUE_DRIVER_LOW = 0x090,
    QUEUE_DRIVER_HIGH = 0x094,
    QUEUE_DEVICE_LOW = 0x0a0,
    QUEUE_DEVICE_HIGH = 0x0a4,
    SHM_SEL = 0x0ac,
    SHM_LEN_LOW = 0x0b0,
    SHM_LEN_HIGH = 0x0b4,
    CONFIG_GENERATION = 0x0fc,
    CONFIG = 0x100,
};

/* Device status (2.1), descriptor and ring flags (2.7.5, 2.7.6), features
 * (6, 5.2.3), block request types and status (5.2.6). */
enum {
    S_ACK = 1,
    S_DRIVER = 2,
    S_DRIVER_OK = 4,
    S_FEATURES_OK = 8,
    S_NEEDS_RESET = 64,
    S_READY = S_ACK | S_DRIVER | S_FEATURES_OK | S_DRIVER_OK,

    NEXT = 1,
    W = 2,
    INDIRECT = 4,
    AVAIL_NO_INTERRUPT = 1,

    T_IN = 0,
    T_OUT = 1,
    T_FLUSH = 4,
    T_GET_ID = 8,
    T_DISCARD = 11,
    BLK_OK = 0,
    BLK_IOERR = 1,
    BLK_UNSUPP = 2,
};
#define F_BLK_SEG_MAX (1ull << 2)
#define F_BLK_RO (1ull << 5)
#define F_BLK_BLK_SIZE (1ull << 6)
#define F_BLK_FLUSH (1ull << 9)
#define F_INDIRECT (1ull << 28)
#define F_EVENT_IDX (1ull << 29)
#define F_VERSION_1 (1ull << 32)

#define RAM_BASE 0x80000000ull
#define RAM_SIZE 0x100000ull
#define ROM_BASE 0x1000ull
#define ROM_SIZE 0x1000ull
#define SLOT_BLK 0x10001000ull
#define SLOT_RNG 0x10002000ull
#define SLOT_EMPTY 0x10003000ull
#define IMAGE_SECTORS 64

/* Guest RAM layout. */
#define QUEUE_AREA (RAM_BASE + 0x1000) /* desc, +0x1000 avail, +0x2000 used */
#define HDR (RAM_BASE + 0x8000)
#define STATUSB (RAM_BASE + 0x8100)
#define TABLE (RAM_BASE + 0x9000)
#define DATA (RAM_BASE + 0x10000)

static int failures;
static char why[256];

static const char *fail_at(int line, const char *cond)
{
    snprintf(why, sizeof(why), "line %d: %s", line, cond);
    return why;
}
#define EXPECT(c)                                                                                  \
    do {                                                                                           \
        if (!(c)) return fail_at(__LINE__, #c);                                                    \
    } while (0)
#define RUN(call)                                                                                  \
    do {                                                                                           \
        const char *e_ = (call);                                                                   \
        if (e_) return e_;                                                                         \
    } while (0)

static void report(const char *name, const char *err)
{
    if (err) {
        printf("not ok virtio/%s: %s\n", name, err);
        failures++;
    } else {
        printf("ok virtio/%s\n", name);
    }
}

/* ---- DMA write tracking: the device must tell the code cache ---- */

static struct {
    uint64_t addr, len;
} writes[16384];
static unsigned nwrites;

static void on_ram_written(uint64_t addr, uint64_t len)
{
    if (nwrites < sizeof(writes) / sizeof(writes[0])) {
        writes[nwrites].addr = addr;
        writes[nwrites].len = len;
        nwrites++;
    }
}

/* Whether the ram_written reports cover every byte of [addr, addr+len). */
static bool written_covers(uint64_t addr, uint64_t len)
{
    uint64_t x = addr, end = addr + len;
    while (x < end) {
        uint64_t best = x;
        for (unsigned i = 0; i < nwrites; i++)
            if (writes[i].addr <= x && writes[i].addr + writes[i].len > best)
                best = writes[i].addr + writes[i].len;
        if (best == x) return false;
        x = best;
    }
    return true;
}

/* ---- the machine ---- */

typedef struct IrqLine {
    int level, changes;
} IrqLine;

typedef struct Fixture {
    AddressSpace *as;
    uint8_t *ram;
    uint64_t ram_size;
    uint8_t *rom;
    VirtioMmio *blk_slot, *rng_slot, *empty_slot;
    IrqLine irq_blk, irq_rng;
    char image[64];
    uint64_t image_size;
} Fixture;

typedef struct FixtureOpts {
    uint64_t image_size; /* 0: IMAGE_SECTORS sectors */
    bool readonly, snapshot;
    const char *serial;
    uint64_t ram_size; /* 0: RAM_SIZE */
} FixtureOpts;

/* Fixtures stay reachable (LeakSanitizer), their RAM is unmapped. */
static Fixture *fixtures[256];
static unsigned nfixtures;

static void irq_changed(void *opaque, bool level)
{
    IrqLine *l = opaque;
    l->level = level;
    l->changes++;
}

static uint8_t pattern(uint64_t i)
{
    return (uint8_t)(i * 131 + (i >> 9) * 7 + 1);
}

static Fixture *fixture(FixtureOpts o)
{
    Fixture *f = calloc(1, sizeof(*f));
    fixtures[nfixtures++] = f;
    f->as = calloc(1, sizeof(*f->as));
    f->ram_size = o.ram_size ? o.ram_size : RAM_SIZE;
    f->ram = as_add_ram(f->as, "ram", RAM_BASE, f->ram_size)->host;
    f->rom = as_add_rom(f->as, "rom", ROM_BASE, ROM_SIZE)->host;
    /* Anything the device should not write is recognisable. */
    memset(f->ram, 0xa5, f->ram_size < (4u << 20) ? f->ram_size : (4u << 20));
    memset(f->rom, 0x5a, ROM_SIZE);
    f->as->ram_written = on_ram_written;

    f->image_size = o.image_size ? o.image_size : IMAGE_SECTORS * 512;
    const char *dir = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(f->image, sizeof(f->image), "%s/rivet-virtio-XXXXXX", dir);
    int fd = mkstemp(f->image);
    uint8_t *img = malloc(f->image_size);
    for (uint64_t i = 0; i < f->image_size; i++) img[i] = pattern(i);
    if (fd < 0 || write(fd, img, f->image_size) != (ssize_t)f->image_size) abort();
    close(fd);
    free(img);

    char err[256];
    BlockBackend *blk = blk_open(f->image, o.readonly, o.snapshot, err, sizeof(err));
    if (!blk) {
        fprintf(stderr, "%s\n", err);
        abort();
    }
    f->blk_slot = virtio_mmio_create(f->as, SLOT_BLK, virtio_blk_create(blk, o.serial));
    f->rng_slot = virtio_mmio_create(f->as, SLOT_RNG, virtio_rng_create());
    f->empty_slot = virtio_mmio_create(f->as, SLOT_EMPTY, NULL);
    virtio_mmio_set_irq(f->blk_slot, irq_changed, &f->irq_blk);
    virtio_mmio_set_irq(f->rng_slot, irq_changed, &f->irq_rng);
    nwrites = 0;
    return f;
}

static void fixture_done(Fixture *f)
{
    unlink(f->image);
    munmap(f->ram, f->ram_size);
    f->ram = NULL;
}

static uint8_t *g(Fixture *f, uint64_t addr)
{
    return f->ram + (addr - RAM_BASE);
}

static void put16(Fixture *f, uint64_t a, uint16_t v)
{
    memcpy(g(f, a), &v, 2);
}

static uint16_t get16(Fixture *f, uint64_t a)
{
    uint16_t v;
    memcpy(&v, g(f, a), 2);
    return v;
}

static bool file_equals_pattern(Fixture *f, uint64_t from, uint64_t to)
{
    uint8_t buf[512];
    int fd = open(f->image, O_RDONLY);
    bool ok = true;
    for (uint64_t off = from; off < to && ok; off += sizeof(buf)) {
        uint64_t n = to - off < sizeof(buf) ? to - off : sizeof(buf);
        if (pread(fd, buf, n, (off_t)off) != (ssize_t)n) ok = false;
        for (uint64_t i = 0; i < n && ok; i++) ok = buf[i] == pattern(off + i);
    }
    close(fd);
    return ok;
}

/* ---- the driver ---- */

typedef struct Driver {
    Fixture *f;
    uint64_t slot;
    uint16_t qsz;
    uint64_t desc, avail, used;
    uint16_t avail_idx;
    uint16_t head; /* the chain expect_broken publishes */
} Driver;

static uint32_t rd(Driver *d, uint64_t off)
{
    uint64_t v = 0;
    as_read(d->f->as, d->slot + off, 4, &v);
    return (uint32_t)v;
}

static void wr(Driver *d, uint64_t off, uint32_t v)
{
    as_write(d->f->as, d->slot + off, 4, v);
}

static uint64_t device_features(Driver *d)
{
    wr(d, DEVICE_FEATURES_SEL, 1);
    uint64_t hi = rd(d, DEVICE_FEATURES);
    wr(d, DEVICE_FEATURES_SEL, 0);
    return hi << 32 | rd(d, DEVICE_FEATURES);
}

/* 3.1.1 steps 1-6. Returns Status read back after setting FEATURES_OK. */
static uint32_t negotiate(Driver *d, Fixture *f, uint64_t slot, uint64_t features)
{
    d->f = f;
    d->slot = slot;
    wr(d, STATUS, 0);
    wr(d, STATUS, S_ACK);
    wr(d, STATUS, S_ACK | S_DRIVER);
    (void)device_features(d);
    wr(d, DRIVER_FEATURES_SEL, 0);
    wr(d, DRIVER_FEATURES, (uint32_t)features);
    wr(d, DRIVER_FEATURES_SEL, 1);
    wr(d, DRIVER_FEATURES, (uint32_t)(features >> 32));
    wr(d, STATUS, S_ACK | S_DRIVER | S_FEATURES_OK);
    return rd(d, STATUS);
}

/* 4.2.3.2: queue 0 of qsz entries at area, rings zeroed. */
static void setup_queue(Driver *d, uint16_t qsz, uint64_t area)
{
    d->qsz = qsz;
    d->desc = area;
    d->avail = area + 0x1000;
    d->used = area + 0x2000;
    d->avail_idx = 0;
    d->head = 0;
    memset(g(d->f, area), 0, 0x3000);
    wr(d, QUEUE_SEL, 0);
    wr(d, QUEUE_NUM, qsz);
    wr(d, QUEUE_DESC_LOW, (uint32_t)d->desc);
    wr(d, QUEUE_DESC_HIGH, (uint32_t)(d->desc >> 32));
    wr(d, QUEUE_DRIVER_LOW, (uint32_t)d->avail);
    wr(d, QUEUE_DRIVER_HIGH, (uint32_t)(d->avail >> 32));
    wr(d, QUEUE_DEVICE_LOW, (uint32_t)d->used);
    wr(d, QUEUE_DEVICE_HIGH, (uint32_t)(d->used >> 32));
    wr(d, QUEUE_READY, 1);
}

/* The whole of 3.1.1; true if the device ends up with DRIVER_OK. */
static bool start(Driver *d, Fixture *f, uint64_t slot, uint64_t features, uint16_t qsz)
{
    if (!(negotiate(d, f, slot, features) & S_FEATURES_OK)) return false;
    setup_queue(d, qsz, slot == SLOT_RNG ? QUEUE_AREA + 0x3000 : QUEUE_AREA);
    wr(d, STATUS, S_READY);
    return rd(d, STATUS) == S_READY;
}

static void put_desc(Fixture *f, uint64_t table, unsigned i, uint64_t addr, uint32_t len,
                     uint16_t flags, uint16_t next)
{
    uint8_t *p = g(f, table + 16 * (uint64_t)i);
    memcpy(p, &addr, 8);
    memcpy(p + 8, &len, 4);
    memcpy(p + 12, &flags, 2);
    memcpy(p + 14, &next, 2);
}

typedef struct Buf {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
} Buf;

/* bufs at descriptors 0..n-1 of table, linked with NEXT. */
static void put_chain(Fixture *f, uint64_t table, const Buf *b, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        bool more = i + 1 < n;
        put_desc(f, table, i, b[i].addr, b[i].len, b[i].flags | (more ? NEXT : 0),
                 more ? (uint16_t)(i + 1) : 0);
    }
}

/* 2.7.13: ring entry, then idx; then notify (4.2.3.3). */
static void publish(Driver *d, uint16_t head)
{
    put16(d->f, d->avail + 4 + 2 * (uint64_t)(d->avail_idx % d->qsz), head);
    d->avail_idx++;
    put16(d->f, d->avail + 2, d->avail_idx);
}

static void kick(Driver *d)
{
    wr(d, QUEUE_NOTIFY, 0);
}

static uint16_t used_idx(Driver *d)
{
    return get16(d->f, d->used + 2);
}

static void used_elem(Driver *d, uint16_t i, uint32_t *id, uint32_t *len)
{
    uint8_t *e = g(d->f, d->used + 4 + 8 * (uint64_t)(i % d->qsz));
    memcpy(id, e, 4);
    memcpy(len, e + 4, 4);
}

static void put_header(Fixture *f, uint32_t type, uint64_t sector)
{
    uint8_t *h = g(f, HDR);
    memset(h, 0, 16);
    memcpy(h, &type, 4);
    memcpy(h + 8, &sector, 8);
}

/* Publishes the chain at descriptor 0 and notifies. Returns the used length,
 * or -1 if the device did not use exactly that chain. */
static int64_t submit(Driver *d)
{
    uint16_t before = used_idx(d);
    publish(d, 0);
    kick(d);
    if (used_idx(d) != (uint16_t)(before + 1)) return -1;
    uint32_t id, len;
    used_elem(d, before, &id, &len);
    return id == 0 ? (int64_t)len : -1;
}

/* A block request (5.2.6): header, data (device-writable when in), status.
 * Returns the status byte, -1 if the buffer was not used; *used_len gets the
 * used length. */
static int blk_request(Driver *d, uint32_t type, uint64_t sector, uint32_t len, bool in,
                       int64_t *used_len)
{
    put_header(d->f, type, sector);
    *g(d->f, STATUSB) = 0xee;
    Buf b[3];
    unsigned n = 0;
    b[n++] = (Buf){HDR, 16, 0};
    if (len) b[n++] = (Buf){DATA, len, in ? W : 0};
    b[n++] = (Buf){STATUSB, 1, W};
    put_chain(d->f, d->desc, b, n);
    int64_t l = submit(d);
    if (used_len) *used_len = l;
    return l < 0 ? -1 : *g(d->f, STATUSB);
}

static const uint64_t BLK_FEATURES = F_VERSION_1 | F_BLK_FLUSH | F_BLK_BLK_SIZE | F_BLK_SEG_MAX;

/* ---- probing and negotiation ---- */

static const char *test_probe(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver blk = {.f = f, .slot = SLOT_BLK}, rng = {.f = f, .slot = SLOT_RNG};
    Driver empty = {.f = f, .slot = SLOT_EMPTY};
    /* 4.2.2.1: magic "virt" and version 2 on every slot; 4.2.2: an empty
     * slot has DeviceID 0; 5.2.1 / 5.4.1: block is 2, entropy 4. */
    EXPECT(rd(&blk, MAGIC) == 0x74726976 && rd(&rng, MAGIC) == 0x74726976);
    EXPECT(rd(&empty, MAGIC) == 0x74726976);
    EXPECT(rd(&blk, VERSION) == 2 && rd(&rng, VERSION) == 2 && rd(&empty, VERSION) == 2);
    EXPECT(rd(&blk, DEVICE_ID) == 2);
    EXPECT(rd(&rng, DEVICE_ID) == 4);
    EXPECT(rd(&empty, DEVICE_ID) == 0);
    /* QEMU's vendor ID, "QEMU" little-endian. */
    EXPECT(rd(&blk, VENDOR_ID) == 0x554d4551);
    uint64_t fb = device_features(&blk), fr = device_features(&rng);
    EXPECT(fb & F_VERSION_1);
    EXPECT(fr & F_VERSION_1);
    EXPECT(fb & F_BLK_FLUSH);
    EXPECT(!(fb & F_BLK_RO));
    EXPECT((fr & 0xffffff) == 0); /* 5.4.3: no entropy feature bits */
    /* Sizes chosen as QEMU's (queue-size=256 for blk, 8 for rng). */
    wr(&blk, QUEUE_SEL, 0);
    EXPECT(rd(&blk, QUEUE_NUM_MAX) == 256);
    EXPECT(rd(&blk, QUEUE_READY) == 0);
    wr(&blk, QUEUE_SEL, 1); /* 5.2.2: one queue without VIRTIO_BLK_F_MQ */
    EXPECT(rd(&blk, QUEUE_NUM_MAX) == 0);
    wr(&rng, QUEUE_SEL, 0);
    EXPECT(rd(&rng, QUEUE_NUM_MAX) == 8);
    /* 4.2.2: no shared memory region: length -1. */
    wr(&blk, SHM_SEL, 0);
    EXPECT(rd(&blk, SHM_LEN_LOW) == 0xffffffff && rd(&blk, SHM_LEN_HIGH) == 0xffffffff);
    /* 4.2.2.2: control registers are 32-bit only; a narrower read is not
     * the register. */
    uint64_t v = 1;
    as_read(f->as, SLOT_BLK + MAGIC, 2, &v);
    EXPECT(v == 0);
    fixture_done(f);
    return NULL;
}

static const char *test_features(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    /* 6.1 lets the device fail a driver without VIRTIO_F_VERSION_1, which
     * this modern-only device does: FEATURES_OK does not stick (3.1.1). */
    EXPECT(!(negotiate(&d, f, SLOT_BLK, F_BLK_FLUSH) & S_FEATURES_OK));
    /* 2.2.1: the driver must not accept what was not offered (bit 12 is
     * VIRTIO_BLK_F_MQ, not offered). */
    EXPECT(!(negotiate(&d, f, SLOT_BLK, F_VERSION_1 | (1ull << 12)) & S_FEATURES_OK));
    EXPECT(negotiate(&d, f, SLOT_BLK, F_VERSION_1) & S_FEATURES_OK);
    EXPECT(negotiate(&d, f, SLOT_BLK, BLK_FEATURES | F_INDIRECT | F_EVENT_IDX) & S_FEATURES_OK);
    EXPECT(rd(&d, CONFIG_GENERATION) == rd(&d, CONFIG_GENERATION));
    fixture_done(f);
    return NULL;
}

static const char *test_config(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d = {.f = f, .slot = SLOT_BLK};
    /* 5.2.4: capacity (le64) at 0 in 512-byte sectors, seg_max at 12,
     * blk_size at 20; 4.2.2.2: a 64-bit field is read as two 32-bit. */
    EXPECT(rd(&d, CONFIG + 0) == IMAGE_SECTORS);
    EXPECT(rd(&d, CONFIG + 4) == 0);
    EXPECT(rd(&d, CONFIG + 20) == 512);
    EXPECT(rd(&d, CONFIG + 12) == 256 - 2);
    /* 4.2.2: the configuration space is accessed with byte alignment. */
    uint64_t v = 0;
    as_read(f->as, SLOT_BLK + CONFIG, 1, &v);
    EXPECT(v == IMAGE_SECTORS);
    as_read(f->as, SLOT_BLK + CONFIG + 20, 2, &v);
    EXPECT(v == 512);
    fixture_done(f);
    return NULL;
}

/* ---- block requests ---- */

static const char *test_blk_read(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    nwrites = 0;
    int64_t len;
    EXPECT(blk_request(&d, T_IN, 3, 1024, true, &len) == BLK_OK);
    /* 2.7.8: len counts the bytes written, data and status. */
    EXPECT(len == 1024 + 1);
    for (unsigned i = 0; i < 1024; i++) EXPECT(g(f, DATA)[i] == pattern(3 * 512 + i));
    EXPECT(written_covers(DATA, 1024));
    EXPECT(written_covers(STATUSB, 1));
    EXPECT(written_covers(d.used + 2, 2 + 8));
    fixture_done(f);
    return NULL;
}

/* 2.7.4.1: the device must not assume any arrangement of descriptors. */
static const char *test_blk_scatter(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    put_header(f, T_IN, 5);
    /* Header split 10 + 6, data 700 + 324 + 512 far apart, status. */
    Buf b[] = {{HDR, 10, 0},
               {HDR + 10, 6, 0},
               {DATA + 0x3000, 700, W},
               {DATA + 0x1000, 324, W},
               {DATA + 0x5000, 512, W},
               {STATUSB, 1, W}};
    *g(f, STATUSB) = 0xee;
    put_chain(f, d.desc, b, 6);
    EXPECT(submit(&d) == 1536 + 1);
    EXPECT(*g(f, STATUSB) == BLK_OK);
    uint64_t base = 5 * 512;
    for (unsigned i = 0; i < 700; i++) EXPECT(g(f, DATA + 0x3000)[i] == pattern(base + i));
    for (unsigned i = 0; i < 324; i++) EXPECT(g(f, DATA + 0x1000)[i] == pattern(base + 700 + i));
    for (unsigned i = 0; i < 512; i++) EXPECT(g(f, DATA + 0x5000)[i] == pattern(base + 1024 + i));
    /* Bytes around the buffers are the untouched fill. */
    EXPECT(g(f, DATA + 0x3000)[700] == 0xa5 && g(f, DATA + 0x1000)[-1] == 0xa5);
    fixture_done(f);
    return NULL;
}

static bool read_file(Fixture *f, uint64_t off, void *buf, size_t len)
{
    int fd = open(f->image, O_RDONLY);
    bool ok = fd >= 0 && pread(fd, buf, len, (off_t)off) == (ssize_t)len;
    close(fd);
    return ok;
}

static const char *test_blk_write(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    for (unsigned i = 0; i < 1024; i++) g(f, DATA)[i] = (uint8_t)(i ^ 0x3c);
    int64_t len;
    EXPECT(blk_request(&d, T_OUT, 10, 1024, false, &len) == BLK_OK);
    EXPECT(len == 1); /* only the status byte is device-writable */
    uint8_t buf[1024];
    EXPECT(read_file(f, 10 * 512, buf, sizeof(buf)));
    EXPECT(memcmp(buf, g(f, DATA), 1024) == 0);
    EXPECT(file_equals_pattern(f, 0, 10 * 512));
    EXPECT(file_equals_pattern(f, 12 * 512, f->image_size));
    /* 5.2.6.1: a flush commits completed writes; it succeeds. */
    EXPECT(blk_request(&d, T_FLUSH, 0, 0, false, &len) == BLK_OK);
    EXPECT(len == 1);
    fixture_done(f);
    return NULL;
}

static const char *test_blk_get_id(void)
{
    Fixture *f = fixture((FixtureOpts){.serial = "rivet-disk"});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    memset(g(f, DATA), 0xff, 20);
    int64_t len;
    EXPECT(blk_request(&d, T_GET_ID, 0, 20, true, &len) == BLK_OK);
    EXPECT(len == 21);
    /* 5.2.6: a NUL-padded ASCII string up to 20 bytes. */
    static const char want[20] = "rivet-disk";
    EXPECT(memcmp(g(f, DATA), want, 20) == 0);
    fixture_done(f);

    /* Exactly 20 bytes: no terminator; longer serials are cut at 20. */
    f = fixture((FixtureOpts){.serial = "abcdefghijklmnopqrstuvwxyz"});
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    memset(g(f, DATA), 0xff, 20);
    EXPECT(blk_request(&d, T_GET_ID, 0, 20, true, &len) == BLK_OK);
    EXPECT(memcmp(g(f, DATA), "abcdefghijklmnopqrst", 20) == 0);
    fixture_done(f);
    return NULL;
}

static const char *test_blk_errors(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    int64_t len;
    /* 5.2.6: UNSUPP for a request the device does not support (discard was
     * not offered) and for an unknown type. */
    EXPECT(blk_request(&d, T_DISCARD, 0, 16, false, &len) == BLK_UNSUPP);
    EXPECT(blk_request(&d, 0x12345, 0, 0, false, &len) == BLK_UNSUPP);
    /* Data past the capacity, in both directions: IOERR, file untouched. */
    EXPECT(blk_request(&d, T_IN, IMAGE_SECTORS, 512, true, &len) == BLK_IOERR);
    EXPECT(blk_request(&d, T_IN, IMAGE_SECTORS - 1, 1024, true, &len) == BLK_IOERR);
    EXPECT(blk_request(&d, T_IN, UINT64_MAX, 512, true, &len) == BLK_IOERR);
    EXPECT(blk_request(&d, T_OUT, IMAGE_SECTORS - 1, 1024, false, &len) == BLK_IOERR);
    EXPECT(blk_request(&d, T_OUT, 1ull << 60, 512, false, &len) == BLK_IOERR);
    EXPECT(blk_request(&d, T_IN, IMAGE_SECTORS - 1, 512, true, &len) == BLK_OK);
    /* 5.2.6: data in multiples of 512 bytes. */
    memset(g(f, DATA), 0xff, 100);
    EXPECT(blk_request(&d, T_IN, 0, 100, true, &len) == BLK_IOERR);
    /* Our used length is always the writable length, zeros where a read
     * failed, so 2.7.8.2 holds: len bytes written from the start. */
    EXPECT(len == 101);
    for (unsigned i = 0; i < 100; i++) EXPECT(g(f, DATA)[i] == 0);
    EXPECT(blk_request(&d, T_OUT, 0, 100, false, &len) == BLK_IOERR);
    EXPECT(file_equals_pattern(f, 0, f->image_size));
    /* A header shorter than 16 bytes, with a status byte to answer in. */
    Buf b[] = {{HDR, 8, 0}, {STATUSB, 1, W}};
    put_header(f, T_IN, 0);
    put_chain(f, d.desc, b, 2);
    EXPECT(submit(&d) == 1);
    EXPECT(*g(f, STATUSB) == BLK_IOERR);
    /* None of this broke the device. */
    EXPECT(rd(&d, STATUS) == S_READY);
    fixture_done(f);
    return NULL;
}

/* QEMU sizes a raw image as DIV_ROUND_UP(bytes, 512) sectors and reads
 * zeros past the end of the file. */
static const char *test_blk_odd_size(void)
{
    Fixture *f = fixture((FixtureOpts){.image_size = 1000});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    EXPECT(rd(&d, CONFIG) == 2);
    EXPECT(blk_request(&d, T_IN, 1, 512, true, NULL) == BLK_OK);
    for (unsigned i = 0; i < 488; i++) EXPECT(g(f, DATA)[i] == pattern(512 + i));
    for (unsigned i = 488; i < 512; i++) EXPECT(g(f, DATA)[i] == 0);
    EXPECT(blk_request(&d, T_IN, 2, 512, true, NULL) == BLK_IOERR);
    fixture_done(f);
    return NULL;
}

static const char *test_blk_readonly(void)
{
    Fixture *f = fixture((FixtureOpts){.readonly = true});
    Driver d = {.f = f, .slot = SLOT_BLK};
    EXPECT(device_features(&d) & F_BLK_RO);
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES | F_BLK_RO, 16));
    memset(g(f, DATA), 0x77, 512);
    /* 5.2.6.1: IOERR for a write when RO is offered, and no data written. */
    EXPECT(blk_request(&d, T_OUT, 0, 512, false, NULL) == BLK_IOERR);
    EXPECT(file_equals_pattern(f, 0, f->image_size));
    EXPECT(blk_request(&d, T_IN, 7, 512, true, NULL) == BLK_OK);
    for (unsigned i = 0; i < 512; i++) EXPECT(g(f, DATA)[i] == pattern(7 * 512 + i));
    EXPECT(blk_request(&d, T_FLUSH, 0, 0, false, NULL) == BLK_OK);
    fixture_done(f);

    char err[256];
    EXPECT(blk_open("/nonexistent/rivet.img", false, false, err, sizeof(err)) == NULL);
    EXPECT(strcmp(err, "Could not open '/nonexistent/rivet.img': No such file or directory") == 0);
    EXPECT(blk_open("/", true, false, err, sizeof(err)) == NULL);
    return NULL;
}

static const char *test_blk_snapshot(void)
{
    Fixture *f = fixture((FixtureOpts){.snapshot = true});
    Driver d = {.f = f, .slot = SLOT_BLK};
    EXPECT(!(device_features(&d) & F_BLK_RO));
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    /* Sector 5 of 8 in one 4 KiB overlay cluster, and a write across two
     * clusters (sectors 15-16). */
    memset(g(f, DATA), 0x5a, 512);
    EXPECT(blk_request(&d, T_OUT, 5, 512, false, NULL) == BLK_OK);
    memset(g(f, DATA), 0x6b, 1024);
    EXPECT(blk_request(&d, T_OUT, 15, 1024, false, NULL) == BLK_OK);
    EXPECT(blk_request(&d, T_FLUSH, 0, 0, false, NULL) == BLK_OK);
    EXPECT(file_equals_pattern(f, 0, f->image_size));
    EXPECT(blk_request(&d, T_IN, 4, 3 * 512, true, NULL) == BLK_OK);
    for (unsigned i = 0; i < 512; i++) EXPECT(g(f, DATA)[i] == pattern(4 * 512 + i));
    for (unsigned i = 512; i < 1024; i++) EXPECT(g(f, DATA)[i] == 0x5a);
    for (unsigned i = 1024; i < 1536; i++) EXPECT(g(f, DATA)[i] == pattern(4 * 512 + i));
    EXPECT(blk_request(&d, T_IN, 14, 4 * 512, true, NULL) == BLK_OK);
    for (unsigned i = 0; i < 512; i++) EXPECT(g(f, DATA)[i] == pattern(14 * 512 + i));
    for (unsigned i = 512; i < 1536; i++) EXPECT(g(f, DATA)[i] == 0x6b);
    for (unsigned i = 1536; i < 2048; i++) EXPECT(g(f, DATA)[i] == pattern(14 * 512 + i));
    fixture_done(f);
    return NULL;
}

/* 2.7.5.3: a table of descriptors in memory, alone or after normal ones. */
static const char *test_blk_indirect(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES | F_INDIRECT, 16));
    put_header(f, T_IN, 2);
    Buf t[] = {{HDR, 16, 0}, {DATA, 512, W}, {STATUSB, 1, W}};
    put_chain(f, TABLE, t, 3);
    /* The WRITE flag of the descriptor pointing to the table is ignored. */
    put_desc(f, d.desc, 0, TABLE, 3 * 16, INDIRECT | W, 0);
    EXPECT(submit(&d) == 513);
    EXPECT(*g(f, STATUSB) == BLK_OK);
    for (unsigned i = 0; i < 512; i++) EXPECT(g(f, DATA)[i] == pattern(2 * 512 + i));

    put_header(f, T_IN, 9);
    Buf t2[] = {{DATA, 512, W}, {STATUSB, 1, W}};
    put_chain(f, TABLE, t2, 2);
    put_desc(f, d.desc, 0, HDR, 16, NEXT, 1);
    put_desc(f, d.desc, 1, TABLE, 2 * 16, INDIRECT, 0);
    EXPECT(submit(&d) == 513);
    EXPECT(*g(f, STATUSB) == BLK_OK);
    for (unsigned i = 0; i < 512; i++) EXPECT(g(f, DATA)[i] == pattern(9 * 512 + i));
    fixture_done(f);
    return NULL;
}

/* ---- interrupts and status ---- */

static const char *test_interrupt(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 16));
    EXPECT(f->irq_blk.level == 0 && rd(&d, INTERRUPT_STATUS) == 0);
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == BLK_OK);
    /* 4.2.2: bit 0, used buffer notification; 4.2.2.1: it stays until the
     * driver acknowledges it, and the line is asserted while it is set
     * (4.2.3.4). */
    EXPECT(rd(&d, INTERRUPT_STATUS) == 1);
    EXPECT(f->irq_blk.level == 1);
    EXPECT(blk_request(&d, T_IN, 1, 512, true, NULL) == BLK_OK);
    EXPECT(f->irq_blk.level == 1 && f->irq_blk.changes == 1);
    wr(&d, INTERRUPT_ACK, 1);
    EXPECT(rd(&d, INTERRUPT_STATUS) == 0);
    EXPECT(f->irq_blk.level == 0);
    EXPECT(f->irq_rng.changes == 0);

    /* 2.7.10, VIRTIO_F_EVENT_IDX not negotiated: avail->flags 1 asks for
     * no notification, which the device honours. */
    put16(f, d.avail, AVAIL_NO_INTERRUPT);
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == BLK_OK);
    EXPECT(rd(&d, INTERRUPT_STATUS) == 0 && f->irq_blk.level == 0);
    put16(f, d.avail, 0);
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == BLK_OK);
    EXPECT(rd(&d, INTERRUPT_STATUS) == 1 && f->irq_blk.level == 1);
    fixture_done(f);
    return NULL;
}

static const char *test_event_idx(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES | F_EVENT_IDX, 16));
    uint64_t used_event = d.avail + 4 + 2 * 16, avail_event = d.used + 4 + 8 * 16;
    /* 2.7.10 with VIRTIO_F_EVENT_IDX: notify when the entry written is at
     * index used_event; flags are ignored. */
    put16(f, used_event, 1);
    put16(f, d.avail, AVAIL_NO_INTERRUPT);
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == BLK_OK); /* entry 0 */
    EXPECT(rd(&d, INTERRUPT_STATUS) == 0 && f->irq_blk.level == 0);
    /* 2.7.14: avail_event asks for a notification for the next entry. A
     * device serving synchronously must ask for exactly that one. */
    EXPECT(get16(f, avail_event) == 1);
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == BLK_OK); /* entry 1 */
    EXPECT(rd(&d, INTERRUPT_STATUS) == 1 && f->irq_blk.level == 1);
    EXPECT(get16(f, avail_event) == 2);
    EXPECT(written_covers(avail_event, 2));
    fixture_done(f);
    return NULL;
}

static const char *test_status(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    /* 2.1.2: nothing is consumed before DRIVER_OK. */
    EXPECT(negotiate(&d, f, SLOT_BLK, BLK_FEATURES) & S_FEATURES_OK);
    setup_queue(&d, 16, QUEUE_AREA);
    put_header(f, T_IN, 0);
    Buf b[] = {{HDR, 16, 0}, {DATA, 512, W}, {STATUSB, 1, W}};
    put_chain(f, d.desc, b, 3);
    publish(&d, 0);
    kick(&d);
    EXPECT(used_idx(&d) == 0 && rd(&d, INTERRUPT_STATUS) == 0);
    /* Served once the driver is ready. */
    wr(&d, STATUS, S_READY);
    EXPECT(used_idx(&d) == 1 && *g(f, STATUSB) == BLK_OK);
    EXPECT(rd(&d, INTERRUPT_STATUS) == 1 && f->irq_blk.level == 1);
    /* 4.2.2.1: reset clears InterruptStatus and every QueueReady; 2.1.2:
     * status reads 0. The line drops with InterruptStatus. */
    wr(&d, STATUS, 0);
    EXPECT(rd(&d, STATUS) == 0);
    EXPECT(rd(&d, INTERRUPT_STATUS) == 0 && f->irq_blk.level == 0);
    wr(&d, QUEUE_SEL, 0);
    EXPECT(rd(&d, QUEUE_READY) == 0);
    /* And the device works again from scratch. */
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 8));
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == BLK_OK);
    /* Machine reset does the same. */
    virtio_mmio_reset(f->blk_slot);
    EXPECT(rd(&d, STATUS) == 0 && f->irq_blk.level == 0);
    /* 4.2.2.2: QueueReady 0 stops the queue; it reads back 0. */
    EXPECT(start(&d, f, SLOT_BLK, BLK_FEATURES, 8));
    wr(&d, QUEUE_READY, 0);
    EXPECT(rd(&d, QUEUE_READY) == 0);
    EXPECT(blk_request(&d, T_IN, 0, 512, true, NULL) == -1);
    fixture_done(f);
    return NULL;
}

/* ---- entropy ---- */

static const char *test_rng(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_RNG, F_VERSION_1, 8));
    memset(g(f, DATA), 0, 64);
    put_desc(f, d.desc, 0, DATA, 64, W, 0);
    nwrites = 0;
    /* 5.4.6: random bytes in the buffer, the count in the used length. */
    EXPECT(submit(&d) == 64);
    unsigned zeros = 0;
    for (unsigned i = 0; i < 64; i++) zeros += g(f, DATA)[i] == 0;
    EXPECT(zeros < 16); /* 64 random bytes: P(16 or more zeros) is nil */
    EXPECT(written_covers(DATA, 64));
    EXPECT(rd(&d, INTERRUPT_STATUS) == 1 && f->irq_rng.level == 1);
    EXPECT(f->irq_blk.changes == 0);
    /* Two buffers, filled from the start. */
    memset(g(f, DATA), 0, 0x3000);
    Buf b[] = {{DATA, 40, W}, {DATA + 0x2000, 24, W}};
    put_chain(f, d.desc, b, 2);
    EXPECT(submit(&d) == 64);
    zeros = 0;
    for (unsigned i = 0; i < 40; i++) zeros += g(f, DATA)[i] == 0;
    for (unsigned i = 0; i < 24; i++) zeros += g(f, DATA + 0x2000)[i] == 0;
    EXPECT(zeros < 16);
    EXPECT(g(f, DATA)[40] == 0 && g(f, DATA + 0x2000)[24] == 0);
    fixture_done(f);
    return NULL;
}

/* One thread is the driver, adding buffers as fast as the ring allows; a
 * second thread notifies all the while, as another vCPU might. Every buffer
 * must be used exactly once, in order, with its length. */
typedef struct Race {
    Driver *d;
    atomic_bool done;
} Race;

static void *kicker(void *opaque)
{
    Race *r = opaque;
    while (!atomic_load(&r->done)) kick(r->d);
    return NULL;
}

static const char *test_concurrent_notify(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_RNG, F_VERSION_1, 8));
    Race race = {.d = &d};
    pthread_t t;
    pthread_create(&t, NULL, kicker, &race);
    enum { N = 2000 };
    uint16_t *used = (uint16_t *)g(f, d.used + 2), *avail = (uint16_t *)g(f, d.avail + 2);
    for (unsigned i = 0; i < N; i++) {
        /* A free descriptor: wait for the device to use one (2.7.14). */
        while ((uint16_t)(i - __atomic_load_n(used, __ATOMIC_ACQUIRE)) >= 8) kick(&d);
        unsigned slot = i % 8;
        put_desc(f, d.desc, slot, DATA + 64 * slot, 1 + i % 64, W, 0);
        put16(f, d.avail + 4 + 2 * slot, (uint16_t)slot);
        __atomic_store_n(avail, (uint16_t)(i + 1), __ATOMIC_RELEASE);
    }
    kick(&d);
    atomic_store(&race.done, true);
    pthread_join(t, NULL);
    EXPECT(__atomic_load_n(used, __ATOMIC_ACQUIRE) == (uint16_t)N);
    for (unsigned i = N - 8; i < N; i++) {
        uint32_t id, len;
        used_elem(&d, (uint16_t)i, &id, &len);
        EXPECT(id == i % 8 && len == 1 + i % 64);
    }
    EXPECT(rd(&d, STATUS) == S_READY);
    fixture_done(f);
    return NULL;
}

/* ---- malformed rings and chains ---- */

typedef struct Snapshot {
    uint8_t *ram, *rom;
    uint64_t len;
} Snapshot;

static Snapshot take(Fixture *f)
{
    Snapshot s = {.len = f->ram_size < (4u << 20) ? f->ram_size : (4u << 20)};
    s.ram = malloc(s.len);
    s.rom = malloc(ROM_SIZE);
    memcpy(s.ram, f->ram, s.len);
    memcpy(s.rom, f->rom, ROM_SIZE);
    return s;
}

static bool unchanged(Fixture *f, Snapshot *s)
{
    bool same = memcmp(s->ram, f->ram, s->len) == 0 && memcmp(s->rom, f->rom, ROM_SIZE) == 0;
    free(s->ram);
    free(s->rom);
    return same;
}

/* 2.1.2: DEVICE_NEEDS_RESET, and with DRIVER_OK a configuration change
 * notification (4.2.2 InterruptStatus bit 1). */
static const char *expect_needs_reset(Driver *d, IrqLine *line)
{
    EXPECT(rd(d, STATUS) & S_NEEDS_RESET);
    EXPECT(rd(d, INTERRUPT_STATUS) & 2);
    EXPECT(line->level == 1);
    EXPECT(virtio_mmio_error(d->slot == SLOT_BLK ? d->f->blk_slot : d->f->rng_slot) != NULL);
    return NULL;
}

/* The chain at descriptor 0 of d is published; the device must give up on
 * it without touching memory or the image, and stay stopped. */
static const char *expect_broken(Driver *d)
{
    Fixture *f = d->f;
    IrqLine *line = d->slot == SLOT_BLK ? &f->irq_blk : &f->irq_rng;
    uint16_t before = used_idx(d);
    publish(d, d->head);
    Snapshot s = take(f);
    kick(d);
    EXPECT(used_idx(d) == before);
    EXPECT(unchanged(f, &s));
    RUN(expect_needs_reset(d, line));
    EXPECT(file_equals_pattern(f, 0, f->image_size));
    /* Stopped until reset: another notification does nothing. */
    wr(d, INTERRUPT_ACK, 3);
    kick(d);
    EXPECT(used_idx(d) == before && rd(d, INTERRUPT_STATUS) == 0);
    EXPECT(rd(d, STATUS) & S_NEEDS_RESET);
    return NULL;
}

typedef const char *ChainSetup(Driver *d);

static const char *malformed(ChainSetup *setup, uint64_t slot, uint64_t features, uint16_t qsz)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, slot, features, qsz));
    RUN(setup(&d));
    RUN(expect_broken(&d));
    /* A reset brings the device back (2.1.1: "a good implementation will
     * try to recover by issuing a reset"). */
    EXPECT(start(&d, f, slot, features, qsz));
    EXPECT(rd(&d, STATUS) == S_READY);
    if (slot == SLOT_BLK) EXPECT(blk_request(&d, T_IN, 1, 512, true, NULL) == BLK_OK);
    fixture_done(f);
    return NULL;
}

static void blk_chain(Driver *d, Buf *b, unsigned n)
{
    put_header(d->f, T_IN, 0);
    put_chain(d->f, d->desc, b, n);
}

static const char *bad_head(Driver *d)
{
    /* The available ring names descriptor 16 of a 16-entry table. */
    d->head = 16;
    return NULL;
}

static const char *bad_next(Driver *d)
{
    Buf b[] = {{HDR, 16, 0}, {DATA, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    put_desc(d->f, d->desc, 1, DATA, 512, W | NEXT, 200);
    return NULL;
}

static const char *loop(Driver *d)
{
    put_header(d->f, T_IN, 0);
    put_desc(d->f, d->desc, 0, HDR, 16, NEXT, 1);
    put_desc(d->f, d->desc, 1, DATA, 512, W | NEXT, 2);
    put_desc(d->f, d->desc, 2, DATA + 512, 512, W | NEXT, 1);
    return NULL;
}

static const char *outside_ram(Driver *d)
{
    /* A "buffer" over the device's own registers. */
    Buf b[] = {{HDR, 16, 0}, {SLOT_BLK, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    return NULL;
}

static const char *unmapped(Driver *d)
{
    Buf b[] = {{0x40000000, 16, 0}, {DATA, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    return NULL;
}

static const char *past_ram_end(Driver *d)
{
    Buf b[] = {{HDR, 16, 0}, {RAM_BASE + RAM_SIZE - 256, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    return NULL;
}

static const char *wrapping_address(Driver *d)
{
    Buf b[] = {{HDR, 16, 0}, {UINT64_MAX - 255, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    return NULL;
}

static const char *into_rom(Driver *d)
{
    Buf b[] = {{HDR, 16, 0}, {ROM_BASE, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    return NULL;
}

static const char *readable_after_writable(Driver *d)
{
    /* 2.7.4.2: device-writable descriptors come after device-readable. */
    Buf b[] = {{DATA, 512, W}, {HDR, 16, 0}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    return NULL;
}

static const char *no_status(Driver *d)
{
    /* Nothing device-writable: no way to answer. */
    Buf b[] = {{HDR, 16, 0}, {DATA, 512, 0}};
    blk_chain(d, b, 2);
    return NULL;
}

static const char *indirect_not_negotiated(Driver *d)
{
    Buf t[] = {{HDR, 16, 0}, {DATA, 512, W}, {STATUSB, 1, W}};
    put_header(d->f, T_IN, 0);
    put_chain(d->f, TABLE, t, 3);
    put_desc(d->f, d->desc, 0, TABLE, 48, INDIRECT, 0);
    return NULL;
}

static const char *indirect_nested(Driver *d)
{
    Buf t[] = {{HDR, 16, 0}, {TABLE + 0x100, 32, INDIRECT}};
    put_header(d->f, T_IN, 0);
    put_chain(d->f, TABLE, t, 2);
    Buf t2[] = {{DATA, 512, W}, {STATUSB, 1, W}};
    put_chain(d->f, TABLE + 0x100, t2, 2);
    put_desc(d->f, d->desc, 0, TABLE, 32, INDIRECT, 0);
    return NULL;
}

static const char *indirect_with_next(Driver *d)
{
    RUN(indirect_not_negotiated(d));
    put_desc(d->f, d->desc, 0, TABLE, 48, INDIRECT | NEXT, 1);
    put_desc(d->f, d->desc, 1, STATUSB, 1, W, 0);
    return NULL;
}

static const char *indirect_bad_size(Driver *d)
{
    /* A flush in two entries, in a table said to be 40 bytes long. */
    Buf t[] = {{HDR, 16, 0}, {STATUSB, 1, W}};
    put_header(d->f, T_FLUSH, 0);
    put_chain(d->f, TABLE, t, 2);
    put_desc(d->f, d->desc, 0, TABLE, 40, INDIRECT, 0);
    return NULL;
}

static const char *indirect_empty(Driver *d)
{
    RUN(indirect_not_negotiated(d));
    put_desc(d->f, d->desc, 0, TABLE, 0, INDIRECT, 0);
    return NULL;
}

static const char *indirect_outside_ram(Driver *d)
{
    put_desc(d->f, d->desc, 0, RAM_BASE + RAM_SIZE - 32, 48, INDIRECT, 0);
    return NULL;
}

static const char *indirect_loop(Driver *d)
{
    put_header(d->f, T_IN, 0);
    put_desc(d->f, TABLE, 0, HDR, 16, NEXT, 1);
    put_desc(d->f, TABLE, 1, DATA, 512, W | NEXT, 2);
    put_desc(d->f, TABLE, 2, STATUSB, 1, W | NEXT, 1);
    put_desc(d->f, d->desc, 0, TABLE, 48, INDIRECT, 0);
    return NULL;
}

static const char *indirect_next_out_of_table(Driver *d)
{
    RUN(indirect_not_negotiated(d));
    put_desc(d->f, TABLE, 1, DATA, 512, W | NEXT, 3); /* a 3-entry table */
    return NULL;
}

static const char *avail_jump(Driver *d)
{
    /* 17 entries published in a 16-entry ring. */
    Buf b[] = {{HDR, 16, 0}, {DATA, 512, W}, {STATUSB, 1, W}};
    blk_chain(d, b, 3);
    d->avail_idx = 16;
    return NULL;
}

/* An rng chain totalling more than 2^32 bytes (2.7.5.1), each buffer in RAM. */
static const char *length_overflow(void)
{
    uint64_t big = (4ull << 30) + (2u << 20);
    Fixture *f = fixture((FixtureOpts){.ram_size = big});
    Driver d;
    EXPECT(start(&d, f, SLOT_RNG, F_VERSION_1, 8));
    Buf b[] = {{RAM_BASE + 0x100000, 0xfffffff0u, W}, {DATA, 0x20, W}};
    put_chain(f, d.desc, b, 2);
    RUN(expect_broken(&d));
    fixture_done(f);
    return NULL;
}

/* The device's limit on buffers per chain (2.7.4.1 allows one): 1024, as
 * QEMU. An indirect table of 1024 is served, one buffer more breaks the
 * device. */
static const char *chain_limit(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(start(&d, f, SLOT_RNG, F_VERSION_1 | F_INDIRECT, 8));
    for (unsigned i = 0; i < 1024; i++)
        put_desc(f, TABLE, i, DATA + 16 * (uint64_t)i, 16, W | NEXT, (uint16_t)(i + 1));
    put_desc(f, TABLE, 1023, DATA + 16 * 1023, 16, W, 0);
    put_desc(f, d.desc, 0, TABLE, 1024 * 16, INDIRECT, 0);
    EXPECT(submit(&d) == 1024 * 16);
    /* One direct buffer, then the same table (2.7.5.3.2 allows the mix). */
    put_desc(f, d.desc, 0, DATA + 16 * 1024, 16, W | NEXT, 1);
    put_desc(f, d.desc, 1, TABLE, 1024 * 16, INDIRECT, 0);
    RUN(expect_broken(&d));
    fixture_done(f);
    return NULL;
}

/* QueueReady with a ring the device cannot use: 2.7 sizes and alignment,
 * every part in RAM. DRIVER_OK is not set yet, so only the status bit tells;
 * when DRIVER_OK comes, so does the configuration change interrupt. */
static const char *bad_ring(uint16_t qsz, uint64_t desc, uint64_t avail, uint64_t used)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d;
    EXPECT(negotiate(&d, f, SLOT_BLK, BLK_FEATURES) & S_FEATURES_OK);
    wr(&d, QUEUE_SEL, 0);
    wr(&d, QUEUE_NUM, qsz);
    wr(&d, QUEUE_DESC_LOW, (uint32_t)desc);
    wr(&d, QUEUE_DESC_HIGH, (uint32_t)(desc >> 32));
    wr(&d, QUEUE_DRIVER_LOW, (uint32_t)avail);
    wr(&d, QUEUE_DRIVER_HIGH, (uint32_t)(avail >> 32));
    wr(&d, QUEUE_DEVICE_LOW, (uint32_t)used);
    wr(&d, QUEUE_DEVICE_HIGH, (uint32_t)(used >> 32));
    Snapshot s = take(f);
    wr(&d, QUEUE_READY, 1);
    EXPECT(rd(&d, QUEUE_READY) == 0);
    EXPECT(rd(&d, STATUS) & S_NEEDS_RESET);
    EXPECT(rd(&d, INTERRUPT_STATUS) == 0);
    wr(&d, STATUS, S_READY);
    RUN(expect_needs_reset(&d, &f->irq_blk));
    wr(&d, QUEUE_NOTIFY, 0);
    EXPECT(unchanged(f, &s));
    fixture_done(f);
    return NULL;
}

static const char *test_bad_rings(void)
{
    uint64_t q = QUEUE_AREA;
    RUN(bad_ring(16, 0x0, q + 0x1000, q + 0x2000));                       /* desc unmapped */
    RUN(bad_ring(16, q, SLOT_BLK, q + 0x2000));                           /* avail on MMIO */
    RUN(bad_ring(16, q, q + 0x1000, RAM_BASE + RAM_SIZE - 100));          /* used past RAM */
    RUN(bad_ring(16, q, q + 0x1000, ROM_BASE));                           /* used in ROM */
    RUN(bad_ring(16, q + 8, q + 0x1000, q + 0x2000));                     /* desc misaligned */
    RUN(bad_ring(16, q, q + 0x1001, q + 0x2000));                         /* avail misaligned */
    RUN(bad_ring(16, q, q + 0x1000, q + 0x2002));                         /* used misaligned */
    RUN(bad_ring(3, q, q + 0x1000, q + 0x2000));                          /* not a power of 2 */
    RUN(bad_ring(512, q, q + 0x1000, q + 0x2000));                        /* above QueueNumMax */
    RUN(bad_ring(0, q, q + 0x1000, q + 0x2000));                          /* empty */
    RUN(bad_ring(16, RAM_BASE + RAM_SIZE - 128, q + 0x1000, q + 0x2000)); /* desc past RAM */
    return NULL;
}

static const char *test_malformed_chains(void)
{
    static const struct {
        ChainSetup *setup;
        const char *what;
        uint64_t features;
    } cases[] = {
        {bad_head, "head index >= queue size", 0},
        {bad_next, "next index >= queue size", 0},
        {loop, "next loop", 0},
        {outside_ram, "buffer on MMIO", 0},
        {unmapped, "buffer unmapped", 0},
        {past_ram_end, "buffer past the end of RAM", 0},
        {wrapping_address, "buffer wrapping the address space", 0},
        {into_rom, "device-writable buffer in ROM", 0},
        {readable_after_writable, "readable after writable", 0},
        {no_status, "no device-writable byte", 0},
        {indirect_not_negotiated, "indirect not negotiated", 0},
        {indirect_nested, "indirect in indirect", F_INDIRECT},
        {indirect_with_next, "indirect with NEXT", F_INDIRECT},
        {indirect_bad_size, "indirect table of 40 bytes", F_INDIRECT},
        {indirect_empty, "indirect table of 0 bytes", F_INDIRECT},
        {indirect_outside_ram, "indirect table past RAM", F_INDIRECT},
        {indirect_loop, "loop in an indirect table", F_INDIRECT},
        {indirect_next_out_of_table, "next past an indirect table", F_INDIRECT},
        {avail_jump, "avail idx beyond the ring", 0},
    };
    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *e = malformed(cases[i].setup, SLOT_BLK, BLK_FEATURES | cases[i].features, 16);
        if (e) {
            static char msg[320];
            snprintf(msg, sizeof(msg), "%s: %s", cases[i].what, e);
            return msg;
        }
    }
    RUN(length_overflow());
    RUN(chain_limit());
    return NULL;
}

/* A slot with no device answers the probe and ignores everything else. */
static const char *test_empty_slot(void)
{
    Fixture *f = fixture((FixtureOpts){0});
    Driver d = {.f = f, .slot = SLOT_EMPTY};
    Snapshot s = take(f);
    wr(&d, STATUS, S_ACK);
    wr(&d, QUEUE_NUM, 16);
    wr(&d, QUEUE_READY, 1);
    wr(&d, QUEUE_NOTIFY, 0);
    EXPECT(rd(&d, STATUS) == 0 && rd(&d, QUEUE_NUM_MAX) == 0 && rd(&d, DEVICE_FEATURES) == 0);
    EXPECT(rd(&d, CONFIG) == 0);
    EXPECT(unchanged(f, &s));
    fixture_done(f);
    return NULL;
}

int main(void)
{
    report("probe", test_probe());
    report("features", test_features());
    report("config", test_config());
    report("empty_slot", test_empty_slot());
    report("blk_read", test_blk_read());
    report("blk_scatter", test_blk_scatter());
    report("blk_write_flush", test_blk_write());
    report("blk_get_id", test_blk_get_id());
    report("blk_errors", test_blk_errors());
    report("blk_odd_size", test_blk_odd_size());
    report("blk_readonly", test_blk_readonly());
    report("blk_snapshot", test_blk_snapshot());
    report("blk_indirect", test_blk_indirect());
    report("interrupt", test_interrupt());
    report("event_idx", test_event_idx());
    report("status_reset", test_status());
    report("rng", test_rng());
    report("concurrent_notify", test_concurrent_notify());
    report("bad_rings", test_bad_rings());
    report("malformed_chains", test_malformed_chains());
    return failures ? 1 : 0;
}
