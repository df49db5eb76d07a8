/*
 * x86-64 instruction encoder.
 *
 * Almost every instruction here is [66|F3] [REX] [0F] opcode ModRM [SIB]
 * [disp] [imm], so one routine (emit_opc) writes everything up to the
 * opcode and two (emit_rr, emit_mem) the ModRM byte and what follows it for
 * a register or a memory operand. An opcode is passed as its last byte with
 * P_* flags above it naming the prefixes and escape in front of it.
 *
 * The irregular corners of ModRM, all handled in emit_mem:
 *  - rm = 100 means "a SIB byte follows", so RSP and R12 as a base need a
 *    SIB byte with no index (index = 100);
 *  - mod = 00 with rm = 101 (or SIB base = 101) means "no base, disp32"
 *    (RIP-relative without SIB), so RBP and R13 as a base always carry a
 *    displacement, a zero disp8 when there is nothing else;
 *  - an absolute address therefore needs the SIB form with base = 101.
 * REX.B / REX.X extend those fields but do not change these rules, which
 * look at the low three bits only; REX.X with index = 100 is R12, so the
 * "no index" encoding must leave REX.X clear.
 *
 * A REX prefix is written only when it carries something, or when a byte
 * operand is SPL, BPL, SIL or DIL: without REX those numbers mean AH..BH.
 *
 * Space is checked once at the top of each public function for the longest
 * instruction it may write (see emit.h), so the writers below never check.
 */
#include "tcg/x86_64/emit.h"

#include <assert.h>
#include <string.h>

enum {
    P_REXW = 0x100,      /* 64-bit operand size */
    P_DATA16 = 0x200,    /* 66: 16-bit operand size */
    P_REP = 0x400,       /* F3: mandatory prefix of popcnt/lzcnt/tzcnt */
    P_EXT = 0x800,       /* 0F escape */
    P_BYTE_REG = 0x1000, /* ModRM.reg names a byte register */
    P_BYTE_RM = 0x2000,  /* ModRM.rm names a byte register (register operands only) */
    P_REPNE = 0x4000,    /* F2: mandatory prefix of the scalar double SSE instructions */
};

#define W(w64) ((w64) ? P_REXW : 0)

static bool fits_i8(int64_t v)
{
    return v >= INT8_MIN && v <= INT8_MAX;
}
static bool fits_i32(int64_t v)
{
    return v >= INT32_MIN && v <= INT32_MAX;
}

static bool room(X86Asm *a, size_t n)
{
    if (n < X86_MAX_INSN_ROOM) n = X86_MAX_INSN_ROOM;
    if (a->overflow || a->ptr > a->limit || (size_t)(a->limit - a->ptr) < n) {
        a->overflow = true;
        return false;
    }
    return true;
}

static void put8(X86Asm *a, unsigned v)
{
    *a->ptr++ = (uint8_t)v;
}

static void put16(X86Asm *a, uint16_t v)
{
    memcpy(a->ptr, &v, 2); /* the host is x86: little-endian like the code */
    a->ptr += 2;
}

static void put32(X86Asm *a, uint32_t v)
{
    memcpy(a->ptr, &v, 4);
    a->ptr += 4;
}

static void put64(X86Asm *a, uint64_t v)
{
    memcpy(a->ptr, &v, 8);
    a->ptr += 8;
}

static void check_reg(int r)
{
    assert(r >= 0 && r <= 15);
}

/*
 * Prefixes, REX and opcode. r, x and b are the registers that land in
 * ModRM.reg, SIB.index and ModRM.rm / SIB.base / the opcode's low bits
 * (0 when the field holds no register, or holds a /digit).
 */
static void emit_opc(X86Asm *a, unsigned opc, int r, int x, int b)
{
    unsigned rex = 0;

    if (opc & P_DATA16) put8(a, 0x66);
    if (opc & P_REP) put8(a, 0xf3);
    if (opc & P_REPNE) put8(a, 0xf2);
    if (opc & P_REXW) rex |= 8;
    if (r & 8) rex |= 4;
    if (x & 8) rex |= 2;
    if (b & 8) rex |= 1;
    if (rex || ((opc & P_BYTE_REG) && r >= 4) || ((opc & P_BYTE_RM) && b >= 4)) put8(a, 0x40 | rex);
    if (opc & P_EXT) put8(a, 0x0f);
    put8(a, opc & 0xff);
}

