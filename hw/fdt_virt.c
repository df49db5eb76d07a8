/* The virt machine's device tree. QEMU's layout is followed where a guest
 * could notice: node names (unit addresses), compatibles, the interrupt
 * wiring through interrupts-extended, the hart's intc phandles, the
 * virtio-mmio nodes in descending address order (Linux registers them in
 * the order it meets them, so the lowest slot ends up first, as on QEMU),
 * and the syscon poweroff/reboot nodes pointing at the test device.
 * Devices rivet does not build (PCI, flash, fw_cfg, PMU) are absent. */
#include "hw/fdt_virt.h"

#include <errno.h>
#include <libfdt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "util/log.h"

#define FDT_ROOM 4096 /* for fdt_chosen()'s additions */

enum { PHANDLE_TEST = 1, PHANDLE_PLIC = 2, PHANDLE_CPU0 = 16 };

static void check(int err, const char *what)
{
    if (err < 0) fatal("device tree: %s: %s", what, fdt_strerror(err));
}

static void prop_reg(void *fdt, uint64_t base, uint64_t size)
{
    fdt64_t reg[2] = {cpu_to_fdt64(base), cpu_to_fdt64(size)};
    check(fdt_property(fdt, "reg", reg, sizeof(reg)), "reg");
}

static void prop_cells(void *fdt, const char *name, const uint32_t *cells, int n)
{
    fdt32_t v[4 * 8 * 2];
    for (int i = 0; i < n; i++) v[i] = cpu_to_fdt32(cells[i]);
    check(fdt_property(fdt, name, v, (int)(n * sizeof(v[0]))), name);
}

/* compatible lists are NUL-separated strings. */
static void prop_compat(void *fdt, const char *list, size_t len)
{
    check(fdt_property(fdt, "compatible", list, (int)len), "compatible");
}
#define COMPAT(fdt, lit) prop_compat(fdt, lit, sizeof(lit))

static void begin(void *fdt, const char *fmt, uint64_t addr)
{
    char name[64];
    snprintf(name, sizeof(name), fmt, (unsigned long long)addr);
    check(fdt_begin_node(fdt, name), name);
}

static void end(void *fdt)
{
    check(fdt_end_node(fdt), "end node");
}

static uint32_t intc_phandle(int hart)
{
    return PHANDLE_CPU0 + 2 * (uint32_t)hart + 1;
}

static void add_cpus(void *fdt, const VirtFdtLayout *l)
{
    check(fdt_begin_node(fdt, "cpus"), "cpus");
    check(fdt_property_u32(fdt, "#address-cells", 1), "cpus");
    check(fdt_property_u32(fdt, "#size-cells", 0), "cpus");
    check(fdt_property_u32(fdt, "timebase-frequency", l->timebase_freq), "cpus");
    for (int h = 0; h < l->ncpus; h++) {
        begin(fdt, "cpu@%llx", (uint64_t)h);
        check(fdt_property_u32(fdt, "phandle", PHANDLE_CPU0 + 2 * (uint32_t)h), "cpu");
        check(fdt_property_string(fdt, "device_type", "cpu"), "cpu");
        check(fdt_property_u32(fdt, "reg", (uint32_t)h), "cpu");
        check(fdt_property_string(fdt, "status", "okay"), "cpu");
        COMPAT(fdt, "riscv");
        check(fdt_property_string(fdt, "riscv,isa", l->isa), "cpu");
        check(fdt_property_string(fdt, "mmu-type", l->mmu_type), "cpu");
        check(fdt_begin_node(fdt, "interrupt-controller"), "intc");
        check(fdt_property_u32(fdt, "#interrupt-cells", 1), "intc");
        check(fdt_property(fdt, "interrupt-controller", NULL, 0), "intc");
        COMPAT(fdt, "riscv,cpu-intc");
        check(fdt_property_u32(fdt, "phandle", intc_phandle(h)), "intc");
        end(fdt);
        end(fdt);
    }
    check(fdt_begin_node(fdt, "cpu-map"), "cpu-map");
    check(fdt_begin_node(fdt, "cluster0"), "cpu-map");
    for (int h = 0; h < l->ncpus; h++) {
        begin(fdt, "core%llu", (uint64_t)h);
        check(fdt_property_u32(fdt, "cpu", PHANDLE_CPU0 + 2 * (uint32_t)h), "core");
        end(fdt);
    }
    end(fdt);
    end(fdt);
    end(fdt);
}

