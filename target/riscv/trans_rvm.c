/* RV64M: multiplication and division. */
#include "target/riscv/translate_internal.h"

TRANS_R(mul, INDEX_op_mul)
TRANS_R(mulh, INDEX_op_mulsh)
TRANS_R(mulhu, INDEX_op_muluh)
TRANS_R(div, INDEX_op_div)
TRANS_R(divu, INDEX_op_divu)
TRANS_R(rem, INDEX_op_rem)
TRANS_R(remu, INDEX_op_remu)
TRANS_RW(mulw, INDEX_op_mul)

/* mulhsu = mulhu(a, b) - (a < 0 ? b : 0) */
void trans_mulhsu(DisasContext *c, Insn d)
{
    TCGContext *s = c->s;
    TCGv a = get_gpr(c, d->rs1), b = get_gpr(c, d->rs2);
    TCGv hi = tcg_temp_new(s), fix = tcg_temp_new(s);
    tcg_gen_binop(s, INDEX_op_muluh, hi, a, b);
    tcg_gen_binop(s, INDEX_op_sar, fix, a, cst(c, 63));
    tcg_gen_binop(s, INDEX_op_and, fix, fix, b);
    tcg_gen_binop(s, INDEX_op_sub, dest_gpr(c, d->rd), hi, fix);
}

/* W division: 64-bit division of the extended operands gives the RISC-V
 * results for zero divisors and for INT32_MIN / -1 alike. */
static void gen_div_w(DisasContext *c, TCGOpcode opc, Insn d, bool is_signed)
{
    TCGContext *s = c->s;
    TCGOpcode ext = is_signed ? INDEX_op_ext32s : INDEX_op_ext32u;
    TCGv a = tcg_temp_new(s), b = tcg_temp_new(s);
    tcg_gen_unop(s, ext, a, get_gpr(c, d->rs1));
    tcg_gen_unop(s, ext, b, get_gpr(c, d->rs2));
    gen_binop_w(c, opc, d->rd, a, b);
}
void trans_divw(DisasContext *c, Insn d)
{
    gen_div_w(c, INDEX_op_div, d, true);
}
void trans_divuw(DisasContext *c, Insn d)
{
    gen_div_w(c, INDEX_op_divu, d, false);
}
void trans_remw(DisasContext *c, Insn d)
{
    gen_div_w(c, INDEX_op_rem, d, true);
}
void trans_remuw(DisasContext *c, Insn d)
{
    gen_div_w(c, INDEX_op_remu, d, false);
}
