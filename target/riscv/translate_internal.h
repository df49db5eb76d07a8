/* Shared by the RISC-V translator's files: the per-TB context, the IR
 * building blocks every instruction uses, and the trans_<name>() functions
 * the decode table dispatches to (one per line of target/riscv/insns.h). */
#ifndef RIVET_TARGET_RISCV_TRANSLATE_INTERNAL_H
#define RIVET_TARGET_RISCV_TRANSLATE_INTERNAL_H

#include <stddef.h>

#include "target/riscv/insns.h"
#include "target/riscv/translate.h"
#include "tcg/ir.h"

typedef enum { DISAS_NEXT, DISAS_NORETURN } DisasState;

typedef struct DisasContext {
    RISCVCPU *cpu;
    TCGContext *s;
    uint64_t pc, pc_next;
    uint32_t flags;
    int priv, mmu_idx;
    bool has_c;
    DisasState state;
    uint64_t tb_pc;
    int loop_placeholder; /* op that becomes loop_head on a jump back to tb_pc */
    int loop_label;       /* -1 until then */
    int next_exit;        /* the next unused exit index */
    int fs;               /* mstatus.FS as the TB's flags have it; FS_DIRTY once set */
} DisasContext;

typedef const DecodedInsn *Insn;

#define ENV_OFF(field) ((int)offsetof(RISCVCPU, field))

extern TCGv cpu_gpr[32];

/* x0 reads as the constant 0; writes to x0 go to a temp nobody reads. */
TCGv get_gpr(DisasContext *c, int r);
TCGv dest_gpr(DisasContext *c, int r);
TCGv cst(DisasContext *c, int64_t v);
void gen_set_pc(DisasContext *c, uint64_t pc);
/* A direct exit to dest through the next exit index (chainable). */
void gen_goto_tb(DisasContext *c, uint64_t dest);
/* Ends the TB with the pc set and a return to the loop (no chaining):
 * after anything that changes state TBs or interrupts depend on. */
void gen_exit_to_loop(DisasContext *c, uint64_t pc);
/* An expected exception: writes the pc and raises through a helper. */
void gen_exception(DisasContext *c, int cause, TCGv tval);
/* The label of the TB's own start if target is it (a loop), else -1. */
int loop_label(DisasContext *c, uint64_t target);
bool target_misaligned(DisasContext *c, uint64_t target);
/* Floating point: false (after raising illegal instruction) when
 * mstatus.FS is Off. Every F/D instruction starts with it. */
bool gen_fp_check(DisasContext *c, Insn d);
/* Marks mstatus.FS Dirty (and SD): after any write to an FP register or to
 * fflags. Emits code once per TB. */
void gen_set_fs_dirty(DisasContext *c);
void gen_binop(DisasContext *c, TCGOpcode opc, int rd, TCGv a, TCGv b);
/* A 32-bit operation: the 64-bit result of opc, sign-extended from bit 31. */
void gen_binop_w(DisasContext *c, TCGOpcode opc, int rd, TCGv a, TCGv b);

#define TRANS_R(name, opc)                                                                         \
    void trans_##name(DisasContext *c, Insn d)                                                     \
    {                                                                                              \
        gen_binop(c, opc, d->rd, get_gpr(c, d->rs1), get_gpr(c, d->rs2));                          \
    }
#define TRANS_I(name, opc)                                                                         \
    void trans_##name(DisasContext *c, Insn d)                                                     \
    {                                                                                              \
        gen_binop(c, opc, d->rd, get_gpr(c, d->rs1), cst(c, d->imm));                              \
    }
#define TRANS_RW(name, opc)                                                                        \
    void trans_##name(DisasContext *c, Insn d)                                                     \
    {                                                                                              \
        gen_binop_w(c, opc, d->rd, get_gpr(c, d->rs1), get_gpr(c, d->rs2));                        \
    }

#define TRANS_DECLARE(name, mn, fmt, mask, match) void trans_##name(DisasContext *c, Insn d);
RISCV_INSNS(TRANS_DECLARE)
#undef TRANS_DECLARE

#endif
