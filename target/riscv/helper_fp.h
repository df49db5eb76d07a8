/* Helpers of F and D (see target/riscv/helper.h).
 * X(name, returns a value, number of IR arguments after the CPU, flags)
 *
 * Operands and results are raw register values (singles NaN-boxed); the
 * rounding-mode argument is the mode itself (the translator resolves a
 * dynamic rm from frm in the TB flags; 7 still reads frm), with, for
 * fused ops, the FMA_NEG_* bits above it and, for conversions, the integer
 * side (FpCvtInt) above it: see target/riscv/fpu_helper.c. They accrue
 * fflags in the CPU state, which is no IR global: none of them reads or
 * writes a guest register, and none raises. */
#define RISCV_HELPERS_FP(X)                                                                        \
    X(fadd_s, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fsub_s, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fmul_s, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fdiv_s, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fsqrt_s, true, 2, TCG_CALL_NO_RWG)                                                           \
    X(fmadd_s, true, 4, TCG_CALL_NO_RWG)                                                           \
    X(fmin_s, true, 2, TCG_CALL_NO_RWG)                                                            \
    X(fmax_s, true, 2, TCG_CALL_NO_RWG)                                                            \
    X(feq_s, true, 2, TCG_CALL_NO_RWG)                                                             \
    X(flt_s, true, 2, TCG_CALL_NO_RWG)                                                             \
    X(fle_s, true, 2, TCG_CALL_NO_RWG)                                                             \
    X(fcvt_x_s, true, 2, TCG_CALL_NO_RWG)                                                          \
    X(fcvt_s_x, true, 2, TCG_CALL_NO_RWG)                                                          \
    X(fadd_d, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fsub_d, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fmul_d, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fdiv_d, true, 3, TCG_CALL_NO_RWG)                                                            \
    X(fsqrt_d, true, 2, TCG_CALL_NO_RWG)                                                           \
    X(fmadd_d, true, 4, TCG_CALL_NO_RWG)                                                           \
    X(fmin_d, true, 2, TCG_CALL_NO_RWG)                                                            \
    X(fmax_d, true, 2, TCG_CALL_NO_RWG)                                                            \
    X(feq_d, true, 2, TCG_CALL_NO_RWG)                                                             \
    X(flt_d, true, 2, TCG_CALL_NO_RWG)                                                             \
    X(fle_d, true, 2, TCG_CALL_NO_RWG)                                                             \
    X(fcvt_x_d, true, 2, TCG_CALL_NO_RWG)                                                          \
    X(fcvt_d_x, true, 2, TCG_CALL_NO_RWG)                                                          \
    X(fcvt_s_d, true, 2, TCG_CALL_NO_RWG)                                                          \
    X(fcvt_d_s, true, 1, TCG_CALL_NO_RWG)
