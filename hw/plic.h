/* SiFive PLIC as on QEMU's virt machine ("sifive,plic-1.0.0" /
 * "riscv,plic0"): 96 sources (0 reserved), 3 priority bits, two contexts
 * per hart in "MS" order: context 2*h is hart h's M mode (MEIP), 2*h + 1 its
 * S mode (SEIP). */
#ifndef RIVET_HW_PLIC_H
#define RIVET_HW_PLIC_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/machine.h"
#include "system/memory.h"

/* Sources including the reserved source 0; the device tree's "riscv,ndev"
 * is PLIC_NDEV. */
#define PLIC_NUM_SOURCES 96
#define PLIC_NDEV (PLIC_NUM_SOURCES - 1)
#define PLIC_PRIORITY_BITS 3
#define PLIC_MAX_PRIORITY ((1u << PLIC_PRIORITY_BITS) - 1)
#define PLIC_CONTEXTS_PER_HART 2
#define PLIC_MAX_CONTEXTS (MAX_CPUS * PLIC_CONTEXTS_PER_HART)

/* Register map (offsets from the base). */
#define PLIC_PRIORITY_BASE 0x0
#define PLIC_PENDING_BASE 0x1000
#define PLIC_ENABLE_BASE 0x2000
#define PLIC_ENABLE_STRIDE 0x80
#define PLIC_CONTEXT_BASE 0x200000
#define PLIC_CONTEXT_STRIDE 0x1000
#define PLIC_CONTEXT_THRESHOLD 0x0
#define PLIC_CONTEXT_CLAIM 0x4

/* The mip bits the two contexts of a hart drive, in context order (these
 * are also the cells of "interrupts-extended" in the device tree). */
#define PLIC_MEIP_BIT 11
#define PLIC_SEIP_BIT 9

typedef struct Plic Plic;

/* One interrupt line into the PLIC, shaped for the devices' irq hooks
 * (uart16550_set_irq, goldfish_rtc_set_irq): pass plic_line(p, n) as the
 * opaque and plic_line_set as the function. */
typedef struct PlicLine {
    Plic *plic;
    int source;
} PlicLine;

/* nharts: 1..MAX_CPUS. size: the MMIO window (QEMU virt: 0x600000). */
Plic *plic_create(AddressSpace *as, uint64_t base, uint64_t size, int nharts);

/* Where the per-context outputs go. Called only when a context's level
 * changes (and for every context by plic_reset), with the PLIC's lock held,
 * from whichever thread caused the change: the callee must not call back
 * into the PLIC. */
void plic_set_output(Plic *p, void (*irq)(void *opaque, int hart, int mip_bit, bool level),
                     void *opaque);

/* The device side: the level of source 1..PLIC_NDEV (others are ignored).
 * Any thread. */
void plic_set_irq(Plic *p, int source, bool level);
PlicLine *plic_line(Plic *p, int source);
void plic_line_set(void *line, bool level);

/* Machine reset: priorities, enables, thresholds and claims are cleared;
 * the input levels are kept (they belong to the devices), so a line still
 * high is pending again at once. Every output is re-sent. */
void plic_reset(Plic *p);

#endif
