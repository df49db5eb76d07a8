/*
 * Unit test of the IR optimizer (tcg/optimize.c) and the liveness pass
 * (tcg/liveness.c).
 *
 * Small IR sequences are built with the tcg_gen_* API and the op list left
 * by the passes is compared with the expected one, written as text
 * ("add g0,g1,$3; mov g2,g0"). Folded values are checked twice: against
 * tcg_fold_binary/unary, and against an independent C model of the RISC-V
 * M-extension semantics written here from the spec (unprivileged ISA,
 * "M" chapter: table of division by zero and overflow results; RV64 shifts
 * use the low 6 bits of the count; MULH/MULHU are the high 64 bits of the
 * 128-bit product).
 *
 * Last, random programs (straight-line code with forward branches, labels
 * and helper calls) are run by an IR interpreter before and after
 * optimization + liveness. The interpreter poisons every temp the liveness
 * pass says is dead and every NORMAL temp at a basic-block end, so it
 * catches a pass that changes results, reads a value after its death, or
 * moves a short-lived temp across a block boundary.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tcg/ir.h"

static int failures;

static void report(const char *name, const char *err)
{
    if (err) {
        printf("not ok optimize/%s: %s\n", name, err);
        failures++;
    } else {
        printf("ok optimize/%s\n", name);
    }
}

/* ---- Context: four globals at env offsets 0, 8, 16, 24. ---- */

#define NB_G 6
static TCGContext ctx;
static TCGv g[NB_G];
static const char *temp_names[MAX_TEMPS];

static void ctx_init(void)
{
    static const char *names[NB_G] = {"g0", "g1", "g2", "g3", "g4", "g5"};
    tcg_context_init(&ctx);
    for (int i = 0; i < NB_G; i++) g[i] = tcg_global_mem_new(&ctx, 8 * i, names[i]);
}

static TCGContext *start(void)
{
    tcg_func_start(&ctx);
    for (int i = 0; i < MAX_TEMPS; i++) temp_names[i] = NULL;
    return &ctx;
}

static TCGv tmp(TCGContext *s, const char *name)
{
    TCGv t = tcg_temp_new(s);
    temp_names[t] = name;
    return t;
}

static TCGv loc(TCGContext *s, const char *name)
{
    TCGv t = tcg_temp_local_new(s);
    temp_names[t] = name;
    return t;
}

static TCGv C(TCGContext *s, int64_t v)
{
    return tcg_constant(s, v);
}

/* ---- Op list as text. ---- */

static const char *cond_name(int64_t c)
{
    static const char *n[] = {"eq", "ne", "lt", "ge", "ltu", "geu", "le", "gt", "leu", "gtu"};
    return c >= 0 && c < 10 ? n[c] : "?";
}

static int fmt_temp(const TCGContext *s, TCGv t, char *buf, size_t n)
{
    if (t < 0 || t >= s->nb_temps) return snprintf(buf, n, "?%d", t);
    const TCGTemp *ts = &s->temps[t];
    switch (ts->kind) {
    case TEMP_GLOBAL: return snprintf(buf, n, "%s", ts->name);
    case TEMP_CONST: return snprintf(buf, n, "$%" PRId64, ts->val);
    default:
        if (temp_names[t]) return snprintf(buf, n, "%s", temp_names[t]);
        return snprintf(buf, n, "%s%d", ts->kind == TEMP_LOCAL ? "l" : "t", t);
    }
}

/* The live ops of s, "; "-separated; nops are left out. */
static const char *fmt_ops(const TCGContext *s)
{
    static char out[8192];
    size_t len = 0;
    out[0] = 0;
    for (int i = 0; i < s->nb_ops && len < sizeof(out) - 256; i++) {
        const TCGOp *op = &s->ops[i];
        if (op->opc == INDEX_op_nop) continue;
        const TCGOpDef *def = tcg_op_def(op);
        if (len) len += snprintf(out + len, sizeof(out) - len, "; ");
        bool call = op->opc == INDEX_op_call;
        len += snprintf(out + len, sizeof(out) - len, "%s",
                        call ? tcg_op_helper(op)->name : def->name);
        int nt = op->nb_oargs + op->nb_iargs;
        int nc = call ? 0 : def->nb_cargs;
        for (int a = 0; a < nt + nc; a++) {
            len += snprintf(out + len, sizeof(out) - len, "%s", a ? "," : " ");
            if (a < nt) {
                len += fmt_temp(s, (TCGv)op->args[a], out + len, sizeof(out) - len);
                continue;
            }
            int c = a - nt;
            int64_t v = op->args[a];
            bool is_cond = c == 0 && (op->opc == INDEX_op_brcond || op->opc == INDEX_op_setcond ||
                                      op->opc == INDEX_op_movcond);
            bool is_label = (op->opc == INDEX_op_brcond && c == 1) || op->opc == INDEX_op_br ||
                            op->opc == INDEX_op_set_label;
            if (is_cond)
                len += snprintf(out + len, sizeof(out) - len, "%s", cond_name(v));
            else if (is_label)
                len += snprintf(out + len, sizeof(out) - len, "L%" PRId64, v);
            else
                len += snprintf(out + len, sizeof(out) - len, "%" PRId64, v);
        }
    }
    return out;
}

static char errbuf[16384];

static void expect_ops(const char *name, const TCGContext *s, const char *want)
{
    const char *got = fmt_ops(s);
    if (strcmp(got, want) == 0) {
        report(name, NULL);
        return;
    }
    snprintf(errbuf, sizeof(errbuf), "got \"%s\", want \"%s\"", got, want);
    report(name, errbuf);
}

static void opt(TCGContext *s)
{
    tcg_optimize(s);
}
static void opt_live(TCGContext *s)
{
    tcg_optimize(s);
    tcg_liveness(s);
}

/* The only live op of s, or NULL. */
static const TCGOp *single_op(const TCGContext *s)
{
    const TCGOp *found = NULL;
    for (int i = 0; i < s->nb_ops; i++) {
        if (s->ops[i].opc == INDEX_op_nop) continue;
        if (found) return NULL;
        found = &s->ops[i];
    }
    return found;
}

/* ---- Independent model of the operations (from the RISC-V spec). ---- */

static uint64_t ref_muluh(uint64_t a, uint64_t b)
{
    uint64_t al = (uint32_t)a, ah = a >> 32, bl = (uint32_t)b, bh = b >> 32;
    uint64_t ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
}

static bool neg64(uint64_t x)
{
    return x >> 63;
}

/* Signed high product from the unsigned one: a_s = a_u - 2^64 [a < 0]. */
static uint64_t ref_mulsh(uint64_t a, uint64_t b)
{
    uint64_t h = ref_muluh(a, b);
    if (neg64(a)) h -= b;
    if (neg64(b)) h -= a;
    return h;
}

static uint64_t mag(uint64_t x)
{
    return neg64(x) ? 0 - x : x;
}

