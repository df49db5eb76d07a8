/* Lowering of IR ops to x86-64, the out-of-line slow paths, the shared
 * prologue/epilogue, and goto_tb patching.
 *
 * Guest loads and stores are the heart of it. The fast path, inline:
 *     t0 = ((addr >> (PAGE_BITS - ENTRY_BITS)) & tlb.mask) + tlb.table
 *     t1 = (addr + size - 1) & PAGE_MASK        (the page of the last byte)
 *     cmp t1, t0->addr_read|write ; jne slow
 *     load/store [addr + t0->addend]
 * An access that crosses a page, or whose entry carries a flag (MMIO, code
 * page, invalid), misses the compare and goes to the slow path, which lives
 * after the TB's main code. The slow path writes back the dirty guest
 * registers (so a fault raised inside the helper sees exact state), saves
 * the caller-saved registers holding live values, calls the C helper with
 * the address of the fast path's return point as `retaddr`, restores, and
 * jumps back. The helper recovers the faulting guest instruction from
 * retaddr (accel/restore.c).
 */
#include <stdlib.h>
#include <string.h>

#include "tcg/x86_64/internal.h"
#include "util/log.h"

TCGEnvLayout tcg_env;
TCGPrologue tcg_prologue_rx;

/* Instructions beyond the x86-64 baseline, used when CPUID has them (bit
 * counts; each has a baseline fallback). RIVET_HOST_BASELINE=1 in the
 * environment turns them off, so the fallbacks can be tested on any host. */
static bool have_popcnt, have_lzcnt, have_bmi1, have_fma;

void tcg_backend_init(const TCGEnvLayout *layout)
{
    tcg_env = *layout;
    const char *baseline = getenv("RIVET_HOST_BASELINE");
    bool ext = !baseline || !*baseline || !strcmp(baseline, "0");
    __builtin_cpu_init();
    have_popcnt = ext && __builtin_cpu_supports("popcnt");
    have_lzcnt = ext && __builtin_cpu_supports("lzcnt");
    have_bmi1 = ext && __builtin_cpu_supports("bmi");
    have_fma = ext && __builtin_cpu_supports("fma");
}

bool tcg_backend_supports(TCGOpcode opc)
{
    /* The FP ops need SSE2 (baseline) and, for fmadd, FMA. */
    return opc != INDEX_op_fmadd || have_fma;
}

static const X86Reg call_arg_regs[6] = {X86_RDI, X86_RSI, X86_RDX, X86_RCX, X86_R8, X86_R9};

static X86Cond x86_cond(TCGCond c)
{
    static const X86Cond map[] = {
        [TCG_COND_EQ] = X86_CC_E,  [TCG_COND_NE] = X86_CC_NE, [TCG_COND_LT] = X86_CC_L,
        [TCG_COND_GE] = X86_CC_GE, [TCG_COND_LTU] = X86_CC_B, [TCG_COND_GEU] = X86_CC_AE,
        [TCG_COND_LE] = X86_CC_LE, [TCG_COND_GT] = X86_CC_G,  [TCG_COND_LEU] = X86_CC_BE,
        [TCG_COND_GTU] = X86_CC_A,
    };
    return map[c];
}

static bool fits_i32(int64_t v)
{
    return v == (int32_t)v;
}

static uint8_t *epilogue_w(Backend *b)
{
    return (uint8_t *)tcg_prologue_rx.epilogue - b->a.rx_offset;
}

/* An operand that may be an immediate: returns true with *imm set, or
 * false with the value loaded into *reg. */
static bool load_or_imm(Backend *b, TCGv t, X86Reg *reg, int32_t *imm)
{
    int64_t v;
    if (ra_temp_is_const(b, t, &v) && fits_i32(v)) {
        *imm = (int32_t)v;
        return true;
    }
    *reg = ra_load(b, t, ALL_REGS);
    return false;
}

static X86Reg out_from(Backend *b, int in_arg, X86Reg in_reg, RegSet allowed)
{
    TCGv d = b->op->args[0];
    X86Reg rd = ra_output(b, d, allowed, ra_reusable(b, in_arg, in_reg, allowed));
    if (rd != in_reg) x86_mov_rr(&b->a, true, rd, in_reg);
    return rd;
}

static void lower_mov(Backend *b, const TCGOp *op)
{
    TCGv d = op->args[0], src = op->args[1];
    int64_t v;
    if (ra_temp_is_const(b, src, &v)) {
        X86Reg rd = ra_output(b, d, ALL_REGS, X86_NOREG);
        x86_mov_ri64(&b->a, rd, (uint64_t)v);
        return;
    }
    X86Reg rs = ra_load(b, src, ALL_REGS);
    out_from(b, 0, rs, ALL_REGS);
}

