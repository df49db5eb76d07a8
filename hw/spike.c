/* QEMU's spike machine: reset ROM, CLINT, DRAM, and HTIF for the console
 * and exit. HTIF sits wherever the image's tohost/fromhost symbols say
 * (the kernel's, else the firmware's); when every image is a raw binary
 * there are no symbols and QEMU's fixed window at 0x1000000 is used
 * (fromhost there, tohost 8 bytes above). */
#include <stdlib.h>

#include "hw/boards.h"
#include "hw/clint.h"
#include "hw/htif.h"
#include "util/log.h"

enum {
    SPIKE_MROM = 0x1000,
    SPIKE_MROM_SIZE = 0xf000,
    SPIKE_HTIF = 0x1000000,
    SPIKE_CLINT = 0x2000000,
};

typedef struct SpikeState {
    Boot boot;
    Htif *htif;
    Clint *clint;
} SpikeState;

static void spike_reset(Machine *m)
{
    SpikeState *s = m->board;
    as_reset_ram(&m->as);
    boot_load(m, &s->boot);
    htif_reset(s->htif);
    clint_reset(s->clint);
}

static void place_htif(Machine *m, SpikeState *s)
{
    const Boot *b = &s->boot;
    const LoadedImage *img = NULL;
    if (b->has_kernel && b->kernel.has_tohost)
        img = &b->kernel;
    else if (b->has_bios && b->bios.has_tohost)
        img = &b->bios;

    bool fromhost_known = true;
    if (img) {
        m->htif_tohost = img->tohost;
        m->htif_fromhost = img->fromhost;
        fromhost_known = img->has_fromhost;
    } else {
        const LoadedImage *elf = b->has_kernel && b->kernel.is_elf ? &b->kernel
                                 : b->has_bios && b->bios.is_elf   ? &b->bios
                                                                   : NULL;
        if (elf)
            fatal("%s '%s' has no 'tohost' symbol, which spike's HTIF needs (for virt: -M virt)",
                  elf->what, elf->path);
        m->htif_fromhost = SPIKE_HTIF;
        m->htif_tohost = SPIKE_HTIF + 8;
    }
    s->htif = htif_create(m, m->htif_tohost, fromhost_known, m->htif_fromhost);
}

Machine *spike_create(const MachineConfig *cfg)
{
    if (cfg->nvirtio) fatal("machine spike has no virtio slots: -drive and -device need -M virt");
    Machine *m = machine_alloc(cfg);
    SpikeState *s = calloc(1, sizeof(*s));
    if (!s) fatal("out of memory");
    m->board = s;
    m->board_reset = spike_reset;

    as_add_rom(&m->as, "mrom", SPIKE_MROM, SPIKE_MROM_SIZE);
    s->clint = clint_create(&m->as, SPIKE_CLINT, cfg->smp);
    m->clint = s->clint;
    machine_add_dram(m, "dram");

    boot_open(m, &s->boot, SPIKE_MROM, SPIKE_MROM_SIZE, NULL);
    boot_set_fdt(m, &s->boot, NULL);
    place_htif(m, s);
    boot_load(m, &s->boot);
    m->reset_pc = SPIKE_MROM;
    machine_create_cpus(m);
    return m;
}