static uint64_t ref_binary(TCGOpcode opc, uint64_t a, uint64_t b)
{
    unsigned sh = (unsigned)(b % 64);
    switch (opc) {
    case INDEX_op_add: return a + b;
    case INDEX_op_sub: return a - b;
    case INDEX_op_and: return a & b;
    case INDEX_op_or: return a | b;
    case INDEX_op_xor: return a ^ b;
    case INDEX_op_shl: return a << sh;
    case INDEX_op_shr: return a >> sh;
    case INDEX_op_sar: return (a >> sh) | (neg64(a) && sh ? ~(UINT64_MAX >> sh) : 0);
    case INDEX_op_mul: return a * b;
    case INDEX_op_muluh: return ref_muluh(a, b);
    case INDEX_op_mulsh: return ref_mulsh(a, b);
    case INDEX_op_divu: return b == 0 ? UINT64_MAX : a / b;
    case INDEX_op_remu: return b == 0 ? a : a % b;
    case INDEX_op_div: {
        if (b == 0) return UINT64_MAX;
        if (a == (1ull << 63) && b == UINT64_MAX) return a;
        uint64_t q = mag(a) / mag(b); /* rounds toward zero */
        return neg64(a) != neg64(b) ? 0 - q : q;
    }
    case INDEX_op_rem: {
        if (b == 0) return a;
        if (a == (1ull << 63) && b == UINT64_MAX) return 0;
        uint64_t r = mag(a) % mag(b); /* takes the dividend's sign */
        return neg64(a) ? 0 - r : r;
    }
    default: abort();
    }
}

static uint64_t ref_unary(TCGOpcode opc, uint64_t a)
{
    switch (opc) {
    case INDEX_op_neg: return 0 - a;
    case INDEX_op_not: return a ^ UINT64_MAX;
    case INDEX_op_ext32s: return ((a & 0xffffffffu) ^ 0x80000000u) - 0x80000000u;
    case INDEX_op_ext32u: return a & 0xffffffffu;
    default: abort();
    }
}

static bool ref_cond(TCGCond c, uint64_t a, uint64_t b)
{
    uint64_t sa = a ^ (1ull << 63), sb = b ^ (1ull << 63); /* signed order as unsigned */
    switch (c) {
    case TCG_COND_EQ: return a == b;
    case TCG_COND_NE: return a != b;
    case TCG_COND_LT: return sa < sb;
    case TCG_COND_GE: return sa >= sb;
    case TCG_COND_LE: return sa <= sb;
    case TCG_COND_GT: return sa > sb;
    case TCG_COND_LTU: return a < b;
    case TCG_COND_GEU: return a >= b;
    case TCG_COND_LEU: return a <= b;
    case TCG_COND_GTU: return a > b;
    }
    abort();
}

static const TCGOpcode binary_ops[] = {
    INDEX_op_add,   INDEX_op_sub, INDEX_op_and,  INDEX_op_or,  INDEX_op_xor,
    INDEX_op_shl,   INDEX_op_shr, INDEX_op_sar,  INDEX_op_mul, INDEX_op_mulsh,
    INDEX_op_muluh, INDEX_op_div, INDEX_op_divu, INDEX_op_rem, INDEX_op_remu,
};
#define NB_BINARY ((int)(sizeof(binary_ops) / sizeof(binary_ops[0])))
static const TCGOpcode unary_ops[] = {INDEX_op_neg, INDEX_op_not, INDEX_op_ext32s, INDEX_op_ext32u};

// clang-format off
static const uint64_t interesting[] = {
    0, 1, 2, 3,
    5, 7, 31, 32,
    63, 64, 65, 127,
    128, 0x7fffffff, 0x80000000, 0xffffffff,
    0x100000000, 0x7fffffffffffffff, 0x8000000000000000, 0x8000000000000001,
    0xffffffffffffffff, 0xfffffffffffffffe, 0xfffffffffffffff9, 0xffffffff80000000,
    0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef, 0xfedcba9876543210,
};
// clang-format on
#define NB_INTERESTING ((int)(sizeof(interesting) / sizeof(interesting[0])))

static uint64_t rng_state = 0x9e3779b97f4a7c15;
static uint64_t rnd(void)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

/* ---- Folding. ---- */

/* The model itself against the spec's table of division corner cases and
 * a few shift and high-product values worked out by hand. */
static void test_model(void)
{
    static const struct {
        TCGOpcode opc;
        uint64_t a, b, r;
    } rows[] = {
        /* Division by zero: quotient all ones, remainder the dividend. */
        {INDEX_op_div, 7, 0, UINT64_MAX},
        {INDEX_op_divu, 7, 0, UINT64_MAX},
        {INDEX_op_rem, 7, 0, 7},
        {INDEX_op_remu, 7, 0, 7},
        {INDEX_op_rem, (uint64_t)-7, 0, (uint64_t)-7},
        {INDEX_op_div, 0, 0, UINT64_MAX},
        /* Overflow: -2^63 / -1 = -2^63, remainder 0. */
        {INDEX_op_div, 1ull << 63, UINT64_MAX, 1ull << 63},
        {INDEX_op_rem, 1ull << 63, UINT64_MAX, 0},
        /* Rounding toward zero, remainder with the dividend's sign. */
        {INDEX_op_div, (uint64_t)-7, 2, (uint64_t)-3},
        {INDEX_op_rem, (uint64_t)-7, 2, (uint64_t)-1},
        {INDEX_op_div, 7, (uint64_t)-2, (uint64_t)-3},
        {INDEX_op_rem, 7, (uint64_t)-2, 1},
        {INDEX_op_divu, (uint64_t)-7, 2, 0x7ffffffffffffffc},
        {INDEX_op_remu, (uint64_t)-7, 2, 1},
        /* Counts taken mod 64. */
        {INDEX_op_shl, 1, 64, 1},
        {INDEX_op_shl, 1, 65, 2},
        {INDEX_op_shl, 1, 127, 1ull << 63},
        {INDEX_op_shr, 1ull << 63, 127, 1},
        {INDEX_op_sar, 1ull << 63, 127, UINT64_MAX},
        {INDEX_op_sar, 1ull << 63, 64, 1ull << 63},
        {INDEX_op_shr, UINT64_MAX, (uint64_t)-1, 1},
        /* High halves. */
        {INDEX_op_muluh, UINT64_MAX, UINT64_MAX, UINT64_MAX - 1},
        {INDEX_op_mulsh, UINT64_MAX, UINT64_MAX, 0},
        {INDEX_op_mulsh, 1ull << 63, 1ull << 63, 1ull << 62},
        {INDEX_op_mulsh, 1ull << 63, 1, UINT64_MAX},
        {INDEX_op_muluh, 1ull << 63, 2, 1},
        {INDEX_op_muluh, 0x100000000, 0x100000000, 1},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        uint64_t m = ref_binary(rows[i].opc, rows[i].a, rows[i].b);
        if (m != rows[i].r) {
            snprintf(errbuf, sizeof(errbuf),
                     "model %s(%#" PRIx64 ", %#" PRIx64 ") = %#" PRIx64 ", spec says %#" PRIx64,
                     tcg_op_defs[rows[i].opc].name, rows[i].a, rows[i].b, m, rows[i].r);
            report("model", errbuf);
            return;
        }
        uint64_t f = tcg_fold_binary(rows[i].opc, rows[i].a, rows[i].b);
        if (f != rows[i].r) {
            snprintf(errbuf, sizeof(errbuf),
                     "tcg_fold_binary %s(%#" PRIx64 ", %#" PRIx64 ") = %#" PRIx64
                     ", spec says %#" PRIx64,
                     tcg_op_defs[rows[i].opc].name, rows[i].a, rows[i].b, f, rows[i].r);
            report("model", errbuf);
            return;
        }
    }
    report("model", NULL);
}

