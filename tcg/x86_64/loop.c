/* Loops back to a TB's own start, with guest registers kept in host
 * registers across iterations.
 *
 * A TB whose branch (or jump) leads back to its first instruction gets a
 * loop_head op from the front end. Ordinarily every edge between TBs goes
 * through memory: dirty globals are stored at the end, reloaded at the
 * start. For a loop, the backend instead fixes an assignment of the most
 * used globals to host registers at the head, loads them once, and makes
 * every back edge re-establish that assignment (moves, or loads for values
 * that were spilled) before jumping back. Everything else keeps the usual
 * invariant: at the head, every other global and every local is in memory.
 *
 * The head globals are treated as dirty throughout the loop, so every way
 * out (goto_tb, exit_tb, a helper call, a load/store slow path, the exit
 * request check at the head) writes them back.
 */
#include "tcg/x86_64/internal.h"

#define LOOP_MAX_REGS 9
static const X86Reg loop_reg_order[LOOP_MAX_REGS] = {X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15,
                                                     X86_RSI, X86_RDI, X86_R8,  X86_R9};

bool is_back_edge(Backend *b, int label)
{
    return label == b->loop_label;
}

void lower_loop_head(Backend *b, const TCGOp *op)
{
    TCGContext *s = b->s;
    int uses[MAX_GLOBALS] = {0};
    for (const TCGOp *o = op + 1; o < s->ops + s->nb_ops; o++)
        for (int a = 0; a < o->nb_oargs + o->nb_iargs; a++)
            if (o->args[a] < s->nb_globals) uses[o->args[a]]++;
    b->nb_loop = 0;
    while (b->nb_loop < LOOP_MAX_REGS) {
        int best = -1;
        for (int g = 0; g < s->nb_globals; g++)
            if (uses[g] && (best < 0 || uses[g] > uses[best])) best = g;
        if (best < 0) break;
        uses[best] = 0;
        b->loop_globals[b->nb_loop] = best;
        b->loop_regs[b->nb_loop] = loop_reg_order[b->nb_loop];
        b->nb_loop++;
    }
    ra_save_bb_end(b);
    ra_forget_regs(b);
    for (int i = 0; i < b->nb_loop; i++) {
        ra_place(b, b->loop_globals[i], b->loop_regs[i]);
        s->temps[b->loop_globals[i]].hint_reg = (int8_t)b->loop_regs[i];
    }

    TCGLabel *l = &s->labels[op->args[0]];
    l->addr = b->a.ptr;
    b->loop_label = (int)op->args[0];
    x86_alu_mi(&b->a, X86_CMP, false, ENV_REG, X86_NOREG, 1, tcg_env.exit_request_off, 0);
    b->loop_exit_field = x86_jcc32(&b->a, X86_CC_NE);
    if (tcg_env.count_insns)
        x86_alu_mi(&b->a, X86_ADD, true, ENV_REG, X86_NOREG, 1, tcg_env.insn_count_off,
                   b->tb_insns);
    for (int i = 0; i < b->nb_loop; i++) s->temps[b->loop_globals[i]].mem_coherent = false;
}

static bool in_loop_set(Backend *b, TCGv t)
{
    for (int i = 0; i < b->nb_loop; i++)
        if (b->loop_globals[i] == t) return true;
    return false;
}

void lower_back_edge(Backend *b, const TCGOp *op)
{
    TCGContext *s = b->s;
    /* What the head expects in memory goes there. */
    for (int t = 0; t < s->nb_temps; t++) {
        TCGTempKind k = s->temps[t].kind;
        if ((k == TEMP_GLOBAL && !in_loop_set(b, t)) || k == TEMP_LOCAL) ra_sync_temp(b, t);
    }
    for (int i = 0; i < b->nb_loop; i++) ra_place(b, b->loop_globals[i], b->loop_regs[i]);
    const uint8_t *head = s->labels[b->loop_label].addr;
    if (op->opc == INDEX_op_br) {
        x86_jmp_to(&b->a, head);
        return;
    }
    TCGv x = op->args[0], y = op->args[1];
    X86Reg rx = ra_load(b, x, ALL_REGS);
    int64_t v;
    if (ra_temp_is_const(b, y, &v) && v == (int32_t)v) {
        x86_cmp_ri(&b->a, rx, (int32_t)v);
    } else {
        X86Reg ry = ra_load(b, y, ALL_REGS);
        x86_alu_rr(&b->a, X86_CMP, true, rx, ry);
    }
    static const X86Cond cc[] = {X86_CC_E,  X86_CC_NE, X86_CC_L, X86_CC_GE, X86_CC_B,
                                 X86_CC_AE, X86_CC_LE, X86_CC_G, X86_CC_BE, X86_CC_A};
    x86_jcc_to(&b->a, cc[op->args[2]], head);
}

void emit_loop_exit_stub(Backend *b)
{
    x86_patch_rel32(&b->a, b->loop_exit_field, b->a.ptr);
    for (int i = 0; i < b->nb_loop; i++) {
        const TCGTemp *ts = &b->s->temps[b->loop_globals[i]];
        x86_store(&b->a, 8, b->loop_regs[i], ENV_REG, X86_NOREG, 1, ts->mem_offset);
    }
    emit_exit(b, b->exit_base | TB_EXIT_REQUESTED);
}
