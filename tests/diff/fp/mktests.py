#!/usr/bin/env python3
"""Writes the table-driven F/D guest tests (tests/guest/rvf_*.S, rvd_*.S)
with every expected value taken from QEMU.

    python3 tests/diff/fp/mktests.py [NAME...]

For each test below, the cases (an instruction, its operands, frm) are put
in a probe program that runs them on qemu-system-riscv64 and prints each
result and fflags; the test is then written with those values in FTEST
lines (tests/guest/rvf_test.h). Nothing expected is typed in by hand: the
inputs are chosen here, the answers come from QEMU 7.2's softfloat, the
reference the project trusts. Run from the repository root; re-run after
changing a case. Hand-written FP tests (traps, FS, loads and stores) are
not produced here.
"""
import os
import re
import subprocess
import sys
import tempfile

RV_CC = "riscv64-unknown-elf-gcc"
RV_CFLAGS = ["-march=rv64im_zicsr", "-mabi=lp64", "-mcmodel=medany", "-static", "-nostdlib",
             "-nostartfiles", "-ffreestanding", "-O2", "-Itests/guest", "-T", "tests/guest/link.ld"]
QEMU = ["qemu-system-riscv64", "-M", "virt", "-bios", "none", "-nographic", "-kernel"]

RMS = ["rne", "rtz", "rdn", "rup", "rmm"]

# Doubles
D_ONE, D_MONE = 0x3FF0000000000000, 0xBFF0000000000000
D_TWO, D_THREE = 0x4000000000000000, 0x4008000000000000
D_HALF = 0x3FE0000000000000
D_P53 = 0x3CA0000000000000  # 2^-53: half an ulp of 1
D_P54 = 0x3C90000000000000
D_ONE_ULP = 0x3FF0000000000001  # 1 + 2^-52
D_MIN_SUB, D_MAX_SUB = 0x0000000000000001, 0x000FFFFFFFFFFFFF
D_MIN_NORM, D_MAX = 0x0010000000000000, 0x7FEFFFFFFFFFFFFF
D_INF, D_MINF = 0x7FF0000000000000, 0xFFF0000000000000
D_QNAN, D_QNAN_PAY, D_QNAN_NEG = 0x7FF8000000000000, 0x7FF8000000000123, 0xFFF8000000000456
D_SNAN, D_SNAN_PAY = 0x7FF0000000000001, 0x7FF4000000000abc
D_ZERO, D_MZERO = 0, 0x8000000000000000

# Singles, as registers hold them (boxed)
def S(bits):
    return 0xFFFFFFFF00000000 | bits

S_ONE, S_MONE, S_THREE = S(0x3F800000), S(0xBF800000), S(0x40400000)
S_HALF = S(0x3F000000)
S_P24 = S(0x33800000)  # half an ulp of 1
S_ONE_ULP = S(0x3F800001)
S_MIN_SUB, S_MAX_SUB = S(0x00000001), S(0x007FFFFF)
S_MIN_NORM, S_MAX = S(0x00800000), S(0x7F7FFFFF)
S_INF, S_MINF = S(0x7F800000), S(0xFF800000)
S_QNAN, S_QNAN_PAY, S_QNAN_NEG = S(0x7FC00000), S(0x7FC00123), S(0xFFC00456)
S_SNAN, S_SNAN_PAY = S(0x7F800001), S(0x7FA00abc)
S_ZERO, S_MZERO = S(0), S(0x80000000)


def neg_d(v):
    return v ^ (1 << 63)


def neg_s(v):
    return v ^ 0x80000000


class Case:
    def __init__(self, insn, kind, v1=0, v2=0, v3=0, x1=0, frm=0, note=""):
        self.insn, self.kind = insn, kind
        self.v1, self.v2, self.v3, self.x1, self.frm = v1, v2, v3, x1, frm
        self.note = note


TESTS = {}


def test(name, doc):
    cases = []
    TESTS[name] = (doc, cases)
    return cases


def F(cases, insn, v1=0, v2=0, v3=0, x1=0, frm=0, note=""):
    cases.append(Case(insn, "F", v1, v2, v3, x1, frm, note))


def X(cases, insn, v1=0, v2=0, v3=0, x1=0, frm=0, note=""):
    cases.append(Case(insn, "X", v1, v2, v3, x1, frm, note))


def every_rm(cases, kind, fmt, v1=0, v2=0, v3=0, x1=0, note=""):
    """The instruction fmt.format(rm=...) in each static mode, then with
    rm dynamic and frm set to each mode."""
    for rm in RMS:
        cases.append(Case(fmt.format(rm=", " + rm), kind, v1, v2, v3, x1, 0, note + " " + rm))
    for i, rm in enumerate(RMS):
        cases.append(Case(fmt.format(rm=""), kind, v1, v2, v3, x1, i, note + " dyn " + rm))


# ---- Rounding on halfway cases -----------------------------------------------

c = test("rvd_fadd_rounding",
         "fadd.d/fsub.d in every rounding mode, static and dynamic, on sums that are exact ties, "
         "just above and just below half an ulp, both signs")
for a, b, n in [(D_ONE, D_P53, "1 + 2^-53: tie, 1 is even"),
                (D_ONE_ULP, D_P53, "(1 + 2^-52) + 2^-53: tie, the odd one is below"),
                (D_ONE, 0x3CA8000000000000, "1 + 1.5*2^-53: above half"),
                (D_ONE, D_P54, "1 + 2^-54: below half"),
                (D_MONE, neg_d(D_P53), "-1 - 2^-53: tie"),
                (neg_d(D_ONE_ULP), neg_d(D_P53), "-(1 + 2^-52) - 2^-53: tie")]:
    every_rm(c, "F", "fadd.d fa0, fa1, fa2{rm}", a, b, note=n)
every_rm(c, "F", "fsub.d fa0, fa1, fa2{rm}", D_ONE, neg_d(D_P53), note="1 - (-2^-53): tie")

c = test("rvf_fadd_rounding", "fadd.s/fsub.s in every rounding mode on ties and near-ties")
for a, b, n in [(S_ONE, S_P24, "1 + 2^-24: tie"),
                (S_ONE_ULP, S_P24, "(1 + 2^-23) + 2^-24: tie, odd below"),
                (S_ONE, S(0x33C00000), "1 + 1.5*2^-24: above half"),
                (S_ONE, S(0x33000000), "1 + 2^-25: below half"),
                (S_MONE, neg_s(S_P24), "-1 - 2^-24: tie")]:
    every_rm(c, "F", "fadd.s fa0, fa1, fa2{rm}", a, b, note=n)
every_rm(c, "F", "fsub.s fa0, fa1, fa2{rm}", S_ONE, neg_s(S_P24), note="1 - (-2^-24)")

c = test("rvd_fmul_rounding", "fmul.d in every rounding mode on products that are ties")
for a, b, n in [(D_THREE, D_ONE_ULP, "3 * (1 + 2^-52) = 3 + 1.5 ulp: tie"),
                (D_THREE, 0x3FF0000000000003, "3 * (1 + 3*2^-52) = 3 + 4.5 ulp: tie"),
                (neg_d(D_THREE), D_ONE_ULP, "-3 * (1 + 2^-52): tie"),
                (D_ONE_ULP, D_ONE_ULP, "(1 + 2^-52)^2: below half")]:
    every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", a, b, note=n)

