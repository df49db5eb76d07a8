/* Zba, Zbb, Zbc, Zbs and Zicond.
 *
 * All inline IR but carry-less multiplication: rotates, bit counts, the
 * byte swap and the narrow extensions are IR ops of their own (lowered to
 * rol/ror, lzcnt/tzcnt/popcnt or their fallbacks, bswap, movsx/movzx), and
 * the rest is made of the ordinary ones. The 32-bit forms extend or mask
 * their source so that a 64-bit op gives the answer, then sign-extend.
 * clmul* call a helper below, which uses PCLMULQDQ when the host has it.
 */
#include <immintrin.h>
#include <stdlib.h>
#include <string.h>

#include "target/riscv/helper.h"
#include "target/riscv/translate_internal.h"

static TCGv temp(DisasContext *c)
{
    return tcg_temp_new(c->s);
}

static void gen_unop(DisasContext *c, TCGOpcode opc, int rd, TCGv a)
{
    tcg_gen_unop(c->s, opc, dest_gpr(c, rd), a);
}

static TCGv zext32(DisasContext *c, int r)
{
    TCGv t = temp(c);
    tcg_gen_unop(c->s, INDEX_op_ext32u, t, get_gpr(c, r));
    return t;
}

/* ---- Zba ------------------------------------------------------------- */

/* rd = (rs1 << sh) + rs2, rs1 zero-extended from 32 bits for the .uw forms. */
static void gen_shadd(DisasContext *c, Insn d, int sh, bool uw)
{
    TCGv a = uw ? zext32(c, d->rs1) : get_gpr(c, d->rs1);
    TCGv t = temp(c);
    tcg_gen_binop(c->s, INDEX_op_shl, t, a, cst(c, sh));
    gen_binop(c, INDEX_op_add, d->rd, t, get_gpr(c, d->rs2));
}

void trans_add_uw(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 0, true);
}
void trans_sh1add(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 1, false);
}
void trans_sh2add(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 2, false);
}
void trans_sh3add(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 3, false);
}
void trans_sh1add_uw(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 1, true);
}
void trans_sh2add_uw(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 2, true);
}
void trans_sh3add_uw(DisasContext *c, Insn d)
{
    gen_shadd(c, d, 3, true);
}
void trans_slli_uw(DisasContext *c, Insn d)
{
    gen_binop(c, INDEX_op_shl, d->rd, zext32(c, d->rs1), cst(c, d->imm));
}

/* ---- Zbb ------------------------------------------------------------- */

/* rd = rs1 op ~rs2 */
static void gen_op_not2(DisasContext *c, Insn d, TCGOpcode opc)
{
    TCGv t = temp(c);
    tcg_gen_unop(c->s, INDEX_op_not, t, get_gpr(c, d->rs2));
    gen_binop(c, opc, d->rd, get_gpr(c, d->rs1), t);
}

void trans_andn(DisasContext *c, Insn d)
{
    gen_op_not2(c, d, INDEX_op_and);
}
void trans_orn(DisasContext *c, Insn d)
{
    gen_op_not2(c, d, INDEX_op_or);
}
void trans_xnor(DisasContext *c, Insn d)
{
    gen_op_not2(c, d, INDEX_op_xor);
}

void trans_clz(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_clz, d->rd, get_gpr(c, d->rs1));
}
void trans_ctz(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_ctz, d->rd, get_gpr(c, d->rs1));
}
void trans_cpop(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_ctpop, d->rd, get_gpr(c, d->rs1));
}

/* clz of the zero-extended word counts 32 zeros too many. */
void trans_clzw(DisasContext *c, Insn d)
{
    TCGv t = zext32(c, d->rs1);
    tcg_gen_unop(c->s, INDEX_op_clz, t, t);
    gen_binop(c, INDEX_op_sub, d->rd, t, cst(c, 32));
}
/* A bit set at 32 stops the count there for a zero word. */
void trans_ctzw(DisasContext *c, Insn d)
{
    TCGv t = temp(c);
    tcg_gen_binop(c->s, INDEX_op_or, t, get_gpr(c, d->rs1), cst(c, 1ll << 32));
    gen_unop(c, INDEX_op_ctz, d->rd, t);
}
void trans_cpopw(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_ctpop, d->rd, zext32(c, d->rs1));
}

