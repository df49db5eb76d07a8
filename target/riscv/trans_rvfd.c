/* F and D: single- and double-precision floating point.
 *
 * The FP registers are not IR globals: each instruction loads its operands
 * from cpu->fpr[] and stores its result there (ld_env/st_env), so helper
 * calls never have FP state to write back. What needs rounding or raises
 * flags is a helper call (target/riscv/fpu_helper.c); what only moves bits
 * is inline IR: loads and stores, sign injection, fmv and fclass, NaN-boxing
 * included (an improperly boxed single reads as the canonical NaN).
 *
 * Every instruction starts with gen_fp_check() (illegal while mstatus.FS
 * is Off) and, after writing an FP register or possibly raising flags,
 * calls gen_set_fs_dirty().
 *
 * Rounding mode: frm is part of the TB flags (it only changes through a CSR
 * write, which ends the TB), so a dynamic rm (7) is resolved at translation
 * time like a static one: a reserved mode, 5 or 6 static or 5..7 from frm,
 * is an illegal instruction, and the helpers always get the mode itself.
 */
#include "target/riscv/fpu_helper.h"
#include "target/riscv/helper.h"
#include "target/riscv/translate_internal.h"
#include "tcg/backend.h"

#define BOX_S 0xffffffff00000000ll

static int fpr_off(int r)
{
    return ENV_OFF(fpr) + 8 * r;
}

static TCGv fpr_load(DisasContext *c, int r)
{
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_ld_env(c->s, t, fpr_off(r), MO_64);
    return t;
}

/* Writes an FP register and marks the FP state dirty. */
static void fpr_store(DisasContext *c, int r, TCGv v)
{
    tcg_gen_st_env(c->s, v, fpr_off(r), MO_64);
    gen_set_fs_dirty(c);
}

/* A single operand: the register if properly NaN-boxed (bits 63:32 all
 * ones), else the canonical NaN, boxed; so bits 63:32 are ones either way. */
static TCGv fpr_load_s(DisasContext *c, int r)
{
    TCGv t = fpr_load(c, r);
    tcg_gen_movcond(c->s, TCG_COND_GEU, t, t, cst(c, BOX_S), t, cst(c, BOX_S | CANONICAL_NAN_S));
    return t;
}

/* The rm argument of a rounding helper, or -1 after raising illegal
 * instruction for a reserved static rm. */
static int64_t gen_rm(DisasContext *c, Insn d)
{
    int rm = (d->raw >> 12) & 7;
    if (rm == 5 || rm == 6) {
        gen_exception(c, EXCP_ILLEGAL_INSN, cst(c, d->raw));
        return -1;
    }
    if (rm == RM_DYN) {
        rm = (int)((c->flags & TB_FLAGS_FRM_MASK) >> TB_FLAGS_FRM_SHIFT);
        if (rm > 4) {
            gen_exception(c, EXCP_ILLEGAL_INSN, cst(c, d->raw));
            return -1;
        }
    }
    return rm;
}

/* Calls h with args; the result goes to FP register rd (fp) or integer
 * register rd. Any helper may raise flags: the FP state becomes dirty. */
static void gen_helper_to(DisasContext *c, const TCGHelperInfo *h, int n, TCGv *args, int rd,
                          bool fp)
{
    TCGv r = tcg_temp_new(c->s);
    tcg_gen_call(c->s, h, r, n, args);
    if (fp)
        tcg_gen_st_env(c->s, r, fpr_off(rd), MO_64);
    else
        tcg_gen_mov(c->s, dest_gpr(c, rd), r);
    gen_set_fs_dirty(c);
}

/* RNE arithmetic runs inline (tcg/ir.h's FP ops, whose results and flags
 * are the RISC-V ones: the default NaN is the canonical NaN, and singles
 * are NaN-boxed alike) unless RIVET_FPU asks for the helpers. */
static bool fp_inline(int64_t rm, TCGOpcode opc)
{
    return rm == RM_RNE && fpu_inline && tcg_backend_supports(opc);
}

