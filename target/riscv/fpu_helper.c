/* F and D: the arithmetic behind the FP helpers.
 *
 * Two engines compute every rounded operation, and both must give the
 * RISC-V result and flags exactly (docs/fpu.md has the full argument):
 *
 * - The host path runs the one SSE or FMA instruction that is the IEEE
 *   operation (addsd, mulss, sqrtsd, vfmadd231sd, cvtsd2ss...) with MXCSR
 *   set to the rounding mode and the flags cleared, reads the flags back
 *   and puts the host's default rounding mode back, all in one asm block so
 *   that no compiled code runs in between. x86 and RISC-V agree on IEEE 754
 *   results and flags in RNE, RTZ, RDN and RUP, including tininess, which
 *   both detect after rounding; three things are fixed up here: a NaN
 *   result becomes the canonical NaN (x86 propagates an operand's payload,
 *   or makes its negative "default NaN"), the denormal-operand flag is
 *   dropped, and a fused multiply of infinity by zero raises NV even when
 *   the addend is a quiet NaN (x86 does not; RISC-V requires it).
 *
 * - The soft-float handles RMM, which x86 lacks, fused multiply-add on a
 *   host without FMA, and, in every mode, the conversions, whose x86 forms
 *   have the wrong out-of-range results and no unsigned 64-bit variant.
 *   Each operation produces its exact result as an integer significand and
 *   exponent (the sum, product, quotient or root of integers, with the
 *   bits it cannot keep ORed into a sticky bit far below the rounding
 *   position), and one function rounds that to the format: round_pack().
 *
 * Comparisons, min/max, sign injection and classification have no
 * rounding and are integer code (here or inline in the translator).
 */
#include "target/riscv/fpu_helper.h"

#include <stdlib.h>
#include <string.h>

#include "accel/exec.h"
#include "target/riscv/cpu.h"
#include "target/riscv/helper.h"

typedef unsigned __int128 u128;

bool fpu_host_has_fma;
bool fpu_use_host = true;
bool fpu_inline = true;

__attribute__((constructor)) static void fpu_init(void)
{
    __builtin_cpu_init();
    fpu_host_has_fma = __builtin_cpu_supports("fma");
    const char *mode = getenv("RIVET_FPU");
    if (mode && strcmp(mode, "soft") == 0) fpu_use_host = false;
    if (mode && (strcmp(mode, "soft") == 0 || strcmp(mode, "helper") == 0)) fpu_inline = false;
}

/* ---- Formats ------------------------------------------------------------ */

typedef struct FmtInfo {
    int mant; /* stored significand bits */
    int emax; /* the all-ones biased exponent */
    int bias;
    int sign_bit;  /* 31 or 63 */
    uint64_t qnan; /* the canonical NaN */
} FmtInfo;

static const FmtInfo fmt_info[2] = {
    [FP_S] = {23, 0xff, 127, 31, CANONICAL_NAN_S},
    [FP_D] = {52, 0x7ff, 1023, 63, CANONICAL_NAN_D},
};

typedef enum { K_ZERO, K_FINITE, K_INF, K_QNAN, K_SNAN } Kind;

/* A finite non-zero value is sig * 2^exp, sig an integer. */
typedef struct Unpacked {
    Kind k;
    bool sign;
    int exp;
    uint64_t sig;
} Unpacked;

static inline __attribute__((always_inline)) Unpacked unpack(const FmtInfo *f, uint64_t x)
{
    Unpacked u = {K_FINITE, (x >> f->sign_bit) & 1, 0, 0};
    uint64_t e = (x >> f->mant) & (uint64_t)f->emax;
    uint64_t m = x & ((1ull << f->mant) - 1);
    if (e == (uint64_t)f->emax) {
        if (m == 0)
            u.k = K_INF;
        else
            u.k = (m >> (f->mant - 1)) ? K_QNAN : K_SNAN;
    } else if (e == 0) {
        if (m == 0) u.k = K_ZERO;
        u.sig = m;
        u.exp = 1 - f->bias - f->mant;
    } else {
        u.sig = m | 1ull << f->mant;
        u.exp = (int)e - f->bias - f->mant;
    }
    return u;
}

static inline __attribute__((always_inline)) bool is_nan(const Unpacked *u)
{
    return u->k == K_QNAN || u->k == K_SNAN;
}

static inline __attribute__((always_inline)) uint64_t sign_bits(const FmtInfo *f, bool sign)
{
    return (uint64_t)sign << f->sign_bit;
}
static inline __attribute__((always_inline)) uint64_t pack_inf(const FmtInfo *f, bool sign)
{
    return sign_bits(f, sign) | (uint64_t)f->emax << f->mant;
}
static inline __attribute__((always_inline)) uint64_t pack_zero(const FmtInfo *f, bool sign)
{
    return sign_bits(f, sign);
}

static inline __attribute__((always_inline)) int msb64(uint64_t x)
{
    return 63 - __builtin_clzll(x);
}
static inline __attribute__((always_inline)) int msb128(u128 x)
{
    uint64_t hi = (uint64_t)(x >> 64);
    return hi ? 127 - __builtin_clzll(hi) : msb64((uint64_t)x);
}

/* Shifts right, ORing every bit shifted out into bit 0 (the sticky bit). */
static inline __attribute__((always_inline)) uint64_t shr_jam64(uint64_t x, int n)
{
    if (n <= 0) return x;
    if (n >= 64) return x != 0;
    return (x >> n) | ((x << (64 - n)) != 0);
}
static inline __attribute__((always_inline)) u128 shr_jam128(u128 x, int n)
{
    if (n <= 0) return x;
    if (n >= 128) return x != 0;
    return (x >> n) | ((x << (128 - n)) != 0);
}