/* Register-direct operand: mod = 11. */
static void emit_rr(X86Asm *a, unsigned opc, int r, int rm)
{
    check_reg(r);
    check_reg(rm);
    emit_opc(a, opc, r, 0, rm);
    put8(a, 0xc0 | (r & 7) << 3 | (rm & 7));
}

static unsigned scale_bits(unsigned scale)
{
    switch (scale) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    }
    assert(!"scale must be 1, 2, 4 or 8");
    return 0;
}

/* Memory operand [base + index * scale + disp]; either register may be X86_NOREG. */
static void emit_mem(X86Asm *a, unsigned opc, int r, X86Reg base, X86Reg index, unsigned scale,
                     int32_t disp)
{
    unsigned ss = 0, idx = 4, mod;

    check_reg(r);
    if (base == X86_NOREG && index != X86_NOREG && scale == 1) {
        /* [index] is shorter as a base: no SIB byte, no forced disp32. */
        base = index;
        index = X86_NOREG;
    }
    if (index != X86_NOREG) {
        check_reg(index);
        assert(index != X86_RSP); /* index = 100 without REX.X means "none" */
        ss = scale_bits(scale);
        idx = index & 7;
    }
    if (base != X86_NOREG) check_reg(base);
    emit_opc(a, opc & ~P_BYTE_RM, r, index == X86_NOREG ? 0 : index, base == X86_NOREG ? 0 : base);
    r = (r & 7) << 3;

    if (base == X86_NOREG) {
        /* SIB base = 101 with mod = 00: no base, disp32 (the short form is RIP-relative). */
        put8(a, 0x04 | r);
        put8(a, ss << 6 | idx << 3 | 5);
        put32(a, (uint32_t)disp);
        return;
    }

    if (disp == 0 && (base & 7) != X86_RBP)
        mod = 0x00;
    else if (fits_i8(disp))
        mod = 0x40;
    else
        mod = 0x80;

    if (index == X86_NOREG && (base & 7) != X86_RSP) {
        put8(a, mod | r | (base & 7));
    } else {
        put8(a, mod | r | 4);
        put8(a, ss << 6 | idx << 3 | (base & 7));
    }
    if (mod == 0x40)
        put8(a, (uint8_t)disp);
    else if (mod == 0x80)
        put32(a, (uint32_t)disp);
}

/* Opcodes with the register in their low three bits (push, pop, bswap, mov imm). */
static void emit_opc_reg(X86Asm *a, unsigned opc, X86Reg reg)
{
    check_reg(reg);
    emit_opc(a, opc + (reg & 7), 0, 0, reg);
}

/* ---- moves ---- */

void x86_mov_rr(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, 0x89 | W(w64), src, dst);
}

static void mov_ri64(X86Asm *a, X86Reg dst, uint64_t imm)
{
    if (imm <= UINT32_MAX) {
        emit_opc_reg(a, 0xb8, dst); /* zero-extends: 5 or 6 bytes */
        put32(a, (uint32_t)imm);
    } else if (fits_i32((int64_t)imm)) {
        emit_rr(a, 0xc7 | P_REXW, 0, dst); /* sign-extends: 7 bytes */
        put32(a, (uint32_t)imm);
    } else {
        emit_opc_reg(a, 0xb8 | P_REXW, dst); /* movabs: 10 bytes */
        put64(a, imm);
    }
}

void x86_mov_ri64(X86Asm *a, X86Reg dst, uint64_t imm)
{
    if (room(a, 0)) mov_ri64(a, dst, imm);
}

void x86_zero_reg(X86Asm *a, X86Reg dst)
{
    if (room(a, 0)) emit_rr(a, 0x31, dst, dst);
}

/* ---- arithmetic ---- */

void x86_alu_rr(X86Asm *a, X86AluOp op, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, (op << 3 | 1) | W(w64), src, dst);
}

void x86_alu_ri(X86Asm *a, X86AluOp op, bool w64, X86Reg dst, int32_t imm)
{
    if (!room(a, 0)) return;
    if (fits_i8(imm)) {
        emit_rr(a, 0x83 | W(w64), op, dst);
        put8(a, (uint8_t)imm);
        return;
    }
    if (dst == X86_RAX) {
        emit_opc(a, (op << 3 | 5) | W(w64), 0, 0, 0); /* op eax, imm32: no ModRM */
    } else {
        emit_rr(a, 0x81 | W(w64), op, dst);
    }
    put32(a, (uint32_t)imm);
}

