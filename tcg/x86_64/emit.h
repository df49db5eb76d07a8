/*
 * x86-64 instruction encoder: the lowest layer of the x86-64 backend.
 *
 * It turns one instruction at a time into bytes and knows nothing of the
 * guest or of the IR. Register and condition numbers are the hardware ones,
 * so a caller can compute with them (X86_CC_E ^ 1 is X86_CC_NE).
 *
 * The code buffer is double-mapped (W^X): bytes are written through the
 * writable view (X86Asm.ptr) and run at ptr + rx_offset. Every pointer this
 * API takes or returns that points into the buffer is a writable-view
 * address, except the absolute targets of x86_call_abs / x86_jmp_abs, which
 * are executable addresses (of helpers, or of code in the buffer).
 *
 * Space: every function first checks that at least X86_MAX_INSN_ROOM bytes
 * (or, for x86_nop / x86_align, the padding length if larger) remain before
 * limit. If not, it sets overflow and writes nothing; once overflow is set,
 * nothing more is written until the caller clears it. The caller checks
 * overflow once per translation block, flushes the buffer and retries.
 *
 * Memory operands are (base, index, scale, disp): base and index are
 * registers or X86_NOREG, index is never RSP, scale is 1, 2, 4 or 8 and is
 * ignored without an index. With neither base nor index the operand is the
 * absolute address disp (sign-extended), never RIP-relative.
 *
 * w64 selects a 64-bit operand size; the 32-bit forms zero-extend their
 * result into the full register, as the hardware does.
 */
#ifndef RIVET_TCG_X86_64_EMIT_H
#define RIVET_TCG_X86_64_EMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    X86_RAX,
    X86_RCX,
    X86_RDX,
    X86_RBX,
    X86_RSP,
    X86_RBP,
    X86_RSI,
    X86_RDI,
    X86_R8,
    X86_R9,
    X86_R10,
    X86_R11,
    X86_R12,
    X86_R13,
    X86_R14,
    X86_R15,
    X86_NOREG = -1
} X86Reg;

typedef enum {
    X86_CC_O,
    X86_CC_NO,
    X86_CC_B,
    X86_CC_AE,
    X86_CC_E,
    X86_CC_NE,
    X86_CC_BE,
    X86_CC_A,
    X86_CC_S,
    X86_CC_NS,
    X86_CC_P,
    X86_CC_NP,
    X86_CC_L,
    X86_CC_GE,
    X86_CC_LE,
    X86_CC_G
} X86Cond;

/* The /digit of opcodes 0x81/0x83; also op * 8 + 1 is the "r/m op= reg" opcode. */
typedef enum {
    X86_ADD = 0,
    X86_OR = 1,
    X86_ADC = 2,
    X86_SBB = 3,
    X86_AND = 4,
    X86_SUB = 5,
    X86_XOR = 6,
    X86_CMP = 7
} X86AluOp;

typedef enum { X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7 } X86ShiftOp;

typedef enum {
    X86_NOT = 2,
    X86_NEG = 3,
    X86_MUL = 4,
    X86_IMUL1 = 5,
    X86_DIV = 6,
    X86_IDIV = 7
} X86Grp3Op;

typedef struct X86Asm {
    uint8_t *ptr;       /* next byte to write, in the writable view of the code buffer */
    uint8_t *limit;     /* end of the writable space; emit functions never write past it */
    intptr_t rx_offset; /* executable address of a byte = its writable address + rx_offset */
    bool overflow;      /* set (and nothing written) when an instruction would pass limit */
} X86Asm;

/* No instruction this API emits is longer (movabs r11 + call r11 is 13). */
#define X86_MAX_INSN_ROOM 16

/* The executable address of a writable-view pointer. */
static inline uintptr_t x86_rx_addr(const X86Asm *a, const uint8_t *w)
{
    return (uintptr_t)w + (uintptr_t)a->rx_offset;
}

/* Moves. */
void x86_mov_rr(X86Asm *a, bool w64, X86Reg dst, X86Reg src);
/* Shortest flag-preserving form: mov r32,imm32 / mov r64,simm32 / movabs. */
void x86_mov_ri64(X86Asm *a, X86Reg dst, uint64_t imm);
/* xor r32,r32: clobbers the flags. */
void x86_zero_reg(X86Asm *a, X86Reg dst);

