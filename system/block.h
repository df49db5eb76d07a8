/* A block backend over a host raw image file (or block device), as QEMU's
 * `-drive file=...,format=raw` with its readonly= and snapshot= options.
 *
 * The guest sees the image in 512-byte sectors. An image whose size is not
 * a multiple of 512 is rounded up, as QEMU does (its block layer keeps the
 * length as DIV_ROUND_UP(bytes, 512) sectors): the bytes past the end of
 * the file read as zeros, and a write there extends the file.
 *
 * readonly=on: the file is opened O_RDONLY and every write fails (also
 * with snapshot=on).
 * snapshot=on: the file is opened O_RDONLY too, and writes go to an
 * in-memory copy-on-write overlay of 4 KiB clusters that is never written
 * back; reads see the overlay. (QEMU keeps its overlay in a temporary
 * qcow2 file instead; the guest cannot tell the difference, but here a
 * guest that writes a lot grows rivet's memory.)
 *
 * Not thread-safe: one device uses a backend, under its own lock.
 */
#ifndef RIVET_SYSTEM_BLOCK_H
#define RIVET_SYSTEM_BLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define BLK_SECTOR_SIZE 512

typedef struct BlockBackend BlockBackend;

/* NULL on error, with a one-line message in err ("Could not open 'x': No
 * such file or directory", QEMU's wording) for the command line to print
 * after the option it came from. */
BlockBackend *blk_open(const char *path, bool readonly, bool snapshot, char *err, size_t errlen);
void blk_close(BlockBackend *b);

/* Bytes the guest sees: the file size rounded up to a whole sector. */
uint64_t blk_size(const BlockBackend *b);
/* readonly=on (a snapshot backend accepts writes). */
bool blk_is_readonly(const BlockBackend *b);

/* 0 or -errno. [offset, offset+len) must lie within blk_size() (-EINVAL
 * otherwise); a write to a read-only backend fails with -EPERM. */
int blk_read(BlockBackend *b, uint64_t offset, void *buf, size_t len);
int blk_write(BlockBackend *b, uint64_t offset, const void *buf, size_t len);
/* Completed writes reach stable storage (fdatasync); nothing to do for a
 * read-only or snapshot backend. 0 or -errno. */
int blk_flush(BlockBackend *b);

#endif
