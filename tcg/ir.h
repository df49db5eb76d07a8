/* The translator's intermediate representation.
 *
 * A translation block is translated into a linear list of IR ops over
 * temporaries. Every value is 64 bits wide (rivet's guest is RV64 only; the
 * 32-bit "W" instructions are 64-bit ops followed by ext32s). Temporaries
 * come in four kinds:
 *   GLOBAL  a field of the CPU state (a guest register), alive everywhere;
 *           its home is at a fixed offset from the env register.
 *   LOCAL   TB-lifetime scratch that survives branches and labels.
 *   NORMAL  short-lived scratch, dead at the end of each basic block.
 *   CONST   an immediate value.
 * Ops are described once, in IR_OPS below; the optimizer, the liveness
 * pass, the dumper and the backend all read that table.
 *
 * tcg/ knows neither the guest nor the devices: helpers are described by
 * TCGHelperInfo records that the target provides.
 */
#ifndef RIVET_TCG_IR_H
#define RIVET_TCG_IR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Op flags. */
#define OPF_BB_END (1u << 0)       /* ends a basic block */
#define OPF_SIDE_EFFECTS (1u << 1) /* never removed; may fault or touch memory */
#define OPF_NORETURN (1u << 2)     /* control does not fall through */
#define OPF_COND_BRANCH (1u << 3)
#define OPF_CALL (1u << 4)        /* argument counts come from the helper info */
#define OPF_PURE_BINARY (1u << 5) /* foldable when all inputs are constant */
#define OPF_PURE_UNARY (1u << 6)  /* foldable (tcg_fold_unary) when the input is constant */

