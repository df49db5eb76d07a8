/* IR construction: temporaries, labels, ops, and constant evaluation. */
#include "tcg/ir.h"

#include <string.h>

#include "util/log.h"

const TCGOpDef tcg_op_defs[NB_IR_OPS] = {
#define IR_DEF(name, o, i, c, f) {#name, o, i, c, f},
    IR_OPS(IR_DEF)
#undef IR_DEF
};

const char *const tcg_cond_names[] = {"eq",  "ne", "lt", "ge",  "ltu",
                                      "geu", "le", "gt", "leu", "gtu"};

TCGCond tcg_swap_cond(TCGCond c)
{
    switch (c) {
    case TCG_COND_EQ:
    case TCG_COND_NE: return c;
    case TCG_COND_LT: return TCG_COND_GT;
    case TCG_COND_GE: return TCG_COND_LE;
    case TCG_COND_LE: return TCG_COND_GE;
    case TCG_COND_GT: return TCG_COND_LT;
    case TCG_COND_LTU: return TCG_COND_GTU;
    case TCG_COND_GEU: return TCG_COND_LEU;
    case TCG_COND_LEU: return TCG_COND_GEU;
    case TCG_COND_GTU: return TCG_COND_LTU;
    }
    return c;
}

bool tcg_eval_cond(TCGCond c, uint64_t a, uint64_t b)
{
    switch (c) {
    case TCG_COND_EQ: return a == b;
    case TCG_COND_NE: return a != b;
    case TCG_COND_LT: return (int64_t)a < (int64_t)b;
    case TCG_COND_GE: return (int64_t)a >= (int64_t)b;
    case TCG_COND_LE: return (int64_t)a <= (int64_t)b;
    case TCG_COND_GT: return (int64_t)a > (int64_t)b;
    case TCG_COND_LTU: return a < b;
    case TCG_COND_GEU: return a >= b;
    case TCG_COND_LEU: return a <= b;
    case TCG_COND_GTU: return a > b;
    }
    return false;
}

uint64_t tcg_fold_binary(TCGOpcode opc, uint64_t a, uint64_t b)
{
    switch (opc) {
    case INDEX_op_add: return a + b;
    case INDEX_op_sub: return a - b;
    case INDEX_op_and: return a & b;
    case INDEX_op_or: return a | b;
    case INDEX_op_xor: return a ^ b;
    case INDEX_op_shl: return a << (b & 63);
    case INDEX_op_shr: return a >> (b & 63);
    case INDEX_op_sar: return (uint64_t)((int64_t)a >> (b & 63));
    case INDEX_op_mul: return a * b;
    case INDEX_op_mulsh: return (uint64_t)(((__int128)(int64_t)a * (int64_t)b) >> 64);
    case INDEX_op_muluh: return (uint64_t)(((unsigned __int128)a * b) >> 64);
    case INDEX_op_div:
        if (b == 0) return UINT64_MAX;
        if ((int64_t)a == INT64_MIN && (int64_t)b == -1) return a;
        return (uint64_t)((int64_t)a / (int64_t)b);
    case INDEX_op_divu: return b ? a / b : UINT64_MAX;
    case INDEX_op_rem:
        if (b == 0) return a;
        if ((int64_t)a == INT64_MIN && (int64_t)b == -1) return 0;
        return (uint64_t)((int64_t)a % (int64_t)b);
    case INDEX_op_remu: return b ? a % b : a;
    case INDEX_op_rotl: return (a << (b & 63)) | (a >> ((64 - b) & 63));
    case INDEX_op_rotr: return (a >> (b & 63)) | (a << ((64 - b) & 63));
    case INDEX_op_rotl32: {
        uint32_t x = (uint32_t)a;
        return (uint32_t)((x << (b & 31)) | (x >> ((32 - b) & 31)));
    }
    case INDEX_op_rotr32: {
        uint32_t x = (uint32_t)a;
        return (uint32_t)((x >> (b & 31)) | (x << ((32 - b) & 31)));
    }
    default: fatal("internal error: fold of non-binary op %s", tcg_op_defs[opc].name);
    }
}

uint64_t tcg_fold_unary(TCGOpcode opc, uint64_t a)
{
    switch (opc) {
    case INDEX_op_mov: return a;
    case INDEX_op_neg: return -a;
    case INDEX_op_not: return ~a;
    case INDEX_op_ext32s: return (uint64_t)(int64_t)(int32_t)a;
    case INDEX_op_ext32u: return (uint32_t)a;
    case INDEX_op_ext8s: return (uint64_t)(int64_t)(int8_t)a;
    case INDEX_op_ext16s: return (uint64_t)(int64_t)(int16_t)a;
    case INDEX_op_ext16u: return (uint16_t)a;
    case INDEX_op_clz: return a ? (uint64_t)__builtin_clzll(a) : 64;
    case INDEX_op_ctz: return a ? (uint64_t)__builtin_ctzll(a) : 64;
    case INDEX_op_ctpop: return (uint64_t)__builtin_popcountll(a);
    case INDEX_op_bswap64: return __builtin_bswap64(a);
    default: fatal("internal error: fold of non-unary op %s", tcg_op_defs[opc].name);
    }
}

