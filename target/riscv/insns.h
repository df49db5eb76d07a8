/* The RISC-V instruction table: one line per instruction, read by the
 * decoder, the translator (trans_<name>) and the disassembler (-d in_asm).
 * Adding an instruction means a line in its extension's list and a
 * trans_<name>() function.
 *
 * X(name, mnemonic, format, mask, match)
 */
#ifndef RIVET_TARGET_RISCV_INSNS_H
#define RIVET_TARGET_RISCV_INSNS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Formats: which fields an encoding has, and how it is printed. */
typedef enum {
    FMT_R,     /* rd, rs1, rs2 */
    FMT_I,     /* rd, rs1, imm */
    FMT_LOAD,  /* rd, imm(rs1) */
    FMT_S,     /* rs2, imm(rs1) */
    FMT_B,     /* rs1, rs2, pc-relative target */
    FMT_U,     /* rd, imm[31:12] */
    FMT_J,     /* rd, pc-relative target */
    FMT_SH6,   /* rd, rs1, 6-bit shift amount */
    FMT_SH5,   /* rd, rs1, 5-bit shift amount */
    FMT_CSR,   /* rd, csr, rs1 */
    FMT_CSRI,  /* rd, csr, 5-bit immediate (in the rs1 field) */
    FMT_NONE,  /* no operands */
    FMT_FENCE, /* pred, succ */
    /* F and D: f for an FP register, x for an integer one; rm printed
     * unless dynamic (imm holds it, or for loads/stores the offset). */
    FMT_FLOAD,   /* frd, imm(rs1) */
    FMT_FSTORE,  /* frs2, imm(rs1) */
    FMT_FR,      /* frd, frs1, frs2 */
    FMT_FR_RM,   /* frd, frs1, frs2, rm */
    FMT_FR4,     /* frd, frs1, frs2, frs3 (bits 31:27), rm */
    FMT_FR1,     /* frd, frs1, rm */
    FMT_FCVT_XF, /* rd, frs1, rm */
    FMT_FCVT_FX, /* frd, rs1, rm */
    FMT_FCMP,    /* rd, frs1, frs2 */
    FMT_FMV_XF,  /* rd, frs1 */
    FMT_FMV_FX,  /* frd, rs1 */
} InsnFormat;

/* The table is assembled from one list per extension, each in its own
 * header. */
#include "target/riscv/insns_rv64a.h"
#include "target/riscv/insns_rv64i.h"
#include "target/riscv/insns_rv64m.h"
#include "target/riscv/insns_rvb.h"
#include "target/riscv/insns_rvfd.h"
#include "target/riscv/insns_system.h"

#define RISCV_INSNS(X)                                                                             \
    RISCV_INSNS_RV64I(X)                                                                           \
    RISCV_INSNS_SYSTEM(X)                                                                          \
    RISCV_INSNS_RV64M(X)                                                                           \
    RISCV_INSNS_RV64A(X)                                                                           \
    RISCV_INSNS_RVFD(X)                                                                            \
    RISCV_INSNS_RVB(X)

typedef enum {
#define INSN_ENUM(name, mn, fmt, mask, match) INSN_##name,
    RISCV_INSNS(INSN_ENUM)
#undef INSN_ENUM
        NB_INSNS
} InsnId;

typedef struct InsnDesc {
    const char *mnemonic;
    InsnFormat fmt;
    uint32_t mask, match;
} InsnDesc;
extern const InsnDesc insn_descs[NB_INSNS];

typedef struct DecodedInsn {
    InsnId id;
    uint32_t raw;
    uint8_t len; /* bytes */
    uint8_t rd, rs1, rs2;
    int64_t imm; /* sign-extended immediate, shift amount, or CSR immediate */
    uint16_t csr;
} DecodedInsn;

/* Decodes one 32-bit instruction; false if it is not in the table. */
bool riscv_decode(uint32_t raw, DecodedInsn *d);
/* Prints a decoded instruction at pc, objdump style. */
void riscv_disas(const DecodedInsn *d, uint64_t pc, char *buf, size_t size);
extern const char *const riscv_reg_names[32];

#endif