c = test("rvf_fmul_rounding", "fmul.s in every rounding mode on products that are ties")
for a, b, n in [(S_THREE, S_ONE_ULP, "3 * (1 + 2^-23): tie"),
                (S_THREE, S(0x3F800003), "3 * (1 + 3*2^-23): tie"),
                (neg_s(S_THREE), S_ONE_ULP, "negative tie"),
                (S_ONE_ULP, S_ONE_ULP, "(1 + 2^-23)^2: below half")]:
    every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", a, b, note=n)

c = test("rvd_fdiv_rounding",
         "fdiv.d in every rounding mode (a quotient is never an exact tie: 1/3, 2/3, -1/10)")
for a, b, n in [(D_ONE, D_THREE, "1/3"), (D_TWO, D_THREE, "2/3"),
                (D_MONE, 0x4024000000000000, "-1/10"), (D_ONE, 0x3FEFFFFFFFFFFFFF, "1/(1 - 2^-53)")]:
    every_rm(c, "F", "fdiv.d fa0, fa1, fa2{rm}", a, b, note=n)

c = test("rvf_fdiv_rounding", "fdiv.s in every rounding mode")
for a, b, n in [(S_ONE, S_THREE, "1/3"), (S(0x40000000), S_THREE, "2/3"),
                (S_MONE, S(0x41200000), "-1/10")]:
    every_rm(c, "F", "fdiv.s fa0, fa1, fa2{rm}", a, b, note=n)

c = test("rvd_fsqrt_rounding", "fsqrt.d in every rounding mode, and its special cases")
for a, n in [(D_TWO, "sqrt 2"), (D_THREE, "sqrt 3"), (D_ONE_ULP, "sqrt(1 + 2^-52)"),
             (0x3FEFFFFFFFFFFFFF, "sqrt(1 - 2^-53)"), (D_MIN_SUB, "sqrt of the smallest subnormal")]:
    every_rm(c, "F", "fsqrt.d fa0, fa1{rm}", a, note=n)
F(c, "fsqrt.d fa0, fa1", 0x4010000000000000, note="sqrt 4 = 2, exact")
F(c, "fsqrt.d fa0, fa1", D_MZERO, note="sqrt(-0) = -0")
F(c, "fsqrt.d fa0, fa1", D_INF, note="sqrt(inf) = inf")
F(c, "fsqrt.d fa0, fa1", D_MONE, note="sqrt(-1): NV")
F(c, "fsqrt.d fa0, fa1", D_MINF, note="sqrt(-inf): NV")
F(c, "fsqrt.d fa0, fa1", neg_d(D_MIN_SUB), note="sqrt(-subnormal): NV")

c = test("rvf_fsqrt_rounding", "fsqrt.s in every rounding mode, and its special cases")
for a, n in [(S(0x40000000), "sqrt 2"), (S_THREE, "sqrt 3"), (S_ONE_ULP, "sqrt(1 + 2^-23)"),
             (S_MIN_SUB, "sqrt of the smallest subnormal")]:
    every_rm(c, "F", "fsqrt.s fa0, fa1{rm}", a, note=n)
F(c, "fsqrt.s fa0, fa1", S_MZERO, note="sqrt(-0) = -0")
F(c, "fsqrt.s fa0, fa1", S_MONE, note="sqrt(-1): NV")

c = test("rvd_fmadd_rounding",
         "fmadd.d and its variants in every rounding mode on exact ties of the fused result")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_ONE_ULP, D_ONE_ULP, D_MONE,
         note="(1+2^-52)^2 - 1 = 2^-51 + 2^-104: tie")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_THREE, D_ONE_ULP, 0,
         note="3 * (1 + 2^-52) + 0: tie")
every_rm(c, "F", "fmsub.d fa0, fa1, fa2, fa3{rm}", D_ONE_ULP, D_ONE_ULP, D_ONE, note="fmsub tie")
every_rm(c, "F", "fnmsub.d fa0, fa1, fa2, fa3{rm}", D_ONE_ULP, D_ONE_ULP, D_ONE, note="fnmsub tie")
every_rm(c, "F", "fnmadd.d fa0, fa1, fa2, fa3{rm}", D_ONE_ULP, D_ONE_ULP, D_MONE, note="fnmadd tie")

c = test("rvf_fmadd_rounding", "fmadd.s and its variants in every rounding mode on ties")
every_rm(c, "F", "fmadd.s fa0, fa1, fa2, fa3{rm}", S_ONE_ULP, S_ONE_ULP, S_MONE,
         note="(1+2^-23)^2 - 1: tie")
every_rm(c, "F", "fmsub.s fa0, fa1, fa2, fa3{rm}", S_ONE_ULP, S_ONE_ULP, S_ONE, note="fmsub")
every_rm(c, "F", "fnmsub.s fa0, fa1, fa2, fa3{rm}", S_ONE_ULP, S_ONE_ULP, S_ONE, note="fnmsub")
every_rm(c, "F", "fnmadd.s fa0, fa1, fa2, fa3{rm}", S_ONE_ULP, S_ONE_ULP, S_MONE, note="fnmadd")

c = test("rvd_fma_single_rounding",
         "fmadd.d rounds once: a*b - round(a*b) is the exact error, where fmul then fadd give 0")
F(c, "fmadd.d fa0, fa1, fa2, fa3", D_ONE_ULP, D_ONE_ULP, 0xBFF0000000000002,
  note="(1+2^-52)^2 - (1+2^-51) = 2^-104")
F(c, "fmul.d fa0, fa1, fa2; fadd.d fa0, fa0, fa3", D_ONE_ULP, D_ONE_ULP, 0xBFF0000000000002,
  note="the same with two roundings: 0")
F(c, "fmadd.d fa0, fa1, fa2, fa3", 0x3FF8000000000001, 0x3FF8000000000001, 0xC002000000000003,
  note="another error term")
F(c, "fmadd.s fa0, fa1, fa2, fa3", S_ONE_ULP, S_ONE_ULP, S(0xBF800002), note="single")
F(c, "fmul.s fa0, fa1, fa2; fadd.s fa0, fa0, fa3", S_ONE_ULP, S_ONE_ULP, S(0xBF800002),
  note="single, two roundings")
F(c, "fmadd.d fa0, fa1, fa2, fa3", D_MAX, D_TWO, neg_d(D_MAX),
  note="max*2 - max: no overflow inside a fused op")

# ---- Conversions -----------------------------------------------------------

c = test("rvd_fcvt_to_int_rounding",
         "fcvt.{w,wu,l,lu}.d in every rounding mode on halves and near-halves")
for v, n in [(D_HALF, "0.5"), (0x3FF8000000000000, "1.5"), (0x4004000000000000, "2.5"),
             (0xBFE0000000000000, "-0.5"), (0xBFF8000000000000, "-1.5"),
             (0xC004000000000000, "-2.5"), (0x3FDFFFFFFFFFFFFF, "0.49999..."),
             (0x4330000000000001, "2^52 + 1: an integer")]:
    every_rm(c, "X", "fcvt.w.d a0, fa1{rm}", v, note="w " + n)
    every_rm(c, "X", "fcvt.l.d a0, fa1{rm}", v, note="l " + n)
for v, n in [(0x3FF8000000000000, "1.5"), (0xBFE0000000000000, "-0.5")]:
    every_rm(c, "X", "fcvt.wu.d a0, fa1{rm}", v, note="wu " + n)
    every_rm(c, "X", "fcvt.lu.d a0, fa1{rm}", v, note="lu " + n)

