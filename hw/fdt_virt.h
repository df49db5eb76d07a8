/* The device tree of the virt machine, generated with libfdt from the
 * machine that was built, with the node names, compatibles and property
 * layout that QEMU's virt machine gives, so that OpenSBI's generic
 * platform and Linux probe the same drivers on rivet as on QEMU. */
#ifndef RIVET_HW_FDT_VIRT_H
#define RIVET_HW_FDT_VIRT_H

#include <stddef.h>
#include <stdint.h>

typedef struct VirtFdtLayout {
    int ncpus;
    const char *isa;      /* "riscv,isa" */
    const char *mmu_type; /* "riscv,sv57" ... */
    uint64_t ram_base, ram_size;
    uint64_t test_base, test_size;
    uint64_t rtc_base, rtc_size;
    int rtc_irq;
    uint64_t clint_base, clint_size;
    uint64_t plic_base, plic_size;
    int plic_ndev;
    uint64_t uart_base, uart_size;
    int uart_irq;
    uint32_t uart_clock;
    uint64_t virtio_base, virtio_stride;
    int virtio_count, virtio_irq0;
    uint32_t timebase_freq;
} VirtFdtLayout;

/* A malloc'ed blob with room left for fdt_chosen() to edit. */
void *fdt_virt_create(const VirtFdtLayout *l, size_t *size);

/* Loads a -dtb file (fatal on any problem), with room to edit. */
void *fdt_load_file(const char *path, size_t *size);

/* Sets /chosen as the boot needs it: bootargs when given (NULL keeps what
 * is there), the initrd range when initrd_end > initrd_start, and a fresh
 * rng-seed. Packs the blob and returns its final size. */
size_t fdt_chosen(void *fdt, const char *bootargs, uint64_t initrd_start, uint64_t initrd_end);

#endif
