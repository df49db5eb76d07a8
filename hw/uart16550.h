/* NS16550A UART as on QEMU's virt machine (registers one byte apart), with
 * a 16-byte receive FIFO fed by the host console (system/console.h). */
#ifndef RIVET_HW_UART16550_H
#define RIVET_HW_UART16550_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "system/console.h"
#include "system/memory.h"

typedef struct Uart16550 Uart16550;

Uart16550 *uart16550_create(AddressSpace *as, uint64_t base, uint64_t size);
void uart16550_reset(Uart16550 *u);

/* The callbacks below are called from the thread that made the access (a
 * vCPU, or the console's reader thread for uart16550_receive), with the
 * UART's lock held: they must not call back into the UART. */

/* The interrupt line (to the PLIC): called with the new level whenever it
 * changes. */
void uart16550_set_irq(Uart16550 *u, void (*irq)(void *opaque, bool level), void *opaque);
/* Where transmitted bytes go; NULL (the default) means console_write. */
void uart16550_set_tx(Uart16550 *u, void (*tx)(void *opaque, const uint8_t *buf, size_t len),
                      void *opaque);

/* Input from the host: takes as many of buf's bytes as the receiver has
 * room for (none in loopback) and returns that count. When it took fewer
 * than len, fn (set below) is called once the receiver has room again. */
size_t uart16550_receive(Uart16550 *u, const uint8_t *buf, size_t len);
void uart16550_set_accept_input(Uart16550 *u, void (*fn)(void *opaque), void *opaque);

/* Makes this UART the console's: stdin feeds its receiver (console_start),
 * and Ctrl-A x calls quit(opaque) from the console's thread. */
void uart16550_attach_console(Uart16550 *u, void (*quit)(void *opaque), void *opaque);

#endif
