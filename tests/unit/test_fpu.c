/*
 * Unit test of the F/D arithmetic (target/riscv/fpu_helper.c).
 *
 * The soft-float and the host (SSE/FMA) path are two independent ways to
 * the same IEEE results. In the four rounding modes x86 has, every
 * operation is run through both over inputs biased towards the hard cases
 * (zeros, subnormals, infinities, both NaN kinds, operands whose result is
 * a tie, cancels, or lands at the underflow and overflow thresholds) and
 * the results and flags must agree bit for bit. The conversions to and
 * from integers have a third reference: the host C library on x87 long
 * double (64-bit significand: every double and every 64-bit integer is
 * exact there), which covers RMM too (roundl rounds ties away).
 *
 * Results of RMM arithmetic are checked against QEMU by tests/diff/fp.
 */
#include <fenv.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "target/riscv/fpu_helper.h"

static int failures;
static char why[256];

static void report(const char *name, bool ok)
{
    if (ok) {
        printf("ok fpu/%s\n", name);
    } else {
        printf("not ok fpu/%s: %s\n", name, why);
        failures++;
    }
}

/* xorshift64* */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

typedef struct {
    int mant, ebits, bias;
} Fmt;
static const Fmt fmts[2] = {{23, 8, 127}, {52, 11, 1023}};

static uint64_t make(FpFmt f, bool sign, int biased_exp, uint64_t mant)
{
    const Fmt *m = &fmts[f];
    return (uint64_t)sign << (m->mant + m->ebits) | (uint64_t)biased_exp << m->mant |
           (mant & ((1ull << m->mant) - 1));
}

/* A value biased towards the interesting places. */
static uint64_t value(FpFmt f)
{
    const Fmt *m = &fmts[f];
    int emax = (1 << m->ebits) - 1;
    bool sign = rnd() & 1;
    uint64_t mant = rnd();
    switch (rnd() % 12) {
    case 0: return make(f, sign, 0, 0);                                        /* zero */
    case 1: return make(f, sign, 0, mant);                                     /* subnormal */
    case 2: return make(f, sign, emax, 0);                                     /* infinity */
    case 3: return make(f, sign, emax, mant | 1ull << (m->mant - 1));          /* qNaN */
    case 4: return make(f, sign, emax, (mant & ~(1ull << (m->mant - 1))) | 1); /* sNaN */
    case 5: return make(f, sign, 1 + rnd() % 3, mant);                         /* near min normal */
    case 6: return make(f, sign, emax - 1 - rnd() % 3, mant);                  /* near max */
    case 7: /* few mantissa bits: exact ties in sums and products */
        return make(f, sign, m->bias - 8 + rnd() % 16, mant & (rnd() | rnd() << 40) & 0xf000f);
    case 8: return make(f, sign, m->bias / 2 + rnd() % 8, mant); /* products near the top */
    case 9: return make(f, sign, m->bias / 2 - rnd() % 8, mant); /* products near the bottom */
    case 10: return make(f, sign, m->bias - 30 + rnd() % 60, mant);
    default: return rnd() & (f == FP_S ? 0xffffffffull : ~0ull);
    }
}

static uint64_t ulps(FpFmt f, uint64_t v, int d)
{
    uint64_t mask = f == FP_S ? 0xffffffffull : ~0ull;
    return (v + (uint64_t)(int64_t)d) & mask;
}

static const char *const rm_names[5] = {"rne", "rtz", "rdn", "rup", "rmm"};
static const char *const op_names[4] = {"add", "sub", "mul", "div"};

static bool agree(const char *what, FpFmt f, int rm, uint64_t a, uint64_t b, uint64_t c,
                  uint64_t rs, unsigned fs, uint64_t rh, unsigned fh)
{
    if (rs == rh && fs == fh) return true;
    snprintf(why, sizeof(why),
             "%s.%c %s a=%" PRIx64 " b=%" PRIx64 " c=%" PRIx64 ": soft %" PRIx64
             "/%02x, host %" PRIx64 "/%02x",
             what, f == FP_S ? 's' : 'd', rm_names[rm], a, b, c, rs, fs, rh, fh);
    return false;
}

#ifndef N
#define N 100000
#endif

static bool test_binop(FpFmt f, FpBinop op)
{
    for (int i = 0; i < N; i++) {
        uint64_t a = value(f), b = value(f);
        if (i % 8 == 0) {
            /* a result at the underflow threshold, a cancellation, a tie */
            uint64_t min_normal = make(f, rnd() & 1, 1, 0);
            unsigned fl = 0;
            if (op == FP_MUL) b = hw_binop(f, FP_DIV, min_normal, a, RM_RNE, &fl);
            if (op == FP_DIV) b = hw_binop(f, FP_DIV, a, min_normal, RM_RNE, &fl);
            if (op == FP_ADD) b = a ^ (f == FP_S ? 0x80000000ull : 1ull << 63);
            if (op == FP_SUB) b = a;
            b = ulps(f, b, (int)(rnd() % 7) - 3);
        }
        for (int rm = 0; rm < 4; rm++) {
            unsigned fs = 0, fh = 0;
            uint64_t rs = sf_binop(f, op, a, b, rm, &fs), rh = hw_binop(f, op, a, b, rm, &fh);
            if (!agree(op_names[op], f, rm, a, b, 0, rs, fs, rh, fh)) return false;
        }
    }
    return true;
}

