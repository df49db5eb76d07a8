/* QEMU's virt machine, the part built so far: reset ROM, test finisher,
 * CLINT, UART0 and DRAM at QEMU's addresses (hw/riscv/virt.c memmap), so
 * that firmware and kernels built for QEMU find their devices. */
#include <stdlib.h>

#include "hw/boards.h"
#include "hw/clint.h"
#include "hw/sifive_test.h"
#include "hw/uart16550.h"
#include "util/log.h"

enum {
    VIRT_MROM = 0x1000,
    VIRT_MROM_SIZE = 0xf000,
    VIRT_TEST = 0x100000,
    VIRT_TEST_SIZE = 0x1000,
    VIRT_CLINT = 0x2000000,
    VIRT_UART0 = 0x10000000,
    VIRT_UART0_SIZE = 0x100,
};

typedef struct VirtState {
    Boot boot;
    Uart16550 *uart;
    Clint *clint;
} VirtState;

/* Ctrl-A x on the console. */
static void virt_console_quit(void *opaque)
{
    machine_request_shutdown(opaque, 0);
}

static void virt_reset(Machine *m)
{
    VirtState *s = m->board;
    as_reset_ram(&m->as);
    boot_load(m, &s->boot);
    uart16550_reset(s->uart);
    clint_reset(s->clint);
}

Machine *virt_create(const MachineConfig *cfg)
{
    Machine *m = machine_alloc(cfg);
    VirtState *s = calloc(1, sizeof(*s));
    if (!s) fatal("out of memory");
    m->board = s;
    m->board_reset = virt_reset;

    as_add_rom(&m->as, "mrom", VIRT_MROM, VIRT_MROM_SIZE);
    sifive_test_create(m, VIRT_TEST, VIRT_TEST_SIZE);
    s->clint = clint_create(&m->as, VIRT_CLINT, cfg->smp);
    m->clint = s->clint;
    s->uart = uart16550_create(&m->as, VIRT_UART0, VIRT_UART0_SIZE);
    uart16550_attach_console(s->uart, virt_console_quit, m);
    machine_add_dram(m, "dram");

    boot_open(m, &s->boot, VIRT_MROM, VIRT_MROM_SIZE);
    boot_load(m, &s->boot);
    m->reset_pc = VIRT_MROM;
    machine_create_cpus(m);
    return m;
}