static int fp_fmt(bool single)
{
    return single ? TCG_FP_S : TCG_FP_D;
}

/* ---- Loads and stores ------------------------------------------------------ */

static TCGv gen_fp_addr(DisasContext *c, Insn d)
{
    if (d->imm == 0) return get_gpr(c, d->rs1);
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_binop(c->s, INDEX_op_add, t, get_gpr(c, d->rs1), cst(c, d->imm));
    return t;
}

void trans_flw(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_qemu_ld(c->s, t, gen_fp_addr(c, d), MO_32, c->mmu_idx);
    tcg_gen_binop(c->s, INDEX_op_or, t, t, cst(c, BOX_S));
    fpr_store(c, d->rd, t);
}

void trans_fld(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_qemu_ld(c->s, t, gen_fp_addr(c, d), MO_64, c->mmu_idx);
    fpr_store(c, d->rd, t);
}

/* fsw stores the low 32 bits as they are, boxed or not. */
void trans_fsw(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv addr = gen_fp_addr(c, d);
    tcg_gen_qemu_st(c->s, fpr_load(c, d->rs2), addr, MO_32, c->mmu_idx);
}

void trans_fsd(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv addr = gen_fp_addr(c, d);
    tcg_gen_qemu_st(c->s, fpr_load(c, d->rs2), addr, MO_64, c->mmu_idx);
}

/* ---- Arithmetic: helpers ---------------------------------------------------- */

static void gen_fp_binop(DisasContext *c, Insn d, const TCGHelperInfo *h, TCGOpcode opc,
                         bool single)
{
    if (!gen_fp_check(c, d)) return;
    int64_t rm = gen_rm(c, d);
    if (rm < 0) return;
    if (fp_inline(rm, opc)) {
        tcg_gen_fp_binop(c->s, opc, fp_fmt(single), fpr_off(d->rd), fpr_off(d->rs1),
                         fpr_off(d->rs2));
        gen_set_fs_dirty(c);
        return;
    }
    /* Unboxing happens in the helper, which must look at the bits anyway. */
    TCGv args[3] = {fpr_load(c, d->rs1), fpr_load(c, d->rs2), cst(c, rm)};
    gen_helper_to(c, h, 3, args, d->rd, true);
}

#define TRANS_FP_BINOP(name)                                                                       \
    void trans_##name##_s(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fp_binop(c, d, &helper_info_##name##_s, INDEX_op_##name, true);                        \
    }                                                                                              \
    void trans_##name##_d(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fp_binop(c, d, &helper_info_##name##_d, INDEX_op_##name, false);                       \
    }
TRANS_FP_BINOP(fadd)
TRANS_FP_BINOP(fsub)
TRANS_FP_BINOP(fmul)
TRANS_FP_BINOP(fdiv)

static void gen_fp_unop_rm(DisasContext *c, Insn d, const TCGHelperInfo *h)
{
    if (!gen_fp_check(c, d)) return;
    int64_t rm = gen_rm(c, d);
    if (rm < 0) return;
    TCGv args[2] = {fpr_load(c, d->rs1), cst(c, rm)};
    gen_helper_to(c, h, 2, args, d->rd, true);
}

static void gen_fsqrt(DisasContext *c, Insn d, bool single)
{
    if (!gen_fp_check(c, d)) return;
    int64_t rm = gen_rm(c, d);
    if (rm < 0) return;
    if (fp_inline(rm, INDEX_op_fsqrt)) {
        tcg_gen_fsqrt(c->s, fp_fmt(single), fpr_off(d->rd), fpr_off(d->rs1));
        gen_set_fs_dirty(c);
        return;
    }
    TCGv args[2] = {fpr_load(c, d->rs1), cst(c, rm)};
    gen_helper_to(c, single ? &helper_info_fsqrt_s : &helper_info_fsqrt_d, 2, args, d->rd, true);
}

