/* Raw image backend. The snapshot overlay is a two-level table of 4 KiB
 * clusters: one L1 array sized for the image at open, L2 tables of 4096
 * cluster pointers (16 MiB of image each) allocated on first write. A
 * cluster is copied from the file the first time any byte of it is
 * written, so a later read of its other bytes still sees the file. */
#define _GNU_SOURCE /* F_OFD_SETLK */
#include "system/block.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CLUSTER_BITS 12
#define CLUSTER_SIZE (1u << CLUSTER_BITS)
#define L2_BITS 12
#define L2_ENTRIES (1u << L2_BITS)

struct BlockBackend {
    int fd;
    uint64_t size; /* rounded up to a sector */
    bool readonly;
    bool snapshot;
    uint8_t ***overlay; /* snapshot: L1 of L2 tables of clusters */
    uint64_t l1_entries;
};

BlockBackend *blk_open(const char *path, bool readonly, bool snapshot, char *err, size_t errlen)
{
    int fd = open(path, (readonly || snapshot ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "Could not open '%s': %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    int stat_err = fstat(fd, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
    if (stat_err) {
        /* open(2) lets O_RDONLY open a directory; reads would fail later. */
        snprintf(err, errlen, "Could not open '%s': %s", path, strerror(stat_err));
        close(fd);
        return NULL;
    }
    /* As QEMU: a writer excludes every other user of the image, readers
     * share it, so two emulators (or two -drive of one file) cannot both
     * write it. OFD locks conflict between open files even in one process. */
    struct flock lk = {.l_type = readonly || snapshot ? F_RDLCK : F_WRLCK, .l_whence = SEEK_SET};
    if (fcntl(fd, F_OFD_SETLK, &lk) != 0 && (errno == EAGAIN || errno == EACCES)) {
        snprintf(err, errlen, "Failed to get \"%s\" lock: is another process using the image '%s'?",
                 lk.l_type == F_WRLCK ? "write" : "shared", path);
        close(fd);
        return NULL;
    }
    /* st_size is 0 for a block device; the end offset is right for both. */
    off_t end = lseek(fd, 0, SEEK_END);
    if (end < 0) {
        snprintf(err, errlen, "Could not open '%s': %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    BlockBackend *b = calloc(1, sizeof(*b));
    if (!b) {
        snprintf(err, errlen, "Could not open '%s': %s", path, strerror(ENOMEM));
        close(fd);
        return NULL;
    }
    b->fd = fd;
    b->size = ((uint64_t)end + BLK_SECTOR_SIZE - 1) & ~(uint64_t)(BLK_SECTOR_SIZE - 1);
    b->readonly = readonly;
    b->snapshot = snapshot && !readonly;
    if (b->snapshot) {
        uint64_t clusters = (b->size + CLUSTER_SIZE - 1) >> CLUSTER_BITS;
        b->l1_entries = (clusters + L2_ENTRIES - 1) >> L2_BITS;
        b->overlay = calloc(b->l1_entries ? b->l1_entries : 1, sizeof(*b->overlay));
        if (!b->overlay) {
            snprintf(err, errlen, "Could not open '%s': %s", path, strerror(ENOMEM));
            close(fd);
            free(b);
            return NULL;
        }
    }
    return b;
}

void blk_close(BlockBackend *b)
{
    if (!b) return;
    if (b->overlay) {
        for (uint64_t i = 0; i < b->l1_entries; i++) {
            if (!b->overlay[i]) continue;
            for (unsigned j = 0; j < L2_ENTRIES; j++) free(b->overlay[i][j]);
            free(b->overlay[i]);
        }
        free(b->overlay);
    }
    close(b->fd);
    free(b);
}

uint64_t blk_size(const BlockBackend *b)
{
    return b->size;
}

bool blk_is_readonly(const BlockBackend *b)
{
    return b->readonly;
}

static bool in_range(const BlockBackend *b, uint64_t offset, size_t len)
{
    return len <= b->size && offset <= b->size - len;
}

/* The file's bytes, zeros past its end (the rounded-up last sector). */
static int file_read(int fd, uint64_t offset, uint8_t *buf, size_t len)
{
    while (len) {
        ssize_t n = pread(fd, buf, len, (off_t)offset);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -errno;
        if (n == 0) {
            memset(buf, 0, len);
            return 0;
        }
        buf += n;
        offset += (uint64_t)n;
        len -= (size_t)n;
    }
    return 0;
}

static int file_write(int fd, uint64_t offset, const uint8_t *buf, size_t len)
{
    while (len) {
        ssize_t n = pwrite(fd, buf, len, (off_t)offset);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -errno;
        if (n == 0) return -EIO;
        buf += n;
        offset += (uint64_t)n;
        len -= (size_t)n;
    }
    return 0;
}

static uint8_t **overlay_slot(BlockBackend *b, uint64_t cluster, bool create)
{
    uint8_t ***l2 = &b->overlay[cluster >> L2_BITS];
    if (!*l2) {
        if (!create) return NULL;
        *l2 = calloc(L2_ENTRIES, sizeof(**l2));
        if (!*l2) return NULL;
    }
    return &(*l2)[cluster & (L2_ENTRIES - 1)];
}

static int snapshot_read(BlockBackend *b, uint64_t offset, uint8_t *buf, size_t len)
{
    while (len) {
        uint64_t cluster = offset >> CLUSTER_BITS;
        size_t in = (size_t)(offset & (CLUSTER_SIZE - 1));
        size_t n = CLUSTER_SIZE - in < len ? CLUSTER_SIZE - in : len;
        uint8_t **slot = overlay_slot(b, cluster, false);
        if (slot && *slot) {
            memcpy(buf, *slot + in, n);
        } else {
            int ret = file_read(b->fd, offset, buf, n);
            if (ret) return ret;
        }
        buf += n;
        offset += n;
        len -= n;
    }
    return 0;
}

static int snapshot_write(BlockBackend *b, uint64_t offset, const uint8_t *buf, size_t len)
{
    while (len) {
        uint64_t cluster = offset >> CLUSTER_BITS;
        size_t in = (size_t)(offset & (CLUSTER_SIZE - 1));
        size_t n = CLUSTER_SIZE - in < len ? CLUSTER_SIZE - in : len;
        uint8_t **slot = overlay_slot(b, cluster, true);
        if (!slot) return -ENOMEM;
        if (!*slot) {
            uint8_t *c = malloc(CLUSTER_SIZE);
            if (!c) return -ENOMEM;
            /* Copy on write: the bytes of the cluster this write leaves alone
             * must keep reading as the file. */
            if (n < CLUSTER_SIZE) {
                int ret = file_read(b->fd, cluster << CLUSTER_BITS, c, CLUSTER_SIZE);
                if (ret) {
                    free(c);
                    return ret;
                }
            }
            *slot = c;
        }
        memcpy(*slot + in, buf, n);
        buf += n;
        offset += n;
        len -= n;
    }
    return 0;
}

int blk_read(BlockBackend *b, uint64_t offset, void *buf, size_t len)
{
    if (!in_range(b, offset, len)) return -EINVAL;
    return b->snapshot ? snapshot_read(b, offset, buf, len) : file_read(b->fd, offset, buf, len);
}

int blk_write(BlockBackend *b, uint64_t offset, const void *buf, size_t len)
{
    if (b->readonly) return -EPERM;
    if (!in_range(b, offset, len)) return -EINVAL;
    return b->snapshot ? snapshot_write(b, offset, buf, len) : file_write(b->fd, offset, buf, len);
}

int blk_flush(BlockBackend *b)
{
    if (b->readonly || b->snapshot) return 0;
    return fdatasync(b->fd) == 0 ? 0 : -errno;
}
