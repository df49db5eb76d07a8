/* The C extension (RV64C): every 16-bit instruction is the short form of a
 * 32-bit one, so it is expanded to that instruction and decoded by the
 * 32-bit table. The translator then needs nothing per compressed
 * instruction; only the length (2) and the raw bits (the 16 bits, which is
 * what an illegal-instruction trap reports in mtval) differ.
 *
 * RVC_INSNS below is the whole extension, one line per instruction:
 *
 *   X(name, mask, match, rd, rs1, rs2, imm, check, target)
 *
 * A 16-bit word takes the first line whose (word & mask) == match, so a
 * form carved out of a wider one (c.addi16sp out of c.lui's encoding,
 * c.jr/c.ebreak/c.jalr out of c.mv/c.add) comes first. rd, rs1 and rs2 say
 * where the 32-bit instruction's registers come from, imm how the scattered
 * immediate bits are gathered, and check which reserved encodings of the
 * line are refused: they trap as illegal instructions, as they do on QEMU
 * (checked there: c.addiw, c.lwsp and c.ldsp with rd = 0, c.lui and
 * c.addi16sp with a zero immediate, c.jr with rs1 = 0, c.addi4spn with a
 * zero immediate, which includes the all-zero word). Encodings no line
 * matches (quadrant 0 funct3 4, the two free c.subw/c.addw slots) are
 * illegal too. HINTs (c.nop with an immediate, c.li/c.lui/c.mv/c.add/c.slli
 * with rd = 0, zero shift amounts, c.addi with a zero immediate) need no
 * line of their own: their expansions write x0 or leave rd unchanged.
 *
 * The 32-bit targets are given as raw opcode/funct bits, not as table ids,
 * so that c.fld and friends expand to fld/fsd whether or not the F/D lines
 * exist yet; riscv_decode() then finds them or does not.
 */
#include "target/riscv/decode16.h"

/* Where a register of the 32-bit instruction comes from. */
enum {
    REG_X0,   /* the constant register x0 */
    REG_RA,   /* x1 */
    REG_SP,   /* x2 */
    REG_FULL, /* bits 11:7, any register */
    REG_RS2,  /* bits 6:2, any register */
    REG_P42,  /* bits 4:2, x8..x15 */
    REG_P97,  /* bits 9:7, x8..x15 */
};

/* How the immediate is gathered; the names are the spec's formats. */
enum {
    IMM_NONE,
    IMM_CI,       /* signed [5|4:0] from 12|6:2 */
    IMM_SHAMT,    /* unsigned [5|4:0] from 12|6:2 */
    IMM_LUI,      /* signed [17|16:12] from 12|6:2 */
    IMM_ADDI16SP, /* signed [9|4|6|8:7|5] from 12|6|5|4:3|2 */
    IMM_ADDI4SPN, /* unsigned [5:4|9:6|2|3] from 12:11|10:7|6|5 */
    IMM_CL_W,     /* unsigned [5:3|2|6] from 12:10|6|5 */
    IMM_CL_D,     /* unsigned [5:3|7:6] from 12:10|6:5 */
    IMM_LWSP,     /* unsigned [5|4:2|7:6] from 12|6:4|3:2 */
    IMM_LDSP,     /* unsigned [5|4:3|8:6] from 12|6:5|4:2 */
    IMM_SWSP,     /* unsigned [5:2|7:6] from 12:9|8:7 */
    IMM_SDSP,     /* unsigned [5:3|8:6] from 12:10|9:7 */
    IMM_CB,       /* signed [8|4:3|7:6|2:1|5] from 12|11:10|6:5|4:3|2 */
    IMM_CJ,       /* signed [11|4|9:8|10|6|7|3:1|5] from 12|11|10:9|8|7|6|5:3|2 */
};

/* Reserved encodings within a line. */
enum {
    CHECK_NONE,
    CHECK_NZIMM, /* the immediate must not be 0 */
    CHECK_NZRD,  /* bits 11:7 (rd, or rs1 of c.jr) must not be 0 */
};

/* The 32-bit formats the expansions use. */
enum { TO_R, TO_I, TO_S, TO_B, TO_J, TO_U };