static void lower_alu(Backend *b, const TCGOp *op)
{
    static const X86AluOp alu[] = {[INDEX_op_add] = X86_ADD,
                                   [INDEX_op_sub] = X86_SUB,
                                   [INDEX_op_and] = X86_AND,
                                   [INDEX_op_or] = X86_OR,
                                   [INDEX_op_xor] = X86_XOR};
    TCGv d = op->args[0], x = op->args[1], y = op->args[2];
    X86Reg rx = ra_load(b, x, ALL_REGS), ry = X86_NOREG;
    int32_t imm = 0;
    bool is_imm = load_or_imm(b, y, &ry, &imm);
    X86Reg reuse = ra_reusable(b, 0, rx, ALL_REGS);
    if (op->opc == INDEX_op_add && reuse == X86_NOREG) {
        X86Reg rd = ra_output(b, d, ALL_REGS, X86_NOREG);
        if (is_imm)
            x86_lea(&b->a, true, rd, rx, X86_NOREG, 1, imm);
        else
            x86_lea(&b->a, true, rd, rx, ry, 1, 0);
        return;
    }
    if (op->opc == INDEX_op_mul) {
        X86Reg rd = ra_output(b, d, ALL_REGS, reuse);
        if (is_imm) {
            x86_imul_rri(&b->a, true, rd, rx, imm);
        } else {
            if (rd != rx) x86_mov_rr(&b->a, true, rd, rx);
            x86_imul_rr(&b->a, true, rd, ry);
        }
        return;
    }
    X86Reg rd = ra_output(b, d, ALL_REGS, reuse);
    if (rd != rx) x86_mov_rr(&b->a, true, rd, rx);
    if (is_imm)
        x86_alu_ri(&b->a, alu[op->opc], true, rd, imm);
    else
        x86_alu_rr(&b->a, alu[op->opc], true, rd, ry);
}

/* Shifts and rotates; rotl32/rotr32 are the 32-bit rotates, whose result
 * the hardware zero-extends. */
static void lower_shift(Backend *b, const TCGOp *op)
{
    bool w64 = op->opc != INDEX_op_rotl32 && op->opc != INDEX_op_rotr32;
    X86ShiftOp sop;
    switch (op->opc) {
    case INDEX_op_shl: sop = X86_SHL; break;
    case INDEX_op_shr: sop = X86_SHR; break;
    case INDEX_op_rotl:
    case INDEX_op_rotl32: sop = X86_ROL; break;
    case INDEX_op_rotr:
    case INDEX_op_rotr32: sop = X86_ROR; break;
    default: sop = X86_SAR; break;
    }
    TCGv x = op->args[1], y = op->args[2];
    int64_t v;
    if (ra_temp_is_const(b, y, &v)) {
        X86Reg rx = ra_load(b, x, ALL_REGS);
        X86Reg rd = out_from(b, 0, rx, ALL_REGS);
        x86_shift_ri(&b->a, sop, w64, rd, (uint8_t)(v & (w64 ? 63 : 31)));
        return;
    }
    RegSet no_rcx = ALL_REGS & ~REG_BIT(X86_RCX);
    if (x == y) {
        ra_load_copy(b, y, X86_RCX);
        X86Reg rx = ra_load(b, x, no_rcx);
        X86Reg rd = out_from(b, 0, rx, no_rcx);
        x86_shift_cl(&b->a, sop, w64, rd);
        return;
    }
    ra_load(b, y, REG_BIT(X86_RCX));
    X86Reg rx = ra_load(b, x, no_rcx);
    X86Reg rd = out_from(b, 0, rx, no_rcx);
    x86_shift_cl(&b->a, sop, w64, rd);
}

static void lower_mulh(Backend *b, const TCGOp *op)
{
    TCGv x = op->args[1], y = op->args[2];
    ra_clobber(b, X86_RDX);
    ra_load_copy(b, x, X86_RAX);
    X86Reg ry = ra_load(b, y, ALL_REGS & ~(REG_BIT(X86_RAX) | REG_BIT(X86_RDX)));
    x86_grp3(&b->a, op->opc == INDEX_op_mulsh ? X86_IMUL1 : X86_MUL, true, ry);
    b->locked &= ~REG_BIT(X86_RDX);
    ra_output(b, op->args[0], REG_BIT(X86_RDX), X86_RDX);
}

/* Division with RISC-V results, never a host trap: x/0 = all ones and
 * x%0 = x; INT64_MIN / -1 = INT64_MIN and INT64_MIN % -1 = 0. */
static void lower_div(Backend *b, const TCGOp *op)
{
    bool is_signed = op->opc == INDEX_op_div || op->opc == INDEX_op_rem;
    bool is_rem = op->opc == INDEX_op_rem || op->opc == INDEX_op_remu;
    TCGv x = op->args[1], y = op->args[2];
    ra_clobber(b, X86_RDX);
    ra_load_copy(b, x, X86_RAX);
    X86Reg ry = ra_load(b, y, ALL_REGS & ~(REG_BIT(X86_RAX) | REG_BIT(X86_RDX)));
    X86Asm *a = &b->a;
    uint8_t *to_zero, *to_normal = NULL, *done[3];
    int nd = 0;
    x86_test_rr(a, true, ry, ry);
    to_zero = x86_jcc32(a, X86_CC_E);
    if (is_signed) {
        x86_alu_ri(a, X86_CMP, true, ry, -1);
        to_normal = x86_jcc32(a, X86_CC_NE);
        /* y == -1: x / -1 = -x (wrapping), x % -1 = 0. */
        if (is_rem)
            x86_zero_reg(a, X86_RAX);
        else
            x86_grp3(a, X86_NEG, true, X86_RAX);
        done[nd++] = x86_jmp32(a);
        x86_patch_rel32(a, to_normal, a->ptr);
        x86_cqo(a);
        x86_grp3(a, X86_IDIV, true, ry);
    } else {
        x86_zero_reg(a, X86_RDX);
        x86_grp3(a, X86_DIV, true, ry);
    }
    if (is_rem) x86_mov_rr(a, true, X86_RAX, X86_RDX);
    done[nd++] = x86_jmp32(a);
    x86_patch_rel32(a, to_zero, a->ptr);
    if (!is_rem) x86_mov_ri64(a, X86_RAX, UINT64_MAX); /* remainder: rax = x already */
    for (int i = 0; i < nd; i++) x86_patch_rel32(a, done[i], a->ptr);
    b->locked &= ~REG_BIT(X86_RAX);
    ra_output(b, op->args[0], REG_BIT(X86_RAX), X86_RAX);
}