/* Arithmetic: dst = dst op src (X86_CMP only sets the flags). */
void x86_alu_rr(X86Asm *a, X86AluOp op, bool w64, X86Reg dst, X86Reg src);
void x86_alu_ri(X86Asm *a, X86AluOp op, bool w64, X86Reg dst, int32_t imm);
void x86_alu_rm(X86Asm *a, X86AluOp op, bool w64, X86Reg dst, X86Reg base, X86Reg index,
                unsigned scale, int32_t disp);
void x86_alu_mr(X86Asm *a, X86AluOp op, bool w64, X86Reg base, X86Reg index, unsigned scale,
                int32_t disp, X86Reg src);
void x86_alu_mi(X86Asm *a, X86AluOp op, bool w64, X86Reg base, X86Reg index, unsigned scale,
                int32_t disp, int32_t imm);

void x86_test_rr(X86Asm *a, bool w64, X86Reg r1, X86Reg r2);
/* Picks a narrower operand size when the flags come out the same (as `as -Os`). */
void x86_test_ri(X86Asm *a, bool w64, X86Reg r, int32_t imm);

/*
 * Loads always write the whole 64-bit register: size 8 is mov r64; size 4 is
 * mov r32 (zero-extended) or movsxd; sizes 2 and 1 are movzx r32 or movsx r64.
 */
void x86_load(X86Asm *a, unsigned size, bool sign_extend, X86Reg dst, X86Reg base, X86Reg index,
              unsigned scale, int32_t disp);
void x86_store(X86Asm *a, unsigned size, X86Reg src, X86Reg base, X86Reg index, unsigned scale,
               int32_t disp);
/* Size 8 stores imm sign-extended to 64 bits. */
void x86_store_imm(X86Asm *a, unsigned size, X86Reg base, X86Reg index, unsigned scale,
                   int32_t disp, int32_t imm);
void x86_lea(X86Asm *a, bool w64, X86Reg dst, X86Reg base, X86Reg index, unsigned scale,
             int32_t disp);

/* Shifts and rotates; the count is used as given (the hardware masks it). */
void x86_shift_ri(X86Asm *a, X86ShiftOp op, bool w64, X86Reg reg, uint8_t count);
void x86_shift_cl(X86Asm *a, X86ShiftOp op, bool w64, X86Reg reg);

/* not/neg/mul/imul/div/idiv r/m: the one-operand forms use rdx:rax. */
void x86_grp3(X86Asm *a, X86Grp3Op op, bool w64, X86Reg reg);
void x86_imul_rr(X86Asm *a, bool w64, X86Reg dst, X86Reg src);
void x86_imul_rri(X86Asm *a, bool w64, X86Reg dst, X86Reg src, int32_t imm);
void x86_cqo(X86Asm *a);
void x86_cdq(X86Asm *a);

/* Byte-register operands are the low bytes (al..dil, r8b..r15b), never ah..bh. */
void x86_setcc(X86Asm *a, X86Cond cond, X86Reg reg);
void x86_movzx8_rr(X86Asm *a, X86Reg dst, X86Reg src8);
/* With w64 false the 32-bit cmov zero-extends dst even when the condition is false. */
void x86_cmov(X86Asm *a, X86Cond cond, bool w64, X86Reg dst, X86Reg src);
void x86_movsxd_rr(X86Asm *a, X86Reg dst, X86Reg src);
void x86_movsx_rr(X86Asm *a, unsigned size, X86Reg dst, X86Reg src); /* size 1, 2; to 64 bits */
void x86_movzx_rr(X86Asm *a, unsigned size, X86Reg dst, X86Reg src); /* size 1, 2 */

void x86_bswap(X86Asm *a, bool w64, X86Reg reg);
void x86_popcnt(X86Asm *a, bool w64, X86Reg dst, X86Reg src);
void x86_lzcnt(X86Asm *a, bool w64, X86Reg dst, X86Reg src);
void x86_tzcnt(X86Asm *a, bool w64, X86Reg dst, X86Reg src);
/* Index of the highest / lowest set bit; ZF set and dst undefined when src is 0. */
void x86_bsr(X86Asm *a, bool w64, X86Reg dst, X86Reg src);
void x86_bsf(X86Asm *a, bool w64, X86Reg dst, X86Reg src);

/*
 * Control flow. x86_jcc32 / x86_jmp32 emit a rel32 branch with a zero
 * displacement and return the writable address of its 4-byte field, or NULL
 * on overflow (x86_patch_rel32 ignores a NULL field). x86_patch_rel32 points
 * the field at target_w (writable view, same buffer); when the field is
 * 4-byte aligned (see x86_align) the store is a single atomic write, so it
 * may patch code that other threads are running.
 */