c = test("rvf_fcvt_to_int_rounding",
         "fcvt.{w,wu,l,lu}.s in every rounding mode on halves and near-halves")
for v, n in [(S_HALF, "0.5"), (S(0x3FC00000), "1.5"), (S(0x40200000), "2.5"),
             (S(0xBF000000), "-0.5"), (S(0xBFC00000), "-1.5"), (S(0xC0200000), "-2.5")]:
    every_rm(c, "X", "fcvt.w.s a0, fa1{rm}", v, note="w " + n)
    every_rm(c, "X", "fcvt.l.s a0, fa1{rm}", v, note="l " + n)
for v, n in [(S(0x3FC00000), "1.5"), (S(0xBF000000), "-0.5")]:
    every_rm(c, "X", "fcvt.wu.s a0, fa1{rm}", v, note="wu " + n)
    every_rm(c, "X", "fcvt.lu.s a0, fa1{rm}", v, note="lu " + n)

c = test("rvd_fcvt_from_int_rounding",
         "fcvt.d.{w,wu,l,lu} in every rounding mode: 64-bit integers that are ties, and the "
         "32-bit forms reading only the low half of the register")
for x, n in [((1 << 53) + 1, "2^53 + 1: tie, even below"), ((1 << 53) + 3, "2^53 + 3: tie, odd below"),
             ((1 << 54) + 3, "2^54 + 3: above half"), ((-((1 << 53) + 1)) & (2**64 - 1), "-(2^53 + 1)"),
             (0x7FFFFFFFFFFFFFFF, "INT64_MAX")]:
    every_rm(c, "F", "fcvt.d.l fa0, a1{rm}", x1=x, note="l " + n)
every_rm(c, "F", "fcvt.d.lu fa0, a1{rm}", x1=0xFFFFFFFFFFFFFFFF, note="lu 2^64 - 1")
every_rm(c, "F", "fcvt.d.lu fa0, a1{rm}", x1=(1 << 63) + (1 << 10), note="lu 2^63 + 2^10: tie")
F(c, "fcvt.d.w fa0, a1", x1=0x12345678FFFFFFFF, note="w: low half -1")
F(c, "fcvt.d.wu fa0, a1", x1=0x12345678FFFFFFFF, note="wu: low half 2^32 - 1")
F(c, "fcvt.d.w fa0, a1", x1=0xFFFFFFFF00000005, note="w: low half 5")
F(c, "fcvt.d.l fa0, a1", x1=0x8000000000000000, note="l: INT64_MIN, exact")

c = test("rvf_fcvt_from_int_rounding", "fcvt.s.{w,wu,l,lu} in every rounding mode on ties")
for x, n in [((1 << 24) + 1, "2^24 + 1: tie"), ((1 << 24) + 3, "2^24 + 3: tie, odd below"),
             ((-((1 << 24) + 1)) & (2**64 - 1), "-(2^24 + 1)"), (0x7FFFFFFF, "INT32_MAX")]:
    every_rm(c, "F", "fcvt.s.w fa0, a1{rm}", x1=x, note="w " + n)
every_rm(c, "F", "fcvt.s.wu fa0, a1{rm}", x1=0xFFFFFFFF, note="wu 2^32 - 1")
every_rm(c, "F", "fcvt.s.l fa0, a1{rm}", x1=(1 << 40) + (1 << 16), note="l tie")
every_rm(c, "F", "fcvt.s.lu fa0, a1{rm}", x1=0xFFFFFFFFFFFFFFFF, note="lu 2^64 - 1")

c = test("rvd_fcvt_saturation",
         "fcvt.{w,wu,l,lu}.d out of range saturate with NV (no NX), NaN goes to the maximum")
for insn in ["fcvt.w.d", "fcvt.wu.d", "fcvt.l.d", "fcvt.lu.d"]:
    for v, n in [(D_QNAN, "qNaN"), (D_QNAN_NEG, "negative NaN"), (D_SNAN, "sNaN"),
                 (D_INF, "inf"), (D_MINF, "-inf"), (D_MAX, "max"), (neg_d(D_MAX), "-max"),
                 (0x41E0000000000000, "2^31"), (0xC1E0000000200000, "-2^31 - 1"),
                 (0x41EFFFFFFFE00000, "2^32 - 1"), (0x41F0000000000000, "2^32"),
                 (0x43E0000000000000, "2^63"), (0xC3E0000000000000, "-2^63"),
                 (0x43F0000000000000, "2^64"), (D_MONE, "-1"), (0xBFE0000000000000, "-0.5")]:
        X(c, insn + " a0, fa1, rtz", v, note=insn + " " + n)
X(c, "fcvt.w.d a0, fa1, rup", 0x41DFFFFFFFE00000 | 1, note="just below 2^31 - 1 rounding up: fits")
X(c, "fcvt.w.d a0, fa1, rup", 0x41DFFFFFFFF00000, note="2^31 - 0.5 rounding up: out of range")
X(c, "fcvt.w.d a0, fa1, rdn", 0xC1E0000000100000, note="-2^31 - 0.5 rounding down: out of range")
X(c, "fcvt.w.d a0, fa1, rup", 0xC1E0000000100000, note="-2^31 - 0.5 rounding up: fits")
X(c, "fcvt.wu.d a0, fa1, rne", 0xBFE0000000000000, note="-0.5 to nearest: 0, NX only")
X(c, "fcvt.wu.d a0, fa1, rdn", 0xBFE0000000000000, note="-0.5 down: -1, out of range")
X(c, "fcvt.lu.d a0, fa1, rup", 0x43EFFFFFFFFFFFFF, note="just below 2^64")

c = test("rvf_fcvt_saturation",
         "fcvt.{w,wu,l,lu}.s out of range saturate with NV (no NX), NaN goes to the maximum")
for insn in ["fcvt.w.s", "fcvt.wu.s", "fcvt.l.s", "fcvt.lu.s"]:
    for v, n in [(S_QNAN, "qNaN"), (S_QNAN_NEG, "negative NaN"), (S_SNAN, "sNaN"), (S_INF, "inf"),
                 (S_MINF, "-inf"), (S(0x4F000000), "2^31"), (S(0xCF000001), "below -2^31"),
                 (S(0x4F800000), "2^32"), (S(0x5F000000), "2^63"), (S(0xDF000000), "-2^63"),
                 (S(0x5F800000), "2^64"), (S_MONE, "-1"), (0x000000003F800000, "improperly boxed 1")]:
        X(c, insn + " a0, fa1, rtz", v, note=insn + " " + n)

c = test("rvd_fcvt_s_d",
         "fcvt.s.d: rounding in every mode, overflow to infinity or the largest single, "
         "underflow to subnormal singles, NaNs canonical; fcvt.d.s exact")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x3FF0000010000000, note="1 + 2^-24: tie")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0xBFF0000030000000, note="-(1 + 3*2^-24): tie")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x47EFFFFFF0000000, note="halfway past the largest single")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0xC7F0000000000000, note="-2^128: overflow")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x36A0000000000000, note="2^-149 * 1: smallest subnormal")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x3690000000000000, note="2^-150: half the smallest")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x380FFFFFF0000000, note="just below the smallest normal")
