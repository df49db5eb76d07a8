/* IR optimizer: constant folding and propagation, copy propagation, and
 * algebraic simplification, in one forward pass per TB. Dead code is
 * removed afterwards by the liveness pass.
 *
 * What is known about a temp (a constant value, or "equal to temp S") is
 * valid only within a basic block: a label forgets everything, and so does
 * a helper call for the globals it may write.
 */
#include <string.h>

#include "tcg/ir.h"

typedef struct TempInfo {
    bool is_const;
    int64_t val;
    TCGv copy_of; /* -1: none */
    int ncopies;  /* temps whose copy_of is this one */
} TempInfo;

static TempInfo info[MAX_TEMPS];
static int live_copies; /* temps with copy_of set: most passes have few */

static void set_copy(TCGv t, TCGv src)
{
    info[t].copy_of = src;
    info[src].ncopies++;
    live_copies++;
}

static void clear_copy(TCGv t)
{
    if (info[t].copy_of < 0) return;
    info[info[t].copy_of].ncopies--;
    info[t].copy_of = -1;
    live_copies--;
}

/* The counts keep forgetting linear in the copies that exist, not in the
 * number of temps: a TB's pass stays linear in its length. */
static void forget(TCGContext *s, TCGv t)
{
    info[t].is_const = false;
    clear_copy(t);
    /* Temps that were copies of t no longer are. */
    for (int i = 0; info[t].ncopies > 0 && i < s->nb_temps; i++)
        if (info[i].copy_of == t) clear_copy(i);
}

static void forget_all(TCGContext *s)
{
    for (int i = 0; i < s->nb_temps; i++) {
        info[i].is_const = s->temps[i].kind == TEMP_CONST;
        info[i].val = s->temps[i].val;
        info[i].copy_of = -1;
        info[i].ncopies = 0;
    }
    live_copies = 0;
}

static void forget_globals(TCGContext *s)
{
    for (int i = 0; i < s->nb_globals; i++) forget(s, i);
}

static bool is_const(TCGv t, int64_t *v)
{
    if (!info[t].is_const) return false;
    *v = info[t].val;
    return true;
}

/* A constant temp made during the pass, with its info set. */
static TCGv opt_const(TCGContext *s, int64_t v)
{
    TCGv c = tcg_constant(s, v);
    info[c].is_const = true;
    info[c].val = v;
    /* Never a copy, nor copied: a mov from a constant records the value. */
    info[c].copy_of = -1;
    info[c].ncopies = 0;
    return c;
}

static void make_mov(TCGOp *op, TCGv d, TCGv src)
{
    op->opc = INDEX_op_mov;
    op->nb_oargs = 1;
    op->nb_iargs = 1;
    op->args[0] = d;
    op->args[1] = src;
}

static void make_movi(TCGContext *s, TCGOp *op, TCGv d, int64_t v)
{
    make_mov(op, d, opt_const(s, v));
}

static void make_nop(TCGOp *op)
{
    op->opc = INDEX_op_nop;
    op->nb_oargs = op->nb_iargs = 0;
}

/* Simplifications with one constant operand; returns true when op changed
 * into a mov. */
static bool simplify_binary(TCGContext *s, TCGOp *op)
{
    TCGv d = op->args[0], a = op->args[1], b = op->args[2];
    int64_t bv = 0, av = 0;
    bool bc = is_const(b, &bv), ac = is_const(a, &av);
    switch (op->opc) {
    case INDEX_op_add:
    case INDEX_op_or:
    case INDEX_op_xor:
        if (ac && av == 0) return make_mov(op, d, b), true;
        /* fall through */
    case INDEX_op_sub:
    case INDEX_op_shl:
    case INDEX_op_shr:
    case INDEX_op_sar:
    case INDEX_op_rotl:
    case INDEX_op_rotr:
        if (bc && bv == 0) return make_mov(op, d, a), true;
        break;
    case INDEX_op_and:
        if ((bc && bv == 0) || (ac && av == 0)) return make_movi(s, op, d, 0), true;
        if (bc && bv == -1) return make_mov(op, d, a), true;
        if (ac && av == -1) return make_mov(op, d, b), true;
        if (a == b) return make_mov(op, d, a), true;
        break;
    case INDEX_op_mul:
        if ((bc && bv == 0) || (ac && av == 0)) return make_movi(s, op, d, 0), true;
        if (bc && bv == 1) return make_mov(op, d, a), true;
        if (ac && av == 1) return make_mov(op, d, b), true;
        break;
    default: break;
    }
    if (a == b && (op->opc == INDEX_op_sub || op->opc == INDEX_op_xor))
        return make_movi(s, op, d, 0), true;
    if (a == b && op->opc == INDEX_op_or) return make_mov(op, d, a), true;
    return false;
}

