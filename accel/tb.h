/* Translation blocks and the code cache.
 *
 * A TB is keyed by (physical pc, virtual pc, flags). Its host code lives in
 * the code buffer, followed by its restore metadata (accel/restore.c). TBs
 * are allocated in code-buffer order, so the TB holding a host address is
 * found by binary search over the allocation array.
 *
 * Chaining: goto_tb exit n of a TB is a jmp rel32 that first lands on the
 * exit stub right after it; once the loop knows where that exit leads,
 * tb_add_jump() patches it to go straight to the destination's code. Each
 * TB keeps the list of jumps coming into it (jmp_list_head, linked through
 * the sources' jmp_list_next[n]) so that invalidation can unpatch them.
 */
#ifndef RIVET_ACCEL_TB_H
#define RIVET_ACCEL_TB_H

#include <stdbool.h>
#include <stdint.h>

#include "tcg/backend.h"

typedef struct TranslationBlock {
    uint64_t pc;
    uint64_t phys_pc;
    uint32_t flags;
    uint16_t size;       /* guest bytes */
    uint16_t icount;     /* guest instructions */
    uint64_t phys_page2; /* second physical page, or -1 */
    bool invalid;
    const uint8_t *tc_ptr; /* executable address of the code */
    uint8_t *tc_w;         /* writable address of the code */
    uint32_t tc_size;      /* host code bytes (metadata follows) */
    const uint8_t *meta;   /* writable address of the restore metadata */
    struct TranslationBlock *hash_next;
    /* Chaining. Outgoing jump n: patch field at tc_w + jmp_field_off[n]. */
    int32_t jmp_field_off[TB_MAX_EXITS];
    int32_t jmp_reset_off[TB_MAX_EXITS];
    struct TranslationBlock *jmp_dest[TB_MAX_EXITS];
    uintptr_t jmp_list_next[TB_MAX_EXITS]; /* next source (TB pointer | n) into the same dest */
    uintptr_t jmp_list_head;    /* first source jumping into this TB (pointer | n) */
    /* The TBs translated from each physical page form a list through
     * page_next[i] (i: which of the TB's pages), tagged pointer | i. */
    uintptr_t page_next[2];
} TranslationBlock;

struct RISCVCPU;

/* Code buffer and TB store. tb_size_mib 0 = the default. */
void tb_cache_init(unsigned tb_size_mib);
/* Finds or translates the TB for the CPU's current pc/flags. */
TranslationBlock *tb_find(struct RISCVCPU *cpu, uint64_t pc, uint32_t flags);
/* Releases the TB lock if a fault left translation holding it: called where
 * cpu_loop_exit() lands. */
void tb_lock_reset(void);
/* Patches exit n of src to jump into dst. */
void tb_add_jump(TranslationBlock *src, int n, TranslationBlock *dst);
/* The TB whose host code contains the executable address host_pc. */
TranslationBlock *tb_from_host_pc(uintptr_t host_pc);
/* Drops every TB (the buffer is full, or on request). No vCPU may be in
 * generated code. */
void tb_flush(void);

/* Entering generated code. */
uintptr_t tcg_enter_tb(struct RISCVCPU *cpu, const TranslationBlock *tb);
extern TCGPrologue tb_prologue;

typedef struct TBStats {
    uint64_t translated, flushes, chained, lookups, lookup_misses, host_bytes, guest_insns,
        invalidated;
} TBStats;
extern TBStats tb_stats;

/* Incremented by every flush: a TB pointer held across a flush is stale. */
unsigned tb_flush_generation(void);
void tb_invalidate_locked(TranslationBlock *tb, struct RISCVCPU *const *cpus, int ncpus);
/* The same for every registered CPU; tb_lock held. */
void tb_invalidate(TranslationBlock *tb);
void tb_lock_acquire(void);
void tb_lock_release(void);
struct RISCVCPU *const *tb_cpus(int *n);
void tb_print_stats(void);
/* CPUs whose jump caches a flush or an invalidation must clear. */
void tb_register_cpu(struct RISCVCPU *cpu);

#endif
