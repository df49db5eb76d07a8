/* RISC-V front end: decodes guest instructions (target/riscv/insns.h;
 * 16-bit ones through their 32-bit expansion, target/riscv/decode16.c) and
 * emits IR for each through its trans_<name>() function.
 *
 * A TB ends at an indirect jump, at an instruction that changes state the
 * TB's flags or the interrupt logic depend on (CSR writes, mret, fence.i),
 * after a trap-raising instruction, at the end of a guest page or before
 * an instruction straddling into the next one (see "Instruction fetch"),
 * when its exits run out, or at the instruction limit. A conditional
 * branch is a side exit and the TB goes on; direct exits are chainable.
 *
 * This file holds the loop and RV64I; other extensions have their own
 * trans_*.c files.
 */
#include "target/riscv/translate.h"
#include "target/riscv/translate_internal.h"

#include <inttypes.h>
#include <stddef.h>

#include "accel/cputlb.h"
#include "accel/tb_flags.h"
#include "target/riscv/csr.h"
#include "target/riscv/decode16.h"
#include "target/riscv/helper.h"
#include "target/riscv/insns.h"
#include "util/log.h"

TCGv cpu_gpr[32];

void riscv_tcg_init(TCGContext *s)
{
    for (int i = 1; i < 32; i++)
        cpu_gpr[i] = tcg_global_mem_new(s, ENV_OFF(gpr[i]), riscv_reg_names[i]);
}

TCGv get_gpr(DisasContext *c, int r)
{
    return r ? cpu_gpr[r] : tcg_constant(c->s, 0);
}
/* Writes to x0 go to a temp nobody reads; the optimizer drops them. */
TCGv dest_gpr(DisasContext *c, int r)
{
    return r ? cpu_gpr[r] : tcg_temp_new(c->s);
}
TCGv cst(DisasContext *c, int64_t v)
{
    return tcg_constant(c->s, v);
}

void gen_set_pc(DisasContext *c, uint64_t pc)
{
    tcg_gen_st_env(c->s, cst(c, (int64_t)pc), ENV_OFF(pc), MO_64);
}

/* Each direct exit of a TB has its own index, so each can be chained. */
void gen_goto_tb(DisasContext *c, uint64_t dest)
{
    /* Under translation a jump to another guest page may never be chained
     * (the page can be remapped): rather than leave for the loop on every
     * pass, probe the jump cache inline, as jalr does. */
    if (!(c->flags & TB_FLAG_PHYS) && (dest ^ c->tb_pc) >> 12) {
        TCGContext *s = c->s;
        gen_set_pc(c, dest);
        TCGv target = tcg_temp_new(s), code = tcg_temp_new(s);
        tcg_gen_movi(s, target, (int64_t)dest);
        tcg_gen_lookup_tb(s, code, target, c->flags);
        tcg_gen_goto_ptr(s, code);
        return;
    }
    int n = c->next_exit++;
    tcg_gen_goto_tb(c->s, n);
    gen_set_pc(c, dest);
    tcg_gen_exit_tb(c->s, n);
}

/* A jump back to the TB's first instruction stays inside the TB. */
int loop_label(DisasContext *c, uint64_t target)
{
    if (target != c->tb_pc) return -1;
    if (c->loop_label < 0) {
        c->loop_label = tcg_label_new(c->s);
        tcg_set_loop_head(c->s, c->loop_placeholder, c->loop_label);
    }
    return c->loop_label;
}

void gen_exit_to_loop(DisasContext *c, uint64_t pc)
{
    gen_set_pc(c, pc);
    tcg_gen_exit_tb(c->s, TB_EXIT_NONE);
    c->state = DISAS_NORETURN;
}

/* An expected exception: the pc is written, the helper raises. */
void gen_exception(DisasContext *c, int cause, TCGv tval)
{
    gen_set_pc(c, c->pc);
    TCGv args[2] = {cst(c, cause), tval};
    tcg_gen_call(c->s, &helper_info_raise_exception, -1, 2, args);
    c->state = DISAS_NORETURN;
}

bool gen_fp_check(DisasContext *c, Insn d)
{
    if (c->fs != FS_OFF) return true;
    gen_exception(c, EXCP_ILLEGAL_INSN, cst(c, d->raw));
    return false;
}

