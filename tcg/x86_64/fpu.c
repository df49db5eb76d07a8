/* The floating-point ops (fadd..fcmp, see tcg/ir.h) on SSE and FMA.
 *
 * Each op is the one SSE/FMA instruction that is the IEEE operation in
 * round-to-nearest-even, which x86 and the IR define alike, results and
 * flags (docs/fpu.md has the argument), plus what the IR adds:
 *  - a NaN result becomes the default NaN: `ucomisd r, r` after the
 *    operation (it raises nothing on a quiet NaN; denormal, which it may
 *    raise, has no guest counterpart) and a `jp` to an out-of-line fix-up;
 *  - a single operand whose slot is not NaN-boxed is replaced by the
 *    default NaN (a compare of the slot's high word and an out-of-line
 *    fix-up), and a single result keeps the box of its first operand;
 *  - fmadd of infinity by zero raises invalid even with a quiet-NaN
 *    addend, which x86 does not: its result is a NaN, so the NaN fix-up
 *    looks for that case.
 *
 * The exception flags. MXCSR's flags are sticky, like the guest's, and
 * MXCSR is not loaded per op: loading it serializes (about 20 ns here)
 * while reading it is nearly free. Inline ops leave their flags in MXCSR,
 * and the backend "folds" them: before anything that may run host code or
 * leave the basic block (a call, a slow path, a branch, a label, an exit),
 * it reads MXCSR and ORs the guest flags its bits map to
 * (TCGEnvLayout.fp_flags_map_off) into the guest's flag word. That is exact
 * only if MXCSR held no flag the guest lacks when the ops started: host
 * code may have raised one, and the guest may have cleared its flags. So
 * before the first inline op after host code may have run (at TB start,
 * after a call, at a label), a "check" reads MXCSR and, if it holds a
 * mapped flag the guest's word lacks or its control bits are not the
 * default (all exceptions masked, round to nearest, no DAZ or FTZ), loads
 * the default with no flags, out of line. Then, at a fold, MXCSR holds the
 * flags of the ops since the check plus flags the guest already has: ORing
 * them in gives exactly the accrued value. A slow path folds before its
 * call and checks after it, so the ops after it need no check of their own.
 *
 * XMM registers. The guest's FP registers are slots of the CPU state, not
 * IR temps; xmm2..xmm15 cache them within a basic block, write-through
 * (every result is also stored), so memory is always current: nothing is
 * written back anywhere, a fault sees the right state, and a cache entry is
 * only dropped (at a label, after a call, when st_env overwrites the slot)
 * or reloaded from memory (after a slow path's call, which clobbers them).
 * xmm0 and xmm1 are scratch within one op.
 */
#include <string.h>

#include "tcg/x86_64/internal.h"

#define XMM_CACHE_FIRST 2
#define XMM_SCRATCH0 0
#define XMM_SCRATCH1 1

/* Default MXCSR: all exceptions masked, round to nearest, DAZ/FTZ off. */
#define MXCSR_DEFAULT 0x1f80
#define MXCSR_FLAGS 0x3f
#define MXCSR_IE 1

#define DEFAULT_NAN_D 0x7ff8000000000000ull
#define DEFAULT_NAN_S 0x7fc00000u

void fp_start(Backend *b)
{
    b->fp_checked = false;
    b->fp_pending = false;
    memset(b->xmm, 0, sizeof(b->xmm));
    b->fp_clock = 0;
    b->nb_fp_fix = 0;
}

static void cache_forget(Backend *b)
{
    for (int x = 0; x < 16; x++) b->xmm[x].valid = false;
}

static FpFixup *new_fixup(Backend *b, FpFixKind kind)
{
    if (b->nb_fp_fix == MAX_FP_FIXUPS) {
        b->failed = true;
        static FpFixup dummy;
        return &dummy;
    }
    FpFixup *f = &b->fp_fix[b->nb_fp_fix++];
    memset(f, 0, sizeof(*f));
    f->kind = kind;
    return f;
}

/* ---- MXCSR -------------------------------------------------------------- */

/* scratch = the guest flags MXCSR's flag bits map to. */
static void mapped_flags(Backend *b, X86Reg scratch)
{
    X86Asm *a = &b->a;
    x86_stmxcsr(a, X86_RSP, FP_SCRATCH_OFF);
    x86_load(a, 1, false, scratch, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF);
    x86_alu_ri(a, X86_AND, false, scratch, MXCSR_FLAGS);
    x86_load(a, 1, false, scratch, ENV_REG, scratch, 1, tcg_env.fp_flags_map_off);
}