void trans_fsqrt_s(DisasContext *c, Insn d)
{
    gen_fsqrt(c, d, true);
}
void trans_fsqrt_d(DisasContext *c, Insn d)
{
    gen_fsqrt(c, d, false);
}
void trans_fcvt_s_d(DisasContext *c, Insn d)
{
    gen_fp_unop_rm(c, d, &helper_info_fcvt_s_d);
}

/* Exact, but the rm field is decoded (and checked) as usual. */
void trans_fcvt_d_s(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    if (gen_rm(c, d) < 0) return;
    TCGv arg = fpr_load(c, d->rs1);
    gen_helper_to(c, &helper_info_fcvt_d_s, 1, &arg, d->rd, true);
}

static void gen_fma(DisasContext *c, Insn d, const TCGHelperInfo *h, unsigned neg, bool single)
{
    if (!gen_fp_check(c, d)) return;
    int64_t rm = gen_rm(c, d);
    if (rm < 0) return;
    if (fp_inline(rm, INDEX_op_fmadd)) {
        unsigned tneg = (neg & FMA_NEG_PRODUCT ? TCG_FMA_NEG_PRODUCT : 0) |
                        (neg & FMA_NEG_ADDEND ? TCG_FMA_NEG_ADDEND : 0);
        tcg_gen_fmadd(c->s, fp_fmt(single), tneg, fpr_off(d->rd), fpr_off(d->rs1), fpr_off(d->rs2),
                      fpr_off(d->raw >> 27));
        gen_set_fs_dirty(c);
        return;
    }
    TCGv args[4] = {fpr_load(c, d->rs1), fpr_load(c, d->rs2), fpr_load(c, d->raw >> 27),
                    cst(c, rm | neg << 3)};
    gen_helper_to(c, h, 4, args, d->rd, true);
}

#define TRANS_FMA(name, neg)                                                                       \
    void trans_##name##_s(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fma(c, d, &helper_info_fmadd_s, neg, true);                                            \
    }                                                                                              \
    void trans_##name##_d(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fma(c, d, &helper_info_fmadd_d, neg, false);                                           \
    }
TRANS_FMA(fmadd, 0)
TRANS_FMA(fmsub, FMA_NEG_ADDEND)
TRANS_FMA(fnmsub, FMA_NEG_PRODUCT)
TRANS_FMA(fnmadd, FMA_NEG_PRODUCT | FMA_NEG_ADDEND)

/* min/max and comparisons: no rounding, but flags (NV). */
static void gen_fp_noround(DisasContext *c, Insn d, const TCGHelperInfo *h, bool fp_dest)
{
    if (!gen_fp_check(c, d)) return;
    TCGv args[2] = {fpr_load(c, d->rs1), fpr_load(c, d->rs2)};
    gen_helper_to(c, h, 2, args, d->rd, fp_dest);
}

#define TRANS_NOROUND(name, fp_dest)                                                               \
    void trans_##name##_s(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fp_noround(c, d, &helper_info_##name##_s, fp_dest);                                    \
    }                                                                                              \
    void trans_##name##_d(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fp_noround(c, d, &helper_info_##name##_d, fp_dest);                                    \
    }
TRANS_NOROUND(fmin, true)
TRANS_NOROUND(fmax, true)

/* Comparisons need no rounding mode: inline whenever the arithmetic is. */
static void gen_fcmp(DisasContext *c, Insn d, const TCGHelperInfo *h, TCGCond cond, bool single)
{
    if (!gen_fp_check(c, d)) return;
    if (!fp_inline(RM_RNE, INDEX_op_fcmp)) {
        gen_fp_noround(c, d, h, false);
        return;
    }
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_fcmp(c->s, fp_fmt(single), cond, t, fpr_off(d->rs1), fpr_off(d->rs2));
    tcg_gen_mov(c->s, dest_gpr(c, d->rd), t);
    gen_set_fs_dirty(c);
}

#define TRANS_FCMP(name, cond)                                                                     \
    void trans_##name##_s(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fcmp(c, d, &helper_info_##name##_s, cond, true);                                       \
    }                                                                                              \
    void trans_##name##_d(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fcmp(c, d, &helper_info_##name##_d, cond, false);                                      \
    }