void gen_set_fs_dirty(DisasContext *c)
{
    if (c->fs == FS_DIRTY) return;
    TCGContext *s = c->s;
    TCGv t = tcg_temp_new(s);
    tcg_gen_ld_env(s, t, ENV_OFF(mstatus), MO_64);
    tcg_gen_binop(s, INDEX_op_or, t, t, cst(c, (int64_t)(MSTATUS_FS | MSTATUS_SD)));
    tcg_gen_st_env(s, t, ENV_OFF(mstatus), MO_64);
    c->fs = FS_DIRTY;
}

bool target_misaligned(DisasContext *c, uint64_t target)
{
    return !c->has_c && (target & 3) != 0;
}

/* ---- Integer computation -------------------------------------------- */

void gen_binop(DisasContext *c, TCGOpcode opc, int rd, TCGv a, TCGv b)
{
    tcg_gen_binop(c->s, opc, dest_gpr(c, rd), a, b);
}

void gen_binop_w(DisasContext *c, TCGOpcode opc, int rd, TCGv a, TCGv b)
{
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_binop(c->s, opc, t, a, b);
    tcg_gen_unop(c->s, INDEX_op_ext32s, dest_gpr(c, rd), t);
}

TRANS_R(add, INDEX_op_add)
TRANS_R(sub, INDEX_op_sub)
TRANS_R(xor, INDEX_op_xor)
TRANS_R(or, INDEX_op_or)
TRANS_R(and, INDEX_op_and)
TRANS_R(sll, INDEX_op_shl)
TRANS_R(srl, INDEX_op_shr)
TRANS_R(sra, INDEX_op_sar)
TRANS_I(addi, INDEX_op_add)
TRANS_I(xori, INDEX_op_xor)
TRANS_I(ori, INDEX_op_or)
TRANS_I(andi, INDEX_op_and)
TRANS_I(slli, INDEX_op_shl)
TRANS_I(srli, INDEX_op_shr)
TRANS_I(srai, INDEX_op_sar)
TRANS_RW(addw, INDEX_op_add)
TRANS_RW(subw, INDEX_op_sub)