void fp_emit_fold(Backend *b, X86Reg scratch)
{
    mapped_flags(b, scratch);
    x86_alu_mr(&b->a, X86_OR, false, ENV_REG, X86_NOREG, 1, tcg_env.fp_flags_off, scratch);
}

/* Branches to `clear` (two rel32 fields) unless MXCSR's mapped flags are
 * all in the guest's and its control bits are the default. */
static void emit_check(Backend *b, X86Reg scratch, uint8_t *clear[2])
{
    X86Asm *a = &b->a;
    mapped_flags(b, scratch);
    x86_alu_rm(a, X86_OR, false, scratch, ENV_REG, X86_NOREG, 1, tcg_env.fp_flags_off);
    x86_alu_rm(a, X86_CMP, false, scratch, ENV_REG, X86_NOREG, 1, tcg_env.fp_flags_off);
    clear[0] = x86_jcc32(a, X86_CC_NE);
    x86_load(a, 4, false, scratch, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF);
    x86_alu_ri(a, X86_AND, false, scratch, ~MXCSR_FLAGS);
    x86_alu_ri(a, X86_CMP, false, scratch, MXCSR_DEFAULT);
    clear[1] = x86_jcc32(a, X86_CC_NE);
}

static void emit_mxcsr_default(Backend *b)
{
    x86_store_imm(&b->a, 4, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF, MXCSR_DEFAULT);
    x86_ldmxcsr(&b->a, X86_RSP, FP_SCRATCH_OFF);
}

/* A scratch GPR for this op that stays available to its lowering. */
static X86Reg borrow_gpr(Backend *b)
{
    X86Reg r = ra_scratch(b, ALL_REGS);
    b->locked &= ~REG_BIT(r);
    return r;
}

static void fold_now(Backend *b)
{
    if (!b->fp_pending) return;
    fp_emit_fold(b, borrow_gpr(b));
    b->fp_pending = false;
}

/* Before an inline op: the check, if host code may have run since the last. */
static void ensure_checked(Backend *b)
{
    if (b->fp_checked) return;
    FpFixup *f = new_fixup(b, FIX_MXCSR);
    emit_check(b, borrow_gpr(b), f->branch_field);
    f->ret_w = b->a.ptr;
    b->fp_checked = true;
}

void fp_before_op(Backend *b, const TCGOp *op)
{
    const TCGOpDef *def = tcg_op_def(op);
    if (op->opc == INDEX_op_call || op->opc == INDEX_op_goto_tb || (def->flags & OPF_BB_END))
        fold_now(b);
}

void fp_after_op(Backend *b, const TCGOp *op)
{
    if (op->opc == INDEX_op_call || op->opc == INDEX_op_set_label ||
        op->opc == INDEX_op_loop_head) {
        b->fp_checked = false;
        cache_forget(b);
    }
}

FpSlowState fp_slow_state(Backend *b)
{
    FpSlowState st = {.fold = b->fp_pending || b->fp_checked};
    for (int x = XMM_CACHE_FIRST; x < 16; x++) {
        if (!b->xmm[x].valid) continue;
        st.xmm_mask |= (uint16_t)(1u << x);
        st.xmm_off[x] = b->xmm[x].off;
    }
    return st;
}

void fp_slow_before_call(Backend *b, const FpSlowState *st, X86Reg scratch)
{
    if (st->fold) fp_emit_fold(b, scratch);
}

void fp_slow_after_call(Backend *b, const FpSlowState *st, X86Reg scratch)
{
    X86Asm *a = &b->a;
    if (st->fold) {
        uint8_t *clear[2];
        emit_check(b, scratch, clear);
        uint8_t *done = x86_jmp32(a);
        x86_patch_rel32(a, clear[0], a->ptr);
        x86_patch_rel32(a, clear[1], a->ptr);
        emit_mxcsr_default(b);
        x86_patch_rel32(a, done, a->ptr);
    }
    for (int x = XMM_CACHE_FIRST; x < 16; x++)
        if (st->xmm_mask & (1u << x)) x86_movs_load(a, true, x, ENV_REG, st->xmm_off[x]);
}