/* The 32-bit targets: format and fixed (opcode, funct) bits. */
#define T_ADDI TO_I, 0x00000013
#define T_ADDIW TO_I, 0x0000001b
#define T_SLLI TO_I, 0x00001013
#define T_SRLI TO_I, 0x00005013
#define T_SRAI TO_I, 0x40005013
#define T_ANDI TO_I, 0x00007013
#define T_LW TO_I, 0x00002003
#define T_LD TO_I, 0x00003003
#define T_FLD TO_I, 0x00003007
#define T_JALR TO_I, 0x00000067
#define T_EBREAK TO_I, 0x00100073
#define T_SW TO_S, 0x00002023
#define T_SD TO_S, 0x00003023
#define T_FSD TO_S, 0x00003027
#define T_ADD TO_R, 0x00000033
#define T_SUB TO_R, 0x40000033
#define T_XOR TO_R, 0x00004033
#define T_OR TO_R, 0x00006033
#define T_AND TO_R, 0x00007033
#define T_ADDW TO_R, 0x0000003b
#define T_SUBW TO_R, 0x4000003b
#define T_LUI TO_U, 0x00000037
#define T_JAL TO_J, 0x0000006f
#define T_BEQ TO_B, 0x00000063
#define T_BNE TO_B, 0x00001063

#define RVC_INSNS(X)                                                                               \
    /* Quadrant 0 */                                                                               \
    X(c_addi4spn, 0xe003, 0x0000, REG_P42, REG_SP, REG_X0, IMM_ADDI4SPN, CHECK_NZIMM, T_ADDI)      \
    X(c_fld, 0xe003, 0x2000, REG_P42, REG_P97, REG_X0, IMM_CL_D, CHECK_NONE, T_FLD)                \
    X(c_lw, 0xe003, 0x4000, REG_P42, REG_P97, REG_X0, IMM_CL_W, CHECK_NONE, T_LW)                  \
    X(c_ld, 0xe003, 0x6000, REG_P42, REG_P97, REG_X0, IMM_CL_D, CHECK_NONE, T_LD)                  \
    X(c_fsd, 0xe003, 0xa000, REG_X0, REG_P97, REG_P42, IMM_CL_D, CHECK_NONE, T_FSD)                \
    X(c_sw, 0xe003, 0xc000, REG_X0, REG_P97, REG_P42, IMM_CL_W, CHECK_NONE, T_SW)                  \
    X(c_sd, 0xe003, 0xe000, REG_X0, REG_P97, REG_P42, IMM_CL_D, CHECK_NONE, T_SD)                  \
    /* Quadrant 1 */                                                                               \
    X(c_addi, 0xe003, 0x0001, REG_FULL, REG_FULL, REG_X0, IMM_CI, CHECK_NONE, T_ADDI)              \
    X(c_addiw, 0xe003, 0x2001, REG_FULL, REG_FULL, REG_X0, IMM_CI, CHECK_NZRD, T_ADDIW)            \
    X(c_li, 0xe003, 0x4001, REG_FULL, REG_X0, REG_X0, IMM_CI, CHECK_NONE, T_ADDI)                  \
    X(c_addi16sp, 0xef83, 0x6101, REG_SP, REG_SP, REG_X0, IMM_ADDI16SP, CHECK_NZIMM, T_ADDI)       \
    X(c_lui, 0xe003, 0x6001, REG_FULL, REG_X0, REG_X0, IMM_LUI, CHECK_NZIMM, T_LUI)                \
    X(c_srli, 0xec03, 0x8001, REG_P97, REG_P97, REG_X0, IMM_SHAMT, CHECK_NONE, T_SRLI)             \
    X(c_srai, 0xec03, 0x8401, REG_P97, REG_P97, REG_X0, IMM_SHAMT, CHECK_NONE, T_SRAI)             \
    X(c_andi, 0xec03, 0x8801, REG_P97, REG_P97, REG_X0, IMM_CI, CHECK_NONE, T_ANDI)                \
    X(c_sub, 0xfc63, 0x8c01, REG_P97, REG_P97, REG_P42, IMM_NONE, CHECK_NONE, T_SUB)               \
    X(c_xor, 0xfc63, 0x8c21, REG_P97, REG_P97, REG_P42, IMM_NONE, CHECK_NONE, T_XOR)               \
    X(c_or, 0xfc63, 0x8c41, REG_P97, REG_P97, REG_P42, IMM_NONE, CHECK_NONE, T_OR)                 \
    X(c_and, 0xfc63, 0x8c61, REG_P97, REG_P97, REG_P42, IMM_NONE, CHECK_NONE, T_AND)               \
    X(c_subw, 0xfc63, 0x9c01, REG_P97, REG_P97, REG_P42, IMM_NONE, CHECK_NONE, T_SUBW)             \
    X(c_addw, 0xfc63, 0x9c21, REG_P97, REG_P97, REG_P42, IMM_NONE, CHECK_NONE, T_ADDW)             \
    X(c_j, 0xe003, 0xa001, REG_X0, REG_X0, REG_X0, IMM_CJ, CHECK_NONE, T_JAL)                      \
    X(c_beqz, 0xe003, 0xc001, REG_X0, REG_P97, REG_X0, IMM_CB, CHECK_NONE, T_BEQ)                  \
    X(c_bnez, 0xe003, 0xe001, REG_X0, REG_P97, REG_X0, IMM_CB, CHECK_NONE, T_BNE)                  \
    /* Quadrant 2 */                                                                               \
    X(c_slli, 0xe003, 0x0002, REG_FULL, REG_FULL, REG_X0, IMM_SHAMT, CHECK_NONE, T_SLLI)           \
    X(c_fldsp, 0xe003, 0x2002, REG_FULL, REG_SP, REG_X0, IMM_LDSP, CHECK_NONE, T_FLD)              \
    X(c_lwsp, 0xe003, 0x4002, REG_FULL, REG_SP, REG_X0, IMM_LWSP, CHECK_NZRD, T_LW)                \
    X(c_ldsp, 0xe003, 0x6002, REG_FULL, REG_SP, REG_X0, IMM_LDSP, CHECK_NZRD, T_LD)                \
    X(c_jr, 0xf07f, 0x8002, REG_X0, REG_FULL, REG_X0, IMM_NONE, CHECK_NZRD, T_JALR)                \
    X(c_mv, 0xf003, 0x8002, REG_FULL, REG_X0, REG_RS2, IMM_NONE, CHECK_NONE, T_ADD)                \
    X(c_ebreak, 0xffff, 0x9002, REG_X0, REG_X0, REG_X0, IMM_NONE, CHECK_NONE, T_EBREAK)            \
    X(c_jalr, 0xf07f, 0x9002, REG_RA, REG_FULL, REG_X0, IMM_NONE, CHECK_NONE, T_JALR)              \
    X(c_add, 0xf003, 0x9002, REG_FULL, REG_FULL, REG_RS2, IMM_NONE, CHECK_NONE, T_ADD)             \
    X(c_fsdsp, 0xe003, 0xa002, REG_X0, REG_SP, REG_RS2, IMM_SDSP, CHECK_NONE, T_FSD)               \
    X(c_swsp, 0xe003, 0xc002, REG_X0, REG_SP, REG_RS2, IMM_SWSP, CHECK_NONE, T_SW)                 \
    X(c_sdsp, 0xe003, 0xe002, REG_X0, REG_SP, REG_RS2, IMM_SDSP, CHECK_NONE, T_SD)