void tcg_optimize(TCGContext *s)
{
    forget_all(s);
    for (int i = 0; i < s->nb_ops; i++) {
        TCGOp *op = &s->ops[i];
        const TCGOpDef *def = tcg_op_def(op);
        int nb_o = op->nb_oargs, nb_i = op->nb_iargs;

        if (op->opc == INDEX_op_set_label || op->opc == INDEX_op_loop_head) {
            forget_all(s);
            continue;
        }
        /* Propagate constants and copies into the inputs. */
        for (int a = nb_o; a < nb_o + nb_i; a++) {
            TCGv t = op->args[a];
            if (s->temps[t].kind == TEMP_CONST) continue;
            if (info[t].is_const)
                op->args[a] = opt_const(s, info[t].val);
            else if (info[t].copy_of >= 0)
                op->args[a] = info[t].copy_of;
        }

        int64_t av, bv;
        if (def->flags & OPF_PURE_BINARY) {
            if (is_const(op->args[1], &av) && is_const(op->args[2], &bv))
                make_movi(s, op, op->args[0], tcg_fold_binary(op->opc, av, bv));
            else
                simplify_binary(s, op);
        } else if (def->flags & OPF_PURE_UNARY) {
            if (is_const(op->args[1], &av))
                make_movi(s, op, op->args[0], tcg_fold_unary(op->opc, av));
        } else if (op->opc == INDEX_op_setcond) {
            if (is_const(op->args[1], &av) && is_const(op->args[2], &bv))
                make_movi(s, op, op->args[0], tcg_eval_cond(op->args[3], av, bv));
        } else if (op->opc == INDEX_op_movcond) {
            if (is_const(op->args[1], &av) && is_const(op->args[2], &bv))
                make_mov(op, op->args[0],
                         tcg_eval_cond(op->args[5], av, bv) ? op->args[3] : op->args[4]);
        } else if (op->opc == INDEX_op_brcond) {
            if (is_const(op->args[0], &av) && is_const(op->args[1], &bv)) {
                if (tcg_eval_cond(op->args[2], av, bv)) {
                    int64_t label = op->args[3];
                    op->opc = INDEX_op_br;
                    op->nb_oargs = op->nb_iargs = 0;
                    op->args[0] = label;
                } else {
                    make_nop(op);
                }
            }
        }

        if (op->opc == INDEX_op_mov && op->args[0] == op->args[1]) {
            make_nop(op);
            continue;
        }
        if (op->opc == INDEX_op_call && !(tcg_op_helper(op)->flags & TCG_CALL_NO_WRITE_GLOBALS))
            forget_globals(s);

        /* NORMAL temps die at the end of a basic block: nothing after it
         * may be rewritten to read one. */
        if ((def->flags & OPF_BB_END) && live_copies > 0) {
            for (int t = 0; t < s->nb_temps; t++) {
                TCGv src = info[t].copy_of;
                if (src >= 0 && s->temps[src].kind == TEMP_NORMAL) clear_copy(t);
            }
        }

        /* Record what the outputs now hold. */
        for (int a = 0; a < op->nb_oargs; a++) forget(s, op->args[a]);
        if (op->opc == INDEX_op_mov) {
            TCGv d = op->args[0], src = op->args[1];
            if (info[src].is_const) {
                info[d].is_const = true;
                info[d].val = info[src].val;
            } else {
                set_copy(d, src);
            }
        }
    }
}
