/*
 * Floating-point cases for the self-check init. The same function runs twice:
 * on the guest (RISC-V F/D, inside init) and on the build host (x86-64 SSE2,
 * in fpgen.c), which prints the bit patterns init compares against. Only
 * operations that IEEE 754 defines to be correctly rounded are used (+ - * /
 * sqrt fma, conversions, rounding modes, exception flags), so the two must
 * agree bit for bit; NaNs are avoided because their sign and payload are left
 * to the implementation. Both sides are compiled with -ffp-contract=off
 * -frounding-math so the compiler neither fuses nor folds nor reorders.
 */
#ifndef GUEST_FPCASES_H
#define GUEST_FPCASES_H

#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#define FP_MAX_CASES 32

static inline uint64_t fp_d(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static inline uint64_t fp_f(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* Fills r[] and returns the number of cases. */
static int fp_cases(uint64_t *r)
{
    volatile double one = 1.0, three = 3.0, two = 2.0, d1 = 0.1, d2 = 0.2;
    volatile double huge = 1e308, neg = -2.5, tiny = 0x1p-1070, seven = -7.0;
    volatile float f1 = 1.0f, f3 = 3.0f, f2 = 2.0f, fx = 1.1f;
    volatile int64_t i64 = -7;
    int n = 0;

    r[n++] = fp_d(one / three);
    r[n++] = fp_d(sqrt(two));
    r[n++] = fp_d(d1 + d2);
    r[n++] = fp_d(d1 * d2 - d2);
    r[n++] = fp_d(fma(d1, d2, -(d1 * d2))); /* the rounding error of d1*d2 */
    r[n++] = fp_d(huge * 10.0);             /* overflow to +inf */
    r[n++] = fp_d(tiny * 0.375);            /* subnormal result, rounded */
    r[n++] = fp_d(-one / huge / huge);      /* underflow to -0 */
    r[n++] = fp_f(f1 / f3);
    r[n++] = fp_f(sqrtf(f2));
    r[n++] = fp_f(fmaf(fx, fx, -f1));
    r[n++] = fp_f((float)d1); /* double -> float rounding */
    r[n++] = fp_d((double)fx);
    r[n++] = (uint64_t)(int64_t)neg;                      /* truncation toward zero */
    r[n++] = (uint64_t)llrint(neg);                       /* ties to even */
    r[n++] = fp_d((double)i64 / two);                     /* int -> double */
    r[n++] = (uint64_t)(int64_t)(seven * 1e18 * 1e3 > 0); /* comparison */

    fesetround(FE_UPWARD);
    r[n++] = fp_d(one / three);
    r[n++] = (uint64_t)llrint(neg);
    fesetround(FE_DOWNWARD);
    r[n++] = fp_d(one / three);
    r[n++] = fp_f(f1 / f3);
    fesetround(FE_TOWARDZERO);
    r[n++] = fp_d(-one / three);
    fesetround(FE_TONEAREST);

    /* Exception flags, as booleans: the FE_* values differ between arches. */
    feclearexcept(FE_ALL_EXCEPT);
    volatile double q = one / three;
    (void)q;
    r[n++] = (fetestexcept(FE_INEXACT) != 0) | (fetestexcept(FE_DIVBYZERO) != 0) << 1;
    feclearexcept(FE_ALL_EXCEPT);
    q = one / (one - one);
    r[n++] = (fetestexcept(FE_INEXACT) != 0) | (fetestexcept(FE_DIVBYZERO) != 0) << 1;
    feclearexcept(FE_ALL_EXCEPT);
    q = huge * huge;
    r[n++] = (fetestexcept(FE_OVERFLOW) != 0) | (fetestexcept(FE_INEXACT) != 0) << 1;
    feclearexcept(FE_ALL_EXCEPT);
    return n;
}

#endif