F(c, "fcvt.s.d fa0, fa1", D_QNAN_PAY, note="NaN payload dropped")
F(c, "fcvt.s.d fa0, fa1", D_SNAN, note="sNaN: NV")
F(c, "fcvt.s.d fa0, fa1", D_MINF, note="-inf")
F(c, "fcvt.s.d fa0, fa1", D_MZERO, note="-0")
F(c, "fcvt.d.s fa0, fa1", S(0x3FC00001), note="widening is exact")
F(c, "fcvt.d.s fa0, fa1", S_MIN_SUB, note="a subnormal single is a normal double")
F(c, "fcvt.d.s fa0, fa1", neg_s(S_MAX_SUB), note="negative subnormal")
F(c, "fcvt.d.s fa0, fa1", S_QNAN_PAY, note="NaN payload dropped")
F(c, "fcvt.d.s fa0, fa1", S_SNAN, note="sNaN: NV")
F(c, "fcvt.d.s fa0, fa1", 0x000000003F800000, note="improperly boxed: canonical NaN")
F(c, "fcvt.d.s fa0, fa1", S_MINF, note="-inf")
F(c, ".insn r 0x53, 3, 0x21, fa0, fa1, f0", S(0x3FC00001), note="fcvt.d.s with rm = rup")

# ---- Subnormals, underflow, overflow ---------------------------------------------

c = test("rvd_subnormal_inputs",
         "double-precision arithmetic on subnormal operands: exact results raise nothing")
F(c, "fadd.d fa0, fa1, fa2", D_MIN_SUB, D_MIN_SUB, note="2 * smallest")
F(c, "fadd.d fa0, fa1, fa2", D_MAX_SUB, D_MIN_SUB, note="largest subnormal + smallest = min normal")
F(c, "fsub.d fa0, fa1, fa2", D_MIN_NORM, D_MIN_SUB, note="min normal - smallest")
F(c, "fmul.d fa0, fa1, fa2", D_MIN_SUB, 0x4330000000000000, note="smallest * 2^52")
F(c, "fmul.d fa0, fa1, fa2", D_MAX_SUB, D_TWO, note="largest subnormal * 2")
F(c, "fdiv.d fa0, fa1, fa2", D_MAX_SUB, D_MIN_SUB, note="largest / smallest = 2^52 - 1")
F(c, "fsqrt.d fa0, fa1", D_MAX_SUB, note="sqrt of the largest subnormal")
F(c, "fmadd.d fa0, fa1, fa2, fa3", D_MIN_SUB, D_ONE, D_MIN_SUB, note="fma of subnormals")
X(c, "feq.d a0, fa1, fa2", D_MIN_SUB, D_MIN_SUB, note="subnormals compare equal")
X(c, "flt.d a0, fa1, fa2", neg_d(D_MIN_SUB), D_ZERO, note="-smallest < 0")
X(c, "fcvt.l.d a0, fa1, rup", D_MIN_SUB, note="rounds up to 1")

c = test("rvf_subnormal_inputs", "single-precision arithmetic on subnormal operands")
F(c, "fadd.s fa0, fa1, fa2", S_MIN_SUB, S_MIN_SUB)
F(c, "fadd.s fa0, fa1, fa2", S_MAX_SUB, S_MIN_SUB)
F(c, "fmul.s fa0, fa1, fa2", S_MIN_SUB, S(0x4B000000), note="* 2^23")
F(c, "fdiv.s fa0, fa1, fa2", S_MAX_SUB, S_MIN_SUB)
F(c, "fsqrt.s fa0, fa1", S_MAX_SUB)
F(c, "fcvt.d.s fa0, fa1", S_MAX_SUB)

c = test("rvd_subnormal_results",
         "double results in the subnormal range: UF with NX when inexact, nothing when exact, "
         "in every rounding mode")
F(c, "fmul.d fa0, fa1, fa2", D_MIN_NORM, D_HALF, note="min normal / 2: exact subnormal")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", D_MIN_NORM, 0x3FD5555555555555, note="min normal / 3")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", D_MIN_SUB, D_HALF, note="smallest / 2: tie with 0")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", neg_d(D_MIN_SUB), 0x3FE8000000000000,
         note="-smallest * 0.75")
every_rm(c, "F", "fdiv.d fa0, fa1, fa2{rm}", D_MIN_NORM, D_THREE, note="min normal / 3")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_MIN_NORM, D_HALF, D_MIN_SUB,
         note="min normal / 2 + smallest: exact")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_MIN_SUB, D_HALF, D_MIN_SUB,
         note="smallest / 2 + smallest")

c = test("rvf_subnormal_results", "single results in the subnormal range, every rounding mode")
F(c, "fmul.s fa0, fa1, fa2", S_MIN_NORM, S_HALF, note="exact")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", S_MIN_NORM, S(0x3EAAAAAB), note="min normal / 3")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", S_MIN_SUB, S_HALF, note="smallest / 2")
every_rm(c, "F", "fdiv.s fa0, fa1, fa2{rm}", S_MIN_NORM, S_THREE, note="min normal / 3")

c = test("rvd_underflow_tininess",
         "tininess is detected after rounding: a result that rounds up to the smallest normal "
         "raises NX but not UF, in the modes that round it up")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", D_ONE_ULP, D_MAX_SUB,
         note="(1 + 2^-52) * largest subnormal = min normal - 2^-1126")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", 0x3FEFFFFFFFFFFFFF, D_MIN_NORM,
         note="(1 - 2^-53) * min normal: exactly half a subnormal ulp below")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_ONE_ULP, D_MAX_SUB, D_ZERO, note="fused")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x380FFFFFF8000000, note="to single, just below")

c = test("rvf_underflow_tininess", "single: tininess after rounding")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", S_ONE_ULP, S_MAX_SUB, note="rounds to min normal")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", S(0x3F7FFFFF), S_MIN_NORM, note="(1 - 2^-24) * min normal")
every_rm(c, "F", "fmadd.s fa0, fa1, fa2, fa3{rm}", S_ONE_ULP, S_MAX_SUB, S_ZERO, note="fused")

c = test("rvd_overflow_rounding",
         "double overflow: infinity or the largest finite value depending on the rounding mode "
         "and the sign; OF and NX")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", D_MAX, D_TWO, note="max * 2")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", neg_d(D_MAX), D_TWO, note="-max * 2")
every_rm(c, "F", "fadd.d fa0, fa1, fa2{rm}", D_MAX, D_MAX, note="max + max")
every_rm(c, "F", "fadd.d fa0, fa1, fa2{rm}", D_MAX, 0x7CA0000000000000, note="max + half an ulp")
every_rm(c, "F", "fdiv.d fa0, fa1, fa2{rm}", neg_d(D_MAX), D_HALF, note="-max / 0.5")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_MAX, D_MAX, D_MINF, note="inf addend wins")
every_rm(c, "F", "fnmsub.d fa0, fa1, fa2, fa3{rm}", D_MAX, D_TWO, D_MAX, note="-(max*2) + max")

c = test("rvf_overflow_rounding", "single overflow in every rounding mode, both signs")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", S_MAX, S(0x40000000), note="max * 2")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", neg_s(S_MAX), S(0x40000000), note="-max * 2")
every_rm(c, "F", "fadd.s fa0, fa1, fa2{rm}", S_MAX, S(0x73000000), note="max + half an ulp")
every_rm(c, "F", "fcvt.s.d fa0, fa1{rm}", 0x47F0000000000000, note="2^128 to single")
every_rm(c, "F", "fcvt.s.l fa0, a1{rm}", x1=0x7FFFFFFFFFFFFFFF, note="INT64_MAX: no overflow")

