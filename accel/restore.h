/* Restore metadata: for each guest instruction of a TB, its pc and the host
 * offset where its code ends. Stored right after the TB's code as pairs of
 * ULEB128 deltas (pc delta from the previous instruction, host end delta),
 * walked only when a fault or a helper needs to know where it stands. */
#ifndef RIVET_ACCEL_RESTORE_H
#define RIVET_ACCEL_RESTORE_H

#include <stddef.h>
#include <stdint.h>

#include "tcg/backend.h"

/* Collects each insn_start's pc from the IR and the host ends from res.
 * Returns the bytes written at out, or 0 if cap was too small. */
size_t restore_encode(uint8_t *out, size_t cap, uint64_t tb_pc, const TCGContext *s,
                      const TCGCodeResult *res);
/* Encodes explicit arrays (the unit test uses this). */
size_t restore_encode_arrays(uint8_t *out, size_t cap, uint64_t tb_pc, const uint64_t *pcs,
                             const uint32_t *host_ends, unsigned n);
/* Finds the instruction whose code contains host offset `off` (the first
 * whose end is beyond it). Returns its index and sets *pc; -1 if none. */
int restore_search(const uint8_t *meta, unsigned n, uint64_t tb_pc, uint32_t off, uint64_t *pc);

#endif