/* X(name, outputs, inputs, constant args, flags) */
#define IR_OPS(X)                                                                                  \
    X(nop, 0, 0, 0, 0)                                                                             \
    X(mov, 1, 1, 0, 0)                                                                             \
    X(add, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(sub, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(and, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(or, 1, 2, 0, OPF_PURE_BINARY)                                                                \
    X(xor, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(shl, 1, 2, 0, OPF_PURE_BINARY) /* shift count taken mod 64 */                                \
    X(shr, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(sar, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(mul, 1, 2, 0, OPF_PURE_BINARY)                                                               \
    X(mulsh, 1, 2, 0, OPF_PURE_BINARY) /* high 64 bits of signed x signed */                       \
    X(muluh, 1, 2, 0, OPF_PURE_BINARY) /* high 64 bits of unsigned x unsigned */                   \
    X(div, 1, 2, 0, OPF_PURE_BINARY)   /* RISC-V semantics: x/0 = -1, MIN/-1 = MIN */              \
    X(divu, 1, 2, 0, OPF_PURE_BINARY)  /* x/0 = all ones */                                        \
    X(rem, 1, 2, 0, OPF_PURE_BINARY)   /* x%0 = x, MIN%-1 = 0 */                                   \
    X(remu, 1, 2, 0, OPF_PURE_BINARY)                                                              \
    X(neg, 1, 1, 0, OPF_PURE_UNARY)                                                                \
    X(not, 1, 1, 0, OPF_PURE_UNARY)                                                                \
    X(ext32s, 1, 1, 0, OPF_PURE_UNARY)                                                             \
    X(ext32u, 1, 1, 0, OPF_PURE_UNARY)                                                             \
    X(ext8s, 1, 1, 0, OPF_PURE_UNARY)                                                              \
    X(ext16s, 1, 1, 0, OPF_PURE_UNARY)                                                             \
    X(ext16u, 1, 1, 0, OPF_PURE_UNARY)                                                             \
    X(rotl, 1, 2, 0, OPF_PURE_BINARY) /* rotate count taken mod 64 */                              \
    X(rotr, 1, 2, 0, OPF_PURE_BINARY)                                                              \
    /* Rotates of the low 32 bits, count mod 32; the result is zero-extended. */                   \
    X(rotl32, 1, 2, 0, OPF_PURE_BINARY)                                                            \
    X(rotr32, 1, 2, 0, OPF_PURE_BINARY)                                                            \
    X(clz, 1, 1, 0, OPF_PURE_UNARY)       /* leading zeros; clz(0) = 64 */                         \
    X(ctz, 1, 1, 0, OPF_PURE_UNARY)       /* trailing zeros; ctz(0) = 64 */                        \
    X(ctpop, 1, 1, 0, OPF_PURE_UNARY)     /* bits set */                                           \
    X(bswap64, 1, 1, 0, OPF_PURE_UNARY)   /* byte order reversed */                                \
    X(setcond, 1, 2, 1, 0)                /* d = cond(a, b) ? 1 : 0; carg: cond */                 \
    X(movcond, 1, 4, 1, 0)                /* d = cond(c1, c2) ? v1 : v2; carg: cond */             \
    X(ld_env, 1, 0, 2, 0)                 /* d = *(env + off); cargs: off, memop */                \
    X(st_env, 0, 1, 2, OPF_SIDE_EFFECTS)  /* *(env + off) = v; cargs: off, memop */                \
    X(qemu_ld, 1, 1, 1, OPF_SIDE_EFFECTS) /* guest load; carg: memop | mmu_idx << 8 */             \
    X(qemu_st, 0, 2, 1, OPF_SIDE_EFFECTS) /* guest store of v at a; same carg */                   \
    X(br, 0, 0, 1, OPF_BB_END | OPF_NORETURN)                                                      \
    X(brcond, 0, 2, 2, OPF_BB_END | OPF_COND_BRANCH) /* cargs: cond, label */                      \
    X(set_label, 0, 0, 1, OPF_BB_END)                                                              \
    /* The head of a loop back to the TB's own start; carg: its label. Globals                     \
     * may stay in host registers around the loop (see the backend). */                            \
    X(loop_head, 0, 0, 1, OPF_BB_END)                                                              \
    X(call, 0, 0, 1, OPF_CALL | OPF_SIDE_EFFECTS) /* last carg: TCGHelperInfo* */                  \
    X(insn_start, 0, 0, 1, 0)                     /* carg: guest pc */                             \
    X(tb_start, 0, 0, 1, 0)                       /* carg: guest instructions in the TB */         \
    X(goto_tb, 0, 0, 1, OPF_SIDE_EFFECTS)         /* carg: exit index */                           \
    /* if cond(a, b): leave through exit n to guest pc target, writing back only */                \
    /* on that path; else fall through. cargs: cond, n, target */                                  \
    X(brcond_exit, 0, 2, 3, OPF_SIDE_EFFECTS)                                                      \
    X(exit_tb, 0, 0, 1, OPF_BB_END | OPF_NORETURN) /* carg: TB_EXIT_* value */                     \
    X(lookup_tb, 1, 1, 1, 0) /* d = code of the TB at pc a in the jump cache, or the return-0      \
                                stub; carg: the flags it must have */                              \
    X(goto_ptr, 0, 1, 0, OPF_BB_END | OPF_NORETURN)                                                \
    /* Floating point on slots of the CPU state (see "Floating point" below); cargs start with     \
     * the format, TCG_FP_D or TCG_FP_S, then slot offsets. */                                     \
    X(fadd, 0, 0, 4, OPF_SIDE_EFFECTS)  /* cargs: fmt, d, a, b: [d] = [a] + [b] */                 \
    X(fsub, 0, 0, 4, OPF_SIDE_EFFECTS)  /* [d] = [a] - [b] */                                      \
    X(fmul, 0, 0, 4, OPF_SIDE_EFFECTS)  /* [d] = [a] * [b] */                                      \
    X(fdiv, 0, 0, 4, OPF_SIDE_EFFECTS)  /* [d] = [a] / [b] */                                      \
    X(fsqrt, 0, 0, 3, OPF_SIDE_EFFECTS) /* cargs: fmt, d, a */                                     \
    /* cargs: fmt, neg, d, a, b, c: [d] = ([a] * [b]) + [c], one rounding, the product and the     \
     * addend negated by the TCG_FMA_NEG_* bits of neg */                                          \
    X(fmadd, 0, 0, 6, OPF_SIDE_EFFECTS)                                                            \
    /* cargs: fmt, cond, a, b: d = [a] cond [b] (1 or 0), cond TCG_COND_EQ (quiet: invalid only    \
     * for a signalling NaN), TCG_COND_LT or TCG_COND_LE (invalid for any NaN) */                  \
    X(fcmp, 1, 0, 4, OPF_SIDE_EFFECTS)

/* Floating point. The fadd..fcmp ops compute IEEE 754 binary64 (TCG_FP_D) or
 * binary32 (TCG_FP_S) operations in round-to-nearest-even on 8-byte slots
 * of the CPU state named by their offsets (a guest's FP registers), and:
 *  - a single is NaN-boxed: the low 32 bits of a slot whose bits 63:32 are
 *    all ones; any other slot reads as the default NaN. A single result is
 *    written boxed.
 *  - a NaN result is the default NaN: positive, quiet, payload zero
 *    (0x7ff8000000000000, 0x7fc00000), whatever the operands' NaNs were.
 *  - the five IEEE exception flags an op raises are ORed into the guest's
 *    flag word, TCGEnvLayout.fp_flags_off, as fp_flags_map_off translates
 *    them; fmadd raises invalid for infinity times zero even when the
 *    addend is a quiet NaN.
 * A backend may lack them: the front end asks tcg_backend_supports(). */
enum { TCG_FP_D = 0, TCG_FP_S = 1 };
#define TCG_FMA_NEG_PRODUCT 1
#define TCG_FMA_NEG_ADDEND 2

typedef enum {
#define IR_ENUM(name, o, i, c, f) INDEX_op_##name,
    IR_OPS(IR_ENUM)
#undef IR_ENUM
        NB_IR_OPS
} TCGOpcode;

typedef struct TCGOpDef {
    const char *name;
    uint8_t nb_oargs, nb_iargs, nb_cargs;
    unsigned flags;
} TCGOpDef;
extern const TCGOpDef tcg_op_defs[NB_IR_OPS];

/* Conditions: the encoding is chosen so that cond ^ 1 inverts. */
typedef enum {
    TCG_COND_EQ = 0,
    TCG_COND_NE = 1,
    TCG_COND_LT = 2,
    TCG_COND_GE = 3,
    TCG_COND_LTU = 4,
    TCG_COND_GEU = 5,
    TCG_COND_LE = 6,
    TCG_COND_GT = 7,
    TCG_COND_LEU = 8,
    TCG_COND_GTU = 9,
} TCGCond;
static inline TCGCond tcg_invert_cond(TCGCond c)
{
    return (TCGCond)(c ^ 1);
}
TCGCond tcg_swap_cond(TCGCond c); /* cond(a, b) == swap(cond)(b, a) */
bool tcg_eval_cond(TCGCond c, uint64_t a, uint64_t b);
extern const char *const tcg_cond_names[];

/* Memory operation descriptor (qemu_ld/st, ld_env/st_env). */
#define MO_SIZE 0x3 /* log2 of the access size */
#define MO_8 0
#define MO_16 1
#define MO_32 2
#define MO_64 3
#define MO_SIGN 0x4
#define MO_ALIGN 0x8 /* misaligned access raises instead of being performed */
#define MEMOP_MMU_SHIFT 8

/* TB exit values in the low bits of exit_tb's result. */
enum {
    TB_EXIT_NONE = -1, /* exit_tb(TB_EXIT_NONE) returns 0: nothing to chain */
    TB_EXIT_IDX0 = 0,
    TB_EXIT_IDX1 = 1,
    TB_MAX_EXITS = 6, /* goto_tb / brcond_exit indexes 0..5 */
    TB_EXIT_REQUESTED = 7,
    TB_EXIT_MASK = 7
};

/* Helper flags: what a call may touch, so globals can stay in registers. */
#define TCG_CALL_NO_READ_GLOBALS (1u << 0)  /* needs no global synced to memory */
#define TCG_CALL_NO_WRITE_GLOBALS (1u << 1) /* changes no global */
#define TCG_CALL_NO_SIDE_EFFECTS (1u << 2)  /* removable when the result is unused */
#define TCG_CALL_NO_RWG (TCG_CALL_NO_READ_GLOBALS | TCG_CALL_NO_WRITE_GLOBALS)

typedef struct TCGHelperInfo {
    const char *name;
    void *func;
    uint8_t nb_args; /* integer arguments after the implicit env, at most 5 */
    bool has_ret;    /* returns a 64-bit value */
    unsigned flags;
} TCGHelperInfo;

typedef enum { TEMP_GLOBAL, TEMP_LOCAL, TEMP_NORMAL, TEMP_CONST } TCGTempKind;
typedef enum { VAL_DEAD, VAL_REG, VAL_MEM, VAL_CONST } TCGValType;

typedef struct TCGTemp {
    TCGTempKind kind;
    int64_t val;      /* CONST */
    int mem_offset;   /* GLOBAL: offset from env; LOCAL/NORMAL: frame slot, -1 = none yet */
    const char *name; /* GLOBAL */
    /* register allocator */
    TCGValType val_type;
    int8_t reg;
    int8_t hint_reg;   /* preferred register for new values, -1: none */
    bool mem_coherent; /* the memory home holds the current value */
} TCGTemp;

typedef int TCGv; /* index of a temp */

#define MAX_OP_ARGS 10
typedef struct TCGOp {
    TCGOpcode opc;
    uint8_t nb_oargs, nb_iargs; /* for call, from the helper; else from the def */
    uint16_t dead_args;         /* liveness: bit i = input arg i dies here */
    uint8_t dead_outputs;       /* liveness: bit i = output i is never read */
    uint32_t insn_index;        /* guest instruction this op belongs to */
    int64_t args[MAX_OP_ARGS];  /* outputs, inputs, then constant args */
} TCGOp;

#define MAX_TEMPS 1024
#define MAX_OPS 4096
#define MAX_LABELS 256
#define MAX_GLOBALS 64

typedef struct TCGLabel {
    uint8_t *addr; /* host address once emitted (writable view) */
    int nrefs;
    uint8_t *refs[16]; /* rel32 fields waiting for the address */
} TCGLabel;

struct TCGBackendState;

typedef struct TCGContext {
    TCGTemp temps[MAX_TEMPS];
    int nb_globals, nb_temps;
    TCGOp ops[MAX_OPS];
    int nb_ops;
    TCGLabel labels[MAX_LABELS];
    int nb_labels;
    uint32_t cur_insn; /* insn_index stamped on emitted ops */
    uint32_t nb_insns; /* insn_start ops emitted so far */
    bool overflow;     /* too many ops/temps/labels: the TB must be cut shorter */
    int frame_slots_used;
} TCGContext;

/* Context lifetime. Globals are registered once; tcg_func_start() clears
 * everything but them before each TB. */
void tcg_context_init(TCGContext *s);
TCGv tcg_global_mem_new(TCGContext *s, int offset, const char *name);
void tcg_func_start(TCGContext *s);

TCGv tcg_temp_new(TCGContext *s);
TCGv tcg_temp_local_new(TCGContext *s);
TCGv tcg_constant(TCGContext *s, int64_t val);
int tcg_label_new(TCGContext *s);

TCGOp *tcg_emit_op(TCGContext *s, TCGOpcode opc, int nargs, const int64_t *args);

/* Emitters. */
void tcg_gen_mov(TCGContext *s, TCGv d, TCGv a);
void tcg_gen_movi(TCGContext *s, TCGv d, int64_t v);
void tcg_gen_binop(TCGContext *s, TCGOpcode opc, TCGv d, TCGv a, TCGv b);
void tcg_gen_unop(TCGContext *s, TCGOpcode opc, TCGv d, TCGv a);
void tcg_gen_setcond(TCGContext *s, TCGCond c, TCGv d, TCGv a, TCGv b);
void tcg_gen_movcond(TCGContext *s, TCGCond c, TCGv d, TCGv c1, TCGv c2, TCGv v1, TCGv v2);
void tcg_gen_ld_env(TCGContext *s, TCGv d, int offset, unsigned memop);
void tcg_gen_st_env(TCGContext *s, TCGv v, int offset, unsigned memop);
void tcg_gen_qemu_ld(TCGContext *s, TCGv d, TCGv addr, unsigned memop, int mmu_idx);
void tcg_gen_qemu_st(TCGContext *s, TCGv v, TCGv addr, unsigned memop, int mmu_idx);
void tcg_gen_br(TCGContext *s, int label);
void tcg_gen_brcond(TCGContext *s, TCGCond c, TCGv a, TCGv b, int label);
void tcg_gen_set_label(TCGContext *s, int label);
/* Turns a placeholder nop (from tcg_gen_placeholder) into loop_head. */
int tcg_gen_placeholder(TCGContext *s);
void tcg_set_loop_head(TCGContext *s, int placeholder, int label);
/* ret may be -1 when the helper returns nothing or the result is unused. */
void tcg_gen_call(TCGContext *s, const TCGHelperInfo *h, TCGv ret, int nargs, const TCGv *args);
void tcg_gen_insn_start(TCGContext *s, uint64_t pc);
TCGOp *tcg_gen_tb_start(TCGContext *s);
void tcg_gen_goto_tb(TCGContext *s, int idx);
void tcg_gen_brcond_exit(TCGContext *s, TCGCond c, TCGv a, TCGv b, int idx, uint64_t target);
void tcg_gen_exit_tb(TCGContext *s, int value);
void tcg_gen_goto_ptr(TCGContext *s, TCGv ptr);
void tcg_gen_lookup_tb(TCGContext *s, TCGv code, TCGv pc, uint32_t flags);
/* opc is fadd, fsub, fmul or fdiv. */
void tcg_gen_fp_binop(TCGContext *s, TCGOpcode opc, int fmt, int d, int a, int b);
void tcg_gen_fsqrt(TCGContext *s, int fmt, int d, int a);
void tcg_gen_fmadd(TCGContext *s, int fmt, unsigned neg, int d, int a, int b, int c);
void tcg_gen_fcmp(TCGContext *s, int fmt, TCGCond cond, TCGv d, int a, int b);

/* Passes. */
void tcg_optimize(TCGContext *s);
void tcg_liveness(TCGContext *s);
void tcg_dump_ops(TCGContext *s, const char *title);

static inline const TCGOpDef *tcg_op_def(const TCGOp *op)
{
    return &tcg_op_defs[op->opc];
}
static inline TCGHelperInfo *tcg_op_helper(const TCGOp *op)
{
    return (TCGHelperInfo *)(uintptr_t)op->args[op->nb_oargs + op->nb_iargs];
}

/* Evaluates a pure op on constants (the optimizer, and tests against the
 * backend). */
uint64_t tcg_fold_binary(TCGOpcode opc, uint64_t a, uint64_t b);
uint64_t tcg_fold_unary(TCGOpcode opc, uint64_t a);

#endif
