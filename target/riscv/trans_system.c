/* System instructions: ecall/ebreak, Zicsr, Zifencei, mret, wfi. */
#include "target/riscv/csr.h"
#include "target/riscv/helper.h"
#include "target/riscv/translate_internal.h"

/* ---- System ------------------------------------------------------------ */

void trans_ecall(DisasContext *c, Insn d)
{
    static const int cause[] = {EXCP_ECALL_U, EXCP_ECALL_S, EXCP_ECALL_S, EXCP_ECALL_M};
    gen_exception(c, cause[c->priv], cst(c, 0));
}

void trans_ebreak(DisasContext *c, Insn d)
{
    gen_exception(c, EXCP_BREAKPOINT, cst(c, 0));
}

/* The trap-handling scratch CSRs that every kernel trap entry and exit
 * writes: they change neither the TB flags, nor translation, nor which
 * interrupts may be taken, so the TB goes on after them. */
static bool csr_write_keeps_tb_state(unsigned csr)
{
    switch (csr) {
    case 0x140: /* sscratch */
    case 0x141: /* sepc */
    case 0x142: /* scause */
    case 0x143: /* stval */
    case 0x340: /* mscratch */
    case 0x341: /* mepc */
    case 0x342: /* mcause */
    case 0x343: /* mtval */ return true;
    default: return false;
    }
}

static void gen_csr(DisasContext *c, Insn d, bool write, TCGv value, TCGv mask)
{
    TCGContext *s = c->s;
    uint64_t packed = d->csr | (write ? 1u << 12 : 0) | ((uint64_t)d->raw << 32);
    TCGv args[3] = {cst(c, (int64_t)packed), value, mask};
    TCGv old = tcg_temp_new(s);
    tcg_gen_call(s, &helper_info_csr, old, 3, args);
    tcg_gen_mov(s, dest_gpr(c, d->rd), old);
    /* A write may change what TBs depend on, or enable an interrupt. */
    if (write && !csr_write_keeps_tb_state(d->csr)) gen_exit_to_loop(c, c->pc_next);
}

void trans_csrrw(DisasContext *c, Insn d)
{
    gen_csr(c, d, true, get_gpr(c, d->rs1), cst(c, -1));
}
void trans_csrrs(DisasContext *c, Insn d)
{
    gen_csr(c, d, d->rs1 != 0, cst(c, -1), get_gpr(c, d->rs1));
}
void trans_csrrc(DisasContext *c, Insn d)
{
    gen_csr(c, d, d->rs1 != 0, cst(c, 0), get_gpr(c, d->rs1));
}
void trans_csrrwi(DisasContext *c, Insn d)
{
    gen_csr(c, d, true, cst(c, d->imm), cst(c, -1));
}
void trans_csrrsi(DisasContext *c, Insn d)
{
    gen_csr(c, d, d->imm != 0, cst(c, -1), cst(c, d->imm));
}
void trans_csrrci(DisasContext *c, Insn d)
{
    gen_csr(c, d, d->imm != 0, cst(c, 0), cst(c, d->imm));
}

void trans_mret(DisasContext *c, Insn d)
{
    if (c->priv != PRV_M) {
        gen_exception(c, EXCP_ILLEGAL_INSN, cst(c, d->raw));
        return;
    }
    tcg_gen_call(c->s, &helper_info_mret, -1, 0, NULL);
    tcg_gen_exit_tb(c->s, TB_EXIT_NONE);
    c->state = DISAS_NORETURN;
}

void trans_wfi(DisasContext *c, Insn d)
{
    gen_set_pc(c, c->pc_next);
    TCGv args[1] = {cst(c, d->raw)};
    tcg_gen_call(c->s, &helper_info_wfi, -1, 1, args);
    c->state = DISAS_NORETURN;
}

void trans_sret(DisasContext *c, Insn d)
{
    if (c->priv < PRV_S) {
        gen_exception(c, EXCP_ILLEGAL_INSN, cst(c, d->raw));
        return;
    }
    TCGv args[1] = {cst(c, d->raw)};
    tcg_gen_call(c->s, &helper_info_sret, -1, 1, args);
    tcg_gen_exit_tb(c->s, TB_EXIT_NONE);
    c->state = DISAS_NORETURN;
}

/* A mapping may have changed under the TB itself: continue from the loop. */
void trans_sfence_vma(DisasContext *c, Insn d)
{
    TCGv args[3] = {cst(c, d->raw), get_gpr(c, d->rs1), cst(c, d->rs1 != 0)};
    tcg_gen_call(c->s, &helper_info_sfence_vma, -1, 3, args);
    gen_exit_to_loop(c, c->pc_next);
}