void x86_alu_rm(X86Asm *a, X86AluOp op, bool w64, X86Reg dst, X86Reg base, X86Reg index,
                unsigned scale, int32_t disp)
{
    if (room(a, 0)) emit_mem(a, (op << 3 | 3) | W(w64), dst, base, index, scale, disp);
}

void x86_alu_mr(X86Asm *a, X86AluOp op, bool w64, X86Reg base, X86Reg index, unsigned scale,
                int32_t disp, X86Reg src)
{
    if (room(a, 0)) emit_mem(a, (op << 3 | 1) | W(w64), src, base, index, scale, disp);
}

void x86_alu_mi(X86Asm *a, X86AluOp op, bool w64, X86Reg base, X86Reg index, unsigned scale,
                int32_t disp, int32_t imm)
{
    if (!room(a, 0)) return;
    if (fits_i8(imm)) {
        emit_mem(a, 0x83 | W(w64), op, base, index, scale, disp);
        put8(a, (uint8_t)imm);
    } else {
        emit_mem(a, 0x81 | W(w64), op, base, index, scale, disp);
        put32(a, (uint32_t)imm);
    }
}

void x86_test_rr(X86Asm *a, bool w64, X86Reg r1, X86Reg r2)
{
    if (room(a, 0)) emit_rr(a, 0x85 | W(w64), r2, r1);
}

void x86_test_ri(X86Asm *a, bool w64, X86Reg r, int32_t imm)
{
    if (!room(a, 0)) return;
    /*
     * With the sign bit of imm clear, the bits of the result above imm's
     * width are zero in every operand size, so ZF, SF and PF (and CF = OF =
     * 0) are the same for the narrow test: the byte form when imm < 0x80,
     * else the 32-bit one.
     */
    if (imm >= 0 && imm <= 0x7f) {
        if (r == X86_RAX) {
            put8(a, 0xa8);
        } else {
            emit_rr(a, 0xf6 | P_BYTE_RM, 0, r);
        }
        put8(a, (uint8_t)imm);
        return;
    }
    if (imm >= 0) w64 = false;
    if (r == X86_RAX) {
        emit_opc(a, 0xa9 | W(w64), 0, 0, 0);
    } else {
        emit_rr(a, 0xf7 | W(w64), 0, r);
    }
    put32(a, (uint32_t)imm);
}

/* ---- memory ---- */

void x86_load(X86Asm *a, unsigned size, bool sign_extend, X86Reg dst, X86Reg base, X86Reg index,
              unsigned scale, int32_t disp)
{
    unsigned opc;

    switch (size) {
    case 8: opc = 0x8b | P_REXW; break;
    case 4: opc = sign_extend ? 0x63 | P_REXW : 0x8b; break;
    case 2: opc = sign_extend ? P_EXT | 0xbf | P_REXW : P_EXT | 0xb7; break;
    case 1: opc = sign_extend ? P_EXT | 0xbe | P_REXW : P_EXT | 0xb6; break;
    default: assert(!"load size must be 1, 2, 4 or 8"); return;
    }
    if (room(a, 0)) emit_mem(a, opc, dst, base, index, scale, disp);
}

void x86_store(X86Asm *a, unsigned size, X86Reg src, X86Reg base, X86Reg index, unsigned scale,
               int32_t disp)
{
    unsigned opc;

    switch (size) {
    case 8: opc = 0x89 | P_REXW; break;
    case 4: opc = 0x89; break;
    case 2: opc = 0x89 | P_DATA16; break;
    case 1: opc = 0x88 | P_BYTE_REG; break;
    default: assert(!"store size must be 1, 2, 4 or 8"); return;
    }
    if (room(a, 0)) emit_mem(a, opc, src, base, index, scale, disp);
}

void x86_store_imm(X86Asm *a, unsigned size, X86Reg base, X86Reg index, unsigned scale,
                   int32_t disp, int32_t imm)
{
    if (!room(a, 0)) return;
    switch (size) {
    case 8:
    case 4:
        emit_mem(a, 0xc7 | W(size == 8), 0, base, index, scale, disp);
        put32(a, (uint32_t)imm);
        break;
    case 2:
        emit_mem(a, 0xc7 | P_DATA16, 0, base, index, scale, disp);
        put16(a, (uint16_t)imm);
        break;
    case 1:
        emit_mem(a, 0xc6, 0, base, index, scale, disp);
        put8(a, (uint8_t)imm);
        break;
    default: assert(!"store size must be 1, 2, 4 or 8");
    }
}

