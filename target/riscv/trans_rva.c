/* RV64A: LR/SC and AMOs, each a call to its helper in
 * target/riscv/atomic_helper.c, which does the access on host atomics. */
#include "target/riscv/helper.h"
#include "target/riscv/translate_internal.h"

static void gen_amo(DisasContext *c, Insn d, const TCGHelperInfo *h)
{
    TCGv args[3] = {get_gpr(c, d->rs1), get_gpr(c, d->rs2),
                    cst(c, c->mmu_idx | d->rd << AMO_RD_SHIFT)};
    tcg_gen_call(c->s, h, dest_gpr(c, d->rd), 3, args);
}

static void gen_lr(DisasContext *c, Insn d, const TCGHelperInfo *h)
{
    bool rl = (d->raw >> 25) & 1;
    TCGv args[2] = {get_gpr(c, d->rs1), cst(c, c->mmu_idx | (rl ? LR_RL : 0))};
    tcg_gen_call(c->s, h, dest_gpr(c, d->rd), 2, args);
}

void trans_lr_w(DisasContext *c, Insn d)
{
    gen_lr(c, d, &helper_info_lr_w);
}
void trans_lr_d(DisasContext *c, Insn d)
{
    gen_lr(c, d, &helper_info_lr_d);
}

#define TRANS_AMO(name)                                                                            \
    void trans_##name(DisasContext *c, Insn d)                                                     \
    {                                                                                              \
        gen_amo(c, d, &helper_info_##name);                                                        \
    }
TRANS_AMO(sc_w)
TRANS_AMO(sc_d)
TRANS_AMO(amoswap_w)
TRANS_AMO(amoadd_w)
TRANS_AMO(amoxor_w)
TRANS_AMO(amoand_w)
TRANS_AMO(amoor_w)
TRANS_AMO(amomin_w)
TRANS_AMO(amomax_w)
TRANS_AMO(amominu_w)
TRANS_AMO(amomaxu_w)
TRANS_AMO(amoswap_d)
TRANS_AMO(amoadd_d)
TRANS_AMO(amoxor_d)
TRANS_AMO(amoand_d)
TRANS_AMO(amoor_d)
TRANS_AMO(amomin_d)
TRANS_AMO(amomax_d)
TRANS_AMO(amominu_d)
TRANS_AMO(amomaxu_d)