static void lower_unary(Backend *b, const TCGOp *op)
{
    TCGv x = op->args[1];
    X86Reg rx = ra_load(b, x, ALL_REGS);
    X86Reg rd;
    switch (op->opc) {
    case INDEX_op_neg:
    case INDEX_op_not:
        rd = out_from(b, 0, rx, ALL_REGS);
        x86_grp3(&b->a, op->opc == INDEX_op_neg ? X86_NEG : X86_NOT, true, rd);
        break;
    case INDEX_op_ext32s:
        rd = ra_output(b, op->args[0], ALL_REGS, ra_reusable(b, 0, rx, ALL_REGS));
        x86_movsxd_rr(&b->a, rd, rx);
        break;
    case INDEX_op_ext32u:
        rd = ra_output(b, op->args[0], ALL_REGS, ra_reusable(b, 0, rx, ALL_REGS));
        x86_mov_rr(&b->a, false, rd, rx);
        break;
    default: break;
    }
}

/* Extensions, byte swap and bit counts. A count is one instruction where
 * the host has it (LZCNT, TZCNT of BMI1, POPCNT), else a baseline sequence. */
static void lower_bits(Backend *b, const TCGOp *op)
{
    X86Asm *a = &b->a;
    TCGOpcode opc = op->opc;
    X86Reg rx = ra_load(b, op->args[1], ALL_REGS);
    if (opc == INDEX_op_bswap64) {
        x86_bswap(a, true, out_from(b, 0, rx, ALL_REGS));
        return;
    }
    bool hw = opc == INDEX_op_clz ? have_lzcnt : opc == INDEX_op_ctz ? have_bmi1 : have_popcnt;
    X86Reg t = X86_NOREG, k = X86_NOREG;
    bool counts = opc == INDEX_op_clz || opc == INDEX_op_ctz || opc == INDEX_op_ctpop;
    if (counts && !hw) t = ra_scratch(b, ALL_REGS);
    if (opc == INDEX_op_ctpop && !hw) k = ra_scratch(b, ALL_REGS);
    X86Reg rd = ra_output(b, op->args[0], ALL_REGS, ra_reusable(b, 0, rx, ALL_REGS));
    switch (opc) {
    case INDEX_op_ext8s: x86_movsx_rr(a, 1, rd, rx); break;
    case INDEX_op_ext16s: x86_movsx_rr(a, 2, rd, rx); break;
    case INDEX_op_ext16u: x86_movzx_rr(a, 2, rd, rx); break;
    case INDEX_op_clz:
        if (hw) {
            x86_lzcnt(a, true, rd, rx);
            break;
        }
        /* 63 - bsr(x), with bsr(0) taken as -1 */
        x86_bsr(a, true, rd, rx);
        x86_mov_ri64(a, t, UINT64_MAX);
        x86_cmov(a, X86_CC_E, true, rd, t);
        x86_grp3(a, X86_NEG, true, rd);
        x86_alu_ri(a, X86_ADD, true, rd, 63);
        break;
    case INDEX_op_ctz:
        if (hw) {
            x86_tzcnt(a, true, rd, rx);
            break;
        }
        x86_bsf(a, true, rd, rx);
        x86_mov_ri64(a, t, 64);
        x86_cmov(a, X86_CC_E, true, rd, t);
        break;
    default: /* ctpop */
        if (hw) {
            x86_popcnt(a, true, rd, rx);
            break;
        }
        /* Sums of bits per 2, 4 and 8 bits, then of the 8 bytes by a multiply. */
        if (rd != rx) x86_mov_rr(a, true, rd, rx);
        x86_mov_rr(a, true, t, rd);
        x86_shift_ri(a, X86_SHR, true, t, 1);
        x86_mov_ri64(a, k, 0x5555555555555555ull);
        x86_alu_rr(a, X86_AND, true, t, k);
        x86_alu_rr(a, X86_SUB, true, rd, t);
        x86_mov_ri64(a, k, 0x3333333333333333ull);
        x86_mov_rr(a, true, t, rd);
        x86_alu_rr(a, X86_AND, true, t, k);
        x86_shift_ri(a, X86_SHR, true, rd, 2);
        x86_alu_rr(a, X86_AND, true, rd, k);
        x86_alu_rr(a, X86_ADD, true, rd, t);
        x86_mov_rr(a, true, t, rd);
        x86_shift_ri(a, X86_SHR, true, t, 4);
        x86_alu_rr(a, X86_ADD, true, rd, t);
        x86_mov_ri64(a, k, 0x0f0f0f0f0f0f0f0full);
        x86_alu_rr(a, X86_AND, true, rd, k);
        x86_mov_ri64(a, k, 0x0101010101010101ull);
        x86_imul_rr(a, true, rd, k);
        x86_shift_ri(a, X86_SHR, true, rd, 56);
        break;
    }
}