TRANS_FCMP(feq, TCG_COND_EQ)
TRANS_FCMP(flt, TCG_COND_LT)
TRANS_FCMP(fle, TCG_COND_LE)

/* fcvt between integers and FP: the integer side (the rs2 field) goes to
 * the helper with the rounding mode. */
static void gen_fcvt(DisasContext *c, Insn d, const TCGHelperInfo *h, FpCvtInt kind, bool to_fp)
{
    if (!gen_fp_check(c, d)) return;
    int64_t rm = gen_rm(c, d);
    if (rm < 0) return;
    TCGv src = to_fp ? get_gpr(c, d->rs1) : fpr_load(c, d->rs1);
    TCGv args[2] = {src, cst(c, rm | (int64_t)kind << 3)};
    gen_helper_to(c, h, 2, args, d->rd, to_fp);
}

#define TRANS_FCVT(t, kind)                                                                        \
    void trans_fcvt_##t##_s(DisasContext *c, Insn d)                                               \
    {                                                                                              \
        gen_fcvt(c, d, &helper_info_fcvt_x_s, kind, false);                                        \
    }                                                                                              \
    void trans_fcvt_##t##_d(DisasContext *c, Insn d)                                               \
    {                                                                                              \
        gen_fcvt(c, d, &helper_info_fcvt_x_d, kind, false);                                        \
    }                                                                                              \
    void trans_fcvt_s_##t(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fcvt(c, d, &helper_info_fcvt_s_x, kind, true);                                         \
    }                                                                                              \
    void trans_fcvt_d_##t(DisasContext *c, Insn d)                                                 \
    {                                                                                              \
        gen_fcvt(c, d, &helper_info_fcvt_d_x, kind, true);                                         \
    }
TRANS_FCVT(w, CVT_W)
TRANS_FCVT(wu, CVT_WU)
TRANS_FCVT(l, CVT_L)
TRANS_FCVT(lu, CVT_LU)

/* ---- Bit moves: inline ------------------------------------------------------ */

/* Sign injection: rs1's magnitude, a sign made from rs2's (and rs1's for
 * fsgnjx). No flags, no canonicalisation except of an improperly boxed
 * single input. */
typedef enum { SGNJ, SGNJN, SGNJX } SgnjKind;

static void gen_fsgnj(DisasContext *c, Insn d, SgnjKind kind, bool single)
{
    if (!gen_fp_check(c, d)) return;
    TCGContext *s = c->s;
    int64_t sign = single ? 0x80000000ll : INT64_MIN;
    TCGv a = single ? fpr_load_s(c, d->rs1) : fpr_load(c, d->rs1);
    TCGv b = single ? fpr_load_s(c, d->rs2) : fpr_load(c, d->rs2);
    TCGv t = tcg_temp_new(s);
    if (kind == SGNJX) {
        tcg_gen_binop(s, INDEX_op_and, t, b, cst(c, sign));
        tcg_gen_binop(s, INDEX_op_xor, t, a, t);
    } else {
        if (kind == SGNJN) {
            tcg_gen_unop(s, INDEX_op_not, t, b);
            b = t;
            t = tcg_temp_new(s);
        }
        TCGv m = tcg_temp_new(s);
        tcg_gen_binop(s, INDEX_op_and, t, b, cst(c, sign));
        tcg_gen_binop(s, INDEX_op_and, m, a, cst(c, ~sign));
        tcg_gen_binop(s, INDEX_op_or, t, t, m);
    }
    fpr_store(c, d->rd, t);
}

