/* Register allocation for the x86-64 backend.
 *
 * One forward pass over a TB's ops, in the manner of QEMU's TCG: every temp
 * is DEAD, in a REG, in its MEMory home, or a CONSTant. Guest registers
 * (globals) are loaded on first use and stay in host registers until the
 * end of the basic block, when dirty ones are written back; within a block
 * they are spilled only under pressure. Liveness (tcg/liveness.c) tells
 * when a temp's last use has passed so its register is freed at once.
 *
 * Guest loads and stores do not force anything to memory: their slow path,
 * out of line, writes back the dirty globals and saves the caller-saved
 * registers itself, so the fast path keeps every value in its register.
 */
#include <string.h>

#include "tcg/x86_64/internal.h"
#include "util/log.h"

/* Allocation order: guest registers prefer callee-saved host registers
 * (they survive helper calls), short-lived temps caller-saved ones; RAX, RCX
 * and RDX come late because division and shifts want them. */
static const X86Reg order_global[] = {X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15,
                                      X86_RSI, X86_RDI, X86_R8,  X86_R9,  X86_R10,
                                      X86_R11, X86_RAX, X86_RDX, X86_RCX};
static const X86Reg order_temp[] = {X86_RSI, X86_RDI, X86_R8,  X86_R9,  X86_R10, X86_R11, X86_RAX,
                                    X86_RDX, X86_RCX, X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15};
#define NB_ORDER ((int)(sizeof(order_temp) / sizeof(order_temp[0])))

static TCGTemp *T(Backend *b, TCGv t)
{
    return &b->s->temps[t];
}

static void temp_home(Backend *b, TCGv t, X86Reg *base, int32_t *off)
{
    TCGTemp *ts = T(b, t);
    if (ts->kind == TEMP_GLOBAL) {
        *base = ENV_REG;
        *off = ts->mem_offset;
        return;
    }
    if (ts->mem_offset < 0) {
        if (b->s->frame_slots_used == SPILL_SLOTS) {
            b->failed = true;
            ts->mem_offset = SPILL_OFF;
        } else {
            ts->mem_offset = SPILL_OFF + 8 * b->s->frame_slots_used++;
        }
    }
    *base = X86_RSP;
    *off = ts->mem_offset;
}

static void store_temp(Backend *b, TCGv t, X86Reg reg)
{
    X86Reg base;
    int32_t off;
    temp_home(b, t, &base, &off);
    x86_store(&b->a, 8, reg, base, X86_NOREG, 1, off);
}

void ra_start(Backend *b)
{
    for (int r = 0; r < 16; r++) b->reg_temp[r] = -1;
    b->locked = 0;
    TCGContext *s = b->s;
    for (int t = 0; t < s->nb_temps; t++) {
        TCGTemp *ts = &s->temps[t];
        ts->reg = -1;
        ts->hint_reg = -1;
        switch (ts->kind) {
        case TEMP_GLOBAL:
            ts->val_type = VAL_MEM;
            ts->mem_coherent = true;
            break;
        case TEMP_CONST: ts->val_type = VAL_CONST; break;
        default:
            ts->val_type = VAL_DEAD;
            ts->mem_offset = -1;
            break;
        }
    }
}

void ra_begin_op(Backend *b, const TCGOp *op)
{
    b->op = op;
    b->locked = 0;
}

static void detach(Backend *b, TCGv t)
{
    TCGTemp *ts = T(b, t);
    if (ts->val_type == VAL_REG && b->reg_temp[ts->reg] == t) b->reg_temp[ts->reg] = -1;
    ts->reg = -1;
}

static void temp_dead(Backend *b, TCGv t)
{
    TCGTemp *ts = T(b, t);
    if (ts->kind == TEMP_GLOBAL || ts->kind == TEMP_CONST) return;
    if (ts->val_type == VAL_REG) detach(b, t);
    ts->val_type = VAL_DEAD;
}

void ra_end_op(Backend *b)
{
    const TCGOp *op = b->op;
    for (int i = 0; i < op->nb_iargs; i++)
        if (op->dead_args & (1u << i)) temp_dead(b, op->args[op->nb_oargs + i]);
    for (int i = 0; i < op->nb_oargs; i++)
        if (op->dead_outputs & (1u << i)) temp_dead(b, op->args[i]);
    b->locked = 0;
}

/* Moves t out of reg r into memory (writing it back if dirty). */
static void spill_reg(Backend *b, X86Reg r)
{
    TCGv t = b->reg_temp[r];
    if (t < 0) return;
    TCGTemp *ts = T(b, t);
    if (!ts->mem_coherent) store_temp(b, t, r);
    ts->mem_coherent = true;
    ts->val_type = VAL_MEM;
    ts->reg = -1;
    b->reg_temp[r] = -1;
}

static X86Reg find_free(Backend *b, RegSet allowed, bool for_global)
{
    const X86Reg *order = for_global ? order_global : order_temp;
    for (int i = 0; i < NB_ORDER; i++) {
        X86Reg r = order[i];
        if ((allowed & REG_BIT(r)) && !(b->locked & REG_BIT(r)) && b->reg_temp[r] < 0) return r;
    }
    return X86_NOREG;
}