/* opc g0, $a, $b must become mov g0, $r (r from both references); and so
 * must the same op on temps that were given the constants by mov. */
static const char *fold_binary_case(TCGOpcode opc, uint64_t a, uint64_t b, bool via_mov)
{
    static char err[512];
    uint64_t want = ref_binary(opc, a, b), fold = tcg_fold_binary(opc, a, b);
    if (fold != want) {
        snprintf(err, sizeof(err),
                 "tcg_fold_binary %s(%#" PRIx64 ", %#" PRIx64 ") = %#" PRIx64 ", model %#" PRIx64,
                 tcg_op_defs[opc].name, a, b, fold, want);
        return err;
    }
    TCGContext *s = start();
    TCGv x = C(s, (int64_t)a), y = C(s, (int64_t)b);
    if (via_mov) {
        TCGv tx = tmp(s, "x"), ty = tmp(s, "y");
        tcg_gen_mov(s, tx, x);
        tcg_gen_mov(s, ty, y);
        x = tx, y = ty;
    }
    tcg_gen_binop(s, opc, g[0], x, y);
    opt_live(s);
    const TCGOp *op = single_op(s);
    if (!op || op->opc != INDEX_op_mov || op->args[0] != g[0] ||
        s->temps[op->args[1]].kind != TEMP_CONST || (uint64_t)s->temps[op->args[1]].val != want) {
        snprintf(err, sizeof(err),
                 "%s(%#" PRIx64 ", %#" PRIx64 ")%s: got \"%s\", want mov g0,$%" PRId64,
                 tcg_op_defs[opc].name, a, b, via_mov ? " via mov" : "", fmt_ops(s), (int64_t)want);
        return err;
    }
    return NULL;
}

static void test_fold_binary(void)
{
    for (int o = 0; o < NB_BINARY; o++) {
        TCGOpcode opc = binary_ops[o];
        const char *err = NULL;
        for (int i = 0; i < NB_INTERESTING && !err; i++)
            for (int j = 0; j < NB_INTERESTING && !err; j++)
                err = fold_binary_case(opc, interesting[i], interesting[j], (i + j) & 1);
        for (int k = 0; k < 200 && !err; k++) {
            uint64_t a = rnd(), b = rnd();
            if (k & 1) b >>= rnd() % 64; /* small divisors and counts too */
            err = fold_binary_case(opc, a, b, k & 2);
        }
        char name[64];
        snprintf(name, sizeof(name), "fold/%s", tcg_op_defs[opc].name);
        report(name, err);
    }
}

static void test_fold_unary(void)
{
    for (size_t o = 0; o < sizeof(unary_ops) / sizeof(unary_ops[0]); o++) {
        TCGOpcode opc = unary_ops[o];
        static char err[512];
        const char *e = NULL;
        for (int i = 0; i < NB_INTERESTING + 100 && !e; i++) {
            uint64_t a = i < NB_INTERESTING ? interesting[i] : rnd();
            uint64_t want = ref_unary(opc, a), fold = tcg_fold_unary(opc, a);
            if (fold != want) {
                snprintf(err, sizeof(err),
                         "tcg_fold_unary %s(%#" PRIx64 ") = %#" PRIx64 ", model %#" PRIx64,
                         tcg_op_defs[opc].name, a, fold, want);
                e = err;
                break;
            }
            TCGContext *s = start();
            TCGv x = C(s, (int64_t)a);
            if (i & 1) {
                TCGv t = tmp(s, "x");
                tcg_gen_mov(s, t, x);
                x = t;
            }
            tcg_gen_unop(s, opc, g[1], x);
            opt_live(s);
            const TCGOp *op = single_op(s);
            if (!op || op->opc != INDEX_op_mov || op->args[0] != g[1] ||
                s->temps[op->args[1]].kind != TEMP_CONST ||
                (uint64_t)s->temps[op->args[1]].val != want) {
                snprintf(err, sizeof(err), "%s(%#" PRIx64 "): got \"%s\", want mov g1,$%" PRId64,
                         tcg_op_defs[opc].name, a, fmt_ops(s), (int64_t)want);
                e = err;
            }
        }
        char name[64];
        snprintf(name, sizeof(name), "fold/%s", tcg_op_defs[opc].name);
        report(name, e);
    }
}

static const TCGCond all_conds[] = {TCG_COND_EQ,  TCG_COND_NE,  TCG_COND_LT, TCG_COND_GE,
                                    TCG_COND_LTU, TCG_COND_GEU, TCG_COND_LE, TCG_COND_GT,
                                    TCG_COND_LEU, TCG_COND_GTU};

/* setcond on constants becomes mov $0/$1; movcond on constants becomes a
 * mov of the chosen (non-constant) value; brcond on constants becomes br
 * to its label, or vanishes. */
static void test_fold_conds(void)
{
    static const uint64_t vals[] = {0, 1, 2, UINT64_MAX, 1ull << 63, INT64_MAX, 0x80000000};
    const int nv = (int)(sizeof(vals) / sizeof(vals[0]));
    static char err[512];
    for (int k = 0; k < 3; k++) {
        const char *e = NULL;
        for (int c = 0; c < 10 && !e; c++) {
            for (int i = 0; i < nv && !e; i++) {
                for (int j = 0; j < nv && !e; j++) {
                    TCGCond cond = all_conds[c];
                    uint64_t a = vals[i], b = vals[j];
                    bool want = ref_cond(cond, a, b);
                    if (tcg_eval_cond(cond, a, b) != want) {
                        snprintf(err, sizeof(err), "tcg_eval_cond %s(%#" PRIx64 ", %#" PRIx64 ")",
                                 cond_name(cond), a, b);
                        e = err;
                        break;
                    }
                    TCGContext *s = start();
                    TCGv x = C(s, (int64_t)a), y = C(s, (int64_t)b);
                    char wantops[128];
                    if (k == 0) {
                        tcg_gen_setcond(s, cond, g[0], x, y);
                        snprintf(wantops, sizeof(wantops), "mov g0,$%d", want);
                    } else if (k == 1) {
                        tcg_gen_movcond(s, cond, g[0], x, y, g[1], g[2]);
                        snprintf(wantops, sizeof(wantops), "mov g0,%s", want ? "g1" : "g2");
                    } else {
                        int l = tcg_label_new(s);
                        tcg_gen_brcond(s, cond, x, y, l);
                        tcg_gen_mov(s, g[0], g[1]);
                        tcg_gen_set_label(s, l);
                        snprintf(wantops, sizeof(wantops), "%smov g0,g1; set_label L0",
                                 want ? "br L0; " : "");
                    }
                    opt_live(s);
                    const char *got = fmt_ops(s);
                    if (strcmp(got, wantops) != 0) {
                        snprintf(err, sizeof(err),
                                 "%s(%#" PRIx64 ", %#" PRIx64 "): got \"%s\", want \"%s\"",
                                 cond_name(cond), a, b, got, wantops);
                        e = err;
                    }
                }
            }
        }
        report(k == 0 ? "fold/setcond" : k == 1 ? "fold/movcond" : "fold/brcond", e);
    }

    /* Constants that arrive through movs fold the same way. */
    TCGContext *s = start();
    TCGv t = tmp(s, "t"), u = tmp(s, "u");
    tcg_gen_movi(s, t, -1);
    tcg_gen_movi(s, u, 1);
    tcg_gen_setcond(s, TCG_COND_LT, g[0], t, u);
    tcg_gen_setcond(s, TCG_COND_LTU, g[1], t, u);
    tcg_gen_movcond(s, TCG_COND_GT, g[2], t, u, g[3], g[4]);
    int l = tcg_label_new(s);
    tcg_gen_brcond(s, TCG_COND_GEU, t, u, l);
    tcg_gen_set_label(s, l);
    opt_live(s);
    expect_ops("fold/conds_via_mov", s, "mov g0,$1; mov g1,$0; mov g2,g4; br L0; set_label L0");

    /* Only one constant operand: nothing to fold. */
    s = start();
    tcg_gen_setcond(s, TCG_COND_EQ, g[0], g[1], C(s, 3));
    l = tcg_label_new(s);
    tcg_gen_brcond(s, TCG_COND_NE, g[1], C(s, 3), l);
    tcg_gen_movcond(s, TCG_COND_NE, g[2], C(s, 3), g[1], g[3], g[4]);
    tcg_gen_set_label(s, l);
    opt_live(s);
    expect_ops("fold/conds_not_constant", s,
               "setcond g0,g1,$3,eq; brcond g1,$3,ne,L0; movcond g2,$3,g1,g3,g4,ne; set_label L0");
}