void trans_addiw(DisasContext *c, Insn d)
{
    gen_binop_w(c, INDEX_op_add, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}

static void gen_setcond(DisasContext *c, TCGCond cond, int rd, TCGv a, TCGv b)
{
    tcg_gen_setcond(c->s, cond, dest_gpr(c, rd), a, b);
}
void trans_slt(DisasContext *c, Insn d)
{
    gen_setcond(c, TCG_COND_LT, d->rd, get_gpr(c, d->rs1), get_gpr(c, d->rs2));
}
void trans_sltu(DisasContext *c, Insn d)
{
    gen_setcond(c, TCG_COND_LTU, d->rd, get_gpr(c, d->rs1), get_gpr(c, d->rs2));
}
void trans_slti(DisasContext *c, Insn d)
{
    gen_setcond(c, TCG_COND_LT, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}
void trans_sltiu(DisasContext *c, Insn d)
{
    gen_setcond(c, TCG_COND_LTU, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}

/* 32-bit shifts: the count uses 5 bits; the source is extended first for
 * right shifts so that bits 63:32 cannot leak in. */
static void gen_shift_w(DisasContext *c, TCGOpcode opc, int rd, TCGv src, TCGv count)
{
    TCGContext *s = c->s;
    TCGv t = tcg_temp_new(s);
    if (opc == INDEX_op_shr)
        tcg_gen_unop(s, INDEX_op_ext32u, t, src);
    else if (opc == INDEX_op_sar)
        tcg_gen_unop(s, INDEX_op_ext32s, t, src);
    else
        tcg_gen_mov(s, t, src);
    tcg_gen_binop(s, opc, t, t, count);
    tcg_gen_unop(s, INDEX_op_ext32s, dest_gpr(c, rd), t);
}

static TCGv count5(DisasContext *c, int rs)
{
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_binop(c->s, INDEX_op_and, t, get_gpr(c, rs), cst(c, 31));
    return t;
}

void trans_sllw(DisasContext *c, Insn d)
{
    gen_shift_w(c, INDEX_op_shl, d->rd, get_gpr(c, d->rs1), count5(c, d->rs2));
}
void trans_srlw(DisasContext *c, Insn d)
{
    gen_shift_w(c, INDEX_op_shr, d->rd, get_gpr(c, d->rs1), count5(c, d->rs2));
}
void trans_sraw(DisasContext *c, Insn d)
{
    gen_shift_w(c, INDEX_op_sar, d->rd, get_gpr(c, d->rs1), count5(c, d->rs2));
}
void trans_slliw(DisasContext *c, Insn d)
{
    gen_shift_w(c, INDEX_op_shl, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}
void trans_srliw(DisasContext *c, Insn d)
{
    gen_shift_w(c, INDEX_op_shr, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}
void trans_sraiw(DisasContext *c, Insn d)
{
    gen_shift_w(c, INDEX_op_sar, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));
}

void trans_lui(DisasContext *c, Insn d)
{
    tcg_gen_movi(c->s, dest_gpr(c, d->rd), d->imm);
}
void trans_auipc(DisasContext *c, Insn d)
{
    tcg_gen_movi(c->s, dest_gpr(c, d->rd), (int64_t)(c->pc + (uint64_t)d->imm));
}

/* ---- Memory ----------------------------------------------------------- */

static TCGv gen_addr(DisasContext *c, Insn d)
{
    if (d->imm == 0) return get_gpr(c, d->rs1);
    TCGv t = tcg_temp_new(c->s);
    tcg_gen_binop(c->s, INDEX_op_add, t, get_gpr(c, d->rs1), cst(c, d->imm));
    return t;
}

static void gen_load(DisasContext *c, Insn d, unsigned memop)
{
    TCGv addr = gen_addr(c, d);
    tcg_gen_qemu_ld(c->s, dest_gpr(c, d->rd), addr, memop, c->mmu_idx);
}

static void gen_store(DisasContext *c, Insn d, unsigned memop)
{
    TCGv addr = gen_addr(c, d);
    tcg_gen_qemu_st(c->s, get_gpr(c, d->rs2), addr, memop, c->mmu_idx);
}

void trans_lb(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_8 | MO_SIGN);
}
void trans_lh(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_16 | MO_SIGN);
}
void trans_lw(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_32 | MO_SIGN);
}
void trans_ld(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_64);
}
void trans_lbu(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_8);
}
void trans_lhu(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_16);
}
void trans_lwu(DisasContext *c, Insn d)
{
    gen_load(c, d, MO_32);
}
void trans_sb(DisasContext *c, Insn d)
{
    gen_store(c, d, MO_8);
}
void trans_sh(DisasContext *c, Insn d)
{
    gen_store(c, d, MO_16);
}
void trans_sw(DisasContext *c, Insn d)
{
    gen_store(c, d, MO_32);
}
void trans_sd(DisasContext *c, Insn d)
{
    gen_store(c, d, MO_64);
}

void trans_fence(DisasContext *c, Insn d) {}

void trans_fence_i(DisasContext *c, Insn d)
{
    tcg_gen_call(c->s, &helper_info_fence_i, -1, 0, NULL);
    gen_exit_to_loop(c, c->pc_next);
}

/* ---- Control flow ------------------------------------------------------ */

static void gen_branch(DisasContext *c, Insn d, TCGCond cond)
{
    TCGContext *s = c->s;
    uint64_t target = c->pc + (uint64_t)d->imm;
    TCGv a = get_gpr(c, d->rs1), b = get_gpr(c, d->rs2);
    int back = loop_label(c, target);
    if (back >= 0) {
        tcg_gen_brcond(s, cond, a, b, back);
        gen_goto_tb(c, c->pc_next);
        c->state = DISAS_NORETURN;
        return;
    }
    if (target_misaligned(c, target)) {
        int taken = tcg_label_new(s);
        tcg_gen_brcond(s, cond, a, b, taken);
        gen_goto_tb(c, c->pc_next);
        tcg_gen_set_label(s, taken);
        gen_exception(c, EXCP_INSN_MISALIGNED, cst(c, (int64_t)target));
        c->state = DISAS_NORETURN;
        return;
    }
    /* The taken side leaves through a side exit; the TB goes on with the
     * fall-through path while exits remain for its end (two at most), and
     * unless instructions are counted per TB. */
    tcg_gen_brcond_exit(s, cond, a, b, c->next_exit++, target);
    if (c->next_exit > TB_MAX_EXITS - 2 || riscv_count_insns) {
        gen_goto_tb(c, c->pc_next);
        c->state = DISAS_NORETURN;
    }
}

