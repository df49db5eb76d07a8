/* Shared by the x86-64 backend's register allocator (regalloc.c) and its
 * lowering of IR ops (lower.c). Not for use outside tcg/x86_64/. */
#ifndef RIVET_TCG_X86_64_INTERNAL_H
#define RIVET_TCG_X86_64_INTERNAL_H

#include "tcg/backend.h"
#include "tcg/x86_64/emit.h"

/* The CPU state pointer lives in RBP for the whole of generated code. */
#define ENV_REG X86_RBP

typedef uint32_t RegSet;
#define REG_BIT(r) (1u << (r))
#define ALL_REGS (0xffffu & ~(REG_BIT(X86_RSP) | REG_BIT(ENV_REG)))
#define CALLER_SAVED                                                                               \
    (REG_BIT(X86_RAX) | REG_BIT(X86_RCX) | REG_BIT(X86_RDX) | REG_BIT(X86_RSI) |                   \
     REG_BIT(X86_RDI) | REG_BIT(X86_R8) | REG_BIT(X86_R9) | REG_BIT(X86_R10) | REG_BIT(X86_R11))

/* The frame, set up once by the prologue:
 *   [rsp + SAVE_AREA_OFF + 8*r]  slow paths save caller-saved register r here
 *   [rsp + ARG_SCRATCH_OFF]      two words for marshalling slow-path arguments
 *   [rsp + FP_SCRATCH_OFF]       four words for MXCSR and FP fix-ups (fpu.c)
 *   [rsp + SPILL_OFF + 8*i]      spill slot i of LOCAL and NORMAL temps
 * 6 pushes + the return address leave rsp 8 bytes off 16-byte alignment,
 * so FRAME_SIZE is 8 mod 16 and calls from generated code are aligned. */
#define SAVE_AREA_OFF 0
#define ARG_SCRATCH_OFF 128
#define FP_SCRATCH_OFF 144
#define SPILL_OFF 176
#define SPILL_SLOTS 128
#define FRAME_SIZE (SPILL_OFF + 8 * SPILL_SLOTS + 8)
_Static_assert(FRAME_SIZE % 16 == 8, "frame alignment");

#define MAX_SLOW_PATHS 512

/* What a slow path must do for the FP state (fpu.c): fold the MXCSR flags
 * of inline FP ops into the guest's before the call and check MXCSR after
 * it, and reload the XMM registers caching FP slots. */
typedef struct FpSlowState {
    bool fold;
    uint16_t xmm_mask;
    int32_t xmm_off[16];
} FpSlowState;

typedef struct SlowPath {
    bool is_store;
    FpSlowState fp;
    unsigned oi;
    X86Reg addr_reg, data_reg;
    uint8_t *branch_field; /* rel32 of the fast path's jne */
    uint8_t *ret_w;        /* where the fast path continues */
    RegSet save_regs;      /* caller-saved registers holding live values */
    int nb_dirty;
    struct {
        X86Reg reg;
        int32_t off;
    } dirty[16];
} SlowPath;

/* A conditional side exit; its stub, after the main code, writes back the
 * globals that were dirty at the branch and then leaves like goto_tb. */
typedef struct SideExit {
    bool fp_fold; /* inline FP ops may have left flags in MXCSR */
    uint8_t *branch_field;
    int idx;
    uint64_t target;
    int nb_dirty;
    struct {
        X86Reg reg;
        int32_t off;
    } dirty[16];
} SideExit;

/* Out-of-line code of the FP ops (fpu.c), after the TB's main code. */
typedef enum { FIX_MXCSR, FIX_NAN, FIX_NAN_FMA, FIX_UNBOXED } FpFixKind;
typedef struct FpFixup {
    FpFixKind kind;
    bool single;
    int xmm;              /* the register to correct */
    int32_t off;          /* FIX_NAN*: the destination slot */
    int32_t a_off, b_off; /* FIX_NAN_FMA: the product's operands */
    uint8_t *branch_field[2];
    uint8_t *ret_w;
} FpFixup;
#define MAX_FP_FIXUPS 512

/* An XMM register caching an FP slot of the CPU state. */
typedef struct FpCacheEntry {
    bool valid;
    bool boxed; /* known to hold a properly NaN-boxed single */
    int32_t off;
    uint32_t last_use;
} FpCacheEntry;

