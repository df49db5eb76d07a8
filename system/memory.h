/* Guest physical memory: a flat map of regions, RAM/ROM backed by host
 * memory, MMIO dispatched to device callbacks.
 *
 * The map is built once by the machine before any vCPU runs and is never
 * changed afterwards, so lookups need no lock. MMIO regions take priority
 * over RAM where they overlap (spike's HTIF words live inside DRAM).
 */
#ifndef RIVET_SYSTEM_MEMORY_H
#define RIVET_SYSTEM_MEMORY_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct MemoryRegionOps {
    /* offset is relative to the region's base; size is 1, 2, 4 or 8. */
    uint64_t (*read)(void *opaque, uint64_t offset, unsigned size);
    void (*write)(void *opaque, uint64_t offset, uint64_t value, unsigned size);
} MemoryRegionOps;

typedef struct MemoryRegion {
    const char *name;
    bool mmio_inside; /* RAM/ROM with an MMIO region overlapping it */
    uint64_t base;
    uint64_t size;
    uint8_t *host; /* RAM/ROM: host address of base; NULL for MMIO */
    bool readonly; /* ROM: guest writes are ignored */
    const MemoryRegionOps *ops;
    void *opaque;
    /* RAM/ROM: one pointer per page for the code cache's bookkeeping
     * (accel/tb_maint.c), allocated when the region first holds code. */
    void *_Atomic *_Atomic page_data;
} MemoryRegion;

#define MAX_MEMORY_REGIONS 64

typedef struct AddressSpace {
    MemoryRegion regions[MAX_MEMORY_REGIONS];
    int count;
    /* Told of every write to RAM/ROM that bypasses the CPUs (loader, DMA),
     * so translated code there can be invalidated. */
    void (*ram_written)(uint64_t addr, uint64_t len);
    /* The RAM/ROM region of the last lookup, when nothing overlaps it: page
     * walks and TLB fills hit the same region again and again. */
    MemoryRegion *_Atomic last_ram;
} AddressSpace;

/* RAM and ROM are allocated zeroed (anonymous mmap). */
MemoryRegion *as_add_ram(AddressSpace *as, const char *name, uint64_t base, uint64_t size);
MemoryRegion *as_add_rom(AddressSpace *as, const char *name, uint64_t base, uint64_t size);
MemoryRegion *as_add_mmio(AddressSpace *as, const char *name, uint64_t base, uint64_t size,
                          const MemoryRegionOps *ops, void *opaque);

/* The region holding addr (MMIO first), or NULL when addr is unmapped. */
MemoryRegion *as_find(AddressSpace *as, uint64_t addr);

/* Host pointer for [addr, addr+len) when it lies wholly in one RAM or ROM
 * region and no MMIO region overlaps it; NULL otherwise. */
uint8_t *as_ram_ptr(AddressSpace *as, uint64_t addr, uint64_t len);

/* A single access of size 1/2/4/8 (little-endian). False when unmapped. */
bool as_read(AddressSpace *as, uint64_t addr, unsigned size, uint64_t *value);
bool as_write(AddressSpace *as, uint64_t addr, unsigned size, uint64_t value);

/* Loader/DMA copy into RAM or ROM (ROM is writable this way). False if any
 * byte is not backed by RAM/ROM. */
bool as_write_bytes(AddressSpace *as, uint64_t addr, const void *src, uint64_t len);

/* Zero every RAM region (machine reset). */
void as_reset_ram(AddressSpace *as);

#endif