/* ---- Rounding ----------------------------------------------------------- */

/* Whether rounding sig at bit s (bits s-1..0 are dropped) goes up. */
static inline __attribute__((always_inline)) bool round_up(uint64_t sig, int s, bool sign, int rm)
{
    uint64_t rest = sig & ((1ull << s) - 1), half = 1ull << (s - 1);
    switch (rm) {
    case RM_RNE: return rest > half || (rest == half && ((sig >> s) & 1));
    case RM_RTZ: return false;
    case RM_RDN: return rest && sign;
    case RM_RUP: return rest && !sign;
    default: return rest >= half; /* RMM */
    }
}

static uint64_t overflow(const FmtInfo *f, bool sign, int rm, unsigned *fl)
{
    *fl |= FFLAG_OF | FFLAG_NX;
    bool to_inf = rm == RM_RNE || rm == RM_RMM || (rm == RM_RDN && sign) || (rm == RM_RUP && !sign);
    uint64_t inf = pack_inf(f, sign);
    return to_inf ? inf : inf - 1; /* the largest finite value */
}

/* Rounds sig * 2^(e - 62), sig in [2^62, 2^63) with bit 0 sticky, to the
 * format. e is the exponent of the leading bit. */
static inline __attribute__((always_inline)) uint64_t round_pack(const FmtInfo *f, bool sign, int e,
                                                                 uint64_t sig, int rm, unsigned *fl)
{
    const int s = 62 - f->mant; /* the bits below the last kept one */
    const uint64_t below = (1ull << s) - 1;
    int E = e + f->bias;
    if (E <= 0) {
        /* Tininess after rounding: tiny unless rounding to the full
         * precision, exponent unbounded, would give the smallest normal. */
        bool carry = E == 0 && (sig | below) == INT64_MAX && round_up(sig, s, sign, rm);
        sig = shr_jam64(sig, 1 - E);
        E = 1;
        if (!carry && (sig & below)) *fl |= FFLAG_UF;
    }
    if (E >= f->emax) return overflow(f, sign, rm, fl);
    bool inexact = (sig & below) != 0;
    /* The leading bit, when present, carries into the exponent field: a
     * subnormal (no leading bit) keeps field 0, and rounding that carries
     * out of the significand bumps the exponent. */
    uint64_t bits = ((uint64_t)(E - 1) << f->mant) + (sig >> s) + round_up(sig, s, sign, rm);
    if ((bits >> f->mant) >= (uint64_t)f->emax) return overflow(f, sign, rm, fl);
    if (inexact) *fl |= FFLAG_NX;
    return sign_bits(f, sign) | bits;
}

/* Rounds sig * 2^exp (sig > 0) to the format. */
static inline __attribute__((always_inline)) uint64_t
round_pack128(const FmtInfo *f, bool sign, int exp, u128 sig, int rm, unsigned *fl)
{
    int msb = msb128(sig);
    uint64_t s64 = msb > 62 ? (uint64_t)shr_jam128(sig, msb - 62) : (uint64_t)sig << (62 - msb);
    return round_pack(f, sign, exp + msb, s64, rm, fl);
}

/* The result of an operation with a NaN operand: canonical, and NV for a
 * signalling one (or for an invalid operation that came with the NaN). */
static uint64_t nan_result(const FmtInfo *f, bool invalid, unsigned *fl)
{
    if (invalid) *fl |= FFLAG_NV;
    return f->qnan;
}

/* ---- Soft-float operations ------------------------------------------------ */

static uint64_t sf_add(const FmtInfo *f, Unpacked x, Unpacked y, uint64_t a, uint64_t b, int rm,
                       unsigned *fl)
{
    if (is_nan(&x) || is_nan(&y)) return nan_result(f, x.k == K_SNAN || y.k == K_SNAN, fl);
    if (x.k == K_INF || y.k == K_INF) {
        if (x.k == K_INF && y.k == K_INF && x.sign != y.sign) return nan_result(f, true, fl);
        return pack_inf(f, x.k == K_INF ? x.sign : y.sign);
    }
    if (x.k == K_ZERO && y.k == K_ZERO)
        return pack_zero(f, x.sign == y.sign ? x.sign : rm == RM_RDN);
    /* With one zero the sum is the other operand, exactly. */
    if (x.k == K_ZERO) return (b & ~sign_bits(f, 1)) | sign_bits(f, y.sign);
    if (y.k == K_ZERO) return a;
    if (x.exp < y.exp) {
        Unpacked t = x;
        x = y;
        y = t;
    }
    /* Exact in 128 bits up to a 70-bit offset; beyond, y is far below
     * x's last bit and only its presence (sticky) matters. */
    int d = x.exp - y.exp, e;
    u128 X, Y;
    if (d <= 70) {
        X = (u128)x.sig << d;
        Y = y.sig;
        e = y.exp;
    } else {
        X = (u128)x.sig << 70;
        Y = shr_jam64(y.sig, d - 70);
        e = x.exp - 70;
    }
    if (x.sign == y.sign) return round_pack128(f, x.sign, e, X + Y, rm, fl);
    if (X == Y) return pack_zero(f, rm == RM_RDN);
    if (X > Y) return round_pack128(f, x.sign, e, X - Y, rm, fl);
    return round_pack128(f, y.sign, e, Y - X, rm, fl);
}

