/* Control and status registers: one table gives each CSR's number, name
 * and accessors; the CSR instructions, the disassembler and the tests read
 * it. The privilege needed and read-only-ness come from the number itself
 * (bits 9:8 and 11:10), as the privileged spec defines. */
#ifndef RIVET_TARGET_RISCV_CSR_H
#define RIVET_TARGET_RISCV_CSR_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

#define MSTATUS_MIE (1ull << 3)
#define MSTATUS_MPIE (1ull << 7)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_MPP (3ull << MSTATUS_MPP_SHIFT)
#define MSTATUS_FS_SHIFT 13
#define MSTATUS_FS (3ull << MSTATUS_FS_SHIFT)
#define MSTATUS_SD (1ull << 63)
#define MSTATUS_UXL_SHIFT 32
#define MSTATUS_SXL_SHIFT 34

#define MISA_MXL_64 (2ull << 62)
#define MISA_EXT(c) (1ull << ((c) - 'A'))

#define MIP_MSIP (1ull << 3)
#define MIP_MTIP (1ull << 7)
#define MIP_MEIP (1ull << 11)

const char *csr_name(unsigned csrno);
/* Reads and/or writes a CSR for a CSR instruction. Returns false when the
 * access is illegal (unknown CSR, too little privilege, write to a
 * read-only CSR); then nothing changed. insns_after: instructions of the
 * current TB after this one (they have been counted but not retired). */
bool csr_access(RISCVCPU *cpu, unsigned csrno, bool write, uint64_t value, uint64_t mask,
                uint64_t *old, unsigned insns_after);

#endif