# ---- NaNs, zeros, infinities -----------------------------------------------------

c = test("rvd_nan_canonical",
         "a NaN result is always the canonical NaN 0x7ff8000000000000: no payload, no sign, "
         "whatever the operands; NV only for a signalling operand or an invalid operation")
for insn in ["fadd.d fa0, fa1, fa2", "fsub.d fa0, fa1, fa2", "fmul.d fa0, fa1, fa2",
             "fdiv.d fa0, fa1, fa2"]:
    F(c, insn, D_QNAN_PAY, D_ONE, note="quiet payload")
    F(c, insn, D_ONE, D_QNAN_NEG, note="negative quiet NaN")
    F(c, insn, D_SNAN_PAY, D_ONE, note="signalling: NV")
    F(c, insn, D_QNAN_PAY, D_SNAN, note="both")
F(c, "fsqrt.d fa0, fa1", D_QNAN_NEG)
F(c, "fsqrt.d fa0, fa1", D_SNAN_PAY)
F(c, "fmadd.d fa0, fa1, fa2, fa3", D_ONE, D_ONE, D_QNAN_PAY, note="NaN addend")
F(c, "fmadd.d fa0, fa1, fa2, fa3", D_SNAN, D_ONE, D_QNAN_PAY, note="sNaN factor")
F(c, "fnmadd.d fa0, fa1, fa2, fa3", D_QNAN_NEG, D_ONE, D_ONE, note="negated NaN")
F(c, "fadd.d fa0, fa1, fa2", D_INF, D_MINF, note="inf - inf: NV")
F(c, "fmul.d fa0, fa1, fa2", D_ZERO, D_MINF, note="0 * inf: NV")
F(c, "fdiv.d fa0, fa1, fa2", D_ZERO, D_MZERO, note="0 / 0: NV")
F(c, "fdiv.d fa0, fa1, fa2", D_INF, D_MINF, note="inf / inf: NV")
F(c, "fmin.d fa0, fa1, fa2", D_QNAN_PAY, D_QNAN_NEG, note="fmin of two NaNs")
F(c, "fsgnj.d fa0, fa1, fa2", D_SNAN_PAY, D_MONE, note="sign injection keeps the payload")
F(c, "fmv.d.x fa0, a1", x1=D_SNAN_PAY, note="fmv keeps it too")

c = test("rvf_nan_canonical", "a single NaN result is always 0x7fc00000, boxed")
for insn in ["fadd.s fa0, fa1, fa2", "fmul.s fa0, fa1, fa2", "fdiv.s fa0, fa1, fa2"]:
    F(c, insn, S_QNAN_PAY, S_ONE)
    F(c, insn, S_ONE, S_QNAN_NEG)
    F(c, insn, S_SNAN_PAY, S_ONE)
F(c, "fsqrt.s fa0, fa1", S_QNAN_NEG)
F(c, "fmadd.s fa0, fa1, fa2, fa3", S_ONE, S_ONE, S_QNAN_PAY)
F(c, "fadd.s fa0, fa1, fa2", S_INF, S_MINF)
F(c, "fmul.s fa0, fa1, fa2", S_ZERO, S_INF)
F(c, "fcvt.s.d fa0, fa1", D_QNAN_NEG)
F(c, "fsgnjn.s fa0, fa1, fa2", S_SNAN_PAY, S_ONE, note="sign injection keeps the payload")

c = test("rvd_zero_sign",
         "signed zeros: x + -x is +0 except -0 in RDN; -0 + -0 = -0; products of zero carry "
         "the sign; underflow to zero keeps the sign")
every_rm(c, "F", "fadd.d fa0, fa1, fa2{rm}", D_ONE, D_MONE, note="1 + -1")
every_rm(c, "F", "fsub.d fa0, fa1, fa2{rm}", D_THREE, D_THREE, note="3 - 3")
every_rm(c, "F", "fadd.d fa0, fa1, fa2{rm}", D_ZERO, D_MZERO, note="+0 + -0")
F(c, "fadd.d fa0, fa1, fa2", D_MZERO, D_MZERO, note="-0 + -0")
F(c, "fsub.d fa0, fa1, fa2", D_MZERO, D_ZERO, note="-0 - +0")
F(c, "fmul.d fa0, fa1, fa2", D_MZERO, D_THREE, note="-0 * 3")
F(c, "fmul.d fa0, fa1, fa2", D_MZERO, D_MONE, note="-0 * -1")
F(c, "fdiv.d fa0, fa1, fa2", D_ZERO, D_MONE, note="0 / -1")
every_rm(c, "F", "fmul.d fa0, fa1, fa2{rm}", neg_d(D_MIN_SUB), 0x3FD0000000000000,
         note="-smallest / 4: underflows to -0 or -smallest")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_ONE, D_ONE, D_MONE, note="1*1 - 1")
every_rm(c, "F", "fnmadd.d fa0, fa1, fa2, fa3{rm}", D_ONE, D_ONE, D_MONE, note="-(1*1) + 1")
every_rm(c, "F", "fmadd.d fa0, fa1, fa2, fa3{rm}", D_MZERO, D_ONE, D_ZERO, note="-0*1 + 0")
F(c, "fnmadd.d fa0, fa1, fa2, fa3", D_ZERO, D_ONE, D_ZERO, note="-(0*1) - 0 = -0")
F(c, "fmsub.d fa0, fa1, fa2, fa3", D_ZERO, D_ONE, D_ZERO, note="0*1 - 0 = +0")

c = test("rvf_zero_sign", "single signed zeros, x + -x in every mode")
every_rm(c, "F", "fadd.s fa0, fa1, fa2{rm}", S_ONE, S_MONE, note="1 + -1")
F(c, "fadd.s fa0, fa1, fa2", S_MZERO, S_MZERO, note="-0 + -0")
every_rm(c, "F", "fmul.s fa0, fa1, fa2{rm}", neg_s(S_MIN_SUB), S(0x3E800000), note="-smallest / 4")
every_rm(c, "F", "fnmsub.s fa0, fa1, fa2, fa3{rm}", S_ONE, S_ONE, S_ONE, note="-(1*1) + 1")

c = test("rvd_div_by_zero",
         "division by zero: DZ and a signed infinity for a finite non-zero dividend only")
F(c, "fdiv.d fa0, fa1, fa2", D_ONE, D_ZERO, note="1/0")
F(c, "fdiv.d fa0, fa1, fa2", D_MONE, D_ZERO, note="-1/0")
F(c, "fdiv.d fa0, fa1, fa2", D_ONE, D_MZERO, note="1/-0")
F(c, "fdiv.d fa0, fa1, fa2", D_MIN_SUB, D_MZERO, note="subnormal/-0")
F(c, "fdiv.d fa0, fa1, fa2", D_ZERO, D_ZERO, note="0/0: NV, not DZ")
F(c, "fdiv.d fa0, fa1, fa2", D_INF, D_ZERO, note="inf/0: no flag")
F(c, "fdiv.d fa0, fa1, fa2", D_QNAN, D_ZERO, note="NaN/0: no flag")
F(c, "fdiv.s fa0, fa1, fa2", S_ONE, S_ZERO, note="single 1/0")
F(c, "fdiv.s fa0, fa1, fa2", S_MONE, S_MZERO, note="single -1/-0")
F(c, "fdiv.s fa0, fa1, fa2", S_ZERO, S_ZERO, note="single 0/0")

