/* What the board files (virt.c, spike.c) share with machine.c: machine
 * allocation and QEMU's boot flow (hw/riscv/boot.c). Not for other layers. */
#ifndef RIVET_HW_BOARDS_H
#define RIVET_HW_BOARDS_H

#include "hw/loader.h"
#include "hw/machine.h"

#define DRAM_BASE 0x80000000ull

/* The images and the reset ROM's parameters, kept for reloading at reset. */
typedef struct Boot {
    bool has_bios, has_kernel, has_initrd;
    LoadedImage bios, kernel, initrd;
    void *fdt; /* the device tree blob, fdt_size bytes, copied to fdt_addr */
    size_t fdt_size;
    uint64_t rom_base, rom_size;
    uint64_t start_addr; /* where the reset ROM jumps: the firmware's entry */
    uint64_t next_addr;  /* fw_dynamic next_addr: the kernel's load address, 0 without one */
    uint64_t fdt_addr;   /* 0 until there is a device tree */
} Boot;

/* A machine with cfg copied and checked; no memory map yet. */
Machine *machine_alloc(const MachineConfig *cfg);
/* Adds DRAM at DRAM_BASE of cfg->ram_size bytes. */
void machine_add_dram(Machine *m, const char *name);
/* Creates cfg->smp harts. */
void machine_create_cpus(Machine *m);

/* The firmware used when -bios is not given (or is "default"): Debian's
 * OpenSBI for QEMU's virt (package opensbi), as QEMU's own -bios default. */
#define DEFAULT_BIOS "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"

/* Reads -bios, -kernel and -initrd (fatal on any problem) and fixes the addresses:
 * firmware at DRAM_BASE (ELF: its own addresses, entry = start); a raw
 * kernel right after it, 2 MiB aligned (at DRAM_BASE with -bios none). */
void boot_open(Machine *m, Boot *b, uint64_t rom_base, uint64_t rom_size, const char *default_bios);
/* Takes the machine's device tree (a generated one, or NULL when the board
 * has none), or the -dtb file instead; sets /chosen (bootargs, initrd) and
 * places it high in RAM as QEMU does. -machine dumpdtb writes it and exits. */
void boot_set_fdt(Machine *m, Boot *b, void *generated);
/* Copies the images into guest memory and writes the reset ROM. */
void boot_load(Machine *m, const Boot *b);

Machine *virt_create(const MachineConfig *cfg);
Machine *spike_create(const MachineConfig *cfg);

#endif
