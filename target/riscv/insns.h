/* The RISC-V instruction table: one line per instruction, read by the
 * decoder, the translator (trans_<name>) and the disassembler (-d in_asm).
 * Adding an instruction means a line here and a trans_<name>() function.
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
} InsnFormat;

#define RISCV_INSNS(X)                                                                             \
    /* RV64I */                                                                                    \
    X(lui, "lui", FMT_U, 0x0000007f, 0x00000037)                                                   \
    X(auipc, "auipc", FMT_U, 0x0000007f, 0x00000017)                                               \
    X(jal, "jal", FMT_J, 0x0000007f, 0x0000006f)                                                   \
    X(jalr, "jalr", FMT_LOAD, 0x0000707f, 0x00000067)                                              \
    X(beq, "beq", FMT_B, 0x0000707f, 0x00000063)                                                   \
    X(bne, "bne", FMT_B, 0x0000707f, 0x00001063)                                                   \
    X(blt, "blt", FMT_B, 0x0000707f, 0x00004063)                                                   \
    X(bge, "bge", FMT_B, 0x0000707f, 0x00005063)                                                   \
    X(bltu, "bltu", FMT_B, 0x0000707f, 0x00006063)                                                 \
    X(bgeu, "bgeu", FMT_B, 0x0000707f, 0x00007063)                                                 \
    X(lb, "lb", FMT_LOAD, 0x0000707f, 0x00000003)                                                  \
    X(lh, "lh", FMT_LOAD, 0x0000707f, 0x00001003)                                                  \
    X(lw, "lw", FMT_LOAD, 0x0000707f, 0x00002003)                                                  \
    X(ld, "ld", FMT_LOAD, 0x0000707f, 0x00003003)                                                  \
    X(lbu, "lbu", FMT_LOAD, 0x0000707f, 0x00004003)                                                \
    X(lhu, "lhu", FMT_LOAD, 0x0000707f, 0x00005003)                                                \
    X(lwu, "lwu", FMT_LOAD, 0x0000707f, 0x00006003)                                                \
    X(sb, "sb", FMT_S, 0x0000707f, 0x00000023)                                                     \
    X(sh, "sh", FMT_S, 0x0000707f, 0x00001023)                                                     \
    X(sw, "sw", FMT_S, 0x0000707f, 0x00002023)                                                     \
    X(sd, "sd", FMT_S, 0x0000707f, 0x00003023)                                                     \
    X(addi, "addi", FMT_I, 0x0000707f, 0x00000013)                                                 \
    X(slti, "slti", FMT_I, 0x0000707f, 0x00002013)                                                 \
    X(sltiu, "sltiu", FMT_I, 0x0000707f, 0x00003013)                                               \
    X(xori, "xori", FMT_I, 0x0000707f, 0x00004013)                                                 \
    X(ori, "ori", FMT_I, 0x0000707f, 0x00006013)                                                   \
    X(andi, "andi", FMT_I, 0x0000707f, 0x00007013)                                                 \
    X(slli, "slli", FMT_SH6, 0xfc00707f, 0x00001013)                                               \
    X(srli, "srli", FMT_SH6, 0xfc00707f, 0x00005013)                                               \
    X(srai, "srai", FMT_SH6, 0xfc00707f, 0x40005013)                                               \
    X(add, "add", FMT_R, 0xfe00707f, 0x00000033)                                                   \
    X(sub, "sub", FMT_R, 0xfe00707f, 0x40000033)                                                   \
    X(sll, "sll", FMT_R, 0xfe00707f, 0x00001033)                                                   \
    X(slt, "slt", FMT_R, 0xfe00707f, 0x00002033)                                                   \
    X(sltu, "sltu", FMT_R, 0xfe00707f, 0x00003033)                                                 \
    X(xor, "xor", FMT_R, 0xfe00707f, 0x00004033)                                                   \
    X(srl, "srl", FMT_R, 0xfe00707f, 0x00005033)                                                   \
    X(sra, "sra", FMT_R, 0xfe00707f, 0x40005033)                                                   \
    X(or, "or", FMT_R, 0xfe00707f, 0x00006033)                                                     \
    X(and, "and", FMT_R, 0xfe00707f, 0x00007033)                                                   \
    X(addiw, "addiw", FMT_I, 0x0000707f, 0x0000001b)                                               \
    X(slliw, "slliw", FMT_SH5, 0xfe00707f, 0x0000101b)                                             \
    X(srliw, "srliw", FMT_SH5, 0xfe00707f, 0x0000501b)                                             \
    X(sraiw, "sraiw", FMT_SH5, 0xfe00707f, 0x4000501b)                                             \
    X(addw, "addw", FMT_R, 0xfe00707f, 0x0000003b)                                                 \
    X(subw, "subw", FMT_R, 0xfe00707f, 0x4000003b)                                                 \
    X(sllw, "sllw", FMT_R, 0xfe00707f, 0x0000103b)                                                 \
    X(srlw, "srlw", FMT_R, 0xfe00707f, 0x0000503b)                                                 \
    X(sraw, "sraw", FMT_R, 0xfe00707f, 0x4000503b)                                                 \
    X(fence, "fence", FMT_FENCE, 0x0000707f, 0x0000000f)                                           \
    X(ecall, "ecall", FMT_NONE, 0xffffffff, 0x00000073)                                            \
    X(ebreak, "ebreak", FMT_NONE, 0xffffffff, 0x00100073)                                          \
    /* Zifencei */                                                                                 \
    X(fence_i, "fence.i", FMT_NONE, 0x0000707f, 0x0000100f)                                        \
    /* Zicsr */                                                                                    \
    X(csrrw, "csrrw", FMT_CSR, 0x0000707f, 0x00001073)                                             \
    X(csrrs, "csrrs", FMT_CSR, 0x0000707f, 0x00002073)                                             \
    X(csrrc, "csrrc", FMT_CSR, 0x0000707f, 0x00003073)                                             \
    X(csrrwi, "csrrwi", FMT_CSRI, 0x0000707f, 0x00005073)                                          \
    X(csrrsi, "csrrsi", FMT_CSRI, 0x0000707f, 0x00006073)                                          \
    X(csrrci, "csrrci", FMT_CSRI, 0x0000707f, 0x00007073)                                          \
    /* Privileged */                                                                               \
    X(mret, "mret", FMT_NONE, 0xffffffff, 0x30200073)                                              \
    X(wfi, "wfi", FMT_NONE, 0xffffffff, 0x10500073)                                                \
    /* RV64M */                                                                                    \
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
