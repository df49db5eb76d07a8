/* Table-driven decoding and disassembly, both from target/riscv/insns.h. */
#include <inttypes.h>
#include <stdio.h>

#include "target/riscv/csr.h"
#include "target/riscv/insns.h"

const InsnDesc insn_descs[NB_INSNS] = {
#define INSN_DESC(name, mn, fmt, mask, match) {mn, fmt, mask, match},
    RISCV_INSNS(INSN_DESC)
#undef INSN_DESC
};

const char *const riscv_reg_names[32] = {
    "zero", "ra", "sp", "gp", "tp",  "t0",  "t1", "t2", "s0", "s1", "a0",
    "a1",   "a2", "a3", "a4", "a5",  "a6",  "a7", "s2", "s3", "s4", "s5",
    "s6",   "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static int64_t sext(uint64_t v, unsigned bits)
{
    unsigned shift = 64 - bits;
    return (int64_t)(v << shift) >> shift;
}

/* Per major opcode, the table entries that can match: built on first use. */
static uint16_t by_opcode[128][NB_INSNS];
static uint16_t nb_by_opcode[128];
static bool tables_built;

static void build_tables(void)
{
    for (unsigned op = 0; op < 128; op++) {
        for (unsigned i = 0; i < NB_INSNS; i++) {
            const InsnDesc *d = &insn_descs[i];
            if ((d->match & 0x7f & d->mask) == (op & d->mask & 0x7f))
                by_opcode[op][nb_by_opcode[op]++] = (uint16_t)i;
        }
        /* Where encodings overlap (a specific form carved out of a general
         * one), the entry with more fixed bits wins: try it first. */
        uint16_t *list = by_opcode[op];
        for (unsigned i = 1; i < nb_by_opcode[op]; i++)
            for (unsigned j = i; j > 0 && __builtin_popcount(insn_descs[list[j]].mask) >
                                              __builtin_popcount(insn_descs[list[j - 1]].mask);
                 j--) {
                uint16_t t = list[j];
                list[j] = list[j - 1];
                list[j - 1] = t;
            }
    }
    tables_built = true;
}

bool riscv_decode(uint32_t raw, DecodedInsn *d)
{
    if (!tables_built) build_tables();
    if ((raw & 3) != 3) return false;
    unsigned op = raw & 0x7f;
    for (unsigned k = 0; k < nb_by_opcode[op]; k++) {
        const InsnDesc *desc = &insn_descs[by_opcode[op][k]];
        if ((raw & desc->mask) != desc->match) continue;
        d->id = (InsnId)by_opcode[op][k];
        d->raw = raw;
        d->len = 4;
        d->rd = (raw >> 7) & 31;
        d->rs1 = (raw >> 15) & 31;
        d->rs2 = (raw >> 20) & 31;
        d->csr = raw >> 20;
        switch (desc->fmt) {
        case FMT_I:
        case FMT_LOAD: d->imm = sext(raw >> 20, 12); break;
        case FMT_S: d->imm = sext(((raw >> 25) << 5) | ((raw >> 7) & 31), 12); break;
        case FMT_B:
            d->imm = sext(((raw >> 31) << 12) | (((raw >> 7) & 1) << 11) |
                              (((raw >> 25) & 0x3f) << 5) | (((raw >> 8) & 0xf) << 1),
                          13);
            break;
        case FMT_U: d->imm = sext(raw & 0xfffff000u, 32); break;
        case FMT_J:
            d->imm = sext(((raw >> 31) << 20) | (((raw >> 12) & 0xff) << 12) |
                              (((raw >> 20) & 1) << 11) | (((raw >> 21) & 0x3ff) << 1),
                          21);
            break;
        case FMT_SH6: d->imm = (raw >> 20) & 63; break;
        case FMT_SH5: d->imm = (raw >> 20) & 31; break;
        case FMT_CSRI: d->imm = d->rs1; break;
        case FMT_FLOAD: d->imm = sext(raw >> 20, 12); break;
        case FMT_FSTORE: d->imm = sext(((raw >> 25) << 5) | ((raw >> 7) & 31), 12); break;
        case FMT_FR_RM:
        case FMT_FR4:
        case FMT_FR1:
        case FMT_FCVT_XF:
        case FMT_FCVT_FX: d->imm = (raw >> 12) & 7; break; /* rm */
        default: d->imm = 0; break;
        }
        return true;
    }
    return false;
}

/* F and D formats: FP register names, and the rounding mode unless it is
 * dynamic. */
static void disas_fp(const DecodedInsn *d, InsnFormat fmt, const char *mn, char *buf, size_t size)
{
    static const char *const f[32] = {
        "ft0", "ft1", "ft2", "ft3", "ft4",  "ft5",  "ft6", "ft7", "fs0",  "fs1",  "fa0",
        "fa1", "fa2", "fa3", "fa4", "fa5",  "fa6",  "fa7", "fs2", "fs3",  "fs4",  "fs5",
        "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
    };
    static const char *const rm[8] = {",rne", ",rtz", ",rdn", ",rup", ",rmm", ",rm5", ",rm6", ""};
    const char *const *x = riscv_reg_names;
    const char *m = rm[d->imm & 7];
    switch (fmt) {
    case FMT_FLOAD:
        snprintf(buf, size, "%s %s,%" PRId64 "(%s)", mn, f[d->rd], d->imm, x[d->rs1]);
        break;
    case FMT_FSTORE:
        snprintf(buf, size, "%s %s,%" PRId64 "(%s)", mn, f[d->rs2], d->imm, x[d->rs1]);
        break;
    case FMT_FR: snprintf(buf, size, "%s %s,%s,%s", mn, f[d->rd], f[d->rs1], f[d->rs2]); break;
    case FMT_FR_RM:
        snprintf(buf, size, "%s %s,%s,%s%s", mn, f[d->rd], f[d->rs1], f[d->rs2], m);
        break;
    case FMT_FR4:
        snprintf(buf, size, "%s %s,%s,%s,%s%s", mn, f[d->rd], f[d->rs1], f[d->rs2], f[d->raw >> 27],
                 m);
        break;
    case FMT_FR1: snprintf(buf, size, "%s %s,%s%s", mn, f[d->rd], f[d->rs1], m); break;
    case FMT_FCVT_XF: snprintf(buf, size, "%s %s,%s%s", mn, x[d->rd], f[d->rs1], m); break;
    case FMT_FCVT_FX: snprintf(buf, size, "%s %s,%s%s", mn, f[d->rd], x[d->rs1], m); break;
    case FMT_FCMP: snprintf(buf, size, "%s %s,%s,%s", mn, x[d->rd], f[d->rs1], f[d->rs2]); break;
    case FMT_FMV_XF: snprintf(buf, size, "%s %s,%s", mn, x[d->rd], f[d->rs1]); break;
    default: snprintf(buf, size, "%s %s,%s", mn, f[d->rd], x[d->rs1]); break; /* FMT_FMV_FX */
    }
}

void riscv_disas(const DecodedInsn *d, uint64_t pc, char *buf, size_t size)
{
    const InsnDesc *desc = &insn_descs[d->id];
    const char *const *r = riscv_reg_names;
    const char *mn = desc->mnemonic;
    char csrbuf[16];
    switch (desc->fmt) {
    case FMT_R: snprintf(buf, size, "%s %s,%s,%s", mn, r[d->rd], r[d->rs1], r[d->rs2]); break;
    case FMT_I: snprintf(buf, size, "%s %s,%s,%" PRId64, mn, r[d->rd], r[d->rs1], d->imm); break;
    case FMT_LOAD:
        snprintf(buf, size, "%s %s,%" PRId64 "(%s)", mn, r[d->rd], d->imm, r[d->rs1]);
        break;
    case FMT_S:
        snprintf(buf, size, "%s %s,%" PRId64 "(%s)", mn, r[d->rs2], d->imm, r[d->rs1]);
        break;
    case FMT_B:
        snprintf(buf, size, "%s %s,%s,0x%" PRIx64, mn, r[d->rs1], r[d->rs2], pc + d->imm);
        break;
    case FMT_U:
        snprintf(buf, size, "%s %s,0x%" PRIx64, mn, r[d->rd], ((uint64_t)d->imm >> 12) & 0xfffff);
        break;
    case FMT_J: snprintf(buf, size, "%s %s,0x%" PRIx64, mn, r[d->rd], pc + d->imm); break;
    case FMT_SH6:
    case FMT_SH5:
        snprintf(buf, size, "%s %s,%s,0x%" PRIx64, mn, r[d->rd], r[d->rs1], d->imm);
        break;
    case FMT_CSR:
    case FMT_CSRI: {
        const char *name = csr_name(d->csr);
        if (!name) {
            snprintf(csrbuf, sizeof(csrbuf), "0x%03x", d->csr);
            name = csrbuf;
        }
        if (desc->fmt == FMT_CSR)
            snprintf(buf, size, "%s %s,%s,%s", mn, r[d->rd], name, r[d->rs1]);
        else
            snprintf(buf, size, "%s %s,%s,%" PRId64, mn, r[d->rd], name, d->imm);
        break;
    }
    case FMT_NONE: snprintf(buf, size, "%s", mn); break;
    case FMT_FENCE: snprintf(buf, size, "%s", mn); break;
    case FMT_FLOAD:
    case FMT_FSTORE:
    case FMT_FR:
    case FMT_FR_RM:
    case FMT_FR4:
    case FMT_FR1:
    case FMT_FCVT_XF:
    case FMT_FCVT_FX:
    case FMT_FCMP:
    case FMT_FMV_XF:
    case FMT_FMV_FX: disas_fp(d, desc->fmt, mn, buf, size); break;
    }
}
