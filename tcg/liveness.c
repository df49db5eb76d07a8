/* Liveness: one backward pass that marks, for every op, the inputs whose
 * value dies there (so the register allocator frees them at once) and
 * removes ops whose results nobody reads.
 *
 * NORMAL temps are dead at every basic-block boundary by definition. LOCAL
 * temps are treated as live at every boundary: the allocator writes them to
 * their frame slot there, so within a block they only die at a last use
 * that no boundary follows. Globals never die: their home is the CPU state.
 */
#include "tcg/ir.h"

void tcg_liveness(TCGContext *s)
{
    static bool live[MAX_TEMPS];
    for (int t = 0; t < s->nb_temps; t++) live[t] = false;

    for (int i = s->nb_ops - 1; i >= 0; i--) {
        TCGOp *op = &s->ops[i];
        const TCGOpDef *def = tcg_op_def(op);
        if (op->opc == INDEX_op_nop) continue;
        if (def->flags & OPF_BB_END) {
            for (int t = s->nb_globals; t < s->nb_temps; t++) {
                if (s->temps[t].kind == TEMP_NORMAL) live[t] = false;
                if (s->temps[t].kind == TEMP_LOCAL) live[t] = true;
            }
        }
        int nb_o = op->nb_oargs, nb_i = op->nb_iargs;
        bool removable = !(def->flags & OPF_SIDE_EFFECTS);
        if (op->opc == INDEX_op_call && (tcg_op_helper(op)->flags & TCG_CALL_NO_SIDE_EFFECTS))
            removable = true;
        if (removable && nb_o > 0) {
            bool any_live = false;
            for (int a = 0; a < nb_o; a++) {
                TCGv t = op->args[a];
                if (s->temps[t].kind == TEMP_GLOBAL || live[t]) any_live = true;
            }
            if (!any_live) {
                op->opc = INDEX_op_nop;
                op->nb_oargs = op->nb_iargs = 0;
                continue;
            }
        }
        op->dead_outputs = 0;
        for (int a = 0; a < nb_o; a++) {
            TCGv t = op->args[a];
            if (s->temps[t].kind != TEMP_GLOBAL && !live[t]) op->dead_outputs |= 1u << a;
            live[t] = false;
        }
        op->dead_args = 0;
        for (int a = nb_o; a < nb_o + nb_i; a++) {
            TCGv t = op->args[a];
            TCGTempKind k = s->temps[t].kind;
            if (k == TEMP_GLOBAL || k == TEMP_CONST) continue;
            if (!live[t]) {
                /* An input given twice dies at its last mention only; one
                 * that is also an output lives on in its new value. */
                bool later = false;
                for (int b = 0; b < nb_o; b++)
                    if (op->args[b] == t) later = true;
                for (int b = a + 1; b < nb_o + nb_i; b++)
                    if (op->args[b] == t) later = true;
                if (!later) op->dead_args |= 1u << (a - nb_o);
            }
        }
        for (int a = nb_o; a < nb_o + nb_i; a++) live[op->args[a]] = true;
    }
}