static void lower_setcond(Backend *b, const TCGOp *op)
{
    TCGv x = op->args[1], y = op->args[2];
    TCGCond c = op->args[3];
    X86Reg rx = ra_load(b, x, ALL_REGS), ry = X86_NOREG;
    int32_t imm = 0;
    bool is_imm = load_or_imm(b, y, &ry, &imm);
    X86Reg rd = ra_output(b, op->args[0], ALL_REGS, X86_NOREG);
    x86_zero_reg(&b->a, rd);
    if (is_imm)
        x86_cmp_ri(&b->a, rx, imm);
    else
        x86_alu_rr(&b->a, X86_CMP, true, rx, ry);
    x86_setcc(&b->a, x86_cond(c), rd);
}

static void lower_movcond(Backend *b, const TCGOp *op)
{
    TCGv c1 = op->args[1], c2 = op->args[2], v1 = op->args[3], v2 = op->args[4];
    TCGCond c = op->args[5];
    X86Reg r1 = ra_load(b, c1, ALL_REGS), r2 = X86_NOREG;
    int32_t imm = 0;
    bool is_imm = load_or_imm(b, c2, &r2, &imm);
    X86Reg rv1 = ra_load(b, v1, ALL_REGS);
    X86Reg rv2 = ra_load(b, v2, ALL_REGS);
    X86Reg rd = out_from(b, 3, rv2, ALL_REGS);
    if (is_imm)
        x86_cmp_ri(&b->a, r1, imm);
    else
        x86_alu_rr(&b->a, X86_CMP, true, r1, r2);
    x86_cmov(&b->a, x86_cond(c), true, rd, rv1);
}

static void lower_ld_env(Backend *b, const TCGOp *op)
{
    if (fp_lower_ld_env(b, op)) return;
    unsigned memop = op->args[2];
    X86Reg rd = ra_output(b, op->args[0], ALL_REGS, X86_NOREG);
    x86_load(&b->a, 1u << (memop & MO_SIZE), memop & MO_SIGN, rd, ENV_REG, X86_NOREG, 1,
             (int32_t)op->args[1]);
}

static void lower_st_env(Backend *b, const TCGOp *op)
{
    unsigned memop = op->args[2], size = 1u << (memop & MO_SIZE);
    fp_note_st_env(b, (int32_t)op->args[1], size);
    int64_t v;
    if (ra_temp_is_const(b, op->args[0], &v) && fits_i32(v)) {
        x86_store_imm(&b->a, size, ENV_REG, X86_NOREG, 1, (int32_t)op->args[1], (int32_t)v);
        return;
    }
    X86Reg rv = ra_load(b, op->args[0], ALL_REGS);
    x86_store(&b->a, size, rv, ENV_REG, X86_NOREG, 1, (int32_t)op->args[1]);
}

static void label_ref(Backend *b, int label, uint8_t *field)
{
    TCGLabel *l = &b->s->labels[label];
    if (l->addr) {
        x86_patch_rel32(&b->a, field, l->addr);
        return;
    }
    if (l->nrefs == (int)(sizeof(l->refs) / sizeof(l->refs[0]))) {
        b->failed = true;
        return;
    }
    l->refs[l->nrefs++] = field;
}

static void lower_brcond(Backend *b, const TCGOp *op)
{
    if (is_back_edge(b, op->args[3])) {
        lower_back_edge(b, op);
        return;
    }
    TCGv x = op->args[0], y = op->args[1];
    X86Reg rx = ra_load(b, x, ALL_REGS), ry = X86_NOREG;
    int32_t imm = 0;
    bool is_imm = load_or_imm(b, y, &ry, &imm);
    ra_save_bb_end(b);
    if (is_imm)
        x86_cmp_ri(&b->a, rx, imm);
    else
        x86_alu_rr(&b->a, X86_CMP, true, rx, ry);
    label_ref(b, op->args[3], x86_jcc32(&b->a, x86_cond(op->args[2])));
}

static void lower_set_label(Backend *b, const TCGOp *op)
{
    ra_save_bb_end(b);
    ra_forget_regs(b);
    TCGLabel *l = &b->s->labels[op->args[0]];
    l->addr = b->a.ptr;
    for (int i = 0; i < l->nrefs; i++) x86_patch_rel32(&b->a, l->refs[i], l->addr);
    l->nrefs = 0;
}

static void lower_call(Backend *b, const TCGOp *op)
{
    const TCGHelperInfo *h = tcg_op_helper(op);
    int nb_o = op->nb_oargs;
    /* The CPU state is the implicit first argument. */
    ra_clobber(b, X86_RDI);
    RegSet args = REG_BIT(X86_RDI);
    for (int i = 0; i < op->nb_iargs; i++) {
        X86Reg r = call_arg_regs[i + 1];
        TCGv t = op->args[nb_o + i];
        if (b->s->temps[t].val_type == VAL_REG && b->s->temps[t].reg == r)
            b->locked |= REG_BIT(r);
        else
            ra_load_copy(b, t, r);
        args |= REG_BIT(r);
    }
    bool touches_globals = (h->flags & TCG_CALL_NO_RWG) != TCG_CALL_NO_RWG;
    if (touches_globals) ra_sync_globals(b);
    /* Inputs dying here need not survive the call. */
    for (int i = 0; i < op->nb_iargs; i++) {
        TCGv t = op->args[nb_o + i];
        TCGTemp *ts = &b->s->temps[t];
        if ((op->dead_args & (1u << i)) && ts->kind != TEMP_GLOBAL && ts->val_type == VAL_REG) {
            b->reg_temp[ts->reg] = -1;
            ts->reg = -1;
            ts->val_type = VAL_DEAD;
        }
    }
    ra_prepare_call(b, args, !(h->flags & TCG_CALL_NO_WRITE_GLOBALS));
    x86_mov_rr(&b->a, true, X86_RDI, ENV_REG);
    x86_call_abs(&b->a, h->func);
    b->locked = 0;
    if (nb_o) ra_output(b, op->args[0], REG_BIT(X86_RAX), X86_RAX);
}