/* ---- Propagation. ---- */

static void test_propagation(void)
{
    TCGContext *s = start();
    tcg_gen_movi(s, g[1], 5);
    tcg_gen_binop(s, INDEX_op_add, g[0], g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_sub, g[3], g[2], g[1]);
    opt_live(s);
    expect_ops("const_prop/into_ops", s, "mov g1,$5; add g0,$5,g2; sub g3,g2,$5");

    s = start();
    tcg_gen_movi(s, g[1], 5);
    tcg_gen_movi(s, g[2], 7);
    tcg_gen_binop(s, INDEX_op_mul, g[0], g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_add, g[3], g[0], C(s, 1));
    tcg_gen_unop(s, INDEX_op_not, g[4], g[3]);
    opt_live(s);
    expect_ops("const_prop/chain", s, "mov g1,$5; mov g2,$7; mov g0,$35; mov g3,$36; mov g4,$-37");

    /* A constant reaches a store, a call and a compare. */
    static const TCGHelperInfo h2 = {"h2", NULL, 2, false, TCG_CALL_NO_RWG};
    s = start();
    TCGv t = tmp(s, "t");
    tcg_gen_movi(s, t, 0x1000);
    tcg_gen_qemu_st(s, g[1], t, MO_32, 1);
    TCGv args[2] = {t, g[2]};
    tcg_gen_call(s, &h2, -1, 2, args);
    tcg_gen_st_env(s, t, 64, MO_64);
    opt_live(s);
    expect_ops("const_prop/into_side_effects", s,
               "qemu_st g1,$4096,258; h2 $4096,g2; st_env $4096,64,3");

    s = start();
    t = tmp(s, "t");
    tcg_gen_mov(s, t, g[1]);
    tcg_gen_binop(s, INDEX_op_add, g[0], t, C(s, 3));
    opt(s);
    expect_ops("copy_prop/optimize", s, "mov t,g1; add g0,g1,$3");
    tcg_liveness(s);
    expect_ops("copy_prop/then_dead", s, "add g0,g1,$3");

    /* Copies of copies name the original. */
    s = start();
    t = tmp(s, "t");
    TCGv u = tmp(s, "u");
    tcg_gen_mov(s, t, g[1]);
    tcg_gen_mov(s, u, t);
    tcg_gen_binop(s, INDEX_op_xor, g[0], u, t);
    opt_live(s);
    expect_ops("copy_prop/transitive", s, "mov g0,$0");

    /* The source changes: the copy keeps the old value. */
    s = start();
    t = tmp(s, "t");
    tcg_gen_mov(s, t, g[1]);
    tcg_gen_binop(s, INDEX_op_add, g[1], g[1], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[0], t, C(s, 3));
    opt_live(s);
    expect_ops("copy_prop/source_overwritten", s, "mov t,g1; add g1,g1,$1; add g0,t,$3");

    /* The copy changes: it no longer stands for the source. */
    s = start();
    tcg_gen_mov(s, g[0], g[1]);
    tcg_gen_binop(s, INDEX_op_add, g[0], g[0], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[2], g[0], C(s, 2));
    opt_live(s);
    expect_ops("copy_prop/copy_overwritten", s, "mov g0,g1; add g0,g1,$1; add g2,g0,$2");

    /* A mov back to the source is a nop. */
    s = start();
    t = tmp(s, "t");
    tcg_gen_mov(s, t, g[1]);
    tcg_gen_mov(s, g[1], t);
    opt_live(s);
    expect_ops("copy_prop/mov_back", s, "");

    /* A load's output is not a copy of anything it was before. */
    s = start();
    tcg_gen_movi(s, g[1], 8);
    tcg_gen_qemu_ld(s, g[1], g[2], MO_64, 0);
    tcg_gen_binop(s, INDEX_op_add, g[0], g[1], C(s, 1));
    tcg_gen_ld_env(s, g[3], 256, MO_64);
    tcg_gen_binop(s, INDEX_op_add, g[4], g[3], C(s, 1));
    opt_live(s);
    expect_ops("const_prop/forgotten_by_load", s,
               "mov g1,$8; qemu_ld g1,g2,3; add g0,g1,$1; ld_env g3,256,3; add g4,g3,$1");
}