typedef struct RvcDesc {
    uint16_t mask, match;
    uint8_t rd, rs1, rs2, imm, check, to;
    uint32_t bits;
} RvcDesc;

static const RvcDesc rvc_descs[] = {
#define RVC_DESC(name, mask, match, rd, rs1, rs2, imm, check, target)                              \
    {mask, match, rd, rs1, rs2, imm, check, target},
    RVC_INSNS(RVC_DESC)
#undef RVC_DESC
};

/* Bits hi..lo of x, moved down to bit 0. */
static uint32_t field(uint32_t x, unsigned hi, unsigned lo)
{
    return (x >> lo) & ((1u << (hi - lo + 1)) - 1);
}

static int32_t sext(uint32_t v, unsigned bits)
{
    unsigned shift = 32 - bits;
    return (int32_t)(v << shift) >> shift;
}

static unsigned reg(unsigned sel, uint32_t x)
{
    switch (sel) {
    case REG_RA: return 1;
    case REG_SP: return 2;
    case REG_FULL: return field(x, 11, 7);
    case REG_RS2: return field(x, 6, 2);
    case REG_P42: return 8 + field(x, 4, 2);
    case REG_P97: return 8 + field(x, 9, 7);
    default: return 0;
    }
}

static int32_t imm(unsigned kind, uint32_t x)
{
    uint32_t b12 = field(x, 12, 12);
    switch (kind) {
    case IMM_CI: return sext(b12 << 5 | field(x, 6, 2), 6);
    case IMM_SHAMT: return (int32_t)(b12 << 5 | field(x, 6, 2));
    case IMM_LUI: return sext((b12 << 5 | field(x, 6, 2)) << 12, 18);
    case IMM_ADDI16SP:
        return sext(b12 << 9 | field(x, 6, 6) << 4 | field(x, 5, 5) << 6 | field(x, 4, 3) << 7 |
                        field(x, 2, 2) << 5,
                    10);
    case IMM_ADDI4SPN:
        return (int32_t)(field(x, 12, 11) << 4 | field(x, 10, 7) << 6 | field(x, 6, 6) << 2 |
                         field(x, 5, 5) << 3);
    case IMM_CL_W:
        return (int32_t)(field(x, 12, 10) << 3 | field(x, 6, 6) << 2 | field(x, 5, 5) << 6);
    case IMM_CL_D: return (int32_t)(field(x, 12, 10) << 3 | field(x, 6, 5) << 6);
    case IMM_LWSP: return (int32_t)(b12 << 5 | field(x, 6, 4) << 2 | field(x, 3, 2) << 6);
    case IMM_LDSP: return (int32_t)(b12 << 5 | field(x, 6, 5) << 3 | field(x, 4, 2) << 6);
    case IMM_SWSP: return (int32_t)(field(x, 12, 9) << 2 | field(x, 8, 7) << 6);
    case IMM_SDSP: return (int32_t)(field(x, 12, 10) << 3 | field(x, 9, 7) << 6);
    case IMM_CB:
        return sext(b12 << 8 | field(x, 11, 10) << 3 | field(x, 6, 5) << 6 | field(x, 4, 3) << 1 |
                        field(x, 2, 2) << 5,
                    9);
    case IMM_CJ:
        return sext(b12 << 11 | field(x, 11, 11) << 4 | field(x, 10, 9) << 8 |
                        field(x, 8, 8) << 10 | field(x, 7, 7) << 6 | field(x, 6, 6) << 7 |
                        field(x, 5, 3) << 1 | field(x, 2, 2) << 5,
                    12);
    default: return 0;
    }
}