/* ---- The XMM cache -------------------------------------------------------- */

static int cache_find(Backend *b, int32_t off)
{
    for (int x = XMM_CACHE_FIRST; x < 16; x++)
        if (b->xmm[x].valid && b->xmm[x].off == off) return x;
    return -1;
}

static void cache_touch(Backend *b, int x)
{
    b->xmm[x].last_use = ++b->fp_clock;
}

/* A cache register for a new value: a free one, else the least recently
 * used one outside `busy` (write-through: nothing to save). */
static int cache_alloc(Backend *b, unsigned busy)
{
    int best = -1;
    for (int x = XMM_CACHE_FIRST; x < 16; x++) {
        if (busy & (1u << x)) continue;
        if (!b->xmm[x].valid) return x;
        if (best < 0 || b->xmm[x].last_use < b->xmm[best].last_use) best = x;
    }
    b->xmm[best].valid = false;
    return best;
}

/* The register holding slot off, loaded from the CPU state if need be. */
static int operand(Backend *b, int32_t off, unsigned *busy)
{
    int x = cache_find(b, off);
    if (x < 0) {
        x = cache_alloc(b, *busy);
        x86_movs_load(&b->a, true, x, ENV_REG, off);
        b->xmm[x] = (FpCacheEntry){.valid = true, .boxed = false, .off = off};
    }
    cache_touch(b, x);
    *busy |= 1u << x;
    return x;
}

void fp_note_st_env(Backend *b, int32_t off, unsigned size)
{
    for (int x = XMM_CACHE_FIRST; x < 16; x++)
        if (b->xmm[x].valid && b->xmm[x].off < off + (int32_t)size && off < b->xmm[x].off + 8)
            b->xmm[x].valid = false;
}

bool fp_lower_ld_env(Backend *b, const TCGOp *op)
{
    if (op->args[2] != MO_64) return false;
    int x = cache_find(b, (int32_t)op->args[1]);
    if (x < 0) return false;
    cache_touch(b, x);
    X86Reg rd = ra_output(b, op->args[0], ALL_REGS, X86_NOREG);
    x86_movq_from_xmm(&b->a, true, rd, x);
    return true;
}

/* ---- The ops -------------------------------------------------------------- */

/* For a single: unless register x (a copy of slot off) is known to be
 * boxed, a check of the slot's high word that replaces x by the default
 * NaN. */
static void unbox(Backend *b, int x, int32_t off, bool known_boxed)
{
    if (known_boxed) return;
    x86_alu_mi(&b->a, X86_CMP, false, ENV_REG, X86_NOREG, 1, off + 4, -1);
    FpFixup *f = new_fixup(b, FIX_UNBOXED);
    f->xmm = x;
    f->branch_field[0] = x86_jcc32(&b->a, X86_CC_NE);
    f->ret_w = b->a.ptr;
}

/* A single operand as the op may read it: x itself when it is known to be
 * boxed (or for a double), else a copy in `scratch` checked by unbox(). */
static int read_operand(Backend *b, bool single, int x, int32_t off, int scratch)
{
    if (!single || b->xmm[x].boxed) return x;
    x86_movapd(&b->a, scratch, x);
    unbox(b, scratch, off, false);
    return scratch;
}

/* After the operation into register xd: the NaN fix-up, the store, and xd
 * becomes the cache entry of slot d. */
static void finish(Backend *b, bool single, int xd, int32_t d, FpFixup *nan)
{
    X86Asm *a = &b->a;
    x86_ucomis(a, !single, xd, xd);
    nan->single = single;
    nan->xmm = xd;
    nan->off = d;
    nan->branch_field[0] = x86_jcc32(a, X86_CC_P);
    nan->ret_w = a->ptr;
    x86_movs_store(a, true, xd, ENV_REG, d);
    int old = cache_find(b, d);
    if (old >= 0) b->xmm[old].valid = false;
    b->xmm[xd] = (FpCacheEntry){.valid = true, .boxed = single, .off = d};
    cache_touch(b, xd);
    b->fp_pending = true;
}