void x86_lea(X86Asm *a, bool w64, X86Reg dst, X86Reg base, X86Reg index, unsigned scale,
             int32_t disp)
{
    if (room(a, 0)) emit_mem(a, 0x8d | W(w64), dst, base, index, scale, disp);
}

/* ---- shifts, multiply, divide ---- */

void x86_shift_ri(X86Asm *a, X86ShiftOp op, bool w64, X86Reg reg, uint8_t count)
{
    if (!room(a, 0)) return;
    if (count == 1) {
        emit_rr(a, 0xd1 | W(w64), op, reg);
    } else {
        emit_rr(a, 0xc1 | W(w64), op, reg);
        put8(a, count);
    }
}

void x86_shift_cl(X86Asm *a, X86ShiftOp op, bool w64, X86Reg reg)
{
    if (room(a, 0)) emit_rr(a, 0xd3 | W(w64), op, reg);
}

void x86_grp3(X86Asm *a, X86Grp3Op op, bool w64, X86Reg reg)
{
    if (room(a, 0)) emit_rr(a, 0xf7 | W(w64), op, reg);
}

void x86_imul_rr(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_EXT | 0xaf | W(w64), dst, src);
}

void x86_imul_rri(X86Asm *a, bool w64, X86Reg dst, X86Reg src, int32_t imm)
{
    if (!room(a, 0)) return;
    if (fits_i8(imm)) {
        emit_rr(a, 0x6b | W(w64), dst, src);
        put8(a, (uint8_t)imm);
    } else {
        emit_rr(a, 0x69 | W(w64), dst, src);
        put32(a, (uint32_t)imm);
    }
}

void x86_cqo(X86Asm *a)
{
    if (room(a, 0)) emit_opc(a, 0x99 | P_REXW, 0, 0, 0);
}

void x86_cdq(X86Asm *a)
{
    if (room(a, 0)) put8(a, 0x99);
}

/* ---- conditions, extensions, bit counts ---- */

void x86_setcc(X86Asm *a, X86Cond cond, X86Reg reg)
{
    if (room(a, 0)) emit_rr(a, P_EXT | (0x90 + cond) | P_BYTE_RM, 0, reg);
}

void x86_movzx8_rr(X86Asm *a, X86Reg dst, X86Reg src8)
{
    if (room(a, 0)) emit_rr(a, P_EXT | 0xb6 | P_BYTE_RM, dst, src8);
}

void x86_cmov(X86Asm *a, X86Cond cond, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_EXT | (0x40 + cond) | W(w64), dst, src);
}

void x86_movsxd_rr(X86Asm *a, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, 0x63 | P_REXW, dst, src);
}

void x86_movsx_rr(X86Asm *a, unsigned size, X86Reg dst, X86Reg src)
{
    assert(size == 1 || size == 2);
    if (room(a, 0)) emit_rr(a, P_EXT | P_REXW | (size == 1 ? 0xbe | P_BYTE_RM : 0xbf), dst, src);
}

void x86_movzx_rr(X86Asm *a, unsigned size, X86Reg dst, X86Reg src)
{
    assert(size == 1 || size == 2);
    if (room(a, 0)) emit_rr(a, P_EXT | (size == 1 ? 0xb6 | P_BYTE_RM : 0xb7), dst, src);
}

void x86_bswap(X86Asm *a, bool w64, X86Reg reg)
{
    if (room(a, 0)) emit_opc_reg(a, P_EXT | 0xc8 | W(w64), reg);
}

void x86_popcnt(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_REP | P_EXT | 0xb8 | W(w64), dst, src);
}

void x86_lzcnt(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_REP | P_EXT | 0xbd | W(w64), dst, src);
}

void x86_tzcnt(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_REP | P_EXT | 0xbc | W(w64), dst, src);
}

void x86_bsr(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_EXT | 0xbd | W(w64), dst, src);
}

void x86_bsf(X86Asm *a, bool w64, X86Reg dst, X86Reg src)
{
    if (room(a, 0)) emit_rr(a, P_EXT | 0xbc | W(w64), dst, src);
}

/* ---- SSE and FMA ---- */