static void gen_minmax(DisasContext *c, Insn d, TCGCond cond)
{
    TCGv a = get_gpr(c, d->rs1), b = get_gpr(c, d->rs2);
    tcg_gen_movcond(c->s, cond, dest_gpr(c, d->rd), a, b, a, b);
}
void trans_max(DisasContext *c, Insn d)
{
    gen_minmax(c, d, TCG_COND_GT);
}
void trans_maxu(DisasContext *c, Insn d)
{
    gen_minmax(c, d, TCG_COND_GTU);
}
void trans_min(DisasContext *c, Insn d)
{
    gen_minmax(c, d, TCG_COND_LT);
}
void trans_minu(DisasContext *c, Insn d)
{
    gen_minmax(c, d, TCG_COND_LTU);
}

void trans_sext_b(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_ext8s, d->rd, get_gpr(c, d->rs1));
}
void trans_sext_h(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_ext16s, d->rd, get_gpr(c, d->rs1));
}
void trans_zext_h(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_ext16u, d->rd, get_gpr(c, d->rs1));
}

TRANS_R(rol, INDEX_op_rotl)
TRANS_R(ror, INDEX_op_rotr)
TRANS_I(rori, INDEX_op_rotr)
TRANS_RW(rolw, INDEX_op_rotl32)
TRANS_RW(rorw, INDEX_op_rotr32)

void trans_roriw(DisasContext *c, Insn d)
{
    gen_binop_w(c, INDEX_op_rotr32, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}

/* Each byte becomes 0xff if it is non-zero, else 0. Adding 0x7f to the low
 * seven bits of a byte carries into its top bit exactly when they are not
 * all zero (and never out of the byte); ORing in the top bit itself gives
 * one bit per non-zero byte, which the multiply spreads over the byte. */
void trans_orc_b(DisasContext *c, Insn d)
{
    TCGContext *s = c->s;
    TCGv x = get_gpr(c, d->rs1), t = temp(c);
    tcg_gen_binop(s, INDEX_op_and, t, x, cst(c, 0x7f7f7f7f7f7f7f7fll));
    tcg_gen_binop(s, INDEX_op_add, t, t, cst(c, 0x7f7f7f7f7f7f7f7fll));
    tcg_gen_binop(s, INDEX_op_or, t, t, x);
    tcg_gen_binop(s, INDEX_op_and, t, t, cst(c, (int64_t)0x8080808080808080ull));
    tcg_gen_binop(s, INDEX_op_shr, t, t, cst(c, 7));
    gen_binop(c, INDEX_op_mul, d->rd, t, cst(c, 0xff));
}

void trans_rev8(DisasContext *c, Insn d)
{
    gen_unop(c, INDEX_op_bswap64, d->rd, get_gpr(c, d->rs1));
}

/* ---- Zbc ------------------------------------------------------------- */

__attribute__((target("pclmul"))) static unsigned __int128 clmul_pclmul(uint64_t a, uint64_t b)
{
    __m128i p =
        _mm_clmulepi64_si128(_mm_cvtsi64_si128((long long)a), _mm_cvtsi64_si128((long long)b), 0);
    uint64_t lo = (uint64_t)_mm_cvtsi128_si64(p);
    uint64_t hi = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(p, p));
    return (unsigned __int128)hi << 64 | lo;
}

/* The 128-bit carry-less product. RIVET_HOST_BASELINE=1 makes it take the
 * portable loop, as it makes the backend avoid instructions beyond the
 * baseline (tcg/x86_64/lower.c). */
static unsigned __int128 clmul128(uint64_t a, uint64_t b)
{
    static int use_pclmul = -1; /* not yet known */
    int use = __atomic_load_n(&use_pclmul, __ATOMIC_RELAXED);
    if (use < 0) {
        const char *baseline = getenv("RIVET_HOST_BASELINE");
        bool ext = !baseline || !*baseline || !strcmp(baseline, "0");
        __builtin_cpu_init();
        use = ext && __builtin_cpu_supports("pclmul");
        __atomic_store_n(&use_pclmul, use, __ATOMIC_RELAXED);
    }
    if (use) return clmul_pclmul(a, b);
    unsigned __int128 r = 0;
    for (int i = 0; i < 64; i++)
        if ((b >> i) & 1) r ^= (unsigned __int128)a << i;
    return r;
}