c = test("rvd_fma_invalid",
         "fused multiply-add: infinity times zero raises NV even with a quiet NaN addend; "
         "inf - inf inside the sum")
for insn in ["fmadd.d", "fmsub.d", "fnmsub.d", "fnmadd.d"]:
    F(c, insn + " fa0, fa1, fa2, fa3", D_INF, D_ZERO, D_QNAN_PAY, note=insn + " inf*0 + qNaN")
    F(c, insn + " fa0, fa1, fa2, fa3", D_MZERO, D_MINF, D_ONE, note=insn + " 0*inf + 1")
    F(c, insn + " fa0, fa1, fa2, fa3", D_INF, D_ONE, D_MINF, note=insn + " inf*1 - inf")
    F(c, insn + " fa0, fa1, fa2, fa3", D_INF, D_ONE, D_INF, note=insn + " inf*1 + inf")
F(c, "fmadd.d fa0, fa1, fa2, fa3", D_ONE, D_QNAN, D_INF, note="NaN factor, inf addend: no NV")
F(c, "fmadd.s fa0, fa1, fa2, fa3", S_ZERO, S_INF, S_QNAN_PAY, note="single inf*0 + qNaN")
F(c, "fnmadd.s fa0, fa1, fa2, fa3", S_INF, S_ONE, S_INF, note="single -(inf) - inf")

# ---- Comparisons, min/max, class, sign injection -----------------------------------

def fminmax_cases(c, sfx, zero, mzero, one, two, qnan, qnan_neg, snan, inf, minf):
    for insn in ["fmin." + sfx, "fmax." + sfx]:
        i = insn + " fa0, fa1, fa2"
        for a, b, n in [(mzero, zero, "-0, +0"), (zero, mzero, "+0, -0"), (one, two, "1, 2"),
                        (two, one, "2, 1"), (neg(sfx, one), one, "-1, 1"),
                        (qnan, one, "qNaN, 1"), (one, qnan_neg, "1, -qNaN"),
                        (snan, one, "sNaN, 1: NV"), (one, snan, "1, sNaN: NV"),
                        (qnan, qnan_neg, "two NaNs"), (snan, qnan, "sNaN, qNaN"),
                        (minf, inf, "-inf, inf"), (qnan, minf, "qNaN, -inf")]:
            F(c, i, a, b, note=insn + " " + n)


def neg(sfx, v):
    return neg_s(v) if sfx == "s" else neg_d(v)


c = test("rvd_fmin_fmax",
         "fmin.d/fmax.d (F 2.2): -0 < +0; one NaN operand gives the other; two give the "
         "canonical NaN; a signalling NaN raises NV")
fminmax_cases(c, "d", D_ZERO, D_MZERO, D_ONE, D_TWO, D_QNAN_PAY, D_QNAN_NEG, D_SNAN, D_INF, D_MINF)

c = test("rvf_fmin_fmax", "fmin.s/fmax.s: as the double forms, improperly boxed = canonical NaN")
fminmax_cases(c, "s", S_ZERO, S_MZERO, S_ONE, S(0x40000000), S_QNAN_PAY, S_QNAN_NEG, S_SNAN,
              S_INF, S_MINF)
F(c, "fmin.s fa0, fa1, fa2", 0x3F800000, S_MONE, note="improperly boxed, -1")
F(c, "fmax.s fa0, fa1, fa2", 0x3F800000, 0x40000000, note="both improperly boxed")

c = test("rvd_fcmp",
         "feq.d is quiet (NV only for sNaN), flt.d and fle.d signal on any NaN; -0 == +0")
for insn in ["feq.d", "flt.d", "fle.d"]:
    i = insn + " a0, fa1, fa2"
    for a, b, n in [(D_ONE, D_ONE, "1, 1"), (D_ONE, D_TWO, "1, 2"), (D_TWO, D_ONE, "2, 1"),
                    (D_MZERO, D_ZERO, "-0, +0"), (D_ZERO, D_MZERO, "+0, -0"),
                    (D_MONE, neg_d(D_TWO), "-1, -2"), (D_MINF, D_INF, "-inf, inf"),
                    (D_INF, D_INF, "inf, inf"), (neg_d(D_MIN_SUB), D_MIN_SUB, "-sub, sub"),
                    (D_QNAN, D_ONE, "qNaN, 1"), (D_ONE, D_QNAN_NEG, "1, qNaN"),
                    (D_QNAN, D_QNAN, "qNaN, qNaN"), (D_SNAN, D_ONE, "sNaN, 1"),
                    (D_ONE, D_SNAN_PAY, "1, sNaN")]:
        X(c, i, a, b, note=insn + " " + n)
X(c, "feq.d x0, fa1, fa2", D_SNAN, D_ONE, note="to x0: no result, still NV")

c = test("rvf_fcmp", "feq.s quiet, flt.s/fle.s signalling; improperly boxed operands are qNaN")
for insn in ["feq.s", "flt.s", "fle.s"]:
    i = insn + " a0, fa1, fa2"
    for a, b, n in [(S_ONE, S_ONE, "1, 1"), (S_ONE, S(0x40000000), "1, 2"),
                    (S_MZERO, S_ZERO, "-0, +0"), (S_MINF, S_MAX, "-inf, max"),
                    (S_QNAN, S_ONE, "qNaN, 1"), (S_SNAN, S_ONE, "sNaN, 1"),
                    (0x3F800000, S_ONE, "improperly boxed 1, 1"),
                    (S_ONE, 0xFFFFFFFE3F800000, "1, improperly boxed 1")]:
        X(c, i, a, b, note=insn + " " + n)

c = test("rvd_fclass", "fclass.d: one bit for each of the ten classes")
for v, n in [(D_MINF, "-inf"), (D_MONE, "-normal"), (neg_d(D_MAX_SUB), "-subnormal"),
             (D_MZERO, "-0"), (D_ZERO, "+0"), (D_MIN_SUB, "+subnormal"), (D_MIN_NORM, "+normal"),
             (D_MAX, "+max: normal"), (D_INF, "+inf"), (D_SNAN, "sNaN"), (0xFFF7FFFFFFFFFFFF,
             "negative sNaN"), (D_QNAN, "qNaN"), (D_QNAN_NEG, "negative qNaN"),
             (S_ONE, "a boxed single is a NaN as a double")]:
    X(c, "fclass.d a0, fa1", v, note=n)

c = test("rvf_fclass", "fclass.s: the ten classes; an improperly boxed value is a quiet NaN")
for v, n in [(S_MINF, "-inf"), (S_MONE, "-normal"), (neg_s(S_MAX_SUB), "-subnormal"),
             (S_MZERO, "-0"), (S_ZERO, "+0"), (S_MIN_SUB, "+subnormal"), (S_MAX, "+normal"),
             (S_INF, "+inf"), (S_SNAN, "sNaN"), (S(0xFFBFFFFF), "negative sNaN"), (S_QNAN, "qNaN"),
             (S_QNAN_NEG, "negative qNaN"), (0x000000003F800000, "improperly boxed 1"),
             (0x7FFFFFFF7F800001, "improperly boxed sNaN"), (D_ZERO, "double 0")]:
    X(c, "fclass.s a0, fa1", v, note=n)

