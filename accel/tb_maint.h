/* Self-modifying code: which physical pages hold translated code, and the
 * invalidation of the TBs a write touches. */
#ifndef RIVET_ACCEL_TB_MAINT_H
#define RIVET_ACCEL_TB_MAINT_H

#include <stdbool.h>
#include <stdint.h>

#include "accel/tb.h"

struct RISCVCPU;
struct AddressSpace;

/* The address space whose RAM holds the code (one machine). */
void tb_maint_init(struct AddressSpace *as);

/* Records tb against its physical page(s); called with tb_lock held. */
void tb_page_add(TranslationBlock *tb);
/* Forgets every page's code (a full flush). */
void tb_page_reset(void);
/* Whether the physical page holds translated code: its TLB write entries
 * must send stores to the slow path. */
bool tb_page_has_code(uint64_t paddr);
/* A write of [paddr, paddr + len) happened (or is about to). Invalidates
 * the TBs whose code it overlaps; returns true if one of them contains the
 * host address `running` (the TB executing the write), 0 for none. */
bool tb_invalidate_phys_range(uint64_t paddr, uint64_t len, uintptr_t running);

#endif