static uint64_t helper_clmul(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return (uint64_t)clmul128(a, b);
}
static uint64_t helper_clmulh(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return (uint64_t)(clmul128(a, b) >> 64);
}
/* Bits 126:63 of the product. */
static uint64_t helper_clmulr(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return (uint64_t)(clmul128(a, b) >> 63);
}

static void gen_helper2(DisasContext *c, Insn d, const TCGHelperInfo *h)
{
    TCGv args[2] = {get_gpr(c, d->rs1), get_gpr(c, d->rs2)};
    tcg_gen_call(c->s, h, dest_gpr(c, d->rd), 2, args);
}
void trans_clmul(DisasContext *c, Insn d)
{
    gen_helper2(c, d, &helper_info_clmul);
}
void trans_clmulh(DisasContext *c, Insn d)
{
    gen_helper2(c, d, &helper_info_clmulh);
}
void trans_clmulr(DisasContext *c, Insn d)
{
    gen_helper2(c, d, &helper_info_clmulr);
}

#define HELPER_DEFINE(name, ret, n, flags)                                                         \
    const TCGHelperInfo helper_info_##name = {#name, (void *)helper_##name, n, ret, flags};
RISCV_HELPERS_B(HELPER_DEFINE)
#undef HELPER_DEFINE

/* ---- Zbs ------------------------------------------------------------- */

/* 1 << (rs2 mod 64): the IR's shift count is taken mod 64. */
static TCGv gen_bit(DisasContext *c, Insn d)
{
    TCGv t = temp(c);
    tcg_gen_binop(c->s, INDEX_op_shl, t, cst(c, 1), get_gpr(c, d->rs2));
    return t;
}

void trans_bclr(DisasContext *c, Insn d)
{
    TCGv t = gen_bit(c, d);
    tcg_gen_unop(c->s, INDEX_op_not, t, t);
    gen_binop(c, INDEX_op_and, d->rd, get_gpr(c, d->rs1), t);
}
void trans_bclri(DisasContext *c, Insn d)
{
    gen_binop(c, INDEX_op_and, d->rd, get_gpr(c, d->rs1), cst(c, (int64_t) ~(1ull << d->imm)));
}
void trans_bext(DisasContext *c, Insn d)
{
    TCGv t = temp(c);
    tcg_gen_binop(c->s, INDEX_op_shr, t, get_gpr(c, d->rs1), get_gpr(c, d->rs2));
    gen_binop(c, INDEX_op_and, d->rd, t, cst(c, 1));
}
void trans_bexti(DisasContext *c, Insn d)
{
    TCGv t = temp(c);
    tcg_gen_binop(c->s, INDEX_op_shr, t, get_gpr(c, d->rs1), cst(c, d->imm));
    gen_binop(c, INDEX_op_and, d->rd, t, cst(c, 1));
}
void trans_binv(DisasContext *c, Insn d)
{
    gen_binop(c, INDEX_op_xor, d->rd, get_gpr(c, d->rs1), gen_bit(c, d));
}
void trans_binvi(DisasContext *c, Insn d)
{
    gen_binop(c, INDEX_op_xor, d->rd, get_gpr(c, d->rs1), cst(c, (int64_t)(1ull << d->imm)));
}
void trans_bset(DisasContext *c, Insn d)
{
    gen_binop(c, INDEX_op_or, d->rd, get_gpr(c, d->rs1), gen_bit(c, d));
}
void trans_bseti(DisasContext *c, Insn d)
{
    gen_binop(c, INDEX_op_or, d->rd, get_gpr(c, d->rs1), cst(c, (int64_t)(1ull << d->imm)));
}

/* ---- Zicond ---------------------------------------------------------- */

/* rd = (rs2 cond 0) ? 0 : rs1 */
static void gen_czero(DisasContext *c, Insn d, TCGCond cond)
{
    tcg_gen_movcond(c->s, cond, dest_gpr(c, d->rd), get_gpr(c, d->rs2), cst(c, 0), cst(c, 0),
                    get_gpr(c, d->rs1));
}
void trans_czero_eqz(DisasContext *c, Insn d)
{
    gen_czero(c, d, TCG_COND_EQ);
}
void trans_czero_nez(DisasContext *c, Insn d)
{
    gen_czero(c, d, TCG_COND_NE);
}
