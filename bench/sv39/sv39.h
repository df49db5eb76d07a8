/* Sv39 page-table entries and the shared part of the benchmarks' S-mode
 * address space, for bench/sv39/crt.S builds (privileged spec, "Sv39"). */
#ifndef RIVET_BENCH_SV39_H
#define RIVET_BENCH_SV39_H

#include <stdint.h>

#define PTE_V 0x01u
#define PTE_R 0x02u
#define PTE_W 0x04u
#define PTE_X 0x08u
#define PTE_A 0x40u
#define PTE_D 0x80u

#define SATP_SV39 (8ull << 60)

#define SV39_PAGE 4096ull
#define SV39_MEGAPAGE (1ull << 21)
#define SV39_GIGAPAGE (1ull << 30)

/* A leaf when flags include R, W or X; a pointer to the next level otherwise. */
static inline uint64_t sv39_pte(uint64_t pa, uint64_t flags)
{
    return (pa >> 12) << 10 | flags;
}

static inline uint64_t sv39_satp(const uint64_t *root, uint64_t asid)
{
    return SATP_SV39 | asid << 44 | (uint64_t)(uintptr_t)root >> 12;
}

/* Called by crt.S in M-mode before translation is on, so every table's
 * address is its physical address; returns the satp value for S-mode. The
 * default (bench/sv39/pt.c) is the identity map of sv39_map_base(); a
 * program that wants more defines its own. */
uint64_t sv39_page_tables(void);

/* Identity maps what every program needs into a zeroed root table: the first
 * GiB (the finisher, the UART: MMIO) as one read-write gigapage, and the GiB
 * of RAM from 0x80000000 (image, stack) as read-write-execute 2 MiB pages.
 * A and D are preset: these pages are not what is being measured. */
void sv39_map_base(uint64_t *root);

#endif