/* Places the fields in a 32-bit instruction of format `to`. */
static uint32_t encode(unsigned to, uint32_t bits, unsigned rd, unsigned rs1, unsigned rs2,
                       int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    switch (to) {
    case TO_R: return bits | rs2 << 20 | rs1 << 15 | rd << 7;
    case TO_I: return bits | field(u, 11, 0) << 20 | rs1 << 15 | rd << 7;
    case TO_S: return bits | field(u, 11, 5) << 25 | rs2 << 20 | rs1 << 15 | field(u, 4, 0) << 7;
    case TO_B:
        return bits | field(u, 12, 12) << 31 | field(u, 10, 5) << 25 | rs2 << 20 | rs1 << 15 |
               field(u, 4, 1) << 8 | field(u, 11, 11) << 7;
    case TO_J:
        return bits | field(u, 20, 20) << 31 | field(u, 10, 1) << 21 | field(u, 11, 11) << 20 |
               field(u, 19, 12) << 12 | rd << 7;
    default: return bits | (u & 0xfffff000u) | rd << 7; /* TO_U */
    }
}

uint32_t riscv_expand_rvc(uint16_t insn)
{
    for (size_t i = 0; i < sizeof(rvc_descs) / sizeof(rvc_descs[0]); i++) {
        const RvcDesc *e = &rvc_descs[i];
        if ((insn & e->mask) != e->match) continue;
        int32_t v = imm(e->imm, insn);
        if (e->check == CHECK_NZIMM && v == 0) return 0;
        if (e->check == CHECK_NZRD && field(insn, 11, 7) == 0) return 0;
        return encode(e->to, e->bits, reg(e->rd, insn), reg(e->rs1, insn), reg(e->rs2, insn), v);
    }
    return 0;
}

bool riscv_decode16(uint16_t insn, DecodedInsn *d)
{
    uint32_t full = riscv_expand_rvc(insn);
    if (!full || !riscv_decode(full, d)) return false;
    d->raw = insn;
    d->len = 2;
    return true;
}