uint8_t *x86_jcc32(X86Asm *a, X86Cond cond);
uint8_t *x86_jmp32(X86Asm *a);
void x86_patch_rel32(X86Asm *a, uint8_t *field, const uint8_t *target_w);
/* Known targets in the same buffer: rel8 when it reaches, else rel32. */
void x86_jmp_to(X86Asm *a, const uint8_t *target_w);
void x86_jcc_to(X86Asm *a, X86Cond cond, const uint8_t *target_w);
void x86_jmp_reg(X86Asm *a, X86Reg reg);
void x86_call_reg(X86Asm *a, X86Reg reg);
/*
 * target is an executable address. rel32 when it is within reach of the
 * executable address of the next instruction, else the shortest mov of
 * target into r11 (clobbered) and an indirect call / jmp through r11.
 */
void x86_call_abs(X86Asm *a, const void *target);
void x86_jmp_abs(X86Asm *a, const void *target);
void x86_ret(X86Asm *a);
void x86_push(X86Asm *a, X86Reg reg);
void x86_pop(X86Asm *a, X86Reg reg);
void x86_ud2(X86Asm *a);
void x86_int3(X86Asm *a);

/*
 * Scalar SSE and FMA. XMM registers are numbers 0..15; dbl picks the
 * double (sd) or single (ss) form. Memory operands are [base + disp].
 */
typedef enum {
    X86_SSE_SQRT = 0x51,
    X86_SSE_ADD = 0x58,
    X86_SSE_MUL = 0x59,
    X86_SSE_SUB = 0x5c,
    X86_SSE_DIV = 0x5e,
} X86SseOp;
/* cmpsd/cmpss predicates: EQ is quiet (invalid only for a signalling
 * NaN), LT and LE signal on any NaN. */
typedef enum { X86_CMP_EQ = 0, X86_CMP_LT = 1, X86_CMP_LE = 2 } X86CmpPred;
/* vfm*231: dst = +-(src1 * src2) +- dst, rounded once (opcode of the sd form). */
typedef enum {
    X86_VFMADD231 = 0xb9,  /* a*b + c */
    X86_VFMSUB231 = 0xbb,  /* a*b - c */
    X86_VFNMADD231 = 0xbd, /* -(a*b) + c */
    X86_VFNMSUB231 = 0xbf, /* -(a*b) - c */
} X86FmaOp;
/* dst = dst op src (sqrt: dst = sqrt(src)); bits above the scalar are dst's. */
void x86_sse_rr(X86Asm *a, X86SseOp op, bool dbl, int dst, int src);
void x86_sse_rm(X86Asm *a, X86SseOp op, bool dbl, int dst, X86Reg base, int32_t disp);
/* movsd/movss: a load zeroes the rest of dst, a store writes 8 or 4 bytes. */
void x86_movs_load(X86Asm *a, bool dbl, int dst, X86Reg base, int32_t disp);
void x86_movs_store(X86Asm *a, bool dbl, int src, X86Reg base, int32_t disp);
void x86_movapd(X86Asm *a, int dst, int src);
/* ucomisd/ucomiss x, y: ZF, PF and CF (all three set when unordered). */
void x86_ucomis(X86Asm *a, bool dbl, int x, int y);
/* dst = (dst pred src) ? all ones : 0, in the scalar's bits. */
void x86_cmps(X86Asm *a, bool dbl, int dst, int src, X86CmpPred pred);
/* movq r64, xmm (w64) or movd r32, xmm (zero-extended). */
void x86_movq_from_xmm(X86Asm *a, bool w64, X86Reg dst, int src);
void x86_stmxcsr(X86Asm *a, X86Reg base, int32_t disp);
void x86_ldmxcsr(X86Asm *a, X86Reg base, int32_t disp);
void x86_vfma231(X86Asm *a, X86FmaOp op, bool dbl, int dst, int src1, int src2);

/* n bytes of the multi-byte NOPs Intel recommends, longest (9 bytes) first. */
void x86_nop(X86Asm *a, unsigned n);
/*
 * Pads with NOPs so that ptr + skip is a multiple of alignment (a power of
 * two) in the writable view; returns the new ptr. With skip = 1 before a
 * x86_jmp32 the displacement field becomes naturally aligned.
 */
uint8_t *x86_align(X86Asm *a, unsigned alignment, unsigned skip);

#endif