static bool test_sqrt(FpFmt f)
{
    for (int i = 0; i < N; i++) {
        uint64_t a = value(f);
        if (i % 4 == 0) {
            /* squares of short numbers: exact roots and near-ties */
            uint64_t m = rnd() & (f == FP_S ? 0xfff : 0x3ffffff);
            unsigned fl = 0;
            uint64_t x = sf_from_int(f, m | 1, CVT_LU, RM_RNE, &fl);
            a = ulps(f, hw_binop(f, FP_MUL, x, x, RM_RNE, &fl), (int)(rnd() % 5) - 2);
        }
        for (int rm = 0; rm < 4; rm++) {
            unsigned fs = 0, fh = 0;
            uint64_t rs = sf_sqrt(f, a, rm, &fs), rh = hw_sqrt(f, a, rm, &fh);
            if (!agree("sqrt", f, rm, a, 0, 0, rs, fs, rh, fh)) return false;
        }
    }
    return true;
}

static bool test_fma(FpFmt f)
{
    for (int i = 0; i < N; i++) {
        uint64_t a = value(f), b = value(f), c = value(f);
        unsigned neg = rnd() & 3, fl = 0;
        if (i % 4 == 0) /* c cancels most of the product */
            c = ulps(f,
                     hw_binop(f, FP_MUL, a, b, rnd() & 3, &fl) ^
                         (f == FP_S ? 0x80000000ull : 1ull << 63),
                     (int)(rnd() % 5) - 2);
        if (i % 4 == 1) { /* product near the underflow threshold, small c */
            b = ulps(f, hw_binop(f, FP_DIV, make(f, 0, 1, 0), a, RM_RNE, &fl),
                     (int)(rnd() % 5) - 2);
            c = make(f, rnd() & 1, rnd() % 2, rnd() & 0xff);
        }
        if (i % 16 == 2) { /* infinity times zero plus a NaN */
            a = make(f, 0, (1 << fmts[f].ebits) - 1, 0);
            b = 0;
        }
        for (int rm = 0; rm < 4; rm++) {
            unsigned fs = 0, fh = 0;
            uint64_t rs = sf_fma(f, a, b, c, neg, rm, &fs), rh = hw_fma(f, a, b, c, neg, rm, &fh);
            if (!agree(neg == 0   ? "fmadd"
                       : neg == 1 ? "fnmsub"
                       : neg == 2 ? "fmsub"
                                  : "fnmadd",
                       f, rm, a, b, c, rs, fs, rh, fh))
                return false;
        }
    }
    return true;
}

static bool test_d_to_s(void)
{
    for (int i = 0; i < N; i++) {
        uint64_t a = value(FP_D);
        if (i % 3 == 0) /* around the single range's edges */
            a = make(FP_D, rnd() & 1, 1023 - 126 - (int)(rnd() % 26), rnd());
        if (i % 3 == 1) a = make(FP_D, rnd() & 1, 1023 + 126 + (int)(rnd() % 3), rnd());
        for (int rm = 0; rm < 4; rm++) {
            unsigned fs = 0, fh = 0;
            uint64_t rs = sf_d_to_s(a, rm, &fs), rh = hw_d_to_s(a, rm, &fh);
            if (!agree("fcvt.s", FP_D, rm, a, 0, 0, rs, fs, rh, fh)) return false;
        }
    }
    return true;
}

/* The reference for fcvt to an integer: round in long double with the C
 * library, then apply the RISC-V range rules (NaN and too-large positive
 * values to the maximum, too-large negative ones to the minimum, NV and no
 * NX when out of range). */
static const int fe_modes[4] = {FE_TONEAREST, FE_TOWARDZERO, FE_DOWNWARD, FE_UPWARD};

