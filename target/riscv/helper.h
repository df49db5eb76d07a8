/* Helpers called from generated code, declared once: the translator emits
 * calls through the TCGHelperInfo records, whose flags tell the register
 * allocator what a call may touch.
 *
 * Every helper takes the CPU as its first argument; the count below is of
 * the IR arguments after it.
 * X(name, returns a value, number of IR arguments, flags)
 */
#ifndef RIVET_TARGET_RISCV_HELPER_H
#define RIVET_TARGET_RISCV_HELPER_H

#include "tcg/ir.h"

#define RISCV_HELPERS_CORE(X)                                                                      \
    X(raise_exception, false, 2, 0)                                                                \
    X(csr, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                     \
    X(mret, false, 0, TCG_CALL_NO_WRITE_GLOBALS)                                                   \
    X(sret, false, 1, TCG_CALL_NO_WRITE_GLOBALS)                                                   \
    X(sfence_vma, false, 3, TCG_CALL_NO_WRITE_GLOBALS)                                             \
    X(wfi, false, 1, 0)                                                                            \
    X(fence_i, false, 0, TCG_CALL_NO_RWG)

/* Each extension with helpers of its own adds a list in its own header. */
#include "target/riscv/helper_fp.h"
#include "target/riscv/helper_rva.h"
#define RISCV_HELPERS(X) RISCV_HELPERS_CORE(X) RISCV_HELPERS_FP(X) RISCV_HELPERS_RVA(X)

#define HELPER_DECLARE(name, ret, n, flags) extern const TCGHelperInfo helper_info_##name;
RISCV_HELPERS(HELPER_DECLARE)
#undef HELPER_DECLARE

#endif