static void lower_arith(Backend *b, const TCGOp *op)
{
    static const X86SseOp sse[] = {[INDEX_op_fadd] = X86_SSE_ADD,
                                   [INDEX_op_fsub] = X86_SSE_SUB,
                                   [INDEX_op_fmul] = X86_SSE_MUL,
                                   [INDEX_op_fdiv] = X86_SSE_DIV,
                                   [INDEX_op_fsqrt] = X86_SSE_SQRT};
    bool single = op->args[0] == TCG_FP_S, sqrt = op->opc == INDEX_op_fsqrt;
    int32_t d = (int32_t)op->args[1], oa = (int32_t)op->args[2];
    int32_t ob = sqrt ? oa : (int32_t)op->args[3];
    unsigned busy = 0;
    int xa = operand(b, oa, &busy);
    bool a_boxed = b->xmm[xa].boxed;
    int xb = sqrt ? xa : operand(b, ob, &busy);
    int src = sqrt ? -1 : read_operand(b, single, xb, ob, XMM_SCRATCH1);
    /* The result goes to a fresh register holding a copy of the first
     * operand: the copy gives a single result its box. */
    int xd = cache_alloc(b, busy);
    x86_movapd(&b->a, xd, xa);
    if (single) unbox(b, xd, oa, a_boxed);
    x86_sse_rr(&b->a, sse[op->opc], !single, xd, sqrt ? xd : src);
    finish(b, single, xd, d, new_fixup(b, FIX_NAN));
}

static void lower_fmadd(Backend *b, const TCGOp *op)
{
    static const X86FmaOp fma[4] = {
        [0] = X86_VFMADD231,
        [TCG_FMA_NEG_ADDEND] = X86_VFMSUB231,
        [TCG_FMA_NEG_PRODUCT] = X86_VFNMADD231,
        [TCG_FMA_NEG_PRODUCT | TCG_FMA_NEG_ADDEND] = X86_VFNMSUB231,
    };
    bool single = op->args[0] == TCG_FP_S;
    unsigned neg = (unsigned)op->args[1] & 3;
    int32_t d = (int32_t)op->args[2], oa = (int32_t)op->args[3], ob = (int32_t)op->args[4];
    int32_t oc = (int32_t)op->args[5];
    unsigned busy = 0;
    int xa = operand(b, oa, &busy), xb = operand(b, ob, &busy), xc = operand(b, oc, &busy);
    int sa = read_operand(b, single, xa, oa, XMM_SCRATCH0);
    int sb = read_operand(b, single, xb, ob, XMM_SCRATCH1);
    /* The addend is the destination of the 231 form, in a fresh register. */
    bool c_boxed = b->xmm[xc].boxed;
    int xd = cache_alloc(b, busy);
    x86_movapd(&b->a, xd, xc);
    if (single) unbox(b, xd, oc, c_boxed);
    x86_vfma231(&b->a, fma[neg], !single, xd, sa, sb);
    FpFixup *nan = new_fixup(b, FIX_NAN_FMA);
    nan->a_off = oa;
    nan->b_off = ob;
    finish(b, single, xd, d, nan);
}

static void lower_fcmp(Backend *b, const TCGOp *op)
{
    bool single = op->args[1] == TCG_FP_S;
    TCGCond cond = (TCGCond)op->args[2];
    int32_t oa = (int32_t)op->args[3], ob = (int32_t)op->args[4];
    unsigned busy = 0;
    int xa = operand(b, oa, &busy), xb = operand(b, ob, &busy);
    int sb = read_operand(b, single, xb, ob, XMM_SCRATCH1);
    bool a_boxed = b->xmm[xa].boxed;
    x86_movapd(&b->a, XMM_SCRATCH0, xa);
    if (single) unbox(b, XMM_SCRATCH0, oa, a_boxed);
    X86CmpPred pred = cond == TCG_COND_EQ   ? X86_CMP_EQ
                      : cond == TCG_COND_LT ? X86_CMP_LT
                                            : X86_CMP_LE;
    x86_cmps(&b->a, !single, XMM_SCRATCH0, sb, pred);
    X86Reg rd = ra_output(b, op->args[0], ALL_REGS, X86_NOREG);
    x86_movq_from_xmm(&b->a, false, rd, XMM_SCRATCH0);
    x86_alu_ri(&b->a, X86_AND, false, rd, 1);
    b->fp_pending = true;
}

void lower_fp(Backend *b, const TCGOp *op)
{
    ensure_checked(b);
    switch (op->opc) {
    case INDEX_op_fmadd: lower_fmadd(b, op); break;
    case INDEX_op_fcmp: lower_fcmp(b, op); break;
    default: lower_arith(b, op); break;
    }
}