void emit_exit(Backend *b, uintptr_t value)
{
    if (value == 0)
        x86_zero_reg(&b->a, X86_RAX);
    else
        x86_mov_ri64(&b->a, X86_RAX, value);
    x86_jmp_to(&b->a, epilogue_w(b));
}

/* The patchable jump of exit idx. Its rel32 field is 4-byte aligned so that
 * patching it is one atomic store. */
static void emit_chain_jump(Backend *b, int idx)
{
    x86_align(&b->a, 4, 1);
    uint8_t *field = x86_jmp32(&b->a);
    b->res->jmp_field_off[idx] = (int32_t)(field - b->code);
    b->res->jmp_reset_off[idx] = (int32_t)(field + 4 - b->code);
}

static void lower_goto_tb(Backend *b, const TCGOp *op)
{
    ra_sync_globals(b);
    emit_chain_jump(b, (int)op->args[0]);
}

static void lower_brcond_exit(Backend *b, const TCGOp *op)
{
    X86Reg rx = ra_load(b, op->args[0], ALL_REGS), ry = X86_NOREG;
    int32_t imm = 0;
    bool is_imm = load_or_imm(b, op->args[1], &ry, &imm);
    if (b->nb_side == TB_MAX_EXITS) {
        b->failed = true;
        return;
    }
    SideExit *se = &b->side[b->nb_side++];
    se->idx = (int)op->args[3];
    se->fp_fold = b->fp_pending;
    se->target = (uint64_t)op->args[4];
    se->nb_dirty = 0;
    for (int t = 0; t < b->s->nb_globals; t++) {
        const TCGTemp *ts = &b->s->temps[t];
        if (ts->val_type == VAL_REG && !ts->mem_coherent && se->nb_dirty < 16) {
            se->dirty[se->nb_dirty].reg = (X86Reg)ts->reg;
            se->dirty[se->nb_dirty].off = ts->mem_offset;
            se->nb_dirty++;
        }
    }
    if (is_imm)
        x86_cmp_ri(&b->a, rx, imm);
    else
        x86_alu_rr(&b->a, X86_CMP, true, rx, ry);
    se->branch_field = x86_jcc32(&b->a, x86_cond(op->args[2]));
}

static void emit_side_exit(Backend *b, const SideExit *se)
{
    X86Asm *a = &b->a;
    x86_patch_rel32(a, se->branch_field, a->ptr);
    for (int i = 0; i < se->nb_dirty; i++)
        x86_store(a, 8, se->dirty[i].reg, ENV_REG, X86_NOREG, 1, se->dirty[i].off);
    if (se->fp_fold) fp_emit_fold(b, X86_RAX);
    emit_chain_jump(b, se->idx);
    if ((int64_t)se->target == (int32_t)se->target) {
        x86_store_imm(a, 8, ENV_REG, X86_NOREG, 1, tcg_env.pc_off, (int32_t)se->target);
    } else {
        x86_mov_ri64(a, X86_RAX, se->target);
        x86_store(a, 8, X86_RAX, ENV_REG, X86_NOREG, 1, tcg_env.pc_off);
    }
    emit_exit(b, b->exit_base | (uintptr_t)se->idx);
}