static X86Reg alloc_reg(Backend *b, RegSet allowed, bool for_global)
{
    allowed &= ALL_REGS;
    X86Reg r = find_free(b, allowed, for_global);
    if (r != X86_NOREG) return r;
    /* Evict: a clean value costs nothing to drop; else the first candidate. */
    X86Reg victim = X86_NOREG;
    for (int i = 0; i < NB_ORDER; i++) {
        X86Reg c = order_temp[i];
        if (!(allowed & REG_BIT(c)) || (b->locked & REG_BIT(c))) continue;
        if (victim == X86_NOREG) victim = c;
        if (T(b, b->reg_temp[c])->mem_coherent) {
            victim = c;
            break;
        }
    }
    if (victim == X86_NOREG) fatal("internal error: register allocator has no register");
    spill_reg(b, victim);
    return victim;
}

static void assign(Backend *b, TCGv t, X86Reg r)
{
    TCGTemp *ts = T(b, t);
    ts->val_type = VAL_REG;
    ts->reg = r;
    b->reg_temp[r] = t;
}

static void load_value(Backend *b, TCGv t, X86Reg r)
{
    TCGTemp *ts = T(b, t);
    X86Reg base;
    int32_t off;
    switch (ts->val_type) {
    case VAL_REG:
        if (ts->reg != r) x86_mov_rr(&b->a, true, r, ts->reg);
        break;
    case VAL_CONST: x86_mov_ri64(&b->a, r, (uint64_t)ts->val); break;
    case VAL_MEM:
        temp_home(b, t, &base, &off);
        x86_load(&b->a, 8, false, r, base, X86_NOREG, 1, off);
        break;
    case VAL_DEAD: fatal("internal error: use of dead temp %d", t);
    }
}

X86Reg ra_load(Backend *b, TCGv t, RegSet allowed)
{
    TCGTemp *ts = T(b, t);
    allowed &= ALL_REGS;
    if (ts->val_type == VAL_REG) {
        X86Reg old = ts->reg;
        if (allowed & REG_BIT(old)) {
            b->locked |= REG_BIT(old);
            return old;
        }
        X86Reg r = alloc_reg(b, allowed, ts->kind == TEMP_GLOBAL);
        x86_mov_rr(&b->a, true, r, old);
        if (!(b->locked & REG_BIT(old))) {
            b->reg_temp[old] = -1;
            assign(b, t, r);
        }
        b->locked |= REG_BIT(r);
        return r;
    }
    X86Reg r = alloc_reg(b, allowed, ts->kind == TEMP_GLOBAL);
    load_value(b, t, r);
    if (ts->val_type == VAL_MEM) {
        assign(b, t, r);
        ts->mem_coherent = true;
    }
    b->locked |= REG_BIT(r);
    return r;
}

bool ra_temp_is_const(Backend *b, TCGv t, int64_t *val)
{
    if (T(b, t)->val_type != VAL_CONST) return false;
    *val = T(b, t)->val;
    return true;
}

/* Empties r: its value moves to a free register if there is one, else to
 * memory. */
static void evict(Backend *b, X86Reg r)
{
    TCGv t = b->reg_temp[r];
    if (t < 0) return;
    X86Reg to = find_free(b, ALL_REGS & ~REG_BIT(r), T(b, t)->kind == TEMP_GLOBAL);
    if (to != X86_NOREG) {
        x86_mov_rr(&b->a, true, to, r);
        b->reg_temp[r] = -1;
        assign(b, t, to);
        if (b->locked & REG_BIT(r)) b->locked |= REG_BIT(to);
        return;
    }
    spill_reg(b, r);
}

void ra_clobber(Backend *b, X86Reg reg)
{
    if (b->locked & REG_BIT(reg)) fatal("internal error: clobber of a locked register");
    evict(b, reg);
    b->locked |= REG_BIT(reg);
}

void ra_load_copy(Backend *b, TCGv t, X86Reg reg)
{
    TCGTemp *ts = T(b, t);
    if (!(ts->val_type == VAL_REG && ts->reg == reg)) {
        if (b->locked & REG_BIT(reg)) fatal("internal error: copy into a locked register");
        evict(b, reg);
    } else {
        /* t is in reg already: it must live elsewhere, reg becomes scratch. */
        evict(b, reg);
        ts = T(b, t);
    }
    b->locked |= REG_BIT(reg);
    load_value(b, t, reg);
}

X86Reg ra_scratch(Backend *b, RegSet allowed)
{
    X86Reg r = alloc_reg(b, allowed, false);
    b->locked |= REG_BIT(r);
    return r;
}