static uint64_t ref_to_int(long double x, bool is_nan, FpCvtInt to, int rm, unsigned *fl)
{
    bool is_signed = to == CVT_W || to == CVT_L;
    int bits = (to == CVT_W || to == CVT_WU) ? 32 : 64;
    long double lo = is_signed ? -ldexpl(1, bits - 1) : 0;
    long double hi = is_signed ? ldexpl(1, bits - 1) - 1 : ldexpl(1, bits) - 1;
    uint64_t max = is_signed ? (1ull << (bits - 1)) - 1 : ~0ull >> (64 - bits);
    uint64_t min = is_signed ? -(1ull << (bits - 1)) : 0;
    long double r;
    if (is_nan) {
        *fl |= FFLAG_NV;
        return bits == 32 ? (uint64_t)(int64_t)(int32_t)max : max;
    }
    if (rm == RM_RMM) {
        r = roundl(x);
    } else {
        fesetround(fe_modes[rm]);
        r = nearbyintl(x);
        fesetround(FE_TONEAREST);
    }
    uint64_t v;
    if (r > hi || r < lo) {
        *fl |= FFLAG_NV;
        v = r > hi ? max : min;
    } else {
        if (r != x) *fl |= FFLAG_NX;
        v = r < 0 ? (uint64_t)(int64_t)r : (uint64_t)r;
    }
    return bits == 32 ? (uint64_t)(int64_t)(int32_t)v : v;
}

static long double as_ld(FpFmt f, uint64_t a)
{
    if (f == FP_S) {
        uint32_t b = (uint32_t)a;
        float x;
        memcpy(&x, &b, 4);
        return x;
    }
    double x;
    memcpy(&x, &a, 8);
    return x;
}

static bool test_to_int(FpFmt f)
{
    static const char *const kinds[4] = {"w", "wu", "l", "lu"};
    for (int i = 0; i < N; i++) {
        uint64_t a = value(f);
        if (i % 2 == 0) { /* around the integer ranges, and halves */
            int e = (int)(rnd() % 70) - 2;
            a = make(f, rnd() & 1, fmts[f].bias + e, rnd() & (rnd() % 2 ? ~0ull : 0xfull << 40));
        }
        const Fmt *m = &fmts[f];
        bool nan = ((a >> m->mant) & ((1u << m->ebits) - 1)) == (1u << m->ebits) - 1 &&
                   (a & ((1ull << m->mant) - 1)) != 0;
        for (int to = 0; to < 4; to++)
            for (int rm = 0; rm < 5; rm++) {
                unsigned fs = 0, fr = 0;
                uint64_t rs = sf_to_int(f, a, (FpCvtInt)to, rm, &fs);
                uint64_t rr = ref_to_int(as_ld(f, a), nan, (FpCvtInt)to, rm, &fr);
                if (rs != rr || fs != fr) {
                    snprintf(why, sizeof(why),
                             "fcvt.%s.%c %s a=%" PRIx64 ": soft %" PRIx64 "/%02x, ref %" PRIx64
                             "/%02x",
                             kinds[to], f == FP_S ? 's' : 'd', rm_names[rm], a, rs, fs, rr, fr);
                    return false;
                }
            }
    }
    return true;
}

/* fcvt from an integer against the host compiler's conversion under
 * fesetround (-frounding-math is not needed: the operand is volatile). */
static bool test_from_int(FpFmt f)
{
    static const char *const kinds[4] = {"w", "wu", "l", "lu"};
    for (int i = 0; i < N; i++) {
        uint64_t v = rnd() >> (rnd() % 64);
        if (rnd() & 1) v = -v;
        for (int from = 0; from < 4; from++)
            for (int rm = 0; rm < 4; rm++) {
                unsigned fs = 0, fr = 0;
                uint64_t rs = sf_from_int(f, v, (FpCvtInt)from, rm, &fs), rr;
                fesetround(fe_modes[rm]);
                feclearexcept(FE_ALL_EXCEPT);
                volatile int32_t w = (int32_t)v;
                volatile uint32_t wu = (uint32_t)v;
                volatile int64_t l = (int64_t)v;
                volatile uint64_t lu = v;
                if (f == FP_S) {
                    volatile float x = from == CVT_W    ? (float)w
                                       : from == CVT_WU ? (float)wu
                                       : from == CVT_L  ? (float)l
                                                        : (float)lu;
                    float y = x;
                    uint32_t b;
                    memcpy(&b, &y, 4);
                    rr = b;
                } else {
                    volatile double x = from == CVT_W    ? (double)w
                                        : from == CVT_WU ? (double)wu
                                        : from == CVT_L  ? (double)l
                                                         : (double)lu;
                    double y = x;
                    memcpy(&rr, &y, 8);
                }
                if (fetestexcept(FE_INEXACT)) fr |= FFLAG_NX;
                fesetround(FE_TONEAREST);
                if (rs != rr || fs != fr) {
                    snprintf(why, sizeof(why),
                             "fcvt.%c.%s %s v=%" PRIx64 ": soft %" PRIx64 "/%02x, host %" PRIx64
                             "/%02x",
                             f == FP_S ? 's' : 'd', kinds[from], rm_names[rm], v, rs, fs, rr, fr);
                    return false;
                }
            }
    }
    return true;
}

