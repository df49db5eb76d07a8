/* -d op / op_opt: a readable listing of a TB's IR. */
#include <inttypes.h>

#include "tcg/ir.h"
#include "util/log.h"

static void temp_name(const TCGContext *s, TCGv t, char *buf, size_t n)
{
    const TCGTemp *ts = &s->temps[t];
    switch (ts->kind) {
    case TEMP_GLOBAL: snprintf(buf, n, "%s", ts->name); break;
    case TEMP_LOCAL: snprintf(buf, n, "loc%d", t - s->nb_globals); break;
    case TEMP_NORMAL: snprintf(buf, n, "tmp%d", t - s->nb_globals); break;
    case TEMP_CONST: snprintf(buf, n, "$0x%" PRIx64, (uint64_t)ts->val); break;
    }
}

void tcg_dump_ops(TCGContext *s, const char *title)
{
    log_printf("%s:\n", title);
    for (int i = 0; i < s->nb_ops; i++) {
        const TCGOp *op = &s->ops[i];
        const TCGOpDef *def = tcg_op_def(op);
        if (op->opc == INDEX_op_nop) continue;
        if (op->opc == INDEX_op_insn_start) {
            log_printf(" ---- %016" PRIx64 "\n", (uint64_t)op->args[0]);
            continue;
        }
        char line[256];
        int len = snprintf(line, sizeof(line), " %-10s",
                           op->opc == INDEX_op_call ? tcg_op_helper(op)->name : def->name);
        int nt = op->nb_oargs + op->nb_iargs;
        for (int a = 0; a < nt; a++) {
            char name[32];
            temp_name(s, (TCGv)op->args[a], name, sizeof(name));
            len += snprintf(line + len, sizeof(line) - len, "%s%s", a ? "," : " ", name);
        }
        int nc = op->opc == INDEX_op_call ? 0 : def->nb_cargs;
        for (int c = 0; c < nc; c++) {
            int64_t v = op->args[nt + c];
            bool is_cond = (c == 0 && (op->opc == INDEX_op_brcond || op->opc == INDEX_op_setcond ||
                                       op->opc == INDEX_op_movcond)) ||
                           (c == 1 && op->opc == INDEX_op_fcmp);
            bool is_label = (op->opc == INDEX_op_brcond && c == 1) || op->opc == INDEX_op_br ||
                            op->opc == INDEX_op_set_label || op->opc == INDEX_op_loop_head;
            const char *sep = (nt || c) ? "," : " ";
            if (is_cond)
                len += snprintf(line + len, sizeof(line) - len, "%s%s", sep, tcg_cond_names[v]);
            else if (is_label)
                len += snprintf(line + len, sizeof(line) - len, "%s$L%" PRId64, sep, v);
            else
                len += snprintf(line + len, sizeof(line) - len, "%s$0x%" PRIx64, sep, (uint64_t)v);
        }
        if (op->dead_args)
            len += snprintf(line + len, sizeof(line) - len, "  dead: 0x%x", op->dead_args);
        log_printf("%s\n", line);
    }
    log_printf("\n");
}