static void lower_qemu_ldst(Backend *b, const TCGOp *op, bool is_store)
{
    unsigned oi = op->args[2], memop = oi & 0xff, mmu = oi >> MEMOP_MMU_SHIFT;
    unsigned size = 1u << (memop & MO_SIZE);
    TCGv val = op->args[0], addr = op->args[1];
    X86Asm *a = &b->a;
    X86Reg raddr = ra_load(b, addr, ALL_REGS);
    X86Reg rval;
    /* A faulting load must leave its destination's old value visible: the
     * slow path, entered before the load writes anything, stores it. */
    X86Reg old_dirty = X86_NOREG;
    if (is_store) rval = ra_load(b, val, ALL_REGS);
    X86Reg t0 = ra_scratch(b, ALL_REGS);
    X86Reg t1 = ra_scratch(b, ALL_REGS);
    /* (After the scratches: taking one may have spilled the old value.) */
    if (!is_store) {
        const TCGTemp *vt = &b->s->temps[val];
        if (vt->kind == TEMP_GLOBAL && vt->val_type == VAL_REG && !vt->mem_coherent)
            old_dirty = vt->reg;
    }
    if (!is_store) {
        X86Reg reuse = ra_reusable(b, 0, raddr, ALL_REGS);
        rval = ra_output(b, val, ALL_REGS, reuse);
        /* The output may take over the address register: the fast path
         * reads the address in its last instruction only, the slow path
         * before anything is written. */
    }
    int32_t fast_off = tcg_env.tlb_mask_off + (int)mmu * tcg_env.tlb_fast_stride;
    int32_t table_off = tcg_env.tlb_table_off + (int)mmu * tcg_env.tlb_fast_stride;
    int32_t cmp_off = is_store ? tcg_env.tlb_write_off : tcg_env.tlb_read_off;
    x86_mov_rr(a, true, t0, raddr);
    x86_shift_ri(a, X86_SHR, true, t0, tcg_env.page_bits - tcg_env.tlb_entry_bits);
    x86_alu_rm(a, X86_AND, true, t0, ENV_REG, X86_NOREG, 1, fast_off);
    x86_alu_rm(a, X86_ADD, true, t0, ENV_REG, X86_NOREG, 1, table_off);
    unsigned align = (memop & MO_ALIGN) ? size - 1 : 0;
    if (size > 1 && !align)
        x86_lea(a, true, t1, raddr, X86_NOREG, 1, (int32_t)size - 1);
    else
        x86_mov_rr(a, true, t1, raddr);
    x86_alu_ri(a, X86_AND, true, t1, (int32_t)(~((1u << tcg_env.page_bits) - 1) | align));
    x86_alu_rm(a, X86_CMP, true, t1, t0, X86_NOREG, 1, cmp_off);
    uint8_t *branch = x86_jcc32(a, X86_CC_NE);
    x86_load(a, 8, false, t0, t0, X86_NOREG, 1, tcg_env.tlb_addend_off);
    if (is_store)
        x86_store(a, size, rval, raddr, t0, 1, 0);
    else
        x86_load(a, size, memop & MO_SIGN, rval, raddr, t0, 1, 0);

    if (b->nb_slow == MAX_SLOW_PATHS) {
        b->failed = true;
        return;
    }
    SlowPath *sp = &b->slow[b->nb_slow++];
    memset(sp, 0, sizeof(*sp));
    sp->is_store = is_store;
    sp->fp = fp_slow_state(b);
    sp->oi = oi;
    sp->addr_reg = raddr;
    sp->data_reg = rval;
    sp->branch_field = branch;
    sp->ret_w = a->ptr;
    for (int r = 0; r < 16; r++) {
        TCGv t = b->reg_temp[r];
        if (t < 0) continue;
        if (!is_store && r == rval) continue;
        if (CALLER_SAVED & REG_BIT(r)) sp->save_regs |= REG_BIT(r);
        TCGTemp *ts = &b->s->temps[t];
        if (ts->kind == TEMP_GLOBAL && !ts->mem_coherent) {
            sp->dirty[sp->nb_dirty].reg = (X86Reg)r;
            sp->dirty[sp->nb_dirty].off = ts->mem_offset;
            sp->nb_dirty++;
        }
    }
    if (old_dirty != X86_NOREG) {
        /* Only the output itself may have taken the old register over. */
        if (b->reg_temp[old_dirty] >= 0 && b->reg_temp[old_dirty] != val)
            fatal("internal error: old value of a load's destination lost");
        sp->dirty[sp->nb_dirty].reg = old_dirty;
        sp->dirty[sp->nb_dirty].off = b->s->temps[val].mem_offset;
        sp->nb_dirty++;
    }
}

static void emit_slow_path(Backend *b, const SlowPath *sp)
{
    X86Asm *a = &b->a;
    x86_patch_rel32(a, sp->branch_field, a->ptr);
    for (int i = 0; i < sp->nb_dirty; i++)
        x86_store(a, 8, sp->dirty[i].reg, ENV_REG, X86_NOREG, 1, sp->dirty[i].off);
    for (int r = 0; r < 16; r++)
        if (sp->save_regs & REG_BIT(r))
            x86_store(a, 8, (X86Reg)r, X86_RSP, X86_NOREG, 1, SAVE_AREA_OFF + 8 * r);
    x86_store(a, 8, sp->addr_reg, X86_RSP, X86_NOREG, 1, ARG_SCRATCH_OFF);
    if (sp->is_store) x86_store(a, 8, sp->data_reg, X86_RSP, X86_NOREG, 1, ARG_SCRATCH_OFF + 8);
    /* Every live value is saved or in the scratch words: rax is free. */
    fp_slow_before_call(b, &sp->fp, X86_RAX);
    uint64_t retaddr = (uint64_t)x86_rx_addr(a, sp->ret_w);
    x86_mov_rr(a, true, X86_RDI, ENV_REG);
    x86_load(a, 8, false, X86_RSI, X86_RSP, X86_NOREG, 1, ARG_SCRATCH_OFF);
    if (sp->is_store) {
        x86_load(a, 8, false, X86_RDX, X86_RSP, X86_NOREG, 1, ARG_SCRATCH_OFF + 8);
        x86_mov_ri64(a, X86_RCX, sp->oi);
        x86_mov_ri64(a, X86_R8, retaddr);
        x86_call_abs(a, tcg_env.helper_st);
        fp_slow_after_call(b, &sp->fp, X86_RAX);
    } else {
        x86_mov_ri64(a, X86_RDX, sp->oi);
        x86_mov_ri64(a, X86_RCX, retaddr);
        x86_call_abs(a, tcg_env.helper_ld);
        fp_slow_after_call(b, &sp->fp, X86_RDI); /* rax holds the result */
        x86_mov_rr(a, true, sp->data_reg, X86_RAX);
    }
    for (int r = 0; r < 16; r++)
        if (sp->save_regs & REG_BIT(r))
            x86_load(a, 8, false, (X86Reg)r, X86_RSP, X86_NOREG, 1, SAVE_AREA_OFF + 8 * r);
    x86_jmp_to(a, sp->ret_w);
}