static uint64_t sf_mul(const FmtInfo *f, Unpacked x, Unpacked y, int rm, unsigned *fl)
{
    bool sign = x.sign ^ y.sign;
    if (is_nan(&x) || is_nan(&y)) return nan_result(f, x.k == K_SNAN || y.k == K_SNAN, fl);
    if (x.k == K_INF || y.k == K_INF) {
        if (x.k == K_ZERO || y.k == K_ZERO) return nan_result(f, true, fl);
        return pack_inf(f, sign);
    }
    if (x.k == K_ZERO || y.k == K_ZERO) return pack_zero(f, sign);
    return round_pack128(f, sign, x.exp + y.exp, (u128)x.sig * y.sig, rm, fl);
}

static uint64_t sf_div(const FmtInfo *f, Unpacked x, Unpacked y, int rm, unsigned *fl)
{
    bool sign = x.sign ^ y.sign;
    if (is_nan(&x) || is_nan(&y)) return nan_result(f, x.k == K_SNAN || y.k == K_SNAN, fl);
    if (x.k == K_INF) return y.k == K_INF ? nan_result(f, true, fl) : pack_inf(f, sign);
    if (y.k == K_INF) return pack_zero(f, sign);
    if (y.k == K_ZERO) {
        if (x.k == K_ZERO) return nan_result(f, true, fl);
        *fl |= FFLAG_DZ;
        return pack_inf(f, sign);
    }
    if (x.k == K_ZERO) return pack_zero(f, sign);
    /* Both significands normalized to 64 bits, the dividend shifted up by
     * 63: the quotient has 63 or 64 bits (one x86 divq), the remainder
     * says whether it is exact. */
    int nx = 63 - msb64(x.sig), ny = 63 - msb64(y.sig);
    uint64_t dx = x.sig << nx, dy = y.sig << ny;
    uint64_t q, rem, hi = dx >> 1, lo = dx << 63;
    __asm__("divq %[d]" : "=a"(q), "=d"(rem) : "a"(lo), "d"(hi), [d] "r"(dy));
    q |= rem != 0;
    return round_pack128(f, sign, (x.exp - nx) - (y.exp - ny) - 63, q, rm, fl);
}

/* floor(sqrt(x)), and whether it is exact. */
static uint64_t isqrt128(u128 x, bool *exact)
{
    u128 res = 0, bit = (u128)1 << 126;
    while (bit > x) bit >>= 2;
    while (bit) {
        if (x >= res + bit) {
            x -= res + bit;
            res = (res >> 1) + bit;
        } else {
            res >>= 1;
        }
        bit >>= 2;
    }
    *exact = x == 0;
    return (uint64_t)res;
}

static uint64_t sf_sqrt_u(const FmtInfo *f, Unpacked x, uint64_t a, int rm, unsigned *fl)
{
    if (is_nan(&x)) return nan_result(f, x.k == K_SNAN, fl);
    if (x.k == K_ZERO) return a; /* sqrt(-0) = -0 */
    if (x.sign) return nan_result(f, true, fl);
    if (x.k == K_INF) return a;
    /* An even exponent, and the radicand widened to 125 or 126 bits: the
     * root has 63, far more than needed, and a sticky bit. */
    int e = x.exp;
    u128 r = x.sig;
    if (e & 1) {
        r <<= 1;
        e -= 1;
    }
    int sh = 124 - msb128(r);
    if (sh & 1) sh++;
    r <<= sh;
    e -= sh;
    bool exact;
    uint64_t root = isqrt128(r, &exact);
    return round_pack128(f, false, e / 2, root | !exact, rm, fl);
}

static uint64_t sf_fma_u(const FmtInfo *f, Unpacked x, Unpacked y, Unpacked z, uint64_t c,
                         unsigned neg, int rm, unsigned *fl)
{
    bool sp = x.sign ^ y.sign ^ (neg & FMA_NEG_PRODUCT);
    if (neg & FMA_NEG_ADDEND) {
        z.sign = !z.sign;
        c ^= sign_bits(f, 1);
    }
    bool inf_times_zero = (x.k == K_INF && y.k == K_ZERO) || (x.k == K_ZERO && y.k == K_INF);
    if (is_nan(&x) || is_nan(&y) || is_nan(&z))
        return nan_result(f, x.k == K_SNAN || y.k == K_SNAN || z.k == K_SNAN || inf_times_zero, fl);
    if (inf_times_zero) return nan_result(f, true, fl);
    if (x.k == K_INF || y.k == K_INF) {
        if (z.k == K_INF && z.sign != sp) return nan_result(f, true, fl);
        return pack_inf(f, sp);
    }
    if (z.k == K_INF) return pack_inf(f, z.sign);
    if (x.k == K_ZERO || y.k == K_ZERO) {
        if (z.k == K_ZERO) return pack_zero(f, sp == z.sign ? sp : rm == RM_RDN);
        return c; /* an exact zero plus c */
    }
    u128 P = (u128)x.sig * y.sig; /* exact: at most 106 bits */
    int ep = x.exp + y.exp;
    if (z.k == K_ZERO) return round_pack128(f, sp, ep, P, rm, fl);
    /* Both terms with their leading bit at 125, then the one with the
     * smaller exponent shifted down, keeping a sticky bit. Shifting loses
     * bits only beyond 19 places (the low bits are zeros), and then the
     * sum or difference keeps its leading bit at 124 or above, so the
     * sticky bit stays far below the rounding position. */
    int sh = 125 - msb128(P);
    P <<= sh;
    ep -= sh;
    int shc = 125 - msb64(z.sig);
    u128 C = (u128)z.sig << shc;
    int ec = z.exp - shc, e;
    if (ep >= ec) {
        C = shr_jam128(C, ep - ec);
        e = ep;
    } else {
        P = shr_jam128(P, ec - ep);
        e = ec;
    }
    if (sp == z.sign) return round_pack128(f, sp, e, P + C, rm, fl);
    if (P == C) return pack_zero(f, rm == RM_RDN);
    if (P > C) return round_pack128(f, sp, e, P - C, rm, fl);
    return round_pack128(f, z.sign, e, C - P, rm, fl);
}

