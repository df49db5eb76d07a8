/* SiFive test finisher. A 32-bit (or 16-bit) write at offset 0: the low
 * half is the command, the high half the exit code. Like QEMU, other
 * commands, offsets and sizes are ignored and reads return 0. */
#include "hw/sifive_test.h"

enum { FINISHER_FAIL = 0x3333, FINISHER_PASS = 0x5555, FINISHER_RESET = 0x7777 };

static uint64_t test_read(void *opaque, uint64_t offset, unsigned size)
{
    return 0;
}

static void test_write(void *opaque, uint64_t offset, uint64_t value, unsigned size)
{
    Machine *m = opaque;
    if (offset != 0 || (size != 2 && size != 4)) return;
    switch (value & 0xffff) {
    case FINISHER_FAIL: machine_request_shutdown(m, (int)((value >> 16) & 0xffff)); break;
    case FINISHER_PASS: machine_request_shutdown(m, 0); break;
    case FINISHER_RESET: machine_request_reset(m); break;
    default: break;
    }
}

static const MemoryRegionOps test_ops = {.read = test_read, .write = test_write};

void sifive_test_create(Machine *m, uint64_t base, uint64_t size)
{
    as_add_mmio(&m->as, "test", base, size, &test_ops, m);
}
