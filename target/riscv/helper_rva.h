/* Helpers of RV64A (see target/riscv/helper.h).
 * X(name, returns a value, number of IR arguments after the CPU, flags) */
#define RISCV_HELPERS_RVA(X)