uint64_t sf_binop(FpFmt fmt, FpBinop op, uint64_t a, uint64_t b, int rm, unsigned *fl)
{
    const FmtInfo *f = &fmt_info[fmt];
    Unpacked x = unpack(f, a), y = unpack(f, b);
    switch (op) {
    case FP_ADD: return sf_add(f, x, y, a, b, rm, fl);
    case FP_SUB: y.sign = !y.sign; return sf_add(f, x, y, a, b ^ sign_bits(f, 1), rm, fl);
    case FP_MUL: return sf_mul(f, x, y, rm, fl);
    default: return sf_div(f, x, y, rm, fl);
    }
}

uint64_t sf_sqrt(FpFmt fmt, uint64_t a, int rm, unsigned *fl)
{
    const FmtInfo *f = &fmt_info[fmt];
    return sf_sqrt_u(f, unpack(f, a), a, rm, fl);
}

uint64_t sf_fma(FpFmt fmt, uint64_t a, uint64_t b, uint64_t c, unsigned neg, int rm, unsigned *fl)
{
    const FmtInfo *f = &fmt_info[fmt];
    return sf_fma_u(f, unpack(f, a), unpack(f, b), unpack(f, c), c, neg, rm, fl);
}

/* Out-of-range inputs and NaN saturate (NaN to the largest value) and
 * raise NV alone; an in-range inexact result raises NX. */
uint64_t sf_to_int(FpFmt fmt, uint64_t a, FpCvtInt to, int rm, unsigned *fl)
{
    const FmtInfo *f = &fmt_info[fmt];
    Unpacked x = unpack(f, a);
    bool is_signed = to == CVT_W || to == CVT_L;
    int bits = (to == CVT_W || to == CVT_WU) ? 32 : 64;
    uint64_t max_pos = is_signed ? (1ull << (bits - 1)) - 1 : ~0ull >> (64 - bits);
    uint64_t max_neg = is_signed ? 1ull << (bits - 1) : 0; /* magnitude */
    uint64_t mag = 0, r;
    bool inexact = false, sign = x.sign, too_big = false;
    if (is_nan(&x)) {
        sign = false;
        too_big = true;
    } else if (x.k == K_INF) {
        too_big = true;
    } else if (x.k == K_FINITE) {
        if (x.exp >= 0) {
            if (msb64(x.sig) + x.exp >= 64)
                too_big = true;
            else
                mag = x.sig << x.exp;
        } else {
            int n = -x.exp;
            uint64_t rest;
            bool up;
            if (n >= 64) {
                /* below 2^-11: no integer part, less than half */
                mag = 0;
                rest = 1;
                up = (rm == RM_RDN && sign) || (rm == RM_RUP && !sign);
            } else {
                mag = x.sig >> n;
                rest = x.sig & ((1ull << n) - 1);
                up = round_up(x.sig, n, sign, rm);
            }
            inexact = rest != 0;
            mag += up; /* mag < 2^53: no wrap */
        }
    }
    if (!too_big) too_big = sign ? mag > max_neg : mag > max_pos;
    if (too_big) {
        *fl |= FFLAG_NV;
        r = sign ? -max_neg : max_pos;
    } else {
        if (inexact) *fl |= FFLAG_NX;
        r = sign ? -mag : mag;
    }
    return bits == 32 ? (uint64_t)(int64_t)(int32_t)r : r;
}

uint64_t sf_from_int(FpFmt fmt, uint64_t v, FpCvtInt from, int rm, unsigned *fl)
{
    const FmtInfo *f = &fmt_info[fmt];
    bool neg = false;
    uint64_t mag;
    switch (from) {
    case CVT_W:
        neg = (int32_t)v < 0;
        mag = neg ? -(uint64_t)(int64_t)(int32_t)v : (uint32_t)v;
        break;
    case CVT_WU: mag = (uint32_t)v; break;
    case CVT_L:
        neg = (int64_t)v < 0;
        mag = neg ? -v : v;
        break;
    default: mag = v; break;
    }
    if (mag == 0) return 0;
    return round_pack128(f, neg, 0, mag, rm, fl);
}

uint64_t sf_d_to_s(uint64_t a, int rm, unsigned *fl)
{
    const FmtInfo *s = &fmt_info[FP_S];
    Unpacked x = unpack(&fmt_info[FP_D], a);
    if (is_nan(&x)) return nan_result(s, x.k == K_SNAN, fl);
    if (x.k == K_INF) return pack_inf(s, x.sign);
    if (x.k == K_ZERO) return pack_zero(s, x.sign);
    return round_pack128(s, x.sign, x.exp, x.sig, rm, fl);
}

uint64_t sf_s_to_d(uint64_t a, unsigned *fl)
{
    const FmtInfo *d = &fmt_info[FP_D];
    Unpacked x = unpack(&fmt_info[FP_S], a);
    if (is_nan(&x)) return nan_result(d, x.k == K_SNAN, fl);
    if (x.k == K_INF) return pack_inf(d, x.sign);
    if (x.k == K_ZERO) return pack_zero(d, x.sign);
    return round_pack128(d, x.sign, x.exp, x.sig, RM_RNE, fl); /* exact */
}