static void test_label_and_calls(void)
{
    TCGContext *s = start();
    int l = tcg_label_new(s);
    TCGv lt = loc(s, "l");
    tcg_gen_movi(s, g[1], 5);
    tcg_gen_mov(s, g[2], g[3]);
    tcg_gen_movi(s, lt, 9);
    tcg_gen_set_label(s, l);
    tcg_gen_binop(s, INDEX_op_add, g[0], g[1], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[4], g[2], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[5], lt, C(s, 1));
    opt_live(s);
    expect_ops("label/forgets", s,
               "mov g1,$5; mov g2,g3; mov l,$9; set_label L0; add g0,g1,$1; add g4,g2,$1; "
               "add g5,l,$1");

    /* The same without the label folds: the test above can fail. */
    s = start();
    lt = loc(s, "l");
    tcg_gen_movi(s, g[1], 5);
    tcg_gen_mov(s, g[2], g[3]);
    tcg_gen_movi(s, lt, 9);
    tcg_gen_binop(s, INDEX_op_add, g[0], g[1], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[4], g[2], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[5], lt, C(s, 1));
    opt(s);
    expect_ops("label/control", s,
               "mov g1,$5; mov g2,g3; mov l,$9; mov g0,$6; add g4,g3,$1; mov g5,$10");

    static const TCGHelperInfo h_rw = {"h_rw", NULL, 0, false, 0};
    static const TCGHelperInfo h_nw = {"h_nw", NULL, 0, false, TCG_CALL_NO_WRITE_GLOBALS};
    static const TCGHelperInfo h_ret = {"h_ret", NULL, 0, true, TCG_CALL_NO_RWG};
    for (int k = 0; k < 2; k++) {
        s = start();
        TCGv t = tmp(s, "t");
        tcg_gen_movi(s, g[1], 5);
        tcg_gen_mov(s, g[2], g[3]);
        tcg_gen_movi(s, t, 11);
        tcg_gen_call(s, k ? &h_nw : &h_rw, -1, 0, NULL);
        tcg_gen_binop(s, INDEX_op_add, g[0], g[1], C(s, 1));
        tcg_gen_binop(s, INDEX_op_add, g[4], g[2], C(s, 1));
        tcg_gen_binop(s, INDEX_op_add, g[5], t, C(s, 1));
        opt_live(s);
        if (k == 0)
            expect_ops("call/writes_globals_forgets", s,
                       "mov g1,$5; mov g2,g3; h_rw; add g0,g1,$1; add g4,g2,$1; mov g5,$12");
        else
            expect_ops("call/no_write_globals_keeps", s,
                       "mov g1,$5; mov g2,g3; h_nw; mov g0,$6; add g4,g3,$1; mov g5,$12");
    }

    /* A call's result is new even when the call writes no global. */
    s = start();
    tcg_gen_movi(s, g[1], 5);
    tcg_gen_mov(s, g[2], g[3]);
    tcg_gen_call(s, &h_ret, g[1], 0, NULL);
    tcg_gen_call(s, &h_ret, g[3], 0, NULL);
    tcg_gen_binop(s, INDEX_op_add, g[0], g[1], C(s, 1));
    tcg_gen_binop(s, INDEX_op_add, g[4], g[2], C(s, 1));
    opt_live(s);
    expect_ops("call/result_forgets", s,
               "mov g1,$5; mov g2,g3; h_ret g1; h_ret g3; add g0,g1,$1; add g4,g2,$1");
}

/* ---- Algebraic identities. ---- */

static void test_identities(void)
{
    static const struct {
        const char *name;
        TCGOpcode opc;
        int a, b; /* >= 0: global index; < 0: the constant -(x + 10) */
        const char *want;
    } rows[] = {
#define K(v) (-(v)-10)
        {"add_x_0", INDEX_op_add, 1, K(0), "mov g0,g1"},
        {"add_0_x", INDEX_op_add, K(0), 1, "mov g0,g1"},
        {"sub_x_0", INDEX_op_sub, 1, K(0), "mov g0,g1"},
        {"sub_x_x", INDEX_op_sub, 1, 1, "mov g0,$0"},
        {"or_x_0", INDEX_op_or, 1, K(0), "mov g0,g1"},
        {"or_0_x", INDEX_op_or, K(0), 1, "mov g0,g1"},
        {"or_x_x", INDEX_op_or, 1, 1, "mov g0,g1"},
        {"xor_x_0", INDEX_op_xor, 1, K(0), "mov g0,g1"},
        {"xor_0_x", INDEX_op_xor, K(0), 1, "mov g0,g1"},
        {"xor_x_x", INDEX_op_xor, 1, 1, "mov g0,$0"},
        {"and_x_0", INDEX_op_and, 1, K(0), "mov g0,$0"},
        {"and_0_x", INDEX_op_and, K(0), 1, "mov g0,$0"},
        {"and_x_m1", INDEX_op_and, 1, -9, "mov g0,g1"}, /* -9 = K(-1) */
        {"and_m1_x", INDEX_op_and, -9, 1, "mov g0,g1"},
        {"and_x_x", INDEX_op_and, 1, 1, "mov g0,g1"},
        {"mul_x_1", INDEX_op_mul, 1, K(1), "mov g0,g1"},
        {"mul_1_x", INDEX_op_mul, K(1), 1, "mov g0,g1"},
        {"mul_x_0", INDEX_op_mul, 1, K(0), "mov g0,$0"},
        {"mul_0_x", INDEX_op_mul, K(0), 1, "mov g0,$0"},
        {"shl_x_0", INDEX_op_shl, 1, K(0), "mov g0,g1"},
        {"shr_x_0", INDEX_op_shr, 1, K(0), "mov g0,g1"},
        {"sar_x_0", INDEX_op_sar, 1, K(0), "mov g0,g1"},
        /* Not identities: 0 - x, 0 << x, x * -1, x & 1 stay. */
        {"sub_0_x_stays", INDEX_op_sub, K(0), 1, "sub g0,$0,g1"},
        {"shl_0_x_stays", INDEX_op_shl, K(0), 1, "shl g0,$0,g1"},
        {"shr_1_x_stays", INDEX_op_shr, K(1), 1, "shr g0,$1,g1"},
        {"and_x_1_stays", INDEX_op_and, 1, K(1), "and g0,g1,$1"},
        {"add_x_y_stays", INDEX_op_add, 1, 2, "add g0,g1,g2"},
        {"sub_x_y_stays", INDEX_op_sub, 1, 2, "sub g0,g1,g2"},
        {"div_x_1_stays_or_mov", INDEX_op_div, 1, K(1), NULL},
#undef K
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        TCGContext *s = start();
        TCGv a = rows[i].a >= 0 ? g[rows[i].a] : C(s, -(rows[i].a + 10));
        TCGv b = rows[i].b >= 0 ? g[rows[i].b] : C(s, -(rows[i].b + 10));
        tcg_gen_binop(s, rows[i].opc, g[0], a, b);
        opt_live(s);
        char name[96];
        snprintf(name, sizeof(name), "identity/%s", rows[i].name);
        if (rows[i].want) {
            expect_ops(name, s, rows[i].want);
        } else {
            const char *got = fmt_ops(s);
            if (strcmp(got, "div g0,g1,$1") && strcmp(got, "mov g0,g1")) {
                snprintf(errbuf, sizeof(errbuf), "got \"%s\"", got);
                report(name, errbuf);
            } else {
                report(name, NULL);
            }
        }
    }

    /* The identity applies to a temp that is a copy / holds a constant. */
    TCGContext *s = start();
    TCGv t = tmp(s, "t"), z = tmp(s, "z");
    tcg_gen_mov(s, t, g[1]);
    tcg_gen_movi(s, z, 0);
    tcg_gen_binop(s, INDEX_op_sub, g[0], g[1], t);
    tcg_gen_binop(s, INDEX_op_add, g[2], t, z);
    opt_live(s);
    expect_ops("identity/through_copies", s, "mov g0,$0; mov g2,g1");
}

/* ---- Liveness. ---- */

static const TCGOp *nth_live(const TCGContext *s, int n)
{
    for (int i = 0; i < s->nb_ops; i++)
        if (s->ops[i].opc != INDEX_op_nop && n-- == 0) return &s->ops[i];
    return NULL;
}