void trans_fsgnj_s(DisasContext *c, Insn d)
{
    gen_fsgnj(c, d, SGNJ, true);
}
void trans_fsgnjn_s(DisasContext *c, Insn d)
{
    gen_fsgnj(c, d, SGNJN, true);
}
void trans_fsgnjx_s(DisasContext *c, Insn d)
{
    gen_fsgnj(c, d, SGNJX, true);
}
void trans_fsgnj_d(DisasContext *c, Insn d)
{
    gen_fsgnj(c, d, SGNJ, false);
}
void trans_fsgnjn_d(DisasContext *c, Insn d)
{
    gen_fsgnj(c, d, SGNJN, false);
}
void trans_fsgnjx_d(DisasContext *c, Insn d)
{
    gen_fsgnj(c, d, SGNJX, false);
}

/* fmv.x.w moves the low 32 bits, sign-extended, whatever the boxing. */
void trans_fmv_x_w(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_ld_env(c->s, t, fpr_off(d->rs1), MO_32 | MO_SIGN);
    tcg_gen_mov(c->s, dest_gpr(c, d->rd), t);
}
void trans_fmv_x_d(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    tcg_gen_mov(c->s, dest_gpr(c, d->rd), fpr_load(c, d->rs1));
}
void trans_fmv_w_x(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_binop(c->s, INDEX_op_or, t, get_gpr(c, d->rs1), cst(c, BOX_S));
    fpr_store(c, d->rd, t);
}
void trans_fmv_d_x(DisasContext *c, Insn d)
{
    if (!gen_fp_check(c, d)) return;
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_mov(c->s, t, get_gpr(c, d->rs1));
    fpr_store(c, d->rd, t);
}

/* fclass: one bit of ten. With a = |x| (as an integer) and k the bit
 * number for a positive value, 4 (zero) + [a != 0] + [a >= smallest
 * normal] + [a >= infinity]; 7 - k for a negative one; 8 + [quiet] for a
 * NaN, whatever its sign. */
static void gen_fclass(DisasContext *c, Insn d, bool single)
{
    if (!gen_fp_check(c, d)) return;
    TCGContext *s = c->s;
    int sign_bit = single ? 31 : 63, mant = single ? 23 : 52;
    int64_t inf = single ? 0x7f800000ll : 0x7ff0000000000000ll;
    int64_t min_normal = 1ll << mant, quiet = inf | 1ll << (mant - 1);
    TCGv x = single ? fpr_load_s(c, d->rs1) : fpr_load(c, d->rs1);
    TCGv a = tcg_temp_new(s), neg = tcg_temp_new(s), k = tcg_temp_new(s), t = tcg_temp_new(s);
    tcg_gen_binop(s, INDEX_op_and, a, x, cst(c, inf | (min_normal - 1)));
    tcg_gen_binop(s, INDEX_op_shr, neg, x, cst(c, sign_bit));
    tcg_gen_binop(s, INDEX_op_and, neg, neg, cst(c, 1));
    tcg_gen_setcond(s, TCG_COND_NE, k, a, cst(c, 0));
    tcg_gen_setcond(s, TCG_COND_GEU, t, a, cst(c, min_normal));
    tcg_gen_binop(s, INDEX_op_add, k, k, t);
    tcg_gen_setcond(s, TCG_COND_GEU, t, a, cst(c, inf));
    tcg_gen_binop(s, INDEX_op_add, k, k, t);
    tcg_gen_binop(s, INDEX_op_add, k, k, cst(c, 4));
    tcg_gen_binop(s, INDEX_op_sub, t, cst(c, 7), k);
    tcg_gen_movcond(s, TCG_COND_NE, k, neg, cst(c, 0), t, k);
    tcg_gen_setcond(s, TCG_COND_GEU, t, a, cst(c, quiet));
    tcg_gen_binop(s, INDEX_op_add, t, t, cst(c, 8));
    tcg_gen_movcond(s, TCG_COND_GTU, k, a, cst(c, inf), t, k);
    tcg_gen_binop(s, INDEX_op_shl, dest_gpr(c, d->rd), cst(c, 1), k);
}

void trans_fclass_s(DisasContext *c, Insn d)
{
    gen_fclass(c, d, true);
}
void trans_fclass_d(DisasContext *c, Insn d)
{
    gen_fclass(c, d, false);
}