/* ---- The host path -------------------------------------------------------- */

/* MXCSR: every exception masked, DAZ and FTZ off, and the rounding control
 * in bits 14:13 (00 nearest, 01 down, 10 up, 11 to zero). Outside these
 * functions it always holds the host's default: RNE. */
static const uint32_t mxcsr_default = 0x1f80;
static const uint32_t mxcsr_rm[4] = {
    [RM_RNE] = 0x1f80,
    [RM_RTZ] = 0x7f80,
    [RM_RDN] = 0x3f80,
    [RM_RUP] = 0x5f80,
};

/* MXCSR flags (IE DE ZE OE UE PE in bits 0..5) to fflags (NX UF OF DZ NV
 * in bits 0..4); DE has no RISC-V counterpart. */
#define X86_FLAGS(m)                                                                               \
    ((((m)&1) << 4) | (((m)&4) << 1) | (((m)&8) >> 1) | (((m)&16) >> 3) | (((m)&32) >> 5))
#define X86_FLAGS4(m) X86_FLAGS(m), X86_FLAGS(m + 1), X86_FLAGS(m + 2), X86_FLAGS(m + 3)
#define X86_FLAGS16(m) X86_FLAGS4(m), X86_FLAGS4(m + 4), X86_FLAGS4(m + 8), X86_FLAGS4(m + 12)
const uint8_t fpu_host_flags_map[64] = {X86_FLAGS16(0), X86_FLAGS16(16), X86_FLAGS16(32),
                                        X86_FLAGS16(48)};
static unsigned x86_flags(uint32_t m)
{
    return fpu_host_flags_map[m & 63];
}

/* Loading MXCSR and then reading it back around an operation serializes
 * (about 50 ns; 100 with the restore), while an operation followed by a
 * read of MXCSR costs nothing. So in RNE, MXCSR is not loaded per
 * operation: its flags are sticky, like fflags, and are only cleared when
 * they hold one the caller's fflags lacks (the guest cleared fflags, or
 * host code raised a flag) or when the control bits are not the default.
 * After the operation, MXCSR's flags are those of this operation plus
 * flags already in fflags, so ORing them all into fflags is exact. */
static inline __attribute__((always_inline)) void host_begin(unsigned have)
{
    uint32_t m;
    __asm__ volatile("stmxcsr %0" : "=m"(m));
    if ((m & ~0x3fu) != mxcsr_default || (x86_flags(m) & ~have))
        __asm__ volatile("ldmxcsr %0" : : "m"(mxcsr_default));
}

/* "insn src, dst", then MXCSR into st. */
#define HOST_OP(insn, dst, src, st)                                                                \
    __asm__ volatile(insn " %[y], %[x]\n\t"                                                        \
                          "stmxcsr %[s]"                                                           \
                     : [x] "+x"(dst), [s] "=m"(st)                                                 \
                     : [y] "x"(src))
/* dst = a * b + dst, one rounding, then MXCSR into st. */
#define HOST_FMA(insn, dst, a, b, st)                                                              \
    __asm__ volatile(insn " %[y], %[x], %[z]\n\t"                                                  \
                          "stmxcsr %[s]"                                                           \
                     : [z] "+x"(dst), [s] "=m"(st)                                                 \
                     : [x] "x"(a), [y] "x"(b))

/* The same under another rounding mode, precise: the mode and clear flags
 * loaded, the flags read, the default put back, in one asm block so that
 * no compiled code runs in between. Slow; the unit test uses it to check
 * the soft-float in the directed modes against the hardware. */
#define HOST_OP_RM(insn, dst, src, csr, st)                                                        \
    __asm__ volatile("ldmxcsr %[c]\n\t" insn " %[y], %[x]\n\t"                                     \
                     "stmxcsr %[s]\n\t"                                                            \
                     "ldmxcsr %[d]"                                                                \
                     : [x] "+x"(dst), [s] "=m"(st)                                                 \
                     : [y] "x"(src), [c] "m"(csr), [d] "m"(mxcsr_default))
#define HOST_FMA_RM(insn, dst, a, b, csr, st)                                                      \
    __asm__ volatile("ldmxcsr %[c]\n\t" insn " %[y], %[x], %[z]\n\t"                               \
                     "stmxcsr %[s]\n\t"                                                            \
                     "ldmxcsr %[d]"                                                                \
                     : [z] "+x"(dst), [s] "=m"(st)                                                 \
                     : [x] "x"(a), [y] "x"(b), [c] "m"(csr), [d] "m"(mxcsr_default))

/* One operation: fast in RNE, precise otherwise. */
#define HOST_RUN(insn, dst, src, rm, have, st)                                                     \
    do {                                                                                           \
        if ((rm) == RM_RNE) {                                                                      \
            host_begin(have);                                                                      \
            HOST_OP(insn, dst, src, st);                                                           \
        } else {                                                                                   \
            uint32_t csr_ = mxcsr_rm[(rm)&3];                                                      \
            HOST_OP_RM(insn, dst, src, csr_, st);                                                  \
        }                                                                                          \
    } while (0)

static float f32(uint64_t bits)
{
    uint32_t b = (uint32_t)bits;
    float v;
    memcpy(&v, &b, 4);
    return v;
}
static double f64(uint64_t bits)
{
    double v;
    memcpy(&v, &bits, 8);
    return v;
}
static uint64_t finish_s(float v, uint32_t st, unsigned *fl)
{
    uint32_t b;
    memcpy(&b, &v, 4);
    *fl |= x86_flags(st);
    return (b & 0x7fffffffu) > 0x7f800000u ? CANONICAL_NAN_S : b;
}
static uint64_t finish_d(double v, uint32_t st, unsigned *fl)
{
    uint64_t b;
    memcpy(&b, &v, 8);
    *fl |= x86_flags(st);
    return (b & INT64_MAX) > 0x7ff0000000000000ull ? CANONICAL_NAN_D : b;
}

