/* Zba, Zbb, Zbc, Zbs: bit manipulation; Zicond — lines of the instruction table (see
 * target/riscv/insns.h). X(name, mnemonic, format, mask, match)
 *
 * The one-operand Zbb instructions (clz ... rev8) keep their rs2 field as
 * part of the encoding and print as FMT_R (with that field as a third
 * register). zext.h is RV64's packw with rs2 = 0. */
#define RISCV_INSNS_RVB(X)                                                                         \
    /* Zba */                                                                                      \
    X(add_uw, "add.uw", FMT_R, 0xfe00707f, 0x0800003b)                                             \
    X(sh1add, "sh1add", FMT_R, 0xfe00707f, 0x20002033)                                             \
    X(sh2add, "sh2add", FMT_R, 0xfe00707f, 0x20004033)                                             \
    X(sh3add, "sh3add", FMT_R, 0xfe00707f, 0x20006033)                                             \
    X(sh1add_uw, "sh1add.uw", FMT_R, 0xfe00707f, 0x2000203b)                                       \
    X(sh2add_uw, "sh2add.uw", FMT_R, 0xfe00707f, 0x2000403b)                                       \
    X(sh3add_uw, "sh3add.uw", FMT_R, 0xfe00707f, 0x2000603b)                                       \
    X(slli_uw, "slli.uw", FMT_SH6, 0xfc00707f, 0x0800101b)                                         \
    /* Zbb */                                                                                      \
    X(andn, "andn", FMT_R, 0xfe00707f, 0x40007033)                                                 \
    X(orn, "orn", FMT_R, 0xfe00707f, 0x40006033)                                                   \
    X(xnor, "xnor", FMT_R, 0xfe00707f, 0x40004033)                                                 \
    X(clz, "clz", FMT_R, 0xfff0707f, 0x60001013)                                                   \
    X(ctz, "ctz", FMT_R, 0xfff0707f, 0x60101013)                                                   \
    X(cpop, "cpop", FMT_R, 0xfff0707f, 0x60201013)                                                 \
    X(clzw, "clzw", FMT_R, 0xfff0707f, 0x6000101b)                                                 \
    X(ctzw, "ctzw", FMT_R, 0xfff0707f, 0x6010101b)                                                 \
    X(cpopw, "cpopw", FMT_R, 0xfff0707f, 0x6020101b)                                               \
    X(max, "max", FMT_R, 0xfe00707f, 0x0a006033)                                                   \
    X(maxu, "maxu", FMT_R, 0xfe00707f, 0x0a007033)                                                 \
    X(min, "min", FMT_R, 0xfe00707f, 0x0a004033)                                                   \
    X(minu, "minu", FMT_R, 0xfe00707f, 0x0a005033)                                                 \
    X(sext_b, "sext.b", FMT_R, 0xfff0707f, 0x60401013)                                             \
    X(sext_h, "sext.h", FMT_R, 0xfff0707f, 0x60501013)                                             \
    X(zext_h, "zext.h", FMT_R, 0xfff0707f, 0x0800403b)                                             \
    X(rol, "rol", FMT_R, 0xfe00707f, 0x60001033)                                                   \
    X(rolw, "rolw", FMT_R, 0xfe00707f, 0x6000103b)                                                 \
    X(ror, "ror", FMT_R, 0xfe00707f, 0x60005033)                                                   \
    X(rorw, "rorw", FMT_R, 0xfe00707f, 0x6000503b)                                                 \
    X(rori, "rori", FMT_SH6, 0xfc00707f, 0x60005013)                                               \
    X(roriw, "roriw", FMT_SH5, 0xfe00707f, 0x6000501b)                                             \
    X(orc_b, "orc.b", FMT_R, 0xfff0707f, 0x28705013)                                               \
    X(rev8, "rev8", FMT_R, 0xfff0707f, 0x6b805013)                                                 \
    /* Zbc */                                                                                      \
    X(clmul, "clmul", FMT_R, 0xfe00707f, 0x0a001033)                                               \
    X(clmulr, "clmulr", FMT_R, 0xfe00707f, 0x0a002033)                                             \
    X(clmulh, "clmulh", FMT_R, 0xfe00707f, 0x0a003033)                                             \
    /* Zbs */                                                                                      \
    X(bclr, "bclr", FMT_R, 0xfe00707f, 0x48001033)                                                 \
    X(bclri, "bclri", FMT_SH6, 0xfc00707f, 0x48001013)                                             \
    X(bext, "bext", FMT_R, 0xfe00707f, 0x48005033)                                                 \
    X(bexti, "bexti", FMT_SH6, 0xfc00707f, 0x48005013)                                             \
    X(binv, "binv", FMT_R, 0xfe00707f, 0x68001033)                                                 \
    X(binvi, "binvi", FMT_SH6, 0xfc00707f, 0x68001013)                                             \
    X(bset, "bset", FMT_R, 0xfe00707f, 0x28001033)                                                 \
    X(bseti, "bseti", FMT_SH6, 0xfc00707f, 0x28001013)                                             \
    /* Zicond */                                                                                   \
    X(czero_eqz, "czero.eqz", FMT_R, 0xfe00707f, 0x0e005033)                                       \
    X(czero_nez, "czero.nez", FMT_R, 0xfe00707f, 0x0e007033)