static void expect_dead(const char *name, const TCGContext *s, const char *want_ops,
                        const int *want_dead, int n)
{
    const char *got = fmt_ops(s);
    if (strcmp(got, want_ops) != 0) {
        snprintf(errbuf, sizeof(errbuf), "got \"%s\", want \"%s\"", got, want_ops);
        report(name, errbuf);
        return;
    }
    for (int i = 0; i < n; i++) {
        const TCGOp *op = nth_live(s, i);
        if (op->dead_args != want_dead[i]) {
            snprintf(errbuf, sizeof(errbuf), "op %d of \"%s\": dead_args %#x, want %#x", i, got,
                     op->dead_args, want_dead[i]);
            report(name, errbuf);
            return;
        }
    }
    report(name, NULL);
}

static void test_liveness(void)
{
    static const TCGHelperInfo h_se = {"h_se", NULL, 1, true, 0};
    static const TCGHelperInfo h_pure = {"h_pure", NULL, 1, true,
                                         TCG_CALL_NO_RWG | TCG_CALL_NO_SIDE_EFFECTS};

    TCGContext *s = start();
    TCGv t = tmp(s, "t"), u = tmp(s, "u");
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_mul, u, t, g[3]);
    tcg_gen_mov(s, g[0], g[1]);
    opt_live(s);
    expect_ops("dce/unused_chain", s, "mov g0,g1");

    /* Side effects stay, even with unused outputs; a global write stays. */
    s = start();
    t = tmp(s, "t");
    u = tmp(s, "u");
    TCGv v = tmp(s, "v"), w = tmp(s, "w");
    tcg_gen_qemu_ld(s, t, g[1], MO_32 | MO_SIGN, 0);
    tcg_gen_qemu_st(s, g[2], g[1], MO_8, 0);
    tcg_gen_call(s, &h_se, u, 1, &g[3]);
    tcg_gen_call(s, &h_pure, v, 1, &g[3]);
    tcg_gen_st_env(s, g[2], 512, MO_16);
    tcg_gen_binop(s, INDEX_op_add, w, g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_add, g[4], g[1], g[2]);
    opt_live(s);
    expect_ops("dce/side_effects_stay", s,
               "qemu_ld t,g1,6; qemu_st g2,g1,0; h_se u,g3; st_env g2,512,1; add g4,g1,g2");
    const TCGOp *ld = nth_live(s, 0), *call = nth_live(s, 2);
    if (ld && call && (!(ld->dead_outputs & 1) || !(call->dead_outputs & 1)))
        report("dce/dead_outputs", "unused outputs of qemu_ld / call not in dead_outputs");
    else
        report("dce/dead_outputs", NULL);

    /* A global output is never dead even when overwritten later. */
    s = start();
    tcg_gen_binop(s, INDEX_op_add, g[0], g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_sub, g[0], g[1], g[2]);
    opt_live(s);
    expect_ops("dce/global_writes_stay", s, "add g0,g1,g2; sub g0,g1,g2");

    /* Last uses. */
    s = start();
    t = tmp(s, "t");
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_add, g[0], t, C(s, 1));
    tcg_gen_binop(s, INDEX_op_sub, g[3], g[4], t);
    opt_live(s);
    expect_dead("dead_args/last_use", s, "add t,g1,g2; add g0,t,$1; sub g3,g4,t",
                (const int[]){0, 0, 2}, 3);

    /* The same temp twice in one op dies at its last mention only. */
    s = start();
    t = tmp(s, "t");
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_mul, g[0], t, t);
    opt_live(s);
    expect_dead("dead_args/twice", s, "add t,g1,g2; mul g0,t,t", (const int[]){0, 2}, 2);

    /* An input that is also the output lives on in its new value. */
    s = start();
    t = tmp(s, "t");
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_mul, t, t, g[3]);
    tcg_gen_unop(s, INDEX_op_neg, t, t);
    tcg_gen_movcond(s, TCG_COND_LT, t, g[1], g[2], g[3], t);
    tcg_gen_mov(s, g[0], t);
    opt_live(s);
    expect_dead("dead_args/input_is_output", s,
                "add t,g1,g2; mul t,t,g3; neg t,t; movcond t,g1,g2,g3,t,lt; mov g0,t",
                (const int[]){0, 0, 0, 0, 1}, 5);

    /* Globals and constants are never dead; several temps die at once. */
    s = start();
    t = tmp(s, "t");
    u = tmp(s, "u");
    tcg_gen_binop(s, INDEX_op_add, t, g[1], C(s, 100));
    tcg_gen_binop(s, INDEX_op_add, u, g[2], C(s, 100));
    tcg_gen_movcond(s, TCG_COND_EQ, g[0], t, g[3], u, C(s, 100));
    opt_live(s);
    expect_dead("dead_args/movcond", s, "add t,g1,$100; add u,g2,$100; movcond g0,t,g3,u,$100,eq",
                (const int[]){0, 0, 5}, 3);

    /* Call inputs: the temp dies at the call. */
    s = start();
    t = tmp(s, "t");
    u = tmp(s, "u");
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_call(s, &h_se, u, 1, &t);
    tcg_gen_mov(s, g[0], u);
    opt_live(s);
    expect_dead("dead_args/call", s, "add t,g1,g2; h_se u,t; mov g0,u", (const int[]){0, 1, 1}, 3);

    /* A NORMAL temp dies at a branch that uses it; a LOCAL one lives on at
     * a block end (its value must reach its frame slot). */
    s = start();
    t = tmp(s, "t");
    TCGv l1 = loc(s, "l");
    int lab = tcg_label_new(s);
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_binop(s, INDEX_op_add, l1, g[1], g[3]);
    tcg_gen_brcond(s, TCG_COND_EQ, t, l1, lab);
    tcg_gen_mov(s, g[0], l1);
    tcg_gen_set_label(s, lab);
    tcg_gen_exit_tb(s, 0);
    opt_live(s);
    expect_dead("dead_args/brcond", s,
                "add t,g1,g2; add l,g1,g3; brcond t,l,eq,L0; mov g0,l; set_label L0; exit_tb 0",
                (const int[]){0, 0, 1, 0, 0, 0}, 6);

    /* A NORMAL temp computed before a block end and not used in the block
     * is dead code. */
    s = start();
    t = tmp(s, "t");
    lab = tcg_label_new(s);
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_set_label(s, lab);
    tcg_gen_exit_tb(s, 0);
    opt_live(s);
    expect_ops("dce/normal_at_bb_end", s, "set_label L0; exit_tb 0");
}

/* A block end after a copy from a NORMAL temp: the copy may be used after
 * the block end, the temp may not (liveness treats it as dead there). */