/* have: flags the caller has accrued already (its fflags), which the
 * result's flags may include again. */
static inline __attribute__((always_inline)) uint64_t
host_binop(FpFmt fmt, FpBinop op, uint64_t a, uint64_t b, int rm, unsigned have, unsigned *fl)
{
    uint32_t st;
    if (fmt == FP_S) {
        float x = f32(a), y = f32(b);
        switch (op) {
        case FP_ADD: HOST_RUN("addss", x, y, rm, have, st); break;
        case FP_SUB: HOST_RUN("subss", x, y, rm, have, st); break;
        case FP_MUL: HOST_RUN("mulss", x, y, rm, have, st); break;
        default: HOST_RUN("divss", x, y, rm, have, st); break;
        }
        return finish_s(x, st, fl);
    }
    double x = f64(a), y = f64(b);
    switch (op) {
    case FP_ADD: HOST_RUN("addsd", x, y, rm, have, st); break;
    case FP_SUB: HOST_RUN("subsd", x, y, rm, have, st); break;
    case FP_MUL: HOST_RUN("mulsd", x, y, rm, have, st); break;
    default: HOST_RUN("divsd", x, y, rm, have, st); break;
    }
    return finish_d(x, st, fl);
}

static inline __attribute__((always_inline)) uint64_t host_sqrt(FpFmt fmt, uint64_t a, int rm,
                                                                unsigned have, unsigned *fl)
{
    uint32_t st;
    if (fmt == FP_S) {
        float x = f32(a), r = 0;
        HOST_RUN("sqrtss", r, x, rm, have, st);
        return finish_s(r, st, fl);
    }
    double x = f64(a), r = 0;
    HOST_RUN("sqrtsd", r, x, rm, have, st);
    return finish_d(r, st, fl);
}

static inline __attribute__((always_inline)) uint64_t host_fma(FpFmt fmt, uint64_t a, uint64_t b,
                                                               uint64_t c, unsigned neg, int rm,
                                                               unsigned have, unsigned *fl)
{
    const FmtInfo *f = &fmt_info[fmt];
    uint32_t st, csr = mxcsr_rm[rm & 3];
    uint64_t abs_mask = sign_bits(f, 1) - 1, inf = pack_inf(f, 0);
    uint64_t ma = a & abs_mask, mb = b & abs_mask;
    if ((ma == inf && mb == 0) || (ma == 0 && mb == inf)) *fl |= FFLAG_NV;
    if (neg & FMA_NEG_PRODUCT) a ^= sign_bits(f, 1);
    if (neg & FMA_NEG_ADDEND) c ^= sign_bits(f, 1);
    if (fmt == FP_S) {
        float x = f32(a), y = f32(b), z = f32(c);
        if (rm == RM_RNE) {
            host_begin(have);
            HOST_FMA("vfmadd231ss", z, x, y, st);
        } else {
            HOST_FMA_RM("vfmadd231ss", z, x, y, csr, st);
        }
        return finish_s(z, st, fl);
    }
    double x = f64(a), y = f64(b), z = f64(c);
    if (rm == RM_RNE) {
        host_begin(have);
        HOST_FMA("vfmadd231sd", z, x, y, st);
    } else {
        HOST_FMA_RM("vfmadd231sd", z, x, y, csr, st);
    }
    return finish_d(z, st, fl);
}

static inline __attribute__((always_inline)) uint64_t host_d_to_s(uint64_t a, int rm, unsigned have,
                                                                  unsigned *fl)
{
    uint32_t st;
    double x = f64(a);
    float r = 0;
    HOST_RUN("cvtsd2ss", r, x, rm, have, st);
    return finish_s(r, st, fl);
}

/* The public forms report exactly this operation's flags (have = 0). */
uint64_t hw_binop(FpFmt f, FpBinop op, uint64_t a, uint64_t b, int rm, unsigned *fl)
{
    return host_binop(f, op, a, b, rm, 0, fl);
}
uint64_t hw_sqrt(FpFmt f, uint64_t a, int rm, unsigned *fl)
{
    return host_sqrt(f, a, rm, 0, fl);
}
uint64_t hw_fma(FpFmt f, uint64_t a, uint64_t b, uint64_t c, unsigned neg, int rm, unsigned *fl)
{
    return host_fma(f, a, b, c, neg, rm, 0, fl);
}
uint64_t hw_d_to_s(uint64_t a, int rm, unsigned *fl)
{
    return host_d_to_s(a, rm, 0, fl);
}

/* ---- Helpers -------------------------------------------------------------- */

static inline uint64_t unbox_s(uint64_t v)
{
    return (v >> 32) == 0xffffffffu ? (uint32_t)v : CANONICAL_NAN_S;
}
static inline uint64_t box_s(uint64_t v)
{
    return v | 0xffffffff00000000ull;
}
/* The rm argument: the mode, or 7 for frm. A reserved frm never gets
 * here: the translator refuses it (frm is in the TB flags). */
static inline int rm_of(const RISCVCPU *cpu, uint64_t arg)
{
    unsigned rm = arg & 7;
    return rm == RM_DYN ? (int)cpu->frm : (int)rm;
}
/* The host path serves RNE, the mode nearly all code runs in; the
 * directed modes and RMM go to the soft-float, which is faster than
 * switching MXCSR's rounding control (see host_begin). */