static void add_irq(void *fdt, int irq)
{
    check(fdt_property_u32(fdt, "interrupts", (uint32_t)irq), "interrupts");
    check(fdt_property_u32(fdt, "interrupt-parent", PHANDLE_PLIC), "interrupt-parent");
}

/* interrupts-extended with two lines per hart, in context order. */
static void add_hart_lines(void *fdt, int ncpus, uint32_t first, uint32_t second)
{
    uint32_t cells[4 * 8];
    for (int h = 0; h < ncpus; h++) {
        cells[4 * h + 0] = intc_phandle(h);
        cells[4 * h + 1] = first;
        cells[4 * h + 2] = intc_phandle(h);
        cells[4 * h + 3] = second;
    }
    prop_cells(fdt, "interrupts-extended", cells, 4 * ncpus);
}

static void add_soc(void *fdt, const VirtFdtLayout *l)
{
    check(fdt_begin_node(fdt, "soc"), "soc");
    check(fdt_property_u32(fdt, "#address-cells", 2), "soc");
    check(fdt_property_u32(fdt, "#size-cells", 2), "soc");
    COMPAT(fdt, "simple-bus");
    check(fdt_property(fdt, "ranges", NULL, 0), "soc");

    begin(fdt, "rtc@%llx", l->rtc_base);
    add_irq(fdt, l->rtc_irq);
    prop_reg(fdt, l->rtc_base, l->rtc_size);
    COMPAT(fdt, "google,goldfish-rtc");
    end(fdt);

    begin(fdt, "serial@%llx", l->uart_base);
    add_irq(fdt, l->uart_irq);
    check(fdt_property_u32(fdt, "clock-frequency", l->uart_clock), "serial");
    prop_reg(fdt, l->uart_base, l->uart_size);
    COMPAT(fdt, "ns16550a");
    end(fdt);

    begin(fdt, "test@%llx", l->test_base);
    check(fdt_property_u32(fdt, "phandle", PHANDLE_TEST), "test");
    prop_reg(fdt, l->test_base, l->test_size);
    COMPAT(fdt, "sifive,test1\0sifive,test0\0syscon");
    end(fdt);

    for (int i = l->virtio_count - 1; i >= 0; i--) {
        uint64_t base = l->virtio_base + (uint64_t)i * l->virtio_stride;
        begin(fdt, "virtio_mmio@%llx", base);
        add_irq(fdt, l->virtio_irq0 + i);
        prop_reg(fdt, base, l->virtio_stride);
        COMPAT(fdt, "virtio,mmio");
        end(fdt);
    }

    begin(fdt, "plic@%llx", l->plic_base);
    check(fdt_property_u32(fdt, "phandle", PHANDLE_PLIC), "plic");
    check(fdt_property_u32(fdt, "riscv,ndev", (uint32_t)l->plic_ndev), "plic");
    prop_reg(fdt, l->plic_base, l->plic_size);
    add_hart_lines(fdt, l->ncpus, 11, 9); /* MEIP, SEIP: contexts "MS" per hart */
    check(fdt_property(fdt, "interrupt-controller", NULL, 0), "plic");
    COMPAT(fdt, "sifive,plic-1.0.0\0riscv,plic0");
    check(fdt_property_u32(fdt, "#address-cells", 0), "plic");
    check(fdt_property_u32(fdt, "#interrupt-cells", 1), "plic");
    end(fdt);

    begin(fdt, "clint@%llx", l->clint_base);
    add_hart_lines(fdt, l->ncpus, 3, 7); /* MSIP, MTIP */
    prop_reg(fdt, l->clint_base, l->clint_size);
    COMPAT(fdt, "sifive,clint0\0riscv,clint0");
    end(fdt);

    end(fdt);
}

