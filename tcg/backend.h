/* The code generator's interface to accel/: turn a TB's optimized IR into
 * host code at a given place in the code buffer.
 *
 * The generated code runs inside one frame set up by a shared prologue:
 *     uintptr_t tcg_enter(void *env, const void *tb_code)
 * It returns the exit value of the last TB executed: 0 ("look up env->pc"),
 * or the address of a TranslationBlock ORed with the exit it took (0 or 1,
 * goto_tb) or TB_EXIT_REQUESTED (its entry check saw an exit request before
 * it ran anything).
 */
#ifndef RIVET_TCG_BACKEND_H
#define RIVET_TCG_BACKEND_H

#include <stdbool.h>
#include <stdint.h>

#include "tcg/ir.h"

#define TCG_MAX_INSNS 512

/* Fields of the CPU state that generated code needs to know about, filled
 * in by the target (tcg/ knows nothing else of the guest). */
typedef struct TCGEnvLayout {
    int exit_request_off; /* uint32_t, non-zero: leave at the next TB entry */
    int insn_count_off;   /* uint64_t, each TB adds its length at entry */
    int pc_off;           /* uint64_t guest pc */
    int tlb_mask_off;     /* CPUTLBFast[mmu_idx].mask */
    int tlb_table_off;    /* CPUTLBFast[mmu_idx].table */
    int tlb_fast_stride;  /* sizeof(CPUTLBFast) */
    int tlb_entry_bits;
    int tlb_read_off, tlb_write_off, tlb_addend_off; /* within an entry */
    int page_bits;
    void *helper_ld; /* uint64_t (*)(env, addr, memop_mmu, retaddr) */
    void *helper_st; /* void (*)(env, addr, val, memop_mmu, retaddr) */
    /* The jump cache, for lookup_tb: TranslationBlock *cache[mask + 1] at
     * jmp_cache_off, indexed by (pc >> 2) & mask; in a TB, its pc (u64),
     * flags (u32) and executable code pointer. */
    int jmp_cache_off;
    uint32_t jmp_cache_mask;
    int jmp_cache_shift;
    int tb_pc_off, tb_flags_off, tb_code_off;
    bool count_insns; /* tb_start adds the TB's length to insn_count */
    /* Floating point (the fadd..fcmp ops): the guest's accrued exception
     * flags (uint32_t), and uint8_t[64] mapping each combination of the
     * host's flags to guest flags. On x86-64 the index is MXCSR bits 5:0
     * (invalid, denormal, divide-by-zero, overflow, underflow, precision). */
    int fp_flags_off;
    int fp_flags_map_off;
} TCGEnvLayout;

/* The prologue and epilogue, generated once at the start of the buffer. */
typedef struct TCGPrologue {
    uintptr_t (*enter)(void *env, const void *tb_code); /* executable address */
    const uint8_t *epilogue;    /* executable: returns rax to enter's caller */
    const uint8_t *return_zero; /* executable: exit with value 0 */
} TCGPrologue;

typedef struct TCGCodeResult {
    uint8_t *code; /* writable address of the first byte */
    uint32_t size; /* bytes of host code, slow paths included */
    uint32_t nb_insns;
    uint32_t insn_end[TCG_MAX_INSNS];    /* host offset just past each guest insn's code */
    int32_t jmp_field_off[TB_MAX_EXITS]; /* goto_tb rel32 field offsets, -1 when absent */
    int32_t jmp_reset_off[TB_MAX_EXITS]; /* where an unchained goto_tb lands */
} TCGCodeResult;

void tcg_backend_init(const TCGEnvLayout *layout);
/* Whether the backend implements op (the floating-point ops are optional;
 * their absence is the front end's cue to call helpers instead). */
bool tcg_backend_supports(TCGOpcode opc);
/* Emits the prologue at [buf, limit) (writable view); returns bytes used. */
uint32_t tcg_gen_prologue(uint8_t *buf, uint8_t *limit, intptr_t rx_offset, TCGPrologue *out);
/* Generates the TB's code at buf. exit_base is ORed with exit indexes
 * (the TB's address). Returns false if [buf, limit) was too small. */
bool tcg_gen_code(TCGContext *s, uint8_t *buf, uint8_t *limit, intptr_t rx_offset,
                  uintptr_t exit_base, TCGCodeResult *res);

/* Patches a goto_tb jump (field = writable address of its rel32) so that it
 * lands at target (writable address in the same buffer). Atomic with
 * respect to threads running the code. */
void tcg_patch_jump(uint8_t *field, const uint8_t *target);

#endif
