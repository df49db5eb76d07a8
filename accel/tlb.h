/* Softmmu TLB structures shared by the generated code and the slow path.
 *
 * An entry maps one guest virtual page. addr_read/addr_write/addr_code hold
 * the page address for that kind of access, with low bits that force the
 * slow path (see the TLB_* flags), or -1 when that access is not allowed
 * through this entry. The inline fast path compares the page of the LAST
 * byte of the access (with the alignment bits) against the tag, so an
 * access crossing a page, or one needing a flag's slow path, misses.
 */
#ifndef RIVET_ACCEL_TLB_H
#define RIVET_ACCEL_TLB_H

#include <stdint.h>

#define TARGET_PAGE_BITS 12
#define TARGET_PAGE_SIZE (1ull << TARGET_PAGE_BITS)
#define TARGET_PAGE_MASK (~(TARGET_PAGE_SIZE - 1))

/* Flags in the page-offset bits of a tag. */
#define TLB_INVALID (1ull << (TARGET_PAGE_BITS - 1))
#define TLB_MMIO (1ull << (TARGET_PAGE_BITS - 2))
#define TLB_CODE (1ull << (TARGET_PAGE_BITS - 3))    /* page holds translated code */
#define TLB_RECHECK (1ull << (TARGET_PAGE_BITS - 4)) /* every access goes to the fill */
/* Write tags only: the page holds the LR/SC reservation (accel/cputlb.c). */
#define TLB_RESERVED (1ull << (TARGET_PAGE_BITS - 5))
/* Write tags only: the page holds page tables that TLB entries were filled
 * from (the write watch in accel/cputlb.c). Bits 3 and up of a tag are
 * free of the alignment bits the fast path compares. */
#define TLB_WATCHED (1ull << (TARGET_PAGE_BITS - 6))
#define TLB_FLAGS_MASK                                                                             \
    (TLB_INVALID | TLB_MMIO | TLB_CODE | TLB_RECHECK | TLB_RESERVED | TLB_WATCHED)

typedef struct CPUTLBEntry {
    uint64_t addr_read;
    uint64_t addr_write;
    uint64_t addr_code;
    uintptr_t addend; /* host address = guest virtual address + addend (RAM only) */
} CPUTLBEntry;

#define CPU_TLB_ENTRY_BITS 5
_Static_assert(sizeof(CPUTLBEntry) == (1 << CPU_TLB_ENTRY_BITS), "TLB entry size");

#define CPU_TLB_BITS_MIN 8
#define CPU_TLB_BITS_MAX 16
#define CPU_TLB_BITS_DEFAULT 10

/* What the inline fast path reads: mask = (entries - 1) << CPU_TLB_ENTRY_BITS. */
typedef struct CPUTLBFast {
    uintptr_t mask;
    CPUTLBEntry *table;
} CPUTLBFast;

/* Per-entry data the slow path needs but the fast path does not. */
typedef struct TLBEntryFull {
    uint64_t paddr_page;
} TLBEntryFull;

/* Slow-path bookkeeping per MMU index, for the dynamic resize. */
typedef struct CPUTLBDesc {
    TLBEntryFull *full;
    /* Virtual range of the superpages cached (empty: lo > hi), each
     * widened to SUPERPAGE_SPAN alignment, since a 4 KiB entry does not
     * record its superpage's size: a flush by address inside it must
     * flush the whole TLB, one outside it only that page. */
    uint64_t superpage_lo, superpage_hi;
    unsigned idle_flushes; /* consecutive flushes that found it mostly unused */
    unsigned bits;
    uint64_t fills_since_flush;
    uint64_t flushes;
} CPUTLBDesc;

#endif