static void add_syscon(void *fdt, const char *name, const char *compat, uint32_t value)
{
    check(fdt_begin_node(fdt, name), name);
    check(fdt_property_u32(fdt, "value", value), name);
    check(fdt_property_u32(fdt, "offset", 0), name);
    check(fdt_property_u32(fdt, "regmap", PHANDLE_TEST), name);
    check(fdt_property_string(fdt, "compatible", compat), name);
    end(fdt);
}

void *fdt_virt_create(const VirtFdtLayout *l, size_t *size)
{
    if (l->ncpus > 8) fatal("device tree: too many harts");
    int cap = 64 * 1024;
    void *fdt = calloc(1, (size_t)cap);
    if (!fdt) fatal("out of memory");
    check(fdt_create(fdt, cap), "create");
    check(fdt_finish_reservemap(fdt), "reservemap");
    check(fdt_begin_node(fdt, ""), "root");
    check(fdt_property_u32(fdt, "#address-cells", 2), "root");
    check(fdt_property_u32(fdt, "#size-cells", 2), "root");
    COMPAT(fdt, "riscv-virtio");
    check(fdt_property_string(fdt, "model", "riscv-virtio,qemu"), "root");

    check(fdt_begin_node(fdt, "chosen"), "chosen");
    char stdout_path[64];
    snprintf(stdout_path, sizeof(stdout_path), "/soc/serial@%llx",
             (unsigned long long)l->uart_base);
    check(fdt_property_string(fdt, "stdout-path", stdout_path), "chosen");
    end(fdt);

    add_syscon(fdt, "poweroff", "syscon-poweroff", 0x5555);
    add_syscon(fdt, "reboot", "syscon-reboot", 0x7777);

    begin(fdt, "memory@%llx", l->ram_base);
    check(fdt_property_string(fdt, "device_type", "memory"), "memory");
    prop_reg(fdt, l->ram_base, l->ram_size);
    end(fdt);

    add_cpus(fdt, l);
    add_soc(fdt, l);
    end(fdt);
    check(fdt_finish(fdt), "finish");
    check(fdt_open_into(fdt, fdt, cap), "open");
    *size = (size_t)cap;
    return fdt;
}

void *fdt_load_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) fatal("-dtb %s: cannot open: %s", path, strerror(errno));
    uint8_t head[sizeof(struct fdt_header)];
    if (fread(head, 1, sizeof(head), f) != sizeof(head) || fdt_check_header(head))
        fatal("-dtb %s: not a flattened device tree blob", path);
    size_t total = fdt_totalsize(head);
    if (total > (64u << 20)) fatal("-dtb %s: device tree too large", path);
    size_t cap = total + FDT_ROOM;
    uint8_t *blob = calloc(1, cap);
    if (!blob) fatal("out of memory");
    memcpy(blob, head, sizeof(head));
    if (fread(blob + sizeof(head), 1, total - sizeof(head), f) != total - sizeof(head))
        fatal("-dtb %s: file shorter than its header says", path);
    fclose(f);
    int err = fdt_open_into(blob, blob, (int)cap);
    if (err < 0) fatal("-dtb %s: malformed device tree: %s", path, fdt_strerror(err));
    *size = cap;
    return blob;
}

size_t fdt_chosen(void *fdt, const char *bootargs, uint64_t initrd_start, uint64_t initrd_end)
{
    int chosen = fdt_path_offset(fdt, "/chosen");
    if (chosen < 0) chosen = fdt_add_subnode(fdt, 0, "chosen");
    check(chosen, "/chosen");
    if (bootargs) check(fdt_setprop_string(fdt, chosen, "bootargs", bootargs), "bootargs");
    if (initrd_end > initrd_start) {
        check(fdt_setprop_u64(fdt, chosen, "linux,initrd-start", initrd_start), "initrd");
        check(fdt_setprop_u64(fdt, chosen, "linux,initrd-end", initrd_end), "initrd");
    }
    /* Seeds the guest kernel's RNG early, as QEMU does. */
    uint8_t seed[32];
    if (getrandom(seed, sizeof(seed), 0) == (ssize_t)sizeof(seed))
        check(fdt_setprop(fdt, chosen, "rng-seed", seed, sizeof(seed)), "rng-seed");
    check(fdt_pack(fdt), "pack");
    return fdt_totalsize(fdt);
}