/* The scalar forms: F2 for double, F3 for single. */
static unsigned sse_scalar(bool dbl)
{
    return P_EXT | (dbl ? P_REPNE : P_REP);
}

void x86_sse_rr(X86Asm *a, X86SseOp op, bool dbl, int dst, int src)
{
    if (room(a, 0)) emit_rr(a, sse_scalar(dbl) | op, dst, src);
}

void x86_sse_rm(X86Asm *a, X86SseOp op, bool dbl, int dst, X86Reg base, int32_t disp)
{
    if (room(a, 0)) emit_mem(a, sse_scalar(dbl) | op, dst, base, X86_NOREG, 1, disp);
}

void x86_movs_load(X86Asm *a, bool dbl, int dst, X86Reg base, int32_t disp)
{
    if (room(a, 0)) emit_mem(a, sse_scalar(dbl) | 0x10, dst, base, X86_NOREG, 1, disp);
}

void x86_movs_store(X86Asm *a, bool dbl, int src, X86Reg base, int32_t disp)
{
    if (room(a, 0)) emit_mem(a, sse_scalar(dbl) | 0x11, src, base, X86_NOREG, 1, disp);
}

void x86_movapd(X86Asm *a, int dst, int src)
{
    if (room(a, 0)) emit_rr(a, P_DATA16 | P_EXT | 0x28, dst, src);
}

void x86_ucomis(X86Asm *a, bool dbl, int x, int y)
{
    if (room(a, 0)) emit_rr(a, (dbl ? P_DATA16 : 0) | P_EXT | 0x2e, x, y);
}

void x86_cmps(X86Asm *a, bool dbl, int dst, int src, X86CmpPred pred)
{
    if (!room(a, 0)) return;
    emit_rr(a, sse_scalar(dbl) | 0xc2, dst, src);
    put8(a, pred);
}

void x86_movq_from_xmm(X86Asm *a, bool w64, X86Reg dst, int src)
{
    /* movq/movd r/m, xmm: ModRM.reg is the xmm register. */
    if (room(a, 0)) emit_rr(a, P_DATA16 | P_EXT | 0x7e | W(w64), src, dst);
}

void x86_stmxcsr(X86Asm *a, X86Reg base, int32_t disp)
{
    if (room(a, 0)) emit_mem(a, P_EXT | 0xae, 3, base, X86_NOREG, 1, disp);
}

void x86_ldmxcsr(X86Asm *a, X86Reg base, int32_t disp)
{
    if (room(a, 0)) emit_mem(a, P_EXT | 0xae, 2, base, X86_NOREG, 1, disp);
}

void x86_vfma231(X86Asm *a, X86FmaOp op, bool dbl, int dst, int src1, int src2)
{
    check_reg(dst);
    check_reg(src1);
    check_reg(src2);
    if (!room(a, 0)) return;
    /* Three-byte VEX: inverted R, X, B, map 0F38; W (double), inverted
     * vvvv = src1, L = 0, pp = 66. */
    put8(a, 0xc4);
    put8(a, (~dst & 8) << 4 | 0x40 | (~src2 & 8) << 2 | 0x02);
    put8(a, (dbl ? 0x80 : 0) | (~src1 & 15) << 3 | 0x01);
    put8(a, op);
    put8(a, 0xc0 | (dst & 7) << 3 | (src2 & 7));
}

/* ---- control flow ---- */

/* Displacement from the end of a branch at `end` to target; both in the same view. */
static int64_t rel_from(const uint8_t *end, const uint8_t *target)
{
    return (int64_t)((uintptr_t)target - (uintptr_t)end);
}

uint8_t *x86_jcc32(X86Asm *a, X86Cond cond)
{
    if (!room(a, 0)) return NULL;
    put8(a, 0x0f);
    put8(a, 0x80 + cond);
    put32(a, 0);
    return a->ptr - 4;
}

uint8_t *x86_jmp32(X86Asm *a)
{
    if (!room(a, 0)) return NULL;
    put8(a, 0xe9);
    put32(a, 0);
    return a->ptr - 4;
}

void x86_patch_rel32(X86Asm *a, uint8_t *field, const uint8_t *target_w)
{
    int64_t d;
    uint32_t v;

    if (!field) return;
    d = rel_from(field + 4, target_w);
    assert(fits_i32(d));
    v = (uint32_t)d;
    if (((uintptr_t)field & 3) == 0) {
        /* One aligned store: a thread running the branch sees the old or the new target. */
        __atomic_store_n((uint32_t *)(void *)field, v, __ATOMIC_RELAXED);
    } else {
        memcpy(field, &v, 4);
    }
}

