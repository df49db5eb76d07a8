/* The C extension: 16-bit instructions expanded to the 32-bit instruction
 * with the same effect, so that the decode table (target/riscv/insns.h)
 * and the trans_<name>() functions serve both sizes. */
#ifndef RIVET_TARGET_RISCV_DECODE16_H
#define RIVET_TARGET_RISCV_DECODE16_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/insns.h"

/* The 32-bit equivalent of a 16-bit instruction, or 0 when the encoding is
 * illegal or reserved (0 is itself no valid 32-bit instruction). HINTs
 * expand to instructions that change nothing. */
uint32_t riscv_expand_rvc(uint16_t insn);

/* Decodes a 16-bit instruction through its expansion: false when it is
 * illegal, reserved, or expands to an instruction the table lacks. On
 * success d->len is 2 and d->raw holds the 16 bits, as mtval reports them
 * if the instruction traps as illegal; the other fields are those of the
 * expansion. */
bool riscv_decode16(uint16_t insn, DecodedInsn *d);

#endif