c = test("rvd_fsgnj", "fsgnj.d, fsgnjn.d, fsgnjx.d: bit operations, no flags, NaNs kept as is")
for insn in ["fsgnj.d", "fsgnjn.d", "fsgnjx.d"]:
    i = insn + " fa0, fa1, fa2"
    for a, b in [(D_ONE, D_ONE), (D_ONE, D_MONE), (D_MONE, D_ONE), (D_MONE, D_MONE),
                 (D_SNAN_PAY, D_MZERO), (D_QNAN_NEG, D_ZERO), (D_MZERO, D_QNAN_NEG)]:
        F(c, i, a, b, note=insn)
    F(c, insn + " fa0, fa1, fa1", D_MONE, note=insn + " with rs1 = rs2")

c = test("rvf_fsgnj",
         "fsgnj.s, fsgnjn.s, fsgnjx.s: boxed results; an improperly boxed input is the "
         "canonical NaN first (fmv.s included)")
for insn in ["fsgnj.s", "fsgnjn.s", "fsgnjx.s"]:
    i = insn + " fa0, fa1, fa2"
    for a, b in [(S_ONE, S_MONE), (S_MONE, S_MONE), (S_SNAN_PAY, S_MZERO), (0x3F800000, S_MONE),
                 (S_ONE, 0x00000000BF800000), (0xFFFFFFFEBF800000, 0xFFFFFFFEBF800000)]:
        F(c, i, a, b, note=insn)
    F(c, insn + " fa0, fa1, fa1", 0x12345678BF800000, note=insn + " (fmv.s etc.) improperly boxed")
    F(c, insn + " fa0, fa1, fa1", S_MONE, note=insn + " rs1 = rs2")

c = test("rvf_nanbox_inputs",
         "single operands that are not properly NaN-boxed read as the canonical quiet NaN "
         "(no NV) in every single-precision instruction")
for bad, n in [(0x000000003F800000, "upper half 0"), (0xFFFFFFFE3F800000, "upper 0xfffffffe"),
               (0x7FFFFFFF3F800000, "upper 0x7fffffff")]:
    F(c, "fadd.s fa0, fa1, fa2", bad, S_ONE, note="fadd " + n)
    F(c, "fmul.s fa0, fa1, fa2", S_ONE, bad, note="fmul " + n)
X(c, "fcvt.w.s a0, fa1", 0x000000003F800000, note="fcvt.w.s: NaN -> max, NV")
X(c, "fcvt.lu.s a0, fa1", 0x000000003F800000, note="fcvt.lu.s")
F(c, "fcvt.d.s fa0, fa1", 0x00000000BF800000, note="fcvt.d.s")
F(c, "fsqrt.s fa0, fa1", 0x0000000040800000, note="fsqrt.s")
F(c, "fdiv.s fa0, fa1, fa2", 0x0000000040800000, S_ONE, note="fdiv.s")
F(c, "fmadd.s fa0, fa1, fa2, fa3", S_ONE, S_ONE, 0x0000000000000000, note="fmadd.s addend")
F(c, "fmadd.s fa0, fa1, fa2, fa3", S_INF, 0x0000000000000000, S_ONE,
  note="fmadd.s: inf * NaN, not inf * 0")
X(c, "feq.s a0, fa1, fa2", 0x000000003F800000, 0x000000003F800000, note="feq.s: quiet, 0")
X(c, "fle.s a0, fa1, fa2", 0x000000003F800000, S_ONE, note="fle.s: NV")
X(c, "fclass.s a0, fa1", 0x00000000FF800000, note="fclass.s: quiet NaN")
F(c, "fmin.s fa0, fa1, fa2", 0x0000000000000000, S_THREE, note="fmin.s: the other one")
F(c, "fsgnj.s fa0, fa1, fa2", 0x0000000000000000, S_MONE, note="fsgnj.s: -canonical NaN")
X(c, "fmv.x.w a0, fa1", 0x123456789ABCDEF0, note="fmv.x.w does not check: raw low bits")
F(c, "fcvt.d.s fa0, fa1", D_ONE, note="a double read as a single")

c = test("rvf_nanbox_results",
         "every single-precision result is written NaN-boxed: bits 63:32 all ones")
F(c, "fadd.s fa0, fa1, fa2", S_ONE, S_ONE)
F(c, "fsub.s fa0, fa1, fa2", S_ONE, S_ONE, note="+0, boxed")
F(c, "fmul.s fa0, fa1, fa2", S_MONE, S_THREE)
F(c, "fdiv.s fa0, fa1, fa2", S_ONE, S_THREE)
F(c, "fsqrt.s fa0, fa1", S(0x40800000))
F(c, "fmadd.s fa0, fa1, fa2, fa3", S_ONE, S_ONE, S_ONE)
F(c, "fmin.s fa0, fa1, fa2", S_ONE, S_THREE)
F(c, "fmax.s fa0, fa1, fa2", S_QNAN, S_MONE)
F(c, "fsgnjn.s fa0, fa1, fa2", S_ONE, S_ONE)
F(c, "fcvt.s.d fa0, fa1", D_ONE)
F(c, "fcvt.s.w fa0, a1", x1=0xFFFFFFFFFFFFFFFD)
F(c, "fcvt.s.lu fa0, a1", x1=0)
F(c, "fmv.w.x fa0, a1", x1=0x123456789ABCDEF0, note="fmv.w.x takes the low half and boxes it")
F(c, "fmv.w.x fa0, a1", x1=0x0000000000000000)

c = test("rvf_fmv_x_w_sign_extend",
         "fmv.x.w copies the low 32 bits, sign-extended from bit 31, whatever the boxing; "
         "fmv.x.d / fmv.d.x move all 64 bits")
for v in [S(0x80000000), S(0x7FFFFFFF), S(0xBF800000), S(0x3F800000), 0x12345678DEADBEEF,
          0x000000007FC00000, 0xFFFFFFFEFFFFFFFF]:
    X(c, "fmv.x.w a0, fa1", v)
X(c, "fmv.x.d a0, fa1", 0x8123456789ABCDEF)
F(c, "fmv.d.x fa0, a1", x1=0x8123456789ABCDEF)
X(c, "fmv.w.x fa1, a1; fmv.x.w a0, fa1", x1=0x00000000FFFFFFFE, note="round trip")
X(c, "fmv.x.w x0, fa1", S(0x80000000), note="to x0: nothing")

c = test("rvd_fflags_accrue",
         "fflags accumulate: several operations OR their flags, nothing clears them")
F(c, "fdiv.d fa0, fa1, fa2; fadd.d fa0, fa0, fa3", D_ONE, D_ZERO, D_MINF, note="DZ then NV")
F(c, "fdiv.d fa0, fa1, fa2; fmul.d fa0, fa3, fa3", D_ONE, D_THREE, D_MAX, note="NX then OF")
F(c, "fmul.d fa0, fa1, fa2; fsqrt.d fa0, fa3", D_MIN_NORM, 0x3FD5555555555555, D_MONE,
  note="UF NX then NV")
X(c, "feq.d a0, fa1, fa2; flt.d a0, fa3, fa3", D_SNAN, D_ONE, D_QNAN, note="NV from both")
F(c, "fadd.d fa0, fa1, fa2; fsgnj.d fa0, fa0, fa0", D_ONE, D_P53, note="NX survives a fsgnj")
F(c, "fadd.d fa0, fa1, fa2; csrwi fflags, 0; fadd.d fa0, fa3, fa3", D_ONE, D_P53, D_ONE,
  note="NX, then fflags cleared: an exact add leaves it clear")