/* ---- Out of line ------------------------------------------------------------ */

static void emit_fixup(Backend *b, const FpFixup *f)
{
    X86Asm *a = &b->a;
    for (int i = 0; i < 2; i++) x86_patch_rel32(a, f->branch_field[i], a->ptr);
    switch (f->kind) {
    case FIX_MXCSR: emit_mxcsr_default(b); break;
    case FIX_UNBOXED:
        x86_store_imm(a, 4, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF + 8, (int32_t)DEFAULT_NAN_S);
        x86_store_imm(a, 4, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF + 12, -1);
        x86_movs_load(a, true, f->xmm, X86_RSP, FP_SCRATCH_OFF + 8);
        break;
    case FIX_NAN_FMA: {
        /* Infinity times zero: (|a| = 0 or |b| = 0) and (|a| | |b|) =
         * infinity, on the magnitudes shifted up by one (a single that is
         * not boxed is a NaN: neither). */
        bool w64 = !f->single;
        uint8_t *skip[4] = {0};
        int ns = 0;
        x86_store(a, 8, X86_RAX, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF + 8);
        x86_store(a, 8, X86_RCX, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF + 16);
        if (f->single) {
            x86_alu_mi(a, X86_CMP, false, ENV_REG, X86_NOREG, 1, f->a_off + 4, -1);
            skip[ns++] = x86_jcc32(a, X86_CC_NE);
            x86_alu_mi(a, X86_CMP, false, ENV_REG, X86_NOREG, 1, f->b_off + 4, -1);
            skip[ns++] = x86_jcc32(a, X86_CC_NE);
        }
        x86_load(a, w64 ? 8 : 4, false, X86_RAX, ENV_REG, X86_NOREG, 1, f->a_off);
        x86_load(a, w64 ? 8 : 4, false, X86_RCX, ENV_REG, X86_NOREG, 1, f->b_off);
        x86_alu_rr(a, X86_ADD, w64, X86_RAX, X86_RAX);
        x86_alu_rr(a, X86_ADD, w64, X86_RCX, X86_RCX);
        x86_test_rr(a, w64, X86_RAX, X86_RAX);
        uint8_t *a_zero = x86_jcc32(a, X86_CC_E);
        x86_test_rr(a, w64, X86_RCX, X86_RCX);
        skip[ns++] = x86_jcc32(a, X86_CC_NE);
        x86_patch_rel32(a, a_zero, a->ptr);
        x86_alu_rr(a, X86_OR, w64, X86_RAX, X86_RCX);
        x86_mov_ri64(a, X86_RCX, w64 ? 0xffe0000000000000ull : 0xff000000u);
        x86_alu_rr(a, X86_CMP, w64, X86_RAX, X86_RCX);
        skip[ns++] = x86_jcc32(a, X86_CC_NE);
        /* The guest flags of "invalid" alone. */
        x86_load(a, 1, false, X86_RAX, ENV_REG, X86_NOREG, 1, tcg_env.fp_flags_map_off + MXCSR_IE);
        x86_alu_mr(a, X86_OR, false, ENV_REG, X86_NOREG, 1, tcg_env.fp_flags_off, X86_RAX);
        for (int i = 0; i < ns; i++) x86_patch_rel32(a, skip[i], a->ptr);
        x86_load(a, 8, false, X86_RAX, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF + 8);
        x86_load(a, 8, false, X86_RCX, X86_RSP, X86_NOREG, 1, FP_SCRATCH_OFF + 16);
    }
        /* fall through */
    case FIX_NAN: {
        uint64_t nan = f->single ? 0xffffffff00000000ull | DEFAULT_NAN_S : DEFAULT_NAN_D;
        x86_store_imm(a, 4, ENV_REG, X86_NOREG, 1, f->off, (int32_t)(uint32_t)nan);
        x86_store_imm(a, 4, ENV_REG, X86_NOREG, 1, f->off + 4, (int32_t)(uint32_t)(nan >> 32));
        x86_movs_load(a, true, f->xmm, ENV_REG, f->off);
        break;
    }
    }
    x86_jmp_to(a, f->ret_w);
}

void emit_fp_fixups(Backend *b)
{
    for (int i = 0; i < b->nb_fp_fix && !b->a.overflow; i++) emit_fixup(b, &b->fp_fix[i]);
}