typedef struct Backend {
    TCGContext *s;
    X86Asm a;
    uint8_t *code;
    uintptr_t exit_base;
    TCGCodeResult *res;
    int16_t reg_temp[16]; /* temp held by each host register, -1 = free */
    RegSet locked;        /* registers the current op is using */
    bool failed;          /* out of spill slots or slow-path records */
    const TCGOp *op;
    SlowPath slow[MAX_SLOW_PATHS];
    int nb_slow;
    uint8_t *exit_request_field;
    SideExit side[TB_MAX_EXITS];
    int nb_side;
    /* A loop back to the TB start (tcg/x86_64/loop.c). */
    int loop_label; /* -1: none */
    int nb_loop;
    TCGv loop_globals[16];
    X86Reg loop_regs[16];
    uint8_t *loop_exit_field;
    int32_t tb_insns;
    /* Floating point (fpu.c). */
    bool fp_checked; /* MXCSR checked against the guest flags since host code last ran */
    bool fp_pending; /* MXCSR may hold flags of inline ops not yet in the guest flags */
    FpCacheEntry xmm[16];
    uint32_t fp_clock;
    FpFixup fp_fix[MAX_FP_FIXUPS];
    int nb_fp_fix;
} Backend;

extern TCGEnvLayout tcg_env;
extern TCGPrologue tcg_prologue_rx;

/* 64-bit compare with an immediate; against 0 as the shorter test. */
static inline void x86_cmp_ri(X86Asm *a, X86Reg r, int32_t imm)
{
    if (imm == 0)
        x86_test_rr(a, true, r, r);
    else
        x86_alu_ri(a, X86_CMP, true, r, imm);
}

/* Register allocator (regalloc.c). */
void ra_start(Backend *b);
void ra_begin_op(Backend *b, const TCGOp *op);
void ra_end_op(Backend *b);
/* The value of t in a register of `allowed` (locked for this op). A constant
 * is materialised in a scratch register. */
X86Reg ra_load(Backend *b, TCGv t, RegSet allowed);
/* A copy of t's value in exactly `reg`, which becomes scratch for this op
 * (t itself stays where it is). */
void ra_load_copy(Backend *b, TCGv t, X86Reg reg);
/* A free scratch register for this op. */
X86Reg ra_scratch(Backend *b, RegSet allowed);
/* Empties `reg` (moving or spilling what it holds) and locks it. */
void ra_clobber(Backend *b, X86Reg reg);
/* Gives output t a register: `reuse` when it is not X86_NOREG, else a free
 * one from `allowed`. The old value of t is discarded. */
X86Reg ra_output(Backend *b, TCGv t, RegSet allowed, X86Reg reuse);
/* The register of input arg `in` if the output may take it over: the input
 * is the output itself, or a dying temp. X86_NOREG otherwise. */
X86Reg ra_reusable(Backend *b, int in_arg, X86Reg in_reg, RegSet allowed);
/* Writes dirty globals to the CPU state. */
void ra_sync_globals(Backend *b);
/* Writes back a dirty global output before it is overwritten by an op that
 * may fault, so the fault sees the old value. */
void ra_sync_temp(Backend *b, TCGv t);
/* At the end of a basic block: globals and locals to memory. */
void ra_save_bb_end(Backend *b);
/* At a label: nothing is known to be in registers. */
void ra_forget_regs(Backend *b);
/* Before a call: preserve values in caller-saved registers; drop global
 * copies if the callee may change globals. Argument registers in `keep`
 * are left alone. */
void ra_prepare_call(Backend *b, RegSet keep, bool writes_globals);
bool ra_temp_is_const(Backend *b, TCGv t, int64_t *val);
/* Puts global t in exactly `reg` (moving what is there out of the way) and
 * locks it. */
void ra_place(Backend *b, TCGv t, X86Reg reg);

/* Floating point (fpu.c). */
void fp_start(Backend *b);
/* Before and after every op: MXCSR flags are folded into the guest's before
 * host code may run or control leaves the basic block; calls and labels
 * end what is known of MXCSR and of the XMM registers. */
void fp_before_op(Backend *b, const TCGOp *op);
void fp_after_op(Backend *b, const TCGOp *op);
void lower_fp(Backend *b, const TCGOp *op);
/* ld_env served from an XMM register (true when it was). */
bool fp_lower_ld_env(Backend *b, const TCGOp *op);
/* A store into the CPU state: XMM copies of what it overwrites are stale. */
void fp_note_st_env(Backend *b, int32_t off, unsigned size);
FpSlowState fp_slow_state(Backend *b);
/* In a slow path: scratch is free to clobber. */
void fp_slow_before_call(Backend *b, const FpSlowState *st, X86Reg scratch);
void fp_slow_after_call(Backend *b, const FpSlowState *st, X86Reg scratch);
/* Folds pending flags with scratch (a side exit's stub). */
void fp_emit_fold(Backend *b, X86Reg scratch);
void emit_fp_fixups(Backend *b);

/* Loops (loop.c). */
void lower_loop_head(Backend *b, const TCGOp *op);
bool is_back_edge(Backend *b, int label);
void lower_back_edge(Backend *b, const TCGOp *op);
void emit_loop_exit_stub(Backend *b);
void emit_exit(Backend *b, uintptr_t value);

#endif
