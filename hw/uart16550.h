/* NS16550A UART as on QEMU's virt machine (registers one byte apart). The
 * transmitter writes straight to stdout; there is no input yet. */
#ifndef RIVET_HW_UART16550_H
#define RIVET_HW_UART16550_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "system/memory.h"

typedef struct Uart16550 Uart16550;

Uart16550 *uart16550_create(AddressSpace *as, uint64_t base, uint64_t size);
void uart16550_reset(Uart16550 *u);
/* The interrupt line (to the PLIC, later): called with the new level
 * whenever it changes, from the thread that made the access, with the
 * UART's lock held (so it must not call back into the UART). */
void uart16550_set_irq(Uart16550 *u, void (*irq)(void *opaque, bool level), void *opaque);

/* The guest console: stdout, unbuffered, so nothing is lost at exit and
 * the output interleaves correctly with anything else on the terminal. */
void console_write(const void *buf, size_t len);

#endif
