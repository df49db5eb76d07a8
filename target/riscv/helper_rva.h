/* Helpers of RV64A and of Zbc (see target/riscv/helper.h).
 * X(name, returns a value, number of IR arguments after the CPU, flags)
 *
 * Atomics (defined in target/riscv/atomic_helper.c) take the address, the
 * rs2 value where there is one, and a descriptor: the MMU index | rd <<
 * AMO_RD_SHIFT for sc and AMOs, the MMU index | LR_RL for lr. They may
 * raise, so the guest registers are synced before the call, and they
 * change none, except rd on a way out of the TB that never returns to it
 * (a write into the TB itself). */
#define RISCV_HELPERS_A(X)                                                                         \
    X(lr_w, true, 2, TCG_CALL_NO_WRITE_GLOBALS)                                                    \
    X(lr_d, true, 2, TCG_CALL_NO_WRITE_GLOBALS)                                                    \
    X(sc_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                    \
    X(sc_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                    \
    X(amoswap_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                               \
    X(amoadd_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amoxor_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amoand_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amoor_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                 \
    X(amomin_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amomax_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amominu_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                               \
    X(amomaxu_w, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                               \
    X(amoswap_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                               \
    X(amoadd_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amoxor_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amoand_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amoor_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                 \
    X(amomin_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amomax_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                                \
    X(amominu_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)                                               \
    X(amomaxu_d, true, 3, TCG_CALL_NO_WRITE_GLOBALS)

/* In lr's descriptor: the rl bit was set (prior stores must be ordered
 * before the load). */
#define LR_RL 0x100
/* In the descriptor of sc and AMOs: where rd is. */
#define AMO_RD_SHIFT 8

/* Carry-less multiplication (defined in target/riscv/trans_rvb.c): pure. */
#define RISCV_HELPERS_B(X)                                                                         \
    X(clmul, true, 2, TCG_CALL_NO_RWG | TCG_CALL_NO_SIDE_EFFECTS)                                  \
    X(clmulh, true, 2, TCG_CALL_NO_RWG | TCG_CALL_NO_SIDE_EFFECTS)                                 \
    X(clmulr, true, 2, TCG_CALL_NO_RWG | TCG_CALL_NO_SIDE_EFFECTS)

#define RISCV_HELPERS_RVA(X) RISCV_HELPERS_A(X) RISCV_HELPERS_B(X)
