/* RV64A: atomics — lines of the instruction table (see target/riscv/insns.h).
 * X(name, mnemonic, format, mask, match) */
#define RISCV_INSNS_RV64A(X)