static inline bool on_host(int rm)
{
    return rm == RM_RNE && fpu_use_host;
}

/* The soft-float paths, out of line: the host paths then need no stack
 * frame and keep the flags in a register. */
static __attribute__((noinline)) uint64_t soft_binop(RISCVCPU *cpu, FpFmt f, FpBinop op, uint64_t a,
                                                     uint64_t b, int rm)
{
    unsigned fl = 0;
    uint64_t r = sf_binop(f, op, a, b, rm, &fl);
    cpu->fflags |= fl;
    return r;
}
static __attribute__((noinline)) uint64_t soft_sqrt(RISCVCPU *cpu, FpFmt f, uint64_t a, int rm)
{
    unsigned fl = 0;
    uint64_t r = sf_sqrt(f, a, rm, &fl);
    cpu->fflags |= fl;
    return r;
}
static __attribute__((noinline)) uint64_t soft_fma(RISCVCPU *cpu, FpFmt f, uint64_t a, uint64_t b,
                                                   uint64_t c, unsigned neg, int rm)
{
    unsigned fl = 0;
    uint64_t r = sf_fma(f, a, b, c, neg, rm, &fl);
    cpu->fflags |= fl;
    return r;
}

#define BINOP_HELPERS(name, op)                                                                    \
    static uint64_t helper_##name##_s(RISCVCPU *cpu, uint64_t a, uint64_t b, uint64_t rmarg)       \
    {                                                                                              \
        int rm = rm_of(cpu, rmarg);                                                                \
        a = unbox_s(a);                                                                            \
        b = unbox_s(b);                                                                            \
        if (!on_host(rm)) return box_s(soft_binop(cpu, FP_S, op, a, b, rm));                       \
        unsigned fl = 0;                                                                           \
        uint64_t r = host_binop(FP_S, op, a, b, rm, cpu->fflags, &fl);                             \
        cpu->fflags |= fl;                                                                         \
        return box_s(r);                                                                           \
    }                                                                                              \
    static uint64_t helper_##name##_d(RISCVCPU *cpu, uint64_t a, uint64_t b, uint64_t rmarg)       \
    {                                                                                              \
        int rm = rm_of(cpu, rmarg);                                                                \
        if (!on_host(rm)) return soft_binop(cpu, FP_D, op, a, b, rm);                              \
        unsigned fl = 0;                                                                           \
        uint64_t r = host_binop(FP_D, op, a, b, rm, cpu->fflags, &fl);                             \
        cpu->fflags |= fl;                                                                         \
        return r;                                                                                  \
    }
BINOP_HELPERS(fadd, FP_ADD)
BINOP_HELPERS(fsub, FP_SUB)
BINOP_HELPERS(fmul, FP_MUL)
BINOP_HELPERS(fdiv, FP_DIV)

static uint64_t helper_fsqrt_s(RISCVCPU *cpu, uint64_t a, uint64_t rmarg)
{
    int rm = rm_of(cpu, rmarg);
    a = unbox_s(a);
    if (!on_host(rm)) return box_s(soft_sqrt(cpu, FP_S, a, rm));
    unsigned fl = 0;
    uint64_t r = host_sqrt(FP_S, a, rm, cpu->fflags, &fl);
    cpu->fflags |= fl;
    return box_s(r);
}
static uint64_t helper_fsqrt_d(RISCVCPU *cpu, uint64_t a, uint64_t rmarg)
{
    int rm = rm_of(cpu, rmarg);
    if (!on_host(rm)) return soft_sqrt(cpu, FP_D, a, rm);
    unsigned fl = 0;
    uint64_t r = host_sqrt(FP_D, a, rm, cpu->fflags, &fl);
    cpu->fflags |= fl;
    return r;
}

/* arg: rm | FMA_NEG_* << 3 */
static uint64_t helper_fmadd_s(RISCVCPU *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t arg)
{
    int rm = rm_of(cpu, arg);
    unsigned neg = (arg >> 3) & 3;
    a = unbox_s(a);
    b = unbox_s(b);
    c = unbox_s(c);
    if (!on_host(rm) || !fpu_host_has_fma) return box_s(soft_fma(cpu, FP_S, a, b, c, neg, rm));
    unsigned fl = 0;
    uint64_t r = host_fma(FP_S, a, b, c, neg, rm, cpu->fflags, &fl);
    cpu->fflags |= fl;
    return box_s(r);
}
static uint64_t helper_fmadd_d(RISCVCPU *cpu, uint64_t a, uint64_t b, uint64_t c, uint64_t arg)
{
    int rm = rm_of(cpu, arg);
    unsigned neg = (arg >> 3) & 3;
    if (!on_host(rm) || !fpu_host_has_fma) return soft_fma(cpu, FP_D, a, b, c, neg, rm);
    unsigned fl = 0;
    uint64_t r = host_fma(FP_D, a, b, c, neg, rm, cpu->fflags, &fl);
    cpu->fflags |= fl;
    return r;
}

/* ---- Comparisons, min and max ---------------------------------------------- */

static bool nan_bits(const FmtInfo *f, uint64_t x)
{
    uint64_t abs = x & (sign_bits(f, 1) - 1);
    return abs > pack_inf(f, 0);
}
static bool snan_bits(const FmtInfo *f, uint64_t x)
{
    return nan_bits(f, x) && !((x >> (f->mant - 1)) & 1);
}