static void test_copy_across_brcond(void)
{
    TCGContext *s = start();
    TCGv t = tmp(s, "t");
    int lab = tcg_label_new(s);
    tcg_gen_binop(s, INDEX_op_add, t, g[1], g[2]);
    tcg_gen_mov(s, g[0], t);
    tcg_gen_brcond(s, TCG_COND_EQ, g[3], C(s, 0), lab);
    tcg_gen_binop(s, INDEX_op_add, g[3], g[0], C(s, 1));
    tcg_gen_set_label(s, lab);
    tcg_gen_exit_tb(s, 0);
    opt_live(s);
    /* Whatever the passes did, no NORMAL temp may be read after the
     * brcond (op 2) unless written again after it. */
    const char *err = NULL;
    for (int i = 3; i < s->nb_ops && !err; i++) {
        const TCGOp *op = &s->ops[i];
        for (int a = op->nb_oargs; a < op->nb_oargs + op->nb_iargs; a++)
            if (op->opc != INDEX_op_nop && op->args[a] == t) err = "t read after the brcond";
    }
    if (err) {
        snprintf(errbuf, sizeof(errbuf), "%s: \"%s\"", err, fmt_ops(s));
        report("copy_prop/normal_temp_not_across_brcond", errbuf);
    } else {
        report("copy_prop/normal_temp_not_across_brcond", NULL);
    }
}

/* ---- Random programs through an interpreter. ---- */

#define NB_LOCALS 3
static uint64_t *cur_env; /* the interpreter's globals, for the helpers */

static uint64_t h_mix(uint64_t *env, uint64_t a, uint64_t b)
{
    return a * 31 + (b ^ 0x5a);
}
static void h_wr(uint64_t *env, uint64_t a)
{
    env[2] = a + 1;
}
static uint64_t h_rd(uint64_t *env)
{
    return env[1] * 3 + env[4];
}

static const TCGHelperInfo rnd_helpers[] = {
    {"mix", (void *)h_mix, 2, true, TCG_CALL_NO_RWG | TCG_CALL_NO_SIDE_EFFECTS},
    {"wr", (void *)h_wr, 1, false, TCG_CALL_NO_READ_GLOBALS},
    {"rd", (void *)h_rd, 0, true, TCG_CALL_NO_WRITE_GLOBALS},
};

typedef struct Interp {
    uint64_t val[MAX_TEMPS];
    bool def[MAX_TEMPS];
    int exit_idx; /* side exit taken, -1: none */
    const char *err;
    int err_op;
} Interp;

static uint64_t rd(Interp *in, const TCGContext *s, int i, TCGv t)
{
    if (s->temps[t].kind == TEMP_CONST) return (uint64_t)s->temps[t].val;
    if (!in->def[t] && !in->err) {
        in->err = "read of a dead or undefined temp";
        in->err_op = i;
    }
    return in->val[t];
}

static void wr(Interp *in, TCGv t, uint64_t v)
{
    in->val[t] = v;
    in->def[t] = true;
}

/* Runs ops[0..n) of s (the temps are s's); the globals are in/out. */
static void interp(const TCGContext *s, const TCGOp *ops, int n, uint64_t *globals, Interp *in)
{
    memset(in, 0, sizeof(*in));
    in->exit_idx = -1;
    for (int t = 0; t < s->nb_globals; t++) wr(in, t, globals[t]);
    cur_env = in->val; /* global i's home is at env + 8 * i */
    int steps = 0;
    for (int i = 0; i < n && !in->err; i++) {
        if (++steps > 100000) {
            in->err = "runaway";
            break;
        }
        const TCGOp *op = &ops[i];
        const int64_t *a = op->args;
        const TCGOpDef *def = &tcg_op_defs[op->opc];
        int target = -1;
        switch (op->opc) {
        case INDEX_op_nop:
        case INDEX_op_set_label: break;
        case INDEX_op_mov: wr(in, a[0], rd(in, s, i, a[1])); break;
        case INDEX_op_neg:
        case INDEX_op_not:
        case INDEX_op_ext32s:
        case INDEX_op_ext32u: wr(in, a[0], ref_unary(op->opc, rd(in, s, i, a[1]))); break;
        case INDEX_op_setcond:
            wr(in, a[0], ref_cond(a[3], rd(in, s, i, a[1]), rd(in, s, i, a[2])));
            break;
        case INDEX_op_movcond: {
            bool c = ref_cond(a[5], rd(in, s, i, a[1]), rd(in, s, i, a[2]));
            uint64_t v1 = rd(in, s, i, a[3]), v2 = rd(in, s, i, a[4]);
            wr(in, a[0], c ? v1 : v2);
            break;
        }
        case INDEX_op_brcond:
            if (ref_cond(a[2], rd(in, s, i, a[0]), rd(in, s, i, a[1]))) target = (int)a[3];
            break;
        case INDEX_op_br: target = (int)a[0]; break;
        case INDEX_op_exit_tb: i = n; break;
        case INDEX_op_brcond_exit:
            /* Leaves the TB: the globals must be exact here. */
            if (ref_cond(a[2], rd(in, s, i, a[0]), rd(in, s, i, a[1]))) {
                in->exit_idx = (int)a[3];
                i = n;
            }
            break;
        case INDEX_op_call: {
            const TCGHelperInfo *h = tcg_op_helper(op);
            uint64_t x[5] = {0};
            for (int k = 0; k < op->nb_iargs; k++) x[k] = rd(in, s, i, a[op->nb_oargs + k]);
            uint64_t r = 0;
            if (h->func == (void *)h_mix) r = h_mix(cur_env, x[0], x[1]);
            if (h->func == (void *)h_wr) h_wr(cur_env, x[0]);
            if (h->func == (void *)h_rd) r = h_rd(cur_env);
            if (op->nb_oargs) wr(in, a[0], r);
            break;
        }
        default:
            if (def->flags & OPF_PURE_BINARY) {
                wr(in, a[0], ref_binary(op->opc, rd(in, s, i, a[1]), rd(in, s, i, a[2])));
                break;
            }
            in->err = "op the interpreter does not know";
            in->err_op = i;
            break;
        }
        if (in->err) break;
        /* Liveness says these are never read again: poison them. */
        for (int k = 0; k < op->nb_iargs; k++)
            if (op->dead_args & (1u << k)) in->def[a[op->nb_oargs + k]] = false;
        for (int k = 0; k < op->nb_oargs; k++)
            if (op->dead_outputs & (1u << k)) in->def[a[k]] = false;
        if (def->flags & OPF_BB_END)
            for (int t = s->nb_globals; t < s->nb_temps; t++)
                if (s->temps[t].kind == TEMP_NORMAL) in->def[t] = false;
        if (target >= 0) {
            int j;
            for (j = i + 1; j < n; j++)
                if (ops[j].opc == INDEX_op_set_label && ops[j].args[0] == target) break;
            if (j == n) {
                in->err = "branch to a label not found ahead";
                in->err_op = i;
                break;
            }
            i = j - 1; /* the label itself runs next */
        }
    }
    for (int t = 0; t < s->nb_globals; t++) globals[t] = in->val[t];
}

/* An operand: a global, a local, a live NORMAL temp, or a constant. */
static TCGv pick_src(TCGContext *s, const TCGv *locals, const TCGv *normals, int nn)
{
    switch (rnd() % 5) {
    case 0:
    case 1: return g[rnd() % NB_G];
    case 2: return locals[rnd() % NB_LOCALS];
    case 3:
        if (nn) return normals[rnd() % nn];
        return g[rnd() % NB_G];
    default: {
        static const int64_t small[] = {0, 1, -1, 2, 63, 64, INT64_MIN, 0x80000000};
        return C(s, rnd() & 1 ? small[rnd() % 8] : (int64_t)interesting[rnd() % NB_INTERESTING]);
    }
    }
}

