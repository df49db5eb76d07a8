#include "system/memory.h"

#include <stdatomic.h>
#include <string.h>
#include <sys/mman.h>

#include "util/log.h"

static MemoryRegion *add_region(AddressSpace *as, const char *name, uint64_t base, uint64_t size)
{
    if (as->count == MAX_MEMORY_REGIONS) fatal("too many memory regions");
    MemoryRegion *mr = &as->regions[as->count++];
    memset(mr, 0, sizeof(*mr));
    mr->name = name;
    mr->base = base;
    mr->size = size;
    return mr;
}

static uint8_t *alloc_host(uint64_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (p == MAP_FAILED)
        fatal("cannot allocate %llu bytes of guest memory", (unsigned long long)size);
    return p;
}

MemoryRegion *as_add_ram(AddressSpace *as, const char *name, uint64_t base, uint64_t size)
{
    MemoryRegion *mr = add_region(as, name, base, size);
    mr->host = alloc_host(size);
    for (int i = 0; i < as->count; i++) {
        const MemoryRegion *r = &as->regions[i];
        if (r->ops && base < r->base + r->size && r->base < base + size) mr->mmio_inside = true;
    }
    return mr;
}

MemoryRegion *as_add_rom(AddressSpace *as, const char *name, uint64_t base, uint64_t size)
{
    MemoryRegion *mr = as_add_ram(as, name, base, size);
    mr->readonly = true;
    return mr;
}

MemoryRegion *as_add_mmio(AddressSpace *as, const char *name, uint64_t base, uint64_t size,
                          const MemoryRegionOps *ops, void *opaque)
{
    MemoryRegion *mr = add_region(as, name, base, size);
    mr->ops = ops;
    mr->opaque = opaque;
    for (int i = 0; i < as->count; i++) {
        MemoryRegion *r = &as->regions[i];
        if (!r->ops && base < r->base + r->size && r->base < base + size) r->mmio_inside = true;
    }
    return mr;
}

static bool contains(const MemoryRegion *mr, uint64_t addr)
{
    return addr - mr->base < mr->size;
}

MemoryRegion *as_find(AddressSpace *as, uint64_t addr)
{
    MemoryRegion *last = atomic_load_explicit(&as->last_ram, memory_order_relaxed);
    if (last && contains(last, addr)) return last;
    MemoryRegion *ram = NULL;
    for (int i = 0; i < as->count; i++) {
        MemoryRegion *mr = &as->regions[i];
        if (!contains(mr, addr)) continue;
        if (mr->ops) return mr;
        ram = mr;
    }
    if (ram && !ram->mmio_inside) atomic_store_explicit(&as->last_ram, ram, memory_order_relaxed);
    return ram;
}

uint8_t *as_ram_ptr(AddressSpace *as, uint64_t addr, uint64_t len)
{
    MemoryRegion *last = atomic_load_explicit(&as->last_ram, memory_order_relaxed);
    if (last && contains(last, addr) && len <= last->size - (addr - last->base))
        return last->host + (addr - last->base);
    MemoryRegion *found = NULL;
    for (int i = 0; i < as->count; i++) {
        MemoryRegion *mr = &as->regions[i];
        bool overlaps = addr < mr->base + mr->size && mr->base < addr + len;
        if (!overlaps) continue;
        if (mr->ops) return NULL;
        if (contains(mr, addr) && len <= mr->size - (addr - mr->base)) found = mr;
    }
    return found ? found->host + (addr - found->base) : NULL;
}

bool as_read(AddressSpace *as, uint64_t addr, unsigned size, uint64_t *value)
{
    MemoryRegion *mr = as_find(as, addr);
    if (!mr || size > mr->size - (addr - mr->base)) return false;
    uint64_t off = addr - mr->base;
    if (mr->ops) {
        *value = mr->ops->read ? mr->ops->read(mr->opaque, off, size) : 0;
        return true;
    }
    uint64_t v = 0;
    memcpy(&v, mr->host + off, size);
    *value = v;
    return true;
}

bool as_write(AddressSpace *as, uint64_t addr, unsigned size, uint64_t value)
{
    MemoryRegion *mr = as_find(as, addr);
    if (!mr || size > mr->size - (addr - mr->base)) return false;
    uint64_t off = addr - mr->base;
    if (mr->ops) {
        if (mr->ops->write) mr->ops->write(mr->opaque, off, value, size);
        return true;
    }
    if (!mr->readonly) memcpy(mr->host + off, &value, size);
    return true;
}

bool as_write_bytes(AddressSpace *as, uint64_t addr, const void *src, uint64_t len)
{
    if (as->ram_written) as->ram_written(addr, len);
    const uint8_t *s = src;
    while (len) {
        MemoryRegion *mr = NULL;
        for (int i = 0; i < as->count; i++)
            if (!as->regions[i].ops && contains(&as->regions[i], addr)) mr = &as->regions[i];
        if (!mr) return false;
        uint64_t off = addr - mr->base;
        uint64_t n = mr->size - off < len ? mr->size - off : len;
        memcpy(mr->host + off, s, n);
        addr += n;
        s += n;
        len -= n;
    }
    return true;
}

void as_reset_ram(AddressSpace *as)
{
    for (int i = 0; i < as->count; i++) {
        MemoryRegion *mr = &as->regions[i];
        /* Dropping the pages zeroes them without touching host memory. */
        if (mr->host && !mr->readonly && madvise(mr->host, mr->size, MADV_DONTNEED) != 0)
            memset(mr->host, 0, mr->size);
    }
}