void trans_beq(DisasContext *c, Insn d)
{
    gen_branch(c, d, TCG_COND_EQ);
}
void trans_bne(DisasContext *c, Insn d)
{
    gen_branch(c, d, TCG_COND_NE);
}
void trans_blt(DisasContext *c, Insn d)
{
    gen_branch(c, d, TCG_COND_LT);
}
void trans_bge(DisasContext *c, Insn d)
{
    gen_branch(c, d, TCG_COND_GE);
}
void trans_bltu(DisasContext *c, Insn d)
{
    gen_branch(c, d, TCG_COND_LTU);
}
void trans_bgeu(DisasContext *c, Insn d)
{
    gen_branch(c, d, TCG_COND_GEU);
}

void trans_jal(DisasContext *c, Insn d)
{
    uint64_t target = c->pc + (uint64_t)d->imm;
    if (target_misaligned(c, target)) {
        gen_exception(c, EXCP_INSN_MISALIGNED, cst(c, (int64_t)target));
        return;
    }
    if (d->rd) tcg_gen_movi(c->s, cpu_gpr[d->rd], (int64_t)c->pc_next);
    int back = loop_label(c, target);
    if (back >= 0)
        tcg_gen_br(c->s, back);
    else
        gen_goto_tb(c, target);
    c->state = DISAS_NORETURN;
}

/* An indirect jump: the target is looked up in the jump cache from
 * generated code and entered directly when found. */
void trans_jalr(DisasContext *c, Insn d)
{
    TCGContext *s = c->s;
    TCGv target = tcg_temp_local_new(s);
    tcg_gen_binop(s, INDEX_op_add, target, get_gpr(c, d->rs1), cst(c, d->imm));
    tcg_gen_binop(s, INDEX_op_and, target, target, cst(c, ~1ll));
    int misaligned = -1;
    if (!c->has_c) {
        misaligned = tcg_label_new(s);
        TCGv low = tcg_temp_new(s);
        tcg_gen_binop(s, INDEX_op_and, low, target, cst(c, 2));
        tcg_gen_brcond(s, TCG_COND_NE, low, cst(c, 0), misaligned);
    }
    if (d->rd) tcg_gen_movi(s, cpu_gpr[d->rd], (int64_t)c->pc_next);
    tcg_gen_st_env(s, target, ENV_OFF(pc), MO_64);
    TCGv code = tcg_temp_new(s);
    tcg_gen_lookup_tb(s, code, target, c->flags);
    tcg_gen_goto_ptr(s, code);
    if (misaligned >= 0) {
        tcg_gen_set_label(s, misaligned);
        gen_exception(c, EXCP_INSN_MISALIGNED, target);
    }
    c->state = DISAS_NORETURN;
}

/* ---- The loop ---------------------------------------------------------- */

typedef void (*TransFn)(DisasContext *c, Insn d);
static const TransFn trans_fns[NB_INSNS] = {
#define INSN_TRANS(name, mn, fmt, mask, match) [INSN_##name] = trans_##name,
    RISCV_INSNS(INSN_TRANS)
#undef INSN_TRANS
};

/* Instruction fetch. Instructions are 2 or 4 bytes, 2-byte aligned, so a
 * 32-bit one can straddle two pages; code is read 16 bits at a time from
 * the host page behind the guest page, never past its end. A TB covers one
 * guest page, except that a TB may start with an instruction whose second
 * half lies on the next page: translation stops before such an instruction
 * anywhere else. So the next page is fetched, and its fault raised, only
 * once execution has reached that instruction, and such a TB records the
 * second physical page (TBInfo.phys_page2) for the lookup to check. */