X86Reg ra_reusable(Backend *b, int in_arg, X86Reg in_reg, RegSet allowed)
{
    const TCGOp *op = b->op;
    TCGv in = op->args[op->nb_oargs + in_arg];
    TCGv out = op->args[0];
    if (!(allowed & REG_BIT(in_reg))) return X86_NOREG;
    TCGTemp *ts = T(b, in);
    if (ts->val_type != VAL_REG || ts->reg != in_reg) return X86_NOREG; /* a copy */
    if (in == out) return in_reg;
    if (ts->kind != TEMP_GLOBAL && (op->dead_args & (1u << in_arg))) {
        /* Another input may name the same temp: only if this is its only use. */
        for (int i = 0; i < op->nb_iargs; i++)
            if (i != in_arg && op->args[op->nb_oargs + i] == in) return X86_NOREG;
        return in_reg;
    }
    return X86_NOREG;
}

X86Reg ra_output(Backend *b, TCGv t, RegSet allowed, X86Reg reuse)
{
    TCGTemp *ts = T(b, t);
    X86Reg r = reuse;
    if (r != X86_NOREG) {
        TCGv holder = b->reg_temp[r];
        if (holder >= 0 && holder != t) {
            /* A dying input hands its register over. */
            T(b, holder)->val_type = VAL_DEAD;
            T(b, holder)->reg = -1;
            b->reg_temp[r] = -1;
        }
    }
    if (ts->val_type == VAL_REG) detach(b, t);
    /* A loop's guest register goes back to its loop register when it can. */
    int h = ts->hint_reg;
    if (h >= 0 && (allowed & REG_BIT(h)) && !(b->locked & REG_BIT(h)) && b->reg_temp[h] < 0) {
        if (r != X86_NOREG && b->reg_temp[r] < 0 && r != h) b->locked &= ~REG_BIT(r);
        r = (X86Reg)h;
    }
    if (r == X86_NOREG) r = alloc_reg(b, allowed, ts->kind == TEMP_GLOBAL);
    assign(b, t, r);
    ts->mem_coherent = false;
    b->locked |= REG_BIT(r);
    return r;
}

void ra_sync_temp(Backend *b, TCGv t)
{
    TCGTemp *ts = T(b, t);
    if (ts->val_type == VAL_REG && !ts->mem_coherent) {
        store_temp(b, t, ts->reg);
        ts->mem_coherent = true;
    }
}

void ra_sync_globals(Backend *b)
{
    for (int t = 0; t < b->s->nb_globals; t++) ra_sync_temp(b, t);
}

void ra_save_bb_end(Backend *b)
{
    ra_sync_globals(b);
    for (int t = b->s->nb_globals; t < b->s->nb_temps; t++)
        if (T(b, t)->kind == TEMP_LOCAL) ra_sync_temp(b, t);
}

void ra_forget_regs(Backend *b)
{
    for (int r = 0; r < 16; r++) {
        TCGv t = b->reg_temp[r];
        if (t < 0) continue;
        TCGTemp *ts = T(b, t);
        ts->reg = -1;
        ts->val_type = ts->kind == TEMP_NORMAL ? VAL_DEAD : VAL_MEM;
        b->reg_temp[r] = -1;
    }
}

void ra_prepare_call(Backend *b, RegSet keep, bool writes_globals)
{
    for (int r = 0; r < 16; r++) {
        TCGv t = b->reg_temp[r];
        if (t < 0) continue;
        bool clobbered = (CALLER_SAVED & REG_BIT(r)) != 0;
        bool global = T(b, t)->kind == TEMP_GLOBAL;
        if (clobbered || (global && writes_globals)) {
            if (keep & REG_BIT(r)) {
                /* An argument register: the value is passed and then lost. */
                if (!T(b, t)->mem_coherent) store_temp(b, t, (X86Reg)r);
                T(b, t)->mem_coherent = true;
                T(b, t)->val_type = VAL_MEM;
                T(b, t)->reg = -1;
                b->reg_temp[r] = -1;
            } else if (clobbered && !global) {
                evict(b, (X86Reg)r);
                /* evict() may have moved it to another caller-saved register;
                 * the loop visits that one later and spills it then. */
            } else {
                spill_reg(b, (X86Reg)r);
            }
        }
    }
    /* A move by evict() can land in a register already visited. */
    for (int r = 0; r < 16; r++)
        if (b->reg_temp[r] >= 0 && (CALLER_SAVED & REG_BIT(r))) spill_reg(b, (X86Reg)r);
}

void ra_place(Backend *b, TCGv t, X86Reg reg)
{
    TCGTemp *ts = T(b, t);
    if (ts->val_type == VAL_REG && ts->reg == reg) {
        b->locked |= REG_BIT(reg);
        return;
    }
    if (b->reg_temp[reg] >= 0) evict(b, reg);
    ts = T(b, t);
    if (ts->val_type == VAL_REG) {
        x86_mov_rr(&b->a, true, reg, ts->reg);
        b->reg_temp[ts->reg] = -1;
        assign(b, t, reg);
    } else {
        load_value(b, t, reg);
        assign(b, t, reg);
        ts->mem_coherent = true;
    }
    b->locked |= REG_BIT(reg);
}