/* The jump cache probed inline: an indirect jump whose target is cached
 * goes straight to it without leaving generated code. */
static void lower_lookup_tb(Backend *b, const TCGOp *op)
{
    X86Asm *a = &b->a;
    X86Reg rpc = ra_load(b, op->args[1], ALL_REGS);
    X86Reg rd = ra_output(b, op->args[0], ALL_REGS, X86_NOREG);
    x86_mov_rr(a, true, rd, rpc);
    x86_shift_ri(a, X86_SHR, true, rd, (uint8_t)tcg_env.jmp_cache_shift);
    x86_alu_ri(a, X86_AND, false, rd, (int32_t)tcg_env.jmp_cache_mask);
    x86_load(a, 8, false, rd, ENV_REG, rd, 8, tcg_env.jmp_cache_off);
    x86_test_rr(a, true, rd, rd);
    uint8_t *miss0 = x86_jcc32(a, X86_CC_E);
    x86_alu_rm(a, X86_CMP, true, rpc, rd, X86_NOREG, 1, tcg_env.tb_pc_off);
    uint8_t *miss1 = x86_jcc32(a, X86_CC_NE);
    x86_alu_mi(a, X86_CMP, false, rd, X86_NOREG, 1, tcg_env.tb_flags_off, (int32_t)op->args[2]);
    uint8_t *miss2 = x86_jcc32(a, X86_CC_NE);
    x86_load(a, 8, false, rd, rd, X86_NOREG, 1, tcg_env.tb_code_off);
    uint8_t *done = x86_jmp32(a);
    x86_patch_rel32(a, miss0, a->ptr);
    x86_patch_rel32(a, miss1, a->ptr);
    x86_patch_rel32(a, miss2, a->ptr);
    x86_mov_ri64(a, rd, (uint64_t)(uintptr_t)tcg_prologue_rx.return_zero);
    x86_patch_rel32(a, done, a->ptr);
}

static void lower_op(Backend *b, const TCGOp *op)
{
    switch (op->opc) {
    case INDEX_op_nop: break;
    case INDEX_op_mov: lower_mov(b, op); break;
    case INDEX_op_add:
    case INDEX_op_sub:
    case INDEX_op_and:
    case INDEX_op_or:
    case INDEX_op_xor:
    case INDEX_op_mul: lower_alu(b, op); break;
    case INDEX_op_shl:
    case INDEX_op_shr:
    case INDEX_op_sar:
    case INDEX_op_rotl:
    case INDEX_op_rotr:
    case INDEX_op_rotl32:
    case INDEX_op_rotr32: lower_shift(b, op); break;
    case INDEX_op_ext8s:
    case INDEX_op_ext16s:
    case INDEX_op_ext16u:
    case INDEX_op_clz:
    case INDEX_op_ctz:
    case INDEX_op_ctpop:
    case INDEX_op_bswap64: lower_bits(b, op); break;
    case INDEX_op_mulsh:
    case INDEX_op_muluh: lower_mulh(b, op); break;
    case INDEX_op_div:
    case INDEX_op_divu:
    case INDEX_op_rem:
    case INDEX_op_remu: lower_div(b, op); break;
    case INDEX_op_neg:
    case INDEX_op_not:
    case INDEX_op_ext32s:
    case INDEX_op_ext32u: lower_unary(b, op); break;
    case INDEX_op_setcond: lower_setcond(b, op); break;
    case INDEX_op_movcond: lower_movcond(b, op); break;
    case INDEX_op_ld_env: lower_ld_env(b, op); break;
    case INDEX_op_st_env: lower_st_env(b, op); break;
    case INDEX_op_qemu_ld: lower_qemu_ldst(b, op, false); break;
    case INDEX_op_qemu_st: lower_qemu_ldst(b, op, true); break;
    case INDEX_op_loop_head: lower_loop_head(b, op); break;
    case INDEX_op_br:
        if (is_back_edge(b, op->args[0])) {
            lower_back_edge(b, op);
            break;
        }
        ra_save_bb_end(b);
        label_ref(b, op->args[0], x86_jmp32(&b->a));
        break;
    case INDEX_op_brcond: lower_brcond(b, op); break;
    case INDEX_op_set_label: lower_set_label(b, op); break;
    case INDEX_op_call: lower_call(b, op); break;
    case INDEX_op_insn_start: {
        uint32_t k = op->insn_index;
        if (k > 0 && k - 1 < TCG_MAX_INSNS)
            b->res->insn_end[k - 1] = (uint32_t)(b->a.ptr - b->code);
        if (k + 1 > b->res->nb_insns) b->res->nb_insns = k + 1;
        break;
    }
    case INDEX_op_tb_start:
        x86_alu_mi(&b->a, X86_CMP, false, ENV_REG, X86_NOREG, 1, tcg_env.exit_request_off, 0);
        b->exit_request_field = x86_jcc32(&b->a, X86_CC_NE);
        b->tb_insns = (int32_t)op->args[0];
        /* A loop TB counts at its head, once per iteration. */
        bool loops = b->s->nb_ops > 1 && b->s->ops[1].opc == INDEX_op_loop_head;
        if (tcg_env.count_insns && !loops)
            x86_alu_mi(&b->a, X86_ADD, true, ENV_REG, X86_NOREG, 1, tcg_env.insn_count_off,
                       (int32_t)op->args[0]);
        break;
    case INDEX_op_goto_tb: lower_goto_tb(b, op); break;
    case INDEX_op_brcond_exit: lower_brcond_exit(b, op); break;
    case INDEX_op_exit_tb:
        ra_save_bb_end(b);
        emit_exit(b, op->args[0] < 0 ? 0 : b->exit_base | (uintptr_t)op->args[0]);
        break;
    case INDEX_op_lookup_tb: lower_lookup_tb(b, op); break;
    case INDEX_op_fadd:
    case INDEX_op_fsub:
    case INDEX_op_fmul:
    case INDEX_op_fdiv:
    case INDEX_op_fsqrt:
    case INDEX_op_fmadd:
    case INDEX_op_fcmp: lower_fp(b, op); break;
    case INDEX_op_goto_ptr: {
        X86Reg r = ra_load(b, op->args[0], ALL_REGS);
        ra_save_bb_end(b);
        x86_jmp_reg(&b->a, r);
        break;
    }
    case NB_IR_OPS: break;
    }
}