/* Widening is exact: against the host's conversion (NaNs aside). */
static bool test_s_to_d(void)
{
    for (int i = 0; i < N; i++) {
        uint64_t a = value(FP_S);
        unsigned fs = 0;
        uint64_t rs = sf_s_to_d(a, &fs), rr;
        double y = (double)as_ld(FP_S, a);
        memcpy(&rr, &y, 8);
        unsigned fr = 0;
        if (isnan(y)) {
            rr = CANONICAL_NAN_D;
            if (!((a >> 22) & 1)) fr = FFLAG_NV;
        }
        if (rs != rr || fs != fr) {
            snprintf(why, sizeof(why),
                     "fcvt.d.s a=%" PRIx64 ": soft %" PRIx64 "/%02x, ref %" PRIx64 "/%02x", a, rs,
                     fs, rr, fr);
            return false;
        }
    }
    return true;
}

/* Fixed cases whose answer the spec states outright. */
static bool test_fixed(void)
{
    struct {
        FpFmt f;
        int rm;
        uint64_t a, b, want;
        unsigned flags;
    } add[] = {
        /* x + -x is +0, except -0 in RDN */
        {FP_D, RM_RNE, 0x3ff0000000000000ull, 0xbff0000000000000ull, 0, 0},
        {FP_D, RM_RDN, 0x3ff0000000000000ull, 0xbff0000000000000ull, 1ull << 63, 0},
        {FP_S, RM_RMM, 0x3f800000, 0xbf800000, 0, 0},
        {FP_S, RM_RDN, 0x3f800000, 0xbf800000, 0x80000000, 0},
        /* NaN in, canonical NaN out; NV only for a signalling one */
        {FP_D, RM_RNE, 0xfff8000000000123ull, 0, CANONICAL_NAN_D, 0},
        {FP_D, RM_RMM, 0x7ff0000000000001ull, 0, CANONICAL_NAN_D, FFLAG_NV},
        {FP_S, RM_RMM, 0x7f800001, 0x3f800000, CANONICAL_NAN_S, FFLAG_NV},
        /* max + max overflows: infinity in RMM */
        {FP_D, RM_RMM, 0x7fefffffffffffffull, 0x7fefffffffffffffull, 0x7ff0000000000000ull,
         FFLAG_OF | FFLAG_NX},
        /* RMM ties away: 1 + 2^-24 (single) is halfway between 1 and 1 + 2^-23 */
        {FP_S, RM_RMM, 0x3f800000, 0x33800000, 0x3f800001, FFLAG_NX},
        {FP_S, RM_RNE, 0x3f800000, 0x33800000, 0x3f800000, FFLAG_NX},
    };
    for (size_t i = 0; i < sizeof(add) / sizeof(add[0]); i++) {
        unsigned fl = 0;
        uint64_t r = sf_binop(add[i].f, FP_ADD, add[i].a, add[i].b, add[i].rm, &fl);
        if (r != add[i].want || fl != add[i].flags) {
            snprintf(why, sizeof(why), "add case %zu: %" PRIx64 "/%02x, want %" PRIx64 "/%02x", i,
                     r, fl, add[i].want, add[i].flags);
            return false;
        }
    }
    /* inf * 0 + qNaN raises NV (the ISA's rule, not x86's) */
    unsigned fl = 0;
    uint64_t r = sf_fma(FP_D, 0x7ff0000000000000ull, 0, 0x7ff8000000000000ull, 0, RM_RNE, &fl);
    if (r != CANONICAL_NAN_D || fl != FFLAG_NV) {
        snprintf(why, sizeof(why), "fma inf*0+qNaN: %" PRIx64 "/%02x", r, fl);
        return false;
    }
    return true;
}

int main(void)
{
    char name[64];
    report("fixed_cases", test_fixed());
    for (int f = 0; f < 2; f++) {
        char c = f == FP_S ? 's' : 'd';
        for (int op = 0; op < 4; op++) {
            snprintf(name, sizeof(name), "soft_vs_host_%s_%c", op_names[op], c);
            report(name, test_binop((FpFmt)f, (FpBinop)op));
        }
        snprintf(name, sizeof(name), "soft_vs_host_sqrt_%c", c);
        report(name, test_sqrt((FpFmt)f));
        snprintf(name, sizeof(name), "soft_vs_host_fma_%c", c);
        if (fpu_host_has_fma)
            report(name, test_fma((FpFmt)f));
        else
            printf("ok fpu/%s # skipped: no FMA on this host\n", name);
        snprintf(name, sizeof(name), "fcvt_to_int_%c", c);
        report(name, test_to_int((FpFmt)f));
        snprintf(name, sizeof(name), "fcvt_from_int_%c", c);
        report(name, test_from_int((FpFmt)f));
    }
    report("soft_vs_host_fcvt_s_d", test_d_to_s());
    report("fcvt_d_s", test_s_to_d());
    return failures != 0;
}