static uint32_t lduw_host(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

/* Without C every instruction is 32 bits (and 4-byte aligned). */
static unsigned insn_len(uint32_t first_half, bool has_c)
{
    return (first_half & 3) == 3 || !has_c ? 4 : 2;
}

/* The second half of a 32-bit instruction at the last 2 bytes of a page:
 * the first 2 bytes of the next page (this may raise a fetch fault). */
static uint32_t fetch_next_page(RISCVCPU *cpu, uint64_t page, uint64_t *phys)
{
    const uint8_t *host;
    uint64_t p = get_page_addr_code(cpu, page + TARGET_PAGE_SIZE, &host);
    if (phys) *phys = p;
    return lduw_host(host);
}

static bool decode_insn(uint32_t raw, unsigned len, DecodedInsn *d)
{
    return len == 2 ? riscv_decode16((uint16_t)raw, d) : riscv_decode(raw, d);
}

void riscv_translate(RISCVCPU *cpu, TCGContext *s, TBInfo *info, int max_insns)
{
    DisasContext ctx = {
        .cpu = cpu,
        .s = s,
        .pc = info->pc,
        .flags = info->flags,
        .priv = (int)(info->flags & TB_FLAGS_PRIV_MASK),
        .mmu_idx = (int)((info->flags & TB_FLAGS_MMU_MASK) >> TB_FLAGS_MMU_SHIFT),
        .has_c = (cpu->misa & MISA_EXT('C')) != 0,
        .state = DISAS_NEXT,
        .tb_pc = info->pc,
        .loop_label = -1,
        .fs = (int)((info->flags & TB_FLAGS_FS_MASK) >> TB_FLAGS_FS_SHIFT),
    };
    DisasContext *c = &ctx;
    const uint8_t *host;
    get_page_addr_code(cpu, info->pc, &host);
    const uint8_t *host_page = host - (info->pc & ~TARGET_PAGE_MASK);
    uint64_t page = info->pc & TARGET_PAGE_MASK;

    TCGOp *start = tcg_gen_tb_start(s);
    c->loop_placeholder = tcg_gen_placeholder(s);
    unsigned n = 0;
    info->phys_page2 = UINT64_MAX;
    while (c->state == DISAS_NEXT) {
        uint64_t off = c->pc - page;
        uint32_t raw = lduw_host(host_page + off);
        unsigned len = insn_len(raw, c->has_c);
        if (len == 4 && off + 4 <= TARGET_PAGE_SIZE) {
            raw |= lduw_host(host_page + off + 2) << 16;
        } else if (len == 4 && n > 0) {
            /* It straddles into the next page: it starts the next TB. */
            gen_goto_tb(c, c->pc);
            c->state = DISAS_NORETURN;
            break;
        } else if (len == 4) {
            raw |= fetch_next_page(cpu, page, &info->phys_page2) << 16;
        }
        tcg_gen_insn_start(s, c->pc);
        n++;
        DecodedInsn d;
        c->pc_next = c->pc + len;
        if (!decode_insn(raw, len, &d)) {
            /* mtval: the instruction's bits, 16 of them for a short one. */
            gen_exception(c, EXCP_ILLEGAL_INSN, cst(c, raw));
            break;
        }
        trans_fns[d.id](c, &d);
        if (c->state != DISAS_NEXT) break;
        c->pc = c->pc_next;
        bool room = s->nb_ops < MAX_OPS - 64 && s->nb_temps < MAX_TEMPS - 32;
        if (n >= (unsigned)max_insns || (c->pc & TARGET_PAGE_MASK) != page || !room) {
            gen_goto_tb(c, c->pc);
            c->state = DISAS_NORETURN;
        }
    }
    start->args[0] = n;
    info->icount = n;
    info->size = (uint32_t)(c->pc_next - info->pc);
}

void riscv_log_in_asm(RISCVCPU *cpu, uint64_t pc, uint32_t size)
{
    /* A compressed instruction prints as its 32-bit expansion, after its
     * 16 bits, as QEMU prints it. */
    const uint8_t *host;
    get_page_addr_code(cpu, pc, &host);
    const uint8_t *host_page = host - (pc & ~TARGET_PAGE_MASK);
    uint64_t page = pc & TARGET_PAGE_MASK;
    bool has_c = (cpu->misa & MISA_EXT('C')) != 0;
    for (uint64_t at = pc; at < pc + size;) {
        uint64_t off = at - page;
        uint32_t raw = lduw_host(host_page + off);
        unsigned len = insn_len(raw, has_c);
        if (len == 4)
            raw |= (off + 4 <= TARGET_PAGE_SIZE ? lduw_host(host_page + off + 2)
                                                : fetch_next_page(cpu, page, NULL))
                   << 16;
        DecodedInsn d;
        char text[96] = "illegal";
        if (decode_insn(raw, len, &d)) riscv_disas(&d, at, text, sizeof(text));
        if (len == 2)
            log_printf("0x%016" PRIx64 ":  %04x              %s\n", at, raw, text);
        else
            log_printf("0x%016" PRIx64 ":  %08x          %s\n", at, raw, text);
        at += len;
    }
    log_printf("\n");
}
