/* A machine: the guest physical memory map, its devices, its harts, and the
 * lifetime of a run (poweroff, reset). hw/ knows system/ and the CPU's
 * public face (target/riscv/cpu.h) only. */
#ifndef RIVET_HW_MACHINE_H
#define RIVET_HW_MACHINE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "system/memory.h"

#define MAX_CPUS 8

typedef struct DriveConfig {
    const char *file;
    bool readonly, snapshot;
} DriveConfig;

enum { VIRTIO_SLOT_BLK = 1, VIRTIO_SLOT_RNG };
typedef struct VirtioSlotConfig {
    int kind;
    DriveConfig drive; /* VIRTIO_SLOT_BLK */
} VirtioSlotConfig;

typedef struct MachineConfig {
    const char *machine; /* "virt" or "spike" */
    uint64_t ram_size;   /* bytes */
    const char *bios;    /* NULL: the machine's default firmware; "none": no firmware */
    const char *kernel;
    const char *initrd;  /* -initrd */
    const char *append;  /* -append: the kernel command line */
    const char *dtb;     /* -dtb: use this device tree instead of the generated one */
    const char *dumpdtb; /* -machine dumpdtb=FILE: write the device tree and exit */
    /* virtio-mmio slots from -drive and -device, lowest slot first */
    int nvirtio;
    VirtioSlotConfig virtio[8];
    bool snapshot; /* -snapshot: every drive behaves as snapshot=on */
    int smp;
    unsigned tb_size_mib; /* -accel tcg,tb-size=N; 0: the translator's default */
} MachineConfig;

enum { SHUTDOWN_NONE, SHUTDOWN_POWEROFF, SHUTDOWN_RESET };

struct RISCVCPU;

typedef struct Machine {
    MachineConfig cfg;
    AddressSpace as;
    uint64_t ram_base, ram_size;
    uint64_t reset_pc; /* where every hart starts (the reset ROM) */
    int ncpus;
    struct RISCVCPU *cpus[MAX_CPUS];

    /* Set once by a device, read by machine_run(). */
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int shutdown_kind;
    int exit_code;

    /* spike's HTIF words, found from the ELF's tohost/fromhost symbols. */
    uint64_t htif_tohost, htif_fromhost;
    void *clint; /* mtime source for the time CSR */

    /* The board's own state and its reset: reload RAM, reset the devices.
     * Called by machine_run() with every hart stopped. */
    void *board;
    void (*board_reset)(struct Machine *m);
} Machine;

Machine *machine_create(const MachineConfig *cfg);
/* Runs until poweroff; a reset request reloads the images and restarts the
 * harts. Returns the exit status for the process. */
int machine_run(Machine *m);
void machine_request_shutdown(Machine *m, int exit_code);
void machine_request_reset(Machine *m);
/* mtime: 10 MHz since the machine started (or was last reset), from the host
 * monotonic clock plus guest writes to mtime. */
uint64_t machine_mtime(Machine *m);
/* The host CLOCK_MONOTONIC time (ns) at which mtime reaches t (UINT64_MAX:
 * never). */
uint64_t machine_mtime_deadline(Machine *m, uint64_t t);

#endif
