/* Berkeley HTIF (spike): tohost/fromhost words at the addresses of the ELF
 * symbols of those names. Serves the console (device 1) and exit / the
 * proxy-kernel write call (device 0). */
#ifndef RIVET_HW_HTIF_H
#define RIVET_HW_HTIF_H

#include <stdbool.h>
#include <stdint.h>

#include "hw/machine.h"

typedef struct Htif Htif;

Htif *htif_create(Machine *m, uint64_t tohost, bool has_fromhost, uint64_t fromhost);
void htif_reset(Htif *h);

#endif