void tcg_context_init(TCGContext *s)
{
    memset(s, 0, sizeof(*s));
}

static TCGv temp_alloc(TCGContext *s, TCGTempKind kind)
{
    if (s->nb_temps == MAX_TEMPS) {
        s->overflow = true;
        return s->nb_temps - 1; /* keeps indexes valid; the TB is discarded */
    }
    TCGTemp *t = &s->temps[s->nb_temps];
    memset(t, 0, sizeof(*t));
    t->kind = kind;
    t->mem_offset = -1;
    t->reg = -1;
    return s->nb_temps++;
}

TCGv tcg_global_mem_new(TCGContext *s, int offset, const char *name)
{
    if (s->nb_temps != s->nb_globals || s->nb_globals == MAX_GLOBALS)
        fatal("internal error: globals must be registered first");
    TCGv g = temp_alloc(s, TEMP_GLOBAL);
    s->temps[g].mem_offset = offset;
    s->temps[g].name = name;
    s->nb_globals++;
    return g;
}

void tcg_func_start(TCGContext *s)
{
    s->nb_temps = s->nb_globals;
    s->nb_ops = 0;
    s->nb_labels = 0;
    s->cur_insn = 0;
    s->nb_insns = 0;
    s->overflow = false;
    s->frame_slots_used = 0;
}

TCGv tcg_temp_new(TCGContext *s)
{
    return temp_alloc(s, TEMP_NORMAL);
}
TCGv tcg_temp_local_new(TCGContext *s)
{
    return temp_alloc(s, TEMP_LOCAL);
}

TCGv tcg_constant(TCGContext *s, int64_t val)
{
    /* Constants are interned per TB: the optimizer compares them by index. */
    for (int i = s->nb_globals; i < s->nb_temps; i++)
        if (s->temps[i].kind == TEMP_CONST && s->temps[i].val == val) return i;
    TCGv c = temp_alloc(s, TEMP_CONST);
    s->temps[c].val = val;
    return c;
}

int tcg_label_new(TCGContext *s)
{
    if (s->nb_labels == MAX_LABELS) {
        s->overflow = true;
        return 0;
    }
    memset(&s->labels[s->nb_labels], 0, sizeof(TCGLabel));
    return s->nb_labels++;
}

TCGOp *tcg_emit_op(TCGContext *s, TCGOpcode opc, int nargs, const int64_t *args)
{
    static TCGOp scratch;
    if (s->nb_ops == MAX_OPS) {
        s->overflow = true;
        return &scratch;
    }
    TCGOp *op = &s->ops[s->nb_ops++];
    memset(op, 0, sizeof(*op));
    op->opc = opc;
    op->nb_oargs = tcg_op_defs[opc].nb_oargs;
    op->nb_iargs = tcg_op_defs[opc].nb_iargs;
    op->insn_index = s->cur_insn;
    if (nargs) memcpy(op->args, args, nargs * sizeof(int64_t));
    return op;
}

#define EMIT(s, opc, ...)                                                                          \
    do {                                                                                           \
        const int64_t a_[] = {__VA_ARGS__};                                                        \
        tcg_emit_op(s, opc, sizeof(a_) / sizeof(a_[0]), a_);                                       \
    } while (0)

