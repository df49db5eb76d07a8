/* Control and status registers: one table gives each CSR's number, name,
 * accessors and access predicate; the CSR instructions, the disassembler
 * and the tests read it. The privilege needed and read-only-ness come from
 * the number itself (bits 9:8 and 11:10), as the privileged spec defines. */
#ifndef RIVET_TARGET_RISCV_CSR_H
#define RIVET_TARGET_RISCV_CSR_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

#define MSTATUS_SIE (1ull << 1)
#define MSTATUS_MIE (1ull << 3)
#define MSTATUS_SPIE (1ull << 5)
#define MSTATUS_UBE (1ull << 6)
#define MSTATUS_MPIE (1ull << 7)
#define MSTATUS_SPP (1ull << 8)
#define MSTATUS_VS (3ull << 9)
#define MSTATUS_MPP_SHIFT 11
#define MSTATUS_MPP (3ull << MSTATUS_MPP_SHIFT)
#define MSTATUS_FS_SHIFT 13
#define MSTATUS_FS (3ull << MSTATUS_FS_SHIFT)
#define MSTATUS_XS (3ull << 15)
#define MSTATUS_MPRV (1ull << 17)
#define MSTATUS_SUM (1ull << 18)
#define MSTATUS_MXR (1ull << 19)
#define MSTATUS_TVM (1ull << 20)
#define MSTATUS_TW (1ull << 21)
#define MSTATUS_TSR (1ull << 22)
#define MSTATUS_UXL_SHIFT 32
#define MSTATUS_SXL_SHIFT 34
#define MSTATUS_UXL (3ull << MSTATUS_UXL_SHIFT)
#define MSTATUS_SXL (3ull << MSTATUS_SXL_SHIFT)
#define MSTATUS_SD (1ull << 63)

#define MISA_MXL_64 (2ull << 62)
#define MISA_EXT(c) (1ull << ((c) - 'A'))

enum {
    IRQ_S_SOFT = 1,
    IRQ_M_SOFT = 3,
    IRQ_S_TIMER = 5,
    IRQ_M_TIMER = 7,
    IRQ_S_EXT = 9,
    IRQ_M_EXT = 11,
};
#define MIP_SSIP (1ull << IRQ_S_SOFT)
#define MIP_MSIP (1ull << IRQ_M_SOFT)
#define MIP_STIP (1ull << IRQ_S_TIMER)
#define MIP_MTIP (1ull << IRQ_M_TIMER)
#define MIP_SEIP (1ull << IRQ_S_EXT)
#define MIP_MEIP (1ull << IRQ_M_EXT)
#define MIP_S_BITS (MIP_SSIP | MIP_STIP | MIP_SEIP)

#define SATP_MODE_SHIFT 60
#define SATP_MODE_BARE 0
#define SATP_MODE_SV39 8
#define SATP_MODE_SV48 9
#define SATP_MODE_SV57 10
#define SATP_PPN_MASK ((1ull << 44) - 1)

#define MENVCFG_STCE (1ull << 63)

#define PMP_R 0x01
#define PMP_W 0x02
#define PMP_X 0x04
#define PMP_A_SHIFT 3
#define PMP_A_OFF 0
#define PMP_A_TOR 1
#define PMP_A_NA4 2
#define PMP_A_NAPOT 3
#define PMP_L 0x80

const char *csr_name(unsigned csrno);
/* Reads and/or writes a CSR for a CSR instruction. Returns false when the
 * access is illegal (unknown CSR, too little privilege, write to a
 * read-only CSR, a predicate such as TVM or mstatus.FS refusing); then
 * nothing changed. insns_after: instructions of the current TB after this
 * one (they have been counted but not retired). */
bool csr_access(RISCVCPU *cpu, unsigned csrno, bool write, uint64_t value, uint64_t mask,
                uint64_t *old, unsigned insns_after);
/* mip as software reads it: device lines and software-written bits. */
uint64_t csr_read_mip(const RISCVCPU *cpu);
/* Sstc: recomputes STIP from time >= stimecmp and arms the timer. */
void csr_update_stimecmp(RISCVCPU *cpu);

#endif