F(c, "fdiv.d fa0, fa1, fa2; csrwi fflags, 0; fadd.d fa0, fa1, fa2", D_ONE, D_THREE,
  note="NX, cleared, an exact add: nothing")
F(c, "fsqrt.d fa0, fa2; csrwi fflags, 0; fdiv.d fa0, fa1, fa2", D_ONE, D_THREE,
  note="NX (sqrt 3), cleared, NX")
F(c, "fsqrt.d fa0, fa1; csrwi fflags, 0; fmul.s fa0, fa2, fa2", D_MONE, S_ONE,
  note="NV, cleared, an exact single: nothing")
F(c, "fmadd.d fa0, fa1, fa2, fa3; csrwi fflags, 1; fmadd.d fa0, fa3, fa3, fa3", D_MAX, D_TWO, D_ZERO,
  note="OF NX, then fflags = NX: an exact fma leaves NX")

c = test("rvd_fflags_inline_helper",
         "fflags when operations done inline (round to nearest) and in helpers (other modes, "
         "conversions, min/max) alternate in one block, with fflags read and written between them")
F(c, "fadd.d fa0, fa1, fa2; fcvt.w.d a1, fa3; fmul.d fa0, fa1, fa1", D_ONE, D_P53, D_QNAN,
  note="inline NX, helper NV, inline exact")
F(c, "fadd.d fa0, fa1, fa2, rtz; fmul.d fa0, fa1, fa1", D_ONE, D_P53,
  note="helper (rtz) NX, then an exact inline op")
F(c, "fadd.d fa0, fa1, fa2, rtz; csrwi fflags, 0; fmul.d fa0, fa1, fa1", D_ONE, D_P53,
  note="helper NX, cleared, an exact inline op: nothing")
F(c, "fmul.d fa0, fa1, fa1; fmin.d fa0, fa2, fa3; fadd.d fa0, fa0, fa3", D_MAX, D_SNAN, D_ONE,
  note="inline OF NX, helper NV (signalling NaN), inline exact")
F(c, "csrwi fflags, 8; fdiv.d fa0, fa1, fa2", D_ONE, D_THREE,
  note="DZ written, then inline NX: both")
F(c, "fdiv.d fa0, fa1, fa2; csrci fflags, 1; fadd.d fa0, fa1, fa1", D_ONE, D_THREE,
  note="inline NX, cleared by csrc, an exact inline op: nothing")
F(c, "fmul.d fa0, fa3, fa3; csrci fflags, 4; fadd.d fa0, fa1, fa1", D_ONE, D_THREE, D_MAX,
  note="inline OF NX, OF cleared by csrc: NX stays")
X(c, "fdiv.d fa0, fa1, fa2; frflags a0; fsqrt.d fa0, fa3", D_ONE, D_THREE, D_MONE,
  note="inline NX read in the block, then inline NV: a0 = NX")
X(c, "fadd.d fa0, fa1, fa1; frflags a0; fdiv.d fa0, fa1, fa2", D_ONE, D_THREE,
  note="an exact op read in the block: a0 = 0, then NX")
F(c, "fcvt.s.d fa0, fa1; fadd.s fa0, fa0, fa2; fcvt.d.s fa0, fa0", 0x3FB999999999999A, S_ONE,
  note="single: helper NX (narrowing 0.1), inline add, helper widening")
X(c, "fle.d a0, fa1, fa2; fcvt.l.d a1, fa3, rtz; feq.d a0, fa1, fa1", D_ONE, D_QNAN, 0x4004000000000000,
  note="inline compare NV (quiet NaN), helper NX (2.5 to integer), inline equal")
F(c, "fmadd.d fa0, fa1, fa2, fa3; fnmsub.d fa0, fa0, fa2, fa3, rdn; fmsub.d fa0, fa1, fa1, fa1",
  D_THREE, D_ONE_ULP, D_P53, note="inline fma NX, helper fma (rdn), inline fma")

# ---- The probe and the writer ---------------------------------------------------

PROBE_RUNTIME = """
    PASS
/* print: a0 and a3 in hex on one line */
print:
    li t6, UART0
    li t5, 'R'
    sb t5, 0(t6)
    mv t3, a0
    jal s11, hex
    mv t3, a3
    jal s11, hex
    li t5, 10
    sb t5, 0(t6)
    ret
hex:
    li t5, ' '
    sb t5, 0(t6)
    li t4, 60
1:  srl t5, t3, t4
    andi t5, t5, 15
    addi t5, t5, '0'
    li t2, '9'
    ble t5, t2, 2f
    addi t5, t5, 'a' - '0' - 10
2:  sb t5, 0(t6)
    addi t4, t4, -4
    bgez t4, 1b
    jr s11
"""


def case_args(k):
    return "0x%x, 0x%x, 0x%x, 0x%x, %d" % (k.v1, k.v2, k.v3, k.x1, k.frm)


def probe(cases):
    lines = ['#include "rvf_test.h"', "    .section .text.init", "    .globl _start", "_start:",
             "    FP_START", "    li sp, 0x80400000"]
    for k in cases:
        lines.append("    FSETUP " + ", ".join(case_args(k).split(", ")))
        lines.append("    " + k.insn)
        lines.append("    frflags a3")
        if k.kind == "F":
            lines.append("    fmv.x.d a0, fa0")
        lines.append("    call print")
    with tempfile.TemporaryDirectory() as tmp:
        src, elf = os.path.join(tmp, "probe.S"), os.path.join(tmp, "probe.elf")
        with open(src, "w") as f:
            f.write("\n".join(lines) + PROBE_RUNTIME)
        subprocess.run([RV_CC] + RV_CFLAGS + ["-o", elf, src], check=True)
        out = subprocess.run(QEMU + [elf], stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, timeout=60)
    if out.returncode != 0:
        sys.exit("probe failed under QEMU: exit status %d" % out.returncode)
    results = [tuple(int(x, 16) for x in l.split()[1:]) for l in out.stdout.splitlines()
               if l.startswith("R")]
    if len(results) != len(cases):
        sys.exit("probe printed %d results for %d cases" % (len(results), len(cases)))
    return results


def write(name, doc, cases, results):
    if len(cases) > 255:
        sys.exit("%s: %d cases, more than the 255 failure codes" % (name, len(cases)))
    text = wrap(doc)
    out = ["/* " + text[0]] + [" * " + l for l in text[1:]]
    out.append(" * Expected values: QEMU 7.2, through tests/diff/fp/mktests.py. */")
    out += ['#include "rvf_test.h"', "    .section .text.init", "    .globl _start", "_start:",
            "    FP_START"]
    for n, (k, (res, flags)) in enumerate(zip(cases, results), 1):
        if k.note:
            out.append("    /* %s */" % k.note.strip())
        out.append('    FTEST_%s %d, "%s", 0x%x, 0x%x, %s' % (k.kind, n, k.insn, res, flags,
                                                          case_args(k)))
    out.append("    PASS")
    with open(os.path.join("tests/guest", name + ".S"), "w") as f:
        f.write("\n".join(out) + "\n")


def wrap(text, width=90):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    lines.append(cur)
    return lines


def main():
    names = sys.argv[1:] or list(TESTS)
    for name in names:
        doc, cases = TESTS[name]
        write(name, doc, cases, probe(cases))
        print("wrote tests/guest/%s.S (%d cases)" % (name, len(cases)))


if __name__ == "__main__":
    main()