void tcg_gen_mov(TCGContext *s, TCGv d, TCGv a)
{
    if (d != a) EMIT(s, INDEX_op_mov, d, a);
}
void tcg_gen_movi(TCGContext *s, TCGv d, int64_t v)
{
    EMIT(s, INDEX_op_mov, d, tcg_constant(s, v));
}
void tcg_gen_binop(TCGContext *s, TCGOpcode opc, TCGv d, TCGv a, TCGv b)
{
    EMIT(s, opc, d, a, b);
}
void tcg_gen_unop(TCGContext *s, TCGOpcode opc, TCGv d, TCGv a)
{
    EMIT(s, opc, d, a);
}
void tcg_gen_setcond(TCGContext *s, TCGCond c, TCGv d, TCGv a, TCGv b)
{
    EMIT(s, INDEX_op_setcond, d, a, b, c);
}
void tcg_gen_movcond(TCGContext *s, TCGCond c, TCGv d, TCGv c1, TCGv c2, TCGv v1, TCGv v2)
{
    EMIT(s, INDEX_op_movcond, d, c1, c2, v1, v2, c);
}
void tcg_gen_ld_env(TCGContext *s, TCGv d, int offset, unsigned memop)
{
    EMIT(s, INDEX_op_ld_env, d, offset, memop);
}
void tcg_gen_st_env(TCGContext *s, TCGv v, int offset, unsigned memop)
{
    EMIT(s, INDEX_op_st_env, v, offset, memop);
}
void tcg_gen_qemu_ld(TCGContext *s, TCGv d, TCGv addr, unsigned memop, int mmu_idx)
{
    EMIT(s, INDEX_op_qemu_ld, d, addr, memop | (unsigned)mmu_idx << MEMOP_MMU_SHIFT);
}
void tcg_gen_qemu_st(TCGContext *s, TCGv v, TCGv addr, unsigned memop, int mmu_idx)
{
    EMIT(s, INDEX_op_qemu_st, v, addr, memop | (unsigned)mmu_idx << MEMOP_MMU_SHIFT);
}
void tcg_gen_br(TCGContext *s, int label)
{
    EMIT(s, INDEX_op_br, label);
}
void tcg_gen_brcond(TCGContext *s, TCGCond c, TCGv a, TCGv b, int label)
{
    EMIT(s, INDEX_op_brcond, a, b, c, label);
}
void tcg_gen_set_label(TCGContext *s, int label)
{
    EMIT(s, INDEX_op_set_label, label);
}

int tcg_gen_placeholder(TCGContext *s)
{
    tcg_emit_op(s, INDEX_op_nop, 0, NULL);
    return s->nb_ops - 1;
}

void tcg_set_loop_head(TCGContext *s, int placeholder, int label)
{
    TCGOp *op = &s->ops[placeholder];
    op->opc = INDEX_op_loop_head;
    op->nb_oargs = op->nb_iargs = 0;
    op->args[0] = label;
}

void tcg_gen_call(TCGContext *s, const TCGHelperInfo *h, TCGv ret, int nargs, const TCGv *args)
{
    int64_t a[MAX_OP_ARGS];
    int n = 0;
    if (nargs != h->nb_args || nargs > 5) fatal("internal error: helper %s arity", h->name);
    bool has_out = h->has_ret && ret >= 0;
    if (has_out) a[n++] = ret;
    for (int i = 0; i < nargs; i++) a[n++] = args[i];
    a[n++] = (int64_t)(uintptr_t)h;
    TCGOp *op = tcg_emit_op(s, INDEX_op_call, n, a);
    op->nb_oargs = has_out;
    op->nb_iargs = nargs;
}

void tcg_gen_insn_start(TCGContext *s, uint64_t pc)
{
    s->cur_insn = s->nb_insns++;
    EMIT(s, INDEX_op_insn_start, (int64_t)pc);
}

TCGOp *tcg_gen_tb_start(TCGContext *s)
{
    const int64_t a = 0;
    return tcg_emit_op(s, INDEX_op_tb_start, 1, &a);
}

void tcg_gen_goto_tb(TCGContext *s, int idx)
{
    EMIT(s, INDEX_op_goto_tb, idx);
}
void tcg_gen_brcond_exit(TCGContext *s, TCGCond c, TCGv a, TCGv b, int idx, uint64_t target)
{
    EMIT(s, INDEX_op_brcond_exit, a, b, c, idx, (int64_t)target);
}
void tcg_gen_exit_tb(TCGContext *s, int value)
{
    EMIT(s, INDEX_op_exit_tb, value);
}
void tcg_gen_goto_ptr(TCGContext *s, TCGv ptr)
{
    EMIT(s, INDEX_op_goto_ptr, ptr);
}
void tcg_gen_lookup_tb(TCGContext *s, TCGv code, TCGv pc, uint32_t flags)
{
    EMIT(s, INDEX_op_lookup_tb, code, pc, flags);
}

void tcg_gen_fp_binop(TCGContext *s, TCGOpcode opc, int fmt, int d, int a, int b)
{
    EMIT(s, opc, fmt, d, a, b);
}
void tcg_gen_fsqrt(TCGContext *s, int fmt, int d, int a)
{
    EMIT(s, INDEX_op_fsqrt, fmt, d, a);
}
void tcg_gen_fmadd(TCGContext *s, int fmt, unsigned neg, int d, int a, int b, int c)
{
    EMIT(s, INDEX_op_fmadd, fmt, neg, d, a, b, c);
}
void tcg_gen_fcmp(TCGContext *s, int fmt, TCGCond cond, TCGv d, int a, int b)
{
    EMIT(s, INDEX_op_fcmp, d, fmt, cond, a, b);
}
