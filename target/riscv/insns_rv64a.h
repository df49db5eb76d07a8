/* RV64A: atomics — lines of the instruction table (see target/riscv/insns.h).
 * X(name, mnemonic, format, mask, match)
 *
 * The aq and rl bits (26 and 25) are left out of every mask: the host
 * atomics used are sequentially consistent, which satisfies any ordering
 * they ask for (target/riscv/atomic_helper.c). lr keeps rs2 fixed at 0.
 * The formats print rd, rs1, rs2 (objdump writes rd, rs2, (rs1)). */
#define RISCV_INSNS_RV64A(X)                                                                       \
    X(lr_w, "lr.w", FMT_R, 0xf9f0707f, 0x1000202f)                                                 \
    X(sc_w, "sc.w", FMT_R, 0xf800707f, 0x1800202f)                                                 \
    X(amoswap_w, "amoswap.w", FMT_R, 0xf800707f, 0x0800202f)                                       \
    X(amoadd_w, "amoadd.w", FMT_R, 0xf800707f, 0x0000202f)                                         \
    X(amoxor_w, "amoxor.w", FMT_R, 0xf800707f, 0x2000202f)                                         \
    X(amoand_w, "amoand.w", FMT_R, 0xf800707f, 0x6000202f)                                         \
    X(amoor_w, "amoor.w", FMT_R, 0xf800707f, 0x4000202f)                                           \
    X(amomin_w, "amomin.w", FMT_R, 0xf800707f, 0x8000202f)                                         \
    X(amomax_w, "amomax.w", FMT_R, 0xf800707f, 0xa000202f)                                         \
    X(amominu_w, "amominu.w", FMT_R, 0xf800707f, 0xc000202f)                                       \
    X(amomaxu_w, "amomaxu.w", FMT_R, 0xf800707f, 0xe000202f)                                       \
    X(lr_d, "lr.d", FMT_R, 0xf9f0707f, 0x1000302f)                                                 \
    X(sc_d, "sc.d", FMT_R, 0xf800707f, 0x1800302f)                                                 \
    X(amoswap_d, "amoswap.d", FMT_R, 0xf800707f, 0x0800302f)                                       \
    X(amoadd_d, "amoadd.d", FMT_R, 0xf800707f, 0x0000302f)                                         \
    X(amoxor_d, "amoxor.d", FMT_R, 0xf800707f, 0x2000302f)                                         \
    X(amoand_d, "amoand.d", FMT_R, 0xf800707f, 0x6000302f)                                         \
    X(amoor_d, "amoor.d", FMT_R, 0xf800707f, 0x4000302f)                                           \
    X(amomin_d, "amomin.d", FMT_R, 0xf800707f, 0x8000302f)                                         \
    X(amomax_d, "amomax.d", FMT_R, 0xf800707f, 0xa000302f)                                         \
    X(amominu_d, "amominu.d", FMT_R, 0xf800707f, 0xc000302f)                                       \
    X(amomaxu_d, "amomaxu.d", FMT_R, 0xf800707f, 0xe000302f)
