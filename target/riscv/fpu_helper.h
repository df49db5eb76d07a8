/* F and D arithmetic, below the helpers: a soft-float that is exact in
 * every RISC-V rounding mode, and the host (SSE/FMA) path used for the
 * four modes x86 has. See docs/fpu.md for why both give the RISC-V result
 * and flags bit for bit.
 *
 * Values are raw bit patterns: a single in the low 32 bits (already
 * unboxed), a double in all 64. Exception flags are ORed into *fl in the
 * RISC-V fflags layout. */
#ifndef RIVET_TARGET_RISCV_FPU_HELPER_H
#define RIVET_TARGET_RISCV_FPU_HELPER_H

#include <stdbool.h>
#include <stdint.h>

enum { FFLAG_NX = 1, FFLAG_UF = 2, FFLAG_OF = 4, FFLAG_DZ = 8, FFLAG_NV = 16 };
enum { RM_RNE = 0, RM_RTZ = 1, RM_RDN = 2, RM_RUP = 3, RM_RMM = 4, RM_DYN = 7 };

typedef enum { FP_S, FP_D } FpFmt;
typedef enum { FP_ADD, FP_SUB, FP_MUL, FP_DIV } FpBinop;
/* Integer sides of fcvt, in the order of the rs2 field (fcvt.x.f) and of
 * the rs2 field of fcvt.f.x: w, wu, l, lu. */
typedef enum { CVT_W, CVT_WU, CVT_L, CVT_LU } FpCvtInt;
/* Fused multiply-add variants as sign flips of the operands, which is how
 * the ISA defines them: fmsub = a*b + (-c), fnmsub = (-a*b) + c,
 * fnmadd = (-a*b) + (-c), each with one rounding. */
#define FMA_NEG_PRODUCT 1u
#define FMA_NEG_ADDEND 2u

#define CANONICAL_NAN_S 0x7fc00000u
#define CANONICAL_NAN_D 0x7ff8000000000000ull

/* Soft-float, any rounding mode RNE..RMM. */
uint64_t sf_binop(FpFmt f, FpBinop op, uint64_t a, uint64_t b, int rm, unsigned *fl);
uint64_t sf_sqrt(FpFmt f, uint64_t a, int rm, unsigned *fl);
uint64_t sf_fma(FpFmt f, uint64_t a, uint64_t b, uint64_t c, unsigned neg, int rm, unsigned *fl);
/* The result as the integer register gets it (32-bit results
 * sign-extended). */
uint64_t sf_to_int(FpFmt f, uint64_t a, FpCvtInt to, int rm, unsigned *fl);
uint64_t sf_from_int(FpFmt f, uint64_t v, FpCvtInt from, int rm, unsigned *fl);
uint64_t sf_d_to_s(uint64_t a, int rm, unsigned *fl);
uint64_t sf_s_to_d(uint64_t a, unsigned *fl);

/* The host path, RNE..RUP only; hw_fma needs fpu_host_has_fma. */
uint64_t hw_binop(FpFmt f, FpBinop op, uint64_t a, uint64_t b, int rm, unsigned *fl);
uint64_t hw_sqrt(FpFmt f, uint64_t a, int rm, unsigned *fl);
uint64_t hw_fma(FpFmt f, uint64_t a, uint64_t b, uint64_t c, unsigned neg, int rm, unsigned *fl);
uint64_t hw_d_to_s(uint64_t a, int rm, unsigned *fl);

/* Set at start-up from CPUID; fpu_use_host is false when the environment
 * has RIVET_FPU=soft (every operation then takes the soft-float, which is
 * how the differential test checks it against QEMU). Tests may change
 * both. */
extern bool fpu_host_has_fma;
extern bool fpu_use_host;
/* Whether the translator emits RNE arithmetic as inline IR ops (the
 * default) rather than helper calls: off with RIVET_FPU=soft, and with
 * RIVET_FPU=helper, which keeps the host path but in the helpers. */
extern bool fpu_inline;

/* fflags for each value of MXCSR's six flag bits (IE DE ZE OE UE PE). */
extern const uint8_t fpu_host_flags_map[64];

#endif