bool tcg_gen_code(TCGContext *s, uint8_t *buf, uint8_t *limit, intptr_t rx_offset,
                  uintptr_t exit_base, TCGCodeResult *res)
{
    static Backend backend;
    Backend *b = &backend;
    b->s = s;
    b->a = (X86Asm){.ptr = buf, .limit = limit, .rx_offset = rx_offset, .overflow = false};
    b->code = buf;
    b->exit_base = exit_base;
    b->res = res;
    b->failed = false;
    b->nb_slow = 0;
    b->exit_request_field = NULL;
    b->loop_label = -1;
    b->nb_loop = 0;
    b->loop_exit_field = NULL;
    memset(res, 0, sizeof(*res));
    res->code = buf;
    for (int n = 0; n < TB_MAX_EXITS; n++) res->jmp_field_off[n] = res->jmp_reset_off[n] = -1;
    b->nb_side = 0;
    for (int i = 0; i < s->nb_labels; i++) s->labels[i].addr = NULL, s->labels[i].nrefs = 0;
    ra_start(b);
    fp_start(b);

    for (int i = 0; i < s->nb_ops && !b->a.overflow && !b->failed; i++) {
        const TCGOp *op = &s->ops[i];
        ra_begin_op(b, op);
        fp_before_op(b, op);
        lower_op(b, op);
        fp_after_op(b, op);
        ra_end_op(b);
    }
    if (res->nb_insns > 0 && res->nb_insns <= TCG_MAX_INSNS)
        res->insn_end[res->nb_insns - 1] = (uint32_t)(b->a.ptr - b->code);
    for (int i = 0; i < b->nb_side && !b->a.overflow; i++) emit_side_exit(b, &b->side[i]);
    for (int i = 0; i < b->nb_slow && !b->a.overflow; i++) emit_slow_path(b, &b->slow[i]);
    emit_fp_fixups(b);
    if (b->loop_exit_field && !b->a.overflow) emit_loop_exit_stub(b);
    if (b->exit_request_field && !b->a.overflow) {
        x86_patch_rel32(&b->a, b->exit_request_field, b->a.ptr);
        emit_exit(b, exit_base | TB_EXIT_REQUESTED);
    }
    if (b->a.overflow || b->failed) return false;
    res->size = (uint32_t)(b->a.ptr - buf);
    return true;
}

static const X86Reg saved_regs[] = {X86_RBP, X86_RBX, X86_R12, X86_R13, X86_R14, X86_R15};

uint32_t tcg_gen_prologue(uint8_t *buf, uint8_t *limit, intptr_t rx_offset, TCGPrologue *out)
{
    X86Asm a = {.ptr = buf, .limit = limit, .rx_offset = rx_offset, .overflow = false};
    out->enter = (uintptr_t(*)(void *, const void *))x86_rx_addr(&a, a.ptr);
    for (unsigned i = 0; i < 6; i++) x86_push(&a, saved_regs[i]);
    x86_mov_rr(&a, true, ENV_REG, X86_RDI);
    x86_alu_ri(&a, X86_SUB, true, X86_RSP, FRAME_SIZE);
    x86_jmp_reg(&a, X86_RSI);

    x86_align(&a, 16, 0);
    uint8_t *ret0 = a.ptr;
    out->return_zero = (const uint8_t *)x86_rx_addr(&a, ret0);
    x86_zero_reg(&a, X86_RAX);
    out->epilogue = (const uint8_t *)x86_rx_addr(&a, a.ptr);
    x86_alu_ri(&a, X86_ADD, true, X86_RSP, FRAME_SIZE);
    for (int i = 5; i >= 0; i--) x86_pop(&a, saved_regs[i]);
    x86_ret(&a);
    if (a.overflow) fatal("internal error: no room for the prologue");
    tcg_prologue_rx = *out;
    return (uint32_t)(a.ptr - buf);
}

void tcg_patch_jump(uint8_t *field, const uint8_t *target)
{
    int32_t rel = (int32_t)(target - (field + 4));
    __atomic_store_n((int32_t *)field, rel, __ATOMIC_RELEASE);
}