static TCGv pick_dst(TCGContext *s, const TCGv *locals, TCGv *normals, int *nn)
{
    switch (rnd() % 4) {
    case 0: return g[rnd() % NB_G];
    case 1: return locals[rnd() % NB_LOCALS];
    case 2:
        if (*nn) return normals[rnd() % *nn];
        /* fall through */
    default: {
        TCGv t = tcg_temp_new(s);
        if (*nn < 16) normals[(*nn)++] = t;
        return t;
    }
    }
}

/* mid_brcond: conditional branches anywhere in a block, else only as its
 * last op (right before a label). */
static void gen_random(TCGContext *s, bool mid_brcond)
{
    TCGv locals[NB_LOCALS], normals[16];
    int nn = 0;
    int nblocks = 1 + (int)(rnd() % 4);
    int labels[8];
    for (int b = 0; b < nblocks; b++) labels[b] = tcg_label_new(s);
    for (int i = 0; i < NB_LOCALS; i++) {
        locals[i] = tcg_temp_local_new(s);
        tcg_gen_mov(s, locals[i], g[i]);
    }
    for (int b = 0; b < nblocks; b++) {
        int nops = 2 + (int)(rnd() % 12);
        for (int k = 0; k < nops; k++) {
            unsigned r = rnd() % 20;
            TCGv x = pick_src(s, locals, normals, nn), y = pick_src(s, locals, normals, nn);
            if (r < 8) {
                TCGOpcode opc = binary_ops[rnd() % NB_BINARY];
                if (rnd() % 4 == 0) y = x; /* same operand twice */
                TCGv d = rnd() % 4 == 0 && s->temps[x].kind != TEMP_CONST
                             ? x
                             : pick_dst(s, locals, normals, &nn);
                tcg_gen_binop(s, opc, d, x, y);
            } else if (r < 10) {
                TCGv d = pick_dst(s, locals, normals, &nn);
                if (d != x) tcg_gen_mov(s, d, x);
            } else if (r < 12) {
                TCGv d = rnd() % 3 == 0 && s->temps[x].kind != TEMP_CONST
                             ? x
                             : pick_dst(s, locals, normals, &nn);
                tcg_gen_unop(s, unary_ops[rnd() % 4], d, x);
            } else if (r < 13) {
                tcg_gen_setcond(s, all_conds[rnd() % 10], pick_dst(s, locals, normals, &nn), x, y);
            } else if (r < 15) {
                TCGv v1 = pick_src(s, locals, normals, nn), v2 = pick_src(s, locals, normals, nn);
                tcg_gen_movcond(s, all_conds[rnd() % 10], pick_dst(s, locals, normals, &nn), x, y,
                                v1, v2);
            } else if (r < 17) {
                const TCGHelperInfo *h = &rnd_helpers[rnd() % 3];
                TCGv args[2] = {x, y};
                TCGv ret = h->has_ret ? pick_dst(s, locals, normals, &nn) : -1;
                tcg_gen_call(s, h, ret, h->nb_args, args);
            } else if (r < 18 && (mid_brcond || k == nops - 1)) {
                int to = b + (int)(rnd() % (unsigned)(nblocks - b));
                tcg_gen_brcond(s, all_conds[rnd() % 10], x, y, labels[to]);
                nn = 0; /* NORMAL temps die here */
            } else if (r == 19) {
                /* A side exit, usually not taken. */
                if (rnd() % 2) y = C(s, (int64_t)rnd());
                tcg_gen_brcond_exit(s, rnd() % 2 ? TCG_COND_EQ : all_conds[rnd() % 10], x, y, 2,
                                    0x1000);
            } else if (r == 18 && k == nops - 1) {
                tcg_gen_br(s, labels[b + (int)(rnd() % (unsigned)(nblocks - b))]);
            }
        }
        tcg_gen_set_label(s, labels[b]);
        nn = 0;
    }
    /* Make the locals' final values observable. */
    for (int i = 0; i < NB_LOCALS; i++)
        tcg_gen_binop(s, INDEX_op_xor, g[NB_G - 1 - i], g[NB_G - 1 - i], locals[i]);
    tcg_gen_exit_tb(s, 0);
}

static void test_random(bool mid_brcond)
{
    static TCGOp orig[MAX_OPS];
    static Interp in;
    const char *err = NULL;
    static char e[16384];
    for (int iter = 0; iter < 3000 && !err; iter++) {
        TCGContext *s = start();
        gen_random(s, mid_brcond);
        int n = s->nb_ops;
        memcpy(orig, s->ops, sizeof(TCGOp) * (size_t)n);
        uint64_t init[NB_G], want[NB_G], got[NB_G];
        for (int i = 0; i < NB_G; i++)
            init[i] = rnd() % 3 ? interesting[rnd() % NB_INTERESTING] : rnd();
        memcpy(want, init, sizeof(init));
        interp(s, orig, n, want, &in);
        if (in.err) {
            snprintf(e, sizeof(e), "iteration %d: the generator made bad IR (%s at op %d)", iter,
                     in.err, in.err_op);
            err = e;
            break;
        }
        opt_live(s);
        memcpy(got, init, sizeof(init));
        int want_exit = in.exit_idx;
        interp(s, s->ops, s->nb_ops, got, &in);
        if (!in.err && in.exit_idx != want_exit) in.err = "a different exit was taken";
        if (in.err || memcmp(got, want, sizeof(got)) != 0) {
            /* Show both versions of the program. */
            static TCGOp after[MAX_OPS];
            int m = s->nb_ops;
            memcpy(after, s->ops, sizeof(TCGOp) * (size_t)m);
            memcpy(s->ops, orig, sizeof(TCGOp) * (size_t)n);
            s->nb_ops = n;
            int len = snprintf(e, sizeof(e), "iteration %d: ", iter);
            if (in.err)
                len += snprintf(e + len, sizeof(e) - len, "%s at op %d", in.err, in.err_op);
            else
                for (int i = 0; i < NB_G; i++)
                    if (got[i] != want[i])
                        len +=
                            snprintf(e + len, sizeof(e) - len,
                                     "g%d = %#" PRIx64 ", want %#" PRIx64 " ", i, got[i], want[i]);
            len += snprintf(e + len, sizeof(e) - len, "\n#   before: %s", fmt_ops(s));
            memcpy(s->ops, after, sizeof(TCGOp) * (size_t)m);
            s->nb_ops = m;
            snprintf(e + len, sizeof(e) - len, "\n#   after:  %s", fmt_ops(s));
            err = e;
        }
    }
    report(mid_brcond ? "random_programs/brcond_mid_block" : "random_programs/brcond_at_block_end",
           err);
}

int main(void)
{
    ctx_init();
    test_model();
    test_fold_binary();
    test_fold_unary();
    test_fold_conds();
    test_propagation();
    test_label_and_calls();
    test_identities();
    test_liveness();
    test_copy_across_brcond();
    test_random(false);
    test_random(true);
    return failures != 0;
}