/* a < b for non-NaN values, -0 and +0 being equal. */
static bool less(const FmtInfo *f, uint64_t a, uint64_t b)
{
    uint64_t abs_mask = sign_bits(f, 1) - 1;
    bool sa = (a >> f->sign_bit) & 1, sb = (b >> f->sign_bit) & 1;
    uint64_t ma = a & abs_mask, mb = b & abs_mask;
    if (ma == 0 && mb == 0) return false;
    if (sa != sb) return sa;
    return sa ? ma > mb : ma < mb;
}

static uint64_t fcmp(RISCVCPU *cpu, FpFmt fmt, uint64_t a, uint64_t b, int which)
{
    const FmtInfo *f = &fmt_info[fmt];
    if (nan_bits(f, a) || nan_bits(f, b)) {
        /* feq is a quiet comparison; flt and fle signal on any NaN */
        if (which != 0 || snan_bits(f, a) || snan_bits(f, b)) cpu->fflags |= FFLAG_NV;
        return 0;
    }
    bool lt = less(f, a, b), eq = !lt && !less(f, b, a);
    return which == 0 ? eq : which == 1 ? lt : lt || eq;
}

static uint64_t helper_feq_s(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fcmp(cpu, FP_S, unbox_s(a), unbox_s(b), 0);
}
static uint64_t helper_flt_s(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fcmp(cpu, FP_S, unbox_s(a), unbox_s(b), 1);
}
static uint64_t helper_fle_s(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fcmp(cpu, FP_S, unbox_s(a), unbox_s(b), 2);
}
static uint64_t helper_feq_d(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fcmp(cpu, FP_D, a, b, 0);
}
static uint64_t helper_flt_d(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fcmp(cpu, FP_D, a, b, 1);
}
static uint64_t helper_fle_d(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fcmp(cpu, FP_D, a, b, 2);
}

/* fmin/fmax as in version 2.2 of the F extension (IEEE 754-2019
 * minimumNumber/maximumNumber): one NaN operand gives the other operand,
 * two give the canonical NaN, a signalling one raises NV; -0 < +0. */
static uint64_t fminmax(RISCVCPU *cpu, FpFmt fmt, uint64_t a, uint64_t b, bool max)
{
    const FmtInfo *f = &fmt_info[fmt];
    bool na = nan_bits(f, a), nb = nan_bits(f, b);
    if (snan_bits(f, a) || snan_bits(f, b)) cpu->fflags |= FFLAG_NV;
    if (na && nb) return f->qnan;
    if (na) return b;
    if (nb) return a;
    uint64_t abs_mask = sign_bits(f, 1) - 1;
    if ((a & abs_mask) == 0 && (b & abs_mask) == 0) return max ? a & b : a | b;
    return less(f, a, b) != max ? a : b;
}

static uint64_t helper_fmin_s(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return box_s(fminmax(cpu, FP_S, unbox_s(a), unbox_s(b), false));
}
static uint64_t helper_fmax_s(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return box_s(fminmax(cpu, FP_S, unbox_s(a), unbox_s(b), true));
}
static uint64_t helper_fmin_d(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fminmax(cpu, FP_D, a, b, false);
}
static uint64_t helper_fmax_d(RISCVCPU *cpu, uint64_t a, uint64_t b)
{
    return fminmax(cpu, FP_D, a, b, true);
}

/* ---- Conversions ---------------------------------------------------------- */

/* arg: rm | FpCvtInt << 3 */
static uint64_t helper_fcvt_x_s(RISCVCPU *cpu, uint64_t a, uint64_t arg)
{
    unsigned fl = 0;
    uint64_t r = sf_to_int(FP_S, unbox_s(a), (FpCvtInt)(arg >> 3), rm_of(cpu, arg), &fl);
    cpu->fflags |= fl;
    return r;
}
static uint64_t helper_fcvt_x_d(RISCVCPU *cpu, uint64_t a, uint64_t arg)
{
    unsigned fl = 0;
    uint64_t r = sf_to_int(FP_D, a, (FpCvtInt)(arg >> 3), rm_of(cpu, arg), &fl);
    cpu->fflags |= fl;
    return r;
}
static uint64_t helper_fcvt_s_x(RISCVCPU *cpu, uint64_t v, uint64_t arg)
{
    unsigned fl = 0;
    uint64_t r = sf_from_int(FP_S, v, (FpCvtInt)(arg >> 3), rm_of(cpu, arg), &fl);
    cpu->fflags |= fl;
    return box_s(r);
}
static uint64_t helper_fcvt_d_x(RISCVCPU *cpu, uint64_t v, uint64_t arg)
{
    unsigned fl = 0;
    uint64_t r = sf_from_int(FP_D, v, (FpCvtInt)(arg >> 3), rm_of(cpu, arg), &fl);
    cpu->fflags |= fl;
    return r;
}
static uint64_t helper_fcvt_s_d(RISCVCPU *cpu, uint64_t a, uint64_t rmarg)
{
    int rm = rm_of(cpu, rmarg);
    unsigned fl = 0;
    uint64_t r = on_host(rm) ? host_d_to_s(a, rm, cpu->fflags, &fl) : sf_d_to_s(a, rm, &fl);
    cpu->fflags |= fl;
    return box_s(r);
}
static uint64_t helper_fcvt_d_s(RISCVCPU *cpu, uint64_t a)
{
    unsigned fl = 0;
    uint64_t r = sf_s_to_d(unbox_s(a), &fl);
    cpu->fflags |= fl;
    return r;
}

#define HELPER_DEFINE(name, ret, n, flags)                                                         \
    const TCGHelperInfo helper_info_##name = {#name, (void *)helper_##name, n, ret, flags};
RISCV_HELPERS_FP(HELPER_DEFINE)
#undef HELPER_DEFINE
