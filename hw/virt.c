/* QEMU's virt machine: the memory map and interrupt numbers of QEMU's
 * hw/riscv/virt.c, so that firmware and kernels built for QEMU find their
 * devices, and a device tree describing what was built. */
#include <stdio.h>
#include <stdlib.h>

#include "hw/boards.h"
#include "hw/clint.h"
#include "hw/fdt_virt.h"
#include "hw/goldfish_rtc.h"
#include "hw/plic.h"
#include "hw/sifive_test.h"
#include "hw/uart16550.h"
#include "hw/virtio_blk.h"
#include "hw/virtio_mmio.h"
#include "hw/virtio_rng.h"
#include "system/block.h"
#include "target/riscv/cpu.h"
#include "util/log.h"

enum {
    VIRT_MROM = 0x1000,
    VIRT_MROM_SIZE = 0xf000,
    VIRT_TEST = 0x100000,
    VIRT_TEST_SIZE = 0x1000,
    VIRT_RTC = 0x101000,
    VIRT_RTC_SIZE = 0x1000,
    VIRT_CLINT = 0x2000000,
    VIRT_CLINT_SIZE = 0x10000,
    VIRT_PLIC = 0xc000000,
    VIRT_PLIC_SIZE = 0x600000,
    VIRT_UART0 = 0x10000000,
    VIRT_UART0_SIZE = 0x100,
    VIRT_VIRTIO = 0x10001000,
    VIRT_VIRTIO_SIZE = 0x1000,
    VIRT_VIRTIO_COUNT = 8,
};

/* PLIC source numbers. */
enum { IRQ_VIRTIO0 = 1, IRQ_UART0 = 10, IRQ_RTC = 11 };

#define UART_CLOCK 3686400 /* what QEMU's device tree says */

typedef struct VirtState {
    Boot boot;
    Uart16550 *uart;
    Clint *clint;
    Plic *plic;
    GoldfishRtc *rtc;
    VirtioMmio *virtio[VIRT_VIRTIO_COUNT];
} VirtState;

static void plic_to_cpu(void *opaque, int hart, int mip_bit, bool level)
{
    Machine *m = opaque;
    if (hart < m->ncpus) riscv_cpu_set_irq(m->cpus[hart], mip_bit, level);
}

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
    goldfish_rtc_reset(s->rtc);
    clint_reset(s->clint);
    for (int i = 0; i < VIRT_VIRTIO_COUNT; i++) virtio_mmio_reset(s->virtio[i]);
    plic_reset(s->plic);
}

static VirtioDevice *virtio_device(const VirtioSlotConfig *c, int n)
{
    if (c->kind == VIRTIO_SLOT_RNG) return virtio_rng_create();
    char err[256], serial[32];
    BlockBackend *blk =
        blk_open(c->drive.file, c->drive.readonly, c->drive.snapshot, err, sizeof(err));
    if (!blk) fatal("-drive file=%s: %s", c->drive.file, err);
    snprintf(serial, sizeof(serial), "rivet-disk%d", n);
    return virtio_blk_create(blk, serial);
}

/* QEMU hands the first virtio device the highest slot, and lists the slots
 * in the device tree from the highest down, so that Linux probes devices in
 * command-line order (the first disk is vda). */
static void add_virtio(Machine *m, VirtState *s)
{
    VirtioDevice *dev[VIRT_VIRTIO_COUNT] = {0};
    for (int k = 0; k < m->cfg.nvirtio; k++)
        dev[VIRT_VIRTIO_COUNT - 1 - k] = virtio_device(&m->cfg.virtio[k], k);
    for (int i = 0; i < VIRT_VIRTIO_COUNT; i++) {
        s->virtio[i] =
            virtio_mmio_create(&m->as, VIRT_VIRTIO + (uint64_t)i * VIRT_VIRTIO_SIZE, dev[i]);
        virtio_mmio_set_irq(s->virtio[i], plic_line_set, plic_line(s->plic, IRQ_VIRTIO0 + i));
    }
}

static void *virt_fdt(Machine *m)
{
    const VirtFdtLayout l = {
        .ncpus = m->cfg.smp,
        .isa = riscv_isa_string(),
        .mmu_type = "riscv,sv57",
        .ram_base = m->ram_base,
        .ram_size = m->ram_size,
        .test_base = VIRT_TEST,
        .test_size = VIRT_TEST_SIZE,
        .rtc_base = VIRT_RTC,
        .rtc_size = VIRT_RTC_SIZE,
        .rtc_irq = IRQ_RTC,
        .clint_base = VIRT_CLINT,
        .clint_size = VIRT_CLINT_SIZE,
        .plic_base = VIRT_PLIC,
        .plic_size = VIRT_PLIC_SIZE,
        .plic_ndev = PLIC_NDEV,
        .uart_base = VIRT_UART0,
        .uart_size = VIRT_UART0_SIZE,
        .uart_irq = IRQ_UART0,
        .uart_clock = UART_CLOCK,
        .virtio_base = VIRT_VIRTIO,
        .virtio_stride = VIRT_VIRTIO_SIZE,
        .virtio_count = VIRT_VIRTIO_COUNT,
        .virtio_irq0 = IRQ_VIRTIO0,
        .timebase_freq = CLINT_TIMEBASE_FREQ,
    };
    size_t size;
    return fdt_virt_create(&l, &size);
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
    s->plic = plic_create(&m->as, VIRT_PLIC, VIRT_PLIC_SIZE, cfg->smp);
    s->uart = uart16550_create(&m->as, VIRT_UART0, VIRT_UART0_SIZE);
    uart16550_set_irq(s->uart, plic_line_set, plic_line(s->plic, IRQ_UART0));
    s->rtc = goldfish_rtc_create(&m->as, VIRT_RTC, VIRT_RTC_SIZE);
    goldfish_rtc_set_irq(s->rtc, plic_line_set, plic_line(s->plic, IRQ_RTC));
    machine_add_dram(m, "dram");
    add_virtio(m, s);

    boot_open(m, &s->boot, VIRT_MROM, VIRT_MROM_SIZE, DEFAULT_BIOS);
    boot_set_fdt(m, &s->boot, virt_fdt(m));
    boot_load(m, &s->boot);
    m->reset_pc = VIRT_MROM;
    machine_create_cpus(m);
    /* The harts exist now: connect the PLIC's outputs to them. */
    plic_set_output(s->plic, plic_to_cpu, m);
    uart16550_attach_console(s->uart, virt_console_quit, m);
    return m;
}
