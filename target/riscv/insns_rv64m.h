/* RV64M: multiplication and division — lines of the instruction table (see target/riscv/insns.h).
 * X(name, mnemonic, format, mask, match) */
#define RISCV_INSNS_RV64M(X)                                                                       \
    X(mul, "mul", FMT_R, 0xfe00707f, 0x02000033)                                                   \
    X(mulh, "mulh", FMT_R, 0xfe00707f, 0x02001033)                                                 \
    X(mulhsu, "mulhsu", FMT_R, 0xfe00707f, 0x02002033)                                             \
    X(mulhu, "mulhu", FMT_R, 0xfe00707f, 0x02003033)                                               \
    X(div, "div", FMT_R, 0xfe00707f, 0x02004033)                                                   \
    X(divu, "divu", FMT_R, 0xfe00707f, 0x02005033)                                                 \
    X(rem, "rem", FMT_R, 0xfe00707f, 0x02006033)                                                   \
    X(remu, "remu", FMT_R, 0xfe00707f, 0x02007033)                                                 \
    X(mulw, "mulw", FMT_R, 0xfe00707f, 0x0200003b)                                                 \
    X(divw, "divw", FMT_R, 0xfe00707f, 0x0200403b)                                                 \
    X(divuw, "divuw", FMT_R, 0xfe00707f, 0x0200503b)                                               \
    X(remw, "remw", FMT_R, 0xfe00707f, 0x0200603b)                                                 \
    X(remuw, "remuw", FMT_R, 0xfe00707f, 0x0200703b)