void x86_jmp_to(X86Asm *a, const uint8_t *target_w)
{
    int64_t d;

    if (!room(a, 0)) return;
    d = rel_from(a->ptr + 2, target_w);
    if (fits_i8(d)) {
        put8(a, 0xeb);
        put8(a, (uint8_t)d);
        return;
    }
    d = rel_from(a->ptr + 5, target_w);
    assert(fits_i32(d));
    put8(a, 0xe9);
    put32(a, (uint32_t)d);
}

void x86_jcc_to(X86Asm *a, X86Cond cond, const uint8_t *target_w)
{
    int64_t d;

    if (!room(a, 0)) return;
    d = rel_from(a->ptr + 2, target_w);
    if (fits_i8(d)) {
        put8(a, 0x70 + cond);
        put8(a, (uint8_t)d);
        return;
    }
    d = rel_from(a->ptr + 6, target_w);
    assert(fits_i32(d));
    put8(a, 0x0f);
    put8(a, 0x80 + cond);
    put32(a, (uint32_t)d);
}

void x86_jmp_reg(X86Asm *a, X86Reg reg)
{
    if (room(a, 0)) emit_rr(a, 0xff, 4, reg);
}

void x86_call_reg(X86Asm *a, X86Reg reg)
{
    if (room(a, 0)) emit_rr(a, 0xff, 2, reg);
}

/* call (E8, /2) or jmp (E9, /4) to an executable address. */
static void branch_abs(X86Asm *a, unsigned rel_opc, unsigned digit, const void *target)
{
    int64_t d;

    if (!room(a, 0)) return;
    /* The displacement counts from where the next instruction will execute. */
    d = (int64_t)((uintptr_t)target - x86_rx_addr(a, a->ptr + 5));
    if (fits_i32(d)) {
        put8(a, rel_opc);
        put32(a, (uint32_t)d);
    } else {
        mov_ri64(a, X86_R11, (uintptr_t)target);
        emit_rr(a, 0xff, digit, X86_R11);
    }
}

void x86_call_abs(X86Asm *a, const void *target)
{
    branch_abs(a, 0xe8, 2, target);
}

void x86_jmp_abs(X86Asm *a, const void *target)
{
    branch_abs(a, 0xe9, 4, target);
}

void x86_ret(X86Asm *a)
{
    if (room(a, 0)) put8(a, 0xc3);
}

void x86_push(X86Asm *a, X86Reg reg)
{
    if (room(a, 0)) emit_opc_reg(a, 0x50, reg);
}

void x86_pop(X86Asm *a, X86Reg reg)
{
    if (room(a, 0)) emit_opc_reg(a, 0x58, reg);
}

void x86_ud2(X86Asm *a)
{
    if (room(a, 0)) {
        put8(a, 0x0f);
        put8(a, 0x0b);
    }
}

void x86_int3(X86Asm *a)
{
    if (room(a, 0)) put8(a, 0xcc);
}

/* ---- padding ---- */

/* The recommended NOP of each length 1..9 (Intel SDM vol. 2, NOP). */
static const uint8_t nops[9][9] = {
    {0x90},
    {0x66, 0x90},
    {0x0f, 0x1f, 0x00},
    {0x0f, 0x1f, 0x40, 0x00},
    {0x0f, 0x1f, 0x44, 0x00, 0x00},
    {0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00},
    {0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00},
    {0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    {0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
};

static void put_nops(X86Asm *a, size_t n)
{
    while (n > 0) {
        size_t k = n < 9 ? n : 9;
        memcpy(a->ptr, nops[k - 1], k);
        a->ptr += k;
        n -= k;
    }
}

void x86_nop(X86Asm *a, unsigned n)
{
    if (room(a, n)) put_nops(a, n);
}

uint8_t *x86_align(X86Asm *a, unsigned alignment, unsigned skip)
{
    size_t pad;

    assert(alignment != 0 && (alignment & (alignment - 1)) == 0);
    pad = (size_t)(0 - ((uintptr_t)a->ptr + skip)) & (alignment - 1);
    if (room(a, pad)) put_nops(a, pad);
    return a->ptr;
}
