/*
 * Random F/D program generator for the floating-point differential test
 * against QEMU (tests/diff/fp/run.sh).
 *
 *   gen SEED COUNT [FIRST] > prog.S
 *
 * writes one bare-metal program of sequences FIRST..FIRST+COUNT-1; each is
 * derived from (SEED, index) alone, so `gen SEED 1 K` rebuilds sequence K
 * on its own (same output line, as nothing printed depends on the pc
 * except mepc in a trap line).
 *
 * A sequence loads f0..f31 from its own table of values, sets the integer
 * sources a0..a7 and clears the integer destinations s2..s11, writes a
 * random frm and clears fflags, runs 1 to 8 random F/D instructions (one
 * group in eight: 9 to 24), and prints one line:
 *
 *   S<k> ff=<fflags> f0=<hex16> ... f31=<hex16> s2=... s11=... m0=... m7=...
 *
 * (m0..m7: the 64-byte buffer that loads and stores use, at s1). Printing
 * after a group rather than after every instruction keeps several FP
 * instructions in one translation block (what the frm check and the FS
 * dirtying rely on, and the inline operations' flags); groups of one, 40%
 * of them, pin each flag to its instruction. One instruction in sixteen
 * reads or writes fflags, frm or fcsr instead, between the others.
 *
 * Values come from pools biased to the hard cases: zeros, subnormals,
 * the smallest normals, the largest finite values, infinities, quiet and
 * signalling NaNs with and without payload, halves (ties for fcvt), numbers
 * with few significand bits in a narrow exponent range (ties for sums and
 * products), the edges of every integer range, and singles that are not
 * properly NaN-boxed. Rounding modes are static or dynamic, round to
 * nearest even more often than the others (rivet runs it inline); a few
 * sequences put a reserved value in frm, and a few instructions have a
 * reserved static rm: those trap, and the trap handler prints
 *
 *   T<k> mcause=<hex16> mepc=<hex16> mtval=<hex16>
 *
 * and goes on with the next instruction.
 *
 * Instructions are written as assembler mnemonics (so that GNU as, not
 * this file, encodes them) except where as 2.40 refuses an rm operand
 * (fcvt.d.s, fcvt.d.w, fcvt.d.wu) or the rm is reserved: those are .word.
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t s;
} Rng;

/* splitmix64 */
static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}
static uint64_t below(Rng *r, uint64_t n)
{
    return rng_next(r) % n;
}
static bool chance(Rng *r, unsigned percent)
{
    return below(r, 100) < percent;
}

/* ---- Values ------------------------------------------------------------- */

/* Most sequences favour one format, in their values and instructions
 * alike: an operand of the other format is a NaN (a double) or not a
 * properly boxed single, which is worth testing, but not half the time. */
static enum { SEQ_S, SEQ_D, SEQ_MIX } seq_fmt;

static uint64_t make_d(bool sign, unsigned e, uint64_t m)
{
    return (uint64_t)sign << 63 | (uint64_t)(e & 0x7ff) << 52 | (m & ((1ull << 52) - 1));
}
static uint32_t make_s(bool sign, unsigned e, uint32_t m)
{
    return (uint32_t)sign << 31 | (e & 0xff) << 23 | (m & 0x7fffff);
}

static const uint64_t special_d[] = {
    0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000,
    0x0000000000000001, 0x800fffffffffffff, 0x0010000000000000, 0x8010000000000000,
    0x7fefffffffffffff, 0xffefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000,
    0x7ff8000000000000, 0x7ff8000000000123, 0xfff8000000000000, 0x7ff0000000000001,
    0x7ff4000000000000, 0xfff0000000000abc, 0x3fe0000000000000, 0xbff8000000000000,
    0x4004000000000000, 0xc004000000000000, 0x41dfffffffe00000, 0x41e0000000000000,
    0xc1e0000000100000, 0x41f0000000000000, 0x43e0000000000000, 0xc3e0000000000000,
    0x43f0000000000000, 0x000fffffffffffff, 0x3cb0000000000000, 0x3ca0000000000000,
};
static const uint32_t special_s[] = {
    0x00000000, 0x80000000, 0x3f800000, 0xbf800000, 0x00000001, 0x807fffff, 0x00800000, 0x80800000,
    0x7f7fffff, 0xff7fffff, 0x7f800000, 0xff800000, 0x7fc00000, 0x7fc00123, 0xffc00000, 0x7f800001,
    0x7fa00000, 0xff800abc, 0x3f000000, 0xbfc00000, 0x40200000, 0xc0200000, 0x4effffff, 0x4f000000,
    0xcf000001, 0x4f800000, 0x5f000000, 0xdf000000, 0x5f800000, 0x007fffff, 0x33800000, 0x33000000,
};

/* A double, biased to the hard cases. */
static uint64_t value_d(Rng *r)
{
    bool s = chance(r, 50);
    uint64_t m = rng_next(r);
    switch (below(r, 11)) {
    case 10: return make_d(s, 0, 0);
    case 0: return special_d[below(r, sizeof(special_d) / 8)];
    case 1: return special_d[below(r, 12)];
    case 2: return make_d(s, 0, m >> below(r, 52));             /* subnormal */
    case 3: return make_d(s, 1 + (unsigned)below(r, 4), m);     /* near the smallest normal */
    case 4: return make_d(s, 0x7fe - (unsigned)below(r, 4), m); /* near the largest */
    case 5: /* few significand bits, exponents close: ties */
        return make_d(s, 1023 - 4 + (unsigned)below(r, 8), m & (0xfull << below(r, 49)));
    case 6: return make_d(s, 511 + (unsigned)below(r, 8), m);  /* products overflow */
    case 7: return make_d(s, 511 - (unsigned)below(r, 30), m); /* products underflow */
    case 8: return make_d(s, 1023 + (unsigned)below(r, 66), m & (~0ull << below(r, 52)));
    default: return make_d(s, 1023 - 20 + (unsigned)below(r, 40), m);
    }
}

static uint32_t value_s(Rng *r)
{
    bool s = chance(r, 50);
    uint32_t m = (uint32_t)rng_next(r);
    switch (below(r, 11)) {
    case 10: return make_s(s, 0, 0);
    case 0: return special_s[below(r, sizeof(special_s) / 4)];
    case 1: return special_s[below(r, 12)];
    case 2: return make_s(s, 0, m >> below(r, 23));
    case 3: return make_s(s, 1 + (unsigned)below(r, 4), m);
    case 4: return make_s(s, 0xfe - (unsigned)below(r, 4), m);
    case 5: return make_s(s, 127 - 4 + (unsigned)below(r, 8), m & (0xfu << below(r, 20)));
    case 6: return make_s(s, 63 + (unsigned)below(r, 8), m);
    case 7: return make_s(s, 63 - (unsigned)below(r, 12), m);
    case 8: return make_s(s, 127 + (unsigned)below(r, 66), m & (~0u << below(r, 23)));
    default: return make_s(s, 127 - 20 + (unsigned)below(r, 40), m);
    }
}

/* A special value as a register holds it: a double or a boxed single;
 * often one of the first twelve (zeros, ones, subnormal and normal edges,
 * infinities). */
static uint64_t special_reg(Rng *r)
{
    unsigned i = (unsigned)below(r, chance(r, 40) ? 12 : 32);
    if (chance(r, seq_fmt == SEQ_D ? 90 : seq_fmt == SEQ_S ? 10 : 50)) return special_d[i];
    return 0xffffffff00000000ull | special_s[i];
}

/* Some sequences draw every register from a palette of two special values
 * and their negations, so that pairs such as (+0, -0) or (inf, -inf) meet
 * in one instruction often. */
static uint64_t palette[4];
static unsigned palette_size;
static bool use_palette;

/* An FP register's initial value: a double, a boxed single, or (one in
 * ten singles) a single whose upper half is not all ones. */
static uint64_t value_reg(Rng *r)
{
    if (use_palette && chance(r, 85)) return palette[below(r, palette_size)];
    if (chance(r, seq_fmt == SEQ_D ? 90 : seq_fmt == SEQ_S ? 10 : 45)) return value_d(r);
    uint64_t s = value_s(r);
    if (chance(r, 10)) {
        uint64_t hi = chance(r, 50) ? 0 : rng_next(r) >> 32;
        if (hi == 0xffffffff) hi = 0xfffffffe;
        return hi << 32 | s;
    }
    return 0xffffffff00000000ull | s;
}

static const uint64_t special_int[] = {
    0,
    1,
    ~0ull,
    0x7fffffff,
    0xffffffff80000000ull,
    0x80000000,
    0xffffffff,
    0x7fffffffffffffffull,
    0x8000000000000000ull,
    (1ull << 53) + 1,
    (1ull << 24) + 1,
    0xfffffffffffffc00ull,
    0x0000000100000001ull,
};

static uint64_t value_int(Rng *r)
{
    switch (below(r, 4)) {
    case 0: return special_int[below(r, sizeof(special_int) / 8)];
    case 1: return (uint64_t)(int64_t)(int32_t)rng_next(r) >> below(r, 32);
    case 2: return rng_next(r) >> below(r, 64);
    default: return -(rng_next(r) >> below(r, 64));
    }
}

/* ---- Instructions --------------------------------------------------------- */

typedef enum {
    K_R_RM,  /* fd, fs1, fs2, rm */
    K_R4,    /* fd, fs1, fs2, fs3, rm */
    K_R1_RM, /* fd, fs1, rm */
    K_R,     /* fd, fs1, fs2 */
    K_X_F,   /* xd, fs1, rm (fcvt to integer) */
    K_F_X,   /* fd, xs1, rm (fcvt from integer) */
    K_CMP,   /* xd, fs1, fs2 */
    K_MV_XF, /* xd, fs1 */
    K_MV_FX, /* fd, xs1 */
    K_LOAD,
    K_STORE,
} Kind;

typedef struct {
    const char *mn;
    Kind kind;
    uint32_t match; /* for .word: the encoding with every field zero */
    bool as_rm;     /* GNU as 2.40 accepts an rm operand */
} Op;

static const Op ops[] = {
    {"fadd.s", K_R_RM, 0x00000053, true},
    {"fsub.s", K_R_RM, 0x08000053, true},
    {"fmul.s", K_R_RM, 0x10000053, true},
    {"fdiv.s", K_R_RM, 0x18000053, true},
    {"fsqrt.s", K_R1_RM, 0x58000053, true},
    {"fmadd.s", K_R4, 0x00000043, true},
    {"fmsub.s", K_R4, 0x00000047, true},
    {"fnmsub.s", K_R4, 0x0000004b, true},
    {"fnmadd.s", K_R4, 0x0000004f, true},
    {"fsgnj.s", K_R, 0, true},
    {"fsgnjn.s", K_R, 0, true},
    {"fsgnjx.s", K_R, 0, true},
    {"fmin.s", K_R, 0, true},
    {"fmax.s", K_R, 0, true},
    {"fcvt.w.s", K_X_F, 0xc0000053, true},
    {"fcvt.wu.s", K_X_F, 0xc0100053, true},
    {"fcvt.l.s", K_X_F, 0xc0200053, true},
    {"fcvt.lu.s", K_X_F, 0xc0300053, true},
    {"fcvt.s.w", K_F_X, 0xd0000053, true},
    {"fcvt.s.wu", K_F_X, 0xd0100053, true},
    {"fcvt.s.l", K_F_X, 0xd0200053, true},
    {"fcvt.s.lu", K_F_X, 0xd0300053, true},
    {"feq.s", K_CMP, 0, true},
    {"flt.s", K_CMP, 0, true},
    {"fle.s", K_CMP, 0, true},
    {"fclass.s", K_MV_XF, 0, true},
    {"fmv.x.w", K_MV_XF, 0, true},
    {"fmv.w.x", K_MV_FX, 0, true},
    {"flw", K_LOAD, 0, true},
    {"fsw", K_STORE, 0, true},
    {"fadd.d", K_R_RM, 0x02000053, true},
    {"fsub.d", K_R_RM, 0x0a000053, true},
    {"fmul.d", K_R_RM, 0x12000053, true},
    {"fdiv.d", K_R_RM, 0x1a000053, true},
    {"fsqrt.d", K_R1_RM, 0x5a000053, true},
    {"fmadd.d", K_R4, 0x02000043, true},
    {"fmsub.d", K_R4, 0x02000047, true},
    {"fnmsub.d", K_R4, 0x0200004b, true},
    {"fnmadd.d", K_R4, 0x0200004f, true},
    {"fsgnj.d", K_R, 0, true},
    {"fsgnjn.d", K_R, 0, true},
    {"fsgnjx.d", K_R, 0, true},
    {"fmin.d", K_R, 0, true},
    {"fmax.d", K_R, 0, true},
    {"fcvt.w.d", K_X_F, 0xc2000053, true},
    {"fcvt.wu.d", K_X_F, 0xc2100053, true},
    {"fcvt.l.d", K_X_F, 0xc2200053, true},
    {"fcvt.lu.d", K_X_F, 0xc2300053, true},
    {"fcvt.d.w", K_F_X, 0xd2000053, false},
    {"fcvt.d.wu", K_F_X, 0xd2100053, false},
    {"fcvt.d.l", K_F_X, 0xd2200053, true},
    {"fcvt.d.lu", K_F_X, 0xd2300053, true},
    {"fcvt.s.d", K_R1_RM, 0x40100053, true},
    {"fcvt.d.s", K_R1_RM, 0x42000053, false},
    {"feq.d", K_CMP, 0, true},
    {"flt.d", K_CMP, 0, true},
    {"fle.d", K_CMP, 0, true},
    {"fclass.d", K_MV_XF, 0, true},
    {"fmv.x.d", K_MV_XF, 0, true},
    {"fmv.d.x", K_MV_FX, 0, true},
    {"fld", K_LOAD, 0, true},
    {"fsd", K_STORE, 0, true},
};
#define NB_OPS (sizeof(ops) / sizeof(ops[0]))

static const char *const rm_name[5] = {"rne", "rtz", "rdn", "rup", "rmm"};

/* Integer sources a0..a7 (x10..x17), destinations s2..s11 (x18..x27) and,
 * rarely, x0. */
static unsigned int_src(Rng *r)
{
    return 10 + (unsigned)below(r, 8);
}
static unsigned int_dst(Rng *r)
{
    return chance(r, 5) ? 0 : 18 + (unsigned)below(r, 10);
}

/* The FP register the previous instruction wrote: a source of the next
 * one, often, so that results are operands too. */
static unsigned last_fd;

static unsigned fsrc(Rng *r)
{
    return chance(r, 25) ? last_fd : (unsigned)below(r, 32);
}

/* An access to fflags, frm or fcsr between the FP instructions (flags
 * read in the middle of a block, written under instructions whose flags
 * are still to be accrued, rounding modes switched): one instruction in
 * sixteen. A reserved frm makes the next dynamic instruction trap. */
static void emit_csr(Rng *r)
{
    unsigned xs = int_src(r), xd = int_dst(r), imm = (unsigned)below(r, 32);
    switch (below(r, 7)) {
    case 0:
    case 1: printf("    frflags x%u\n", xd); break;
    case 2: printf("    fsflags x%u\n", xs); break;
    case 3: printf("    csrsi fflags, %u\n", imm); break;
    case 4: printf("    csrci fflags, %u\n", imm); break;
    case 5: printf("    frcsr x%u\n", xd); break;
    default: printf("    fsrmi %u\n", chance(r, 90) ? imm % 5 : 5 + imm % 3); break;
    }
}

static void emit_insn(Rng *r)
{
    if (chance(r, 6)) {
        emit_csr(r);
        return;
    }
    /* the table lists the 30 F instructions first, then the 32 of D */
    unsigned i = (unsigned)below(r, NB_OPS);
    if (seq_fmt == SEQ_S && chance(r, 85)) i = (unsigned)below(r, 30);
    if (seq_fmt == SEQ_D && chance(r, 85)) i = 30 + (unsigned)below(r, NB_OPS - 30);
    const Op *op = &ops[i];
    unsigned fd = (unsigned)below(r, 32), f1 = fsrc(r), f2 = chance(r, 10) ? f1 : fsrc(r);
    unsigned f3 = fsrc(r), xs = int_src(r), xd = int_dst(r);
    if (op->kind != K_X_F && op->kind != K_CMP && op->kind != K_MV_XF && op->kind != K_STORE)
        last_fd = fd;
    /* rm: dynamic more often than not; a static one is rne (what compilers
     * use, and what rivet runs inline) two times in five; reserved (5, 6)
     * once in fifty */
    unsigned rm = chance(r, 55) ? 7 : chance(r, 40) ? 0 : (unsigned)below(r, 5);
    if (chance(r, 2)) rm = 5 + (unsigned)below(r, 2);
    char rmtext[8] = "";
    if (rm < 5) snprintf(rmtext, sizeof(rmtext), ", %s", rm_name[rm]);
    bool has_rm = op->kind == K_R_RM || op->kind == K_R4 || op->kind == K_R1_RM ||
                  op->kind == K_X_F || op->kind == K_F_X;
    if (has_rm && (rm == 5 || rm == 6 || !op->as_rm)) {
        /* as cannot write it: encode it here */
        uint32_t w = op->match | rm << 12;
        unsigned rd = (op->kind == K_X_F) ? xd : fd;
        unsigned rs1 = (op->kind == K_F_X) ? xs : f1;
        w |= rd << 7 | rs1 << 15;
        if (op->kind == K_R_RM || op->kind == K_R4) w |= f2 << 20;
        if (op->kind == K_R4) w |= f3 << 27;
        printf("    .word 0x%08x /* %s rm=%u */\n", w, op->mn, rm);
        return;
    }
    switch (op->kind) {
    case K_R_RM: printf("    %s f%u, f%u, f%u%s\n", op->mn, fd, f1, f2, rmtext); break;
    case K_R4: printf("    %s f%u, f%u, f%u, f%u%s\n", op->mn, fd, f1, f2, f3, rmtext); break;
    case K_R1_RM: printf("    %s f%u, f%u%s\n", op->mn, fd, f1, rmtext); break;
    case K_R: printf("    %s f%u, f%u, f%u\n", op->mn, fd, f1, f2); break;
    case K_X_F: printf("    %s x%u, f%u%s\n", op->mn, xd, f1, rmtext); break;
    case K_F_X: printf("    %s f%u, x%u%s\n", op->mn, fd, xs, rmtext); break;
    case K_CMP: printf("    %s x%u, f%u, f%u\n", op->mn, xd, f1, f2); break;
    case K_MV_XF: printf("    %s x%u, f%u\n", op->mn, xd, f1); break;
    case K_MV_FX: printf("    %s f%u, x%u\n", op->mn, fd, xs); break;
    case K_LOAD:
    case K_STORE: {
        /* within the 64-byte buffer; one in eight misaligned */
        unsigned size = op->mn[2] == 'd' ? 8 : 4;
        unsigned off = (unsigned)below(r, 64 / size) * size;
        if (chance(r, 12)) off = (unsigned)below(r, 64 - size + 1);
        printf("    %s f%u, %u(s1)\n", op->mn, op->kind == K_LOAD ? fd : f2, off);
        break;
    }
    }
}

/* ---- The program ------------------------------------------------------- */

static void emit_sequence(uint64_t seed, unsigned k)
{
    Rng r = {seed * 0x100000001b3ull ^ (uint64_t)k * 0x9e3779b97f4a7c15ull};
    rng_next(&r);
    seq_fmt = chance(&r, 40) ? SEQ_S : chance(&r, 67) ? SEQ_D : SEQ_MIX;
    use_palette = chance(&r, 35);
    palette_size = chance(&r, 50) ? 2 : 4;
    for (int i = 0; i < 4; i += 2) {
        palette[i] = special_reg(&r);
        palette[i + 1] = palette[i] ^ (palette[i] >> 32 == 0xffffffff ? 0x80000000ull : 1ull << 63);
    }
    last_fd = (unsigned)below(&r, 32);
    printf("seq_%u:\n    la s0, name_%u\n    la t0, data_%u\n", k, k, k);
    for (int i = 0; i < 32; i++) printf("    fld f%d, %d(t0)\n", i, 8 * i);
    for (int i = 10; i <= 17; i++) printf("    li x%d, 0x%" PRIx64 "\n", i, value_int(&r));
    for (int i = 18; i <= 27; i++) printf("    li x%d, 0\n", i);
    /* frm: rne one time in three, reserved once in twenty-five */
    unsigned frm = chance(&r, 4)    ? 5 + (unsigned)below(&r, 3)
                   : chance(&r, 33) ? 0
                                    : (unsigned)below(&r, 5);
    printf("    csrwi frm, %u\n    csrwi fflags, 0\n", frm);
    /* groups of one pin flags to their instruction; long groups keep more
     * FP registers in one block than the host has XMM registers */
    unsigned n = chance(&r, 40)   ? 1
                 : chance(&r, 12) ? 9 + (unsigned)below(&r, 16)
                                  : 2 + (unsigned)below(&r, 7);
    for (unsigned i = 0; i < n; i++) emit_insn(&r);
    printf("    call dump\n");
    /* the table, after the code that reads it */
    printf("    .section .data\n    .balign 8\ndata_%u:\n", k);
    for (int i = 0; i < 32; i++) printf("    .dword 0x%016" PRIx64 "\n", value_reg(&r));
    printf("name_%u: .asciz \"%u\"\n    .text\n", k, k);
}

/* The dump and the trap handler clobber t0-t6 and a0-a1 only after
 * saving what they print; the next sequence sets everything again. */
static void emit_runtime(void)
{
    printf("%s", "    .text\n"
                 "/* puts: the string at a0 */\n"
                 "puts:\n"
                 "    li t6, UART0\n"
                 "1:  lbu t5, 0(a0)\n"
                 "    beqz t5, 2f\n"
                 "    sb t5, 0(t6)\n"
                 "    addi a0, a0, 1\n"
                 "    j 1b\n"
                 "2:  ret\n"
                 "/* puthex: a1 as 16 hex digits */\n"
                 "puthex:\n"
                 "    li t6, UART0\n"
                 "    li t4, 60\n"
                 "1:  srl t5, a1, t4\n"
                 "    andi t5, t5, 15\n"
                 "    la t3, hexdigits\n"
                 "    add t3, t3, t5\n"
                 "    lbu t5, 0(t3)\n"
                 "    sb t5, 0(t6)\n"
                 "    addi t4, t4, -4\n"
                 "    bgez t4, 1b\n"
                 "    ret\n"
                 "/* dump: one S line from the saved state */\n"
                 "dump:\n"
                 "    la t0, save\n"
                 "    sd ra, 8*50(t0)\n");
    for (int i = 0; i < 32; i++) printf("    fsd f%d, %d(t0)\n", i, 8 * i);
    for (int i = 18; i <= 27; i++) printf("    sd x%d, %d(t0)\n", i, 8 * (32 + i - 18));
    for (int i = 0; i < 8; i++)
        printf("    ld t1, %d(s1)\n    sd t1, %d(t0)\n", 8 * i, 8 * (42 + i));
    printf("%s", "    frflags t1\n"
                 "    sd t1, 8*51(t0)\n"
                 "    la a0, str_S\n"
                 "    call puts\n"
                 "    mv a0, s0\n"
                 "    call puts\n"
                 "    la a0, str_ff\n"
                 "    call puts\n"
                 "    la t0, save\n"
                 "    ld a1, 8*51(t0)\n"
                 "    call puthex\n");
    for (int i = 0; i < 50; i++)
        printf("    la a0, lbl_%d\n    call puts\n    la t0, save\n    ld a1, %d(t0)\n"
               "    call puthex\n",
               i, 8 * i);
    printf("%s", "    li t6, UART0\n"
                 "    li t5, 10\n"
                 "    sb t5, 0(t6)\n"
                 "    la t0, save\n"
                 "    ld ra, 8*50(t0)\n"
                 "    ret\n"
                 "/* trap: a T line, then the next instruction */\n"
                 "    .balign 4\n"
                 "trap:\n"
                 "    la t0, save\n"
                 "    sd ra, 8*52(t0)\n"
                 "    sd a0, 8*53(t0)\n"
                 "    sd a1, 8*54(t0)\n"
                 "    la a0, str_T\n"
                 "    call puts\n"
                 "    mv a0, s0\n"
                 "    call puts\n"
                 "    la a0, str_cause\n"
                 "    call puts\n"
                 "    csrr a1, mcause\n"
                 "    call puthex\n"
                 "    la a0, str_epc\n"
                 "    call puts\n"
                 "    csrr a1, mepc\n"
                 "    call puthex\n"
                 "    la a0, str_tval\n"
                 "    call puts\n"
                 "    csrr a1, mtval\n"
                 "    call puthex\n"
                 "    li t6, UART0\n"
                 "    li t5, 10\n"
                 "    sb t5, 0(t6)\n"
                 "    csrr t0, mcause\n"
                 "    li t1, 2\n"
                 "    beq t0, t1, 1f\n"
                 "    FAIL 3 /* anything but illegal instruction is a harness bug */\n"
                 "1:  csrr t0, mepc\n"
                 "    addi t0, t0, 4\n"
                 "    csrw mepc, t0\n"
                 "    la t0, save\n"
                 "    ld ra, 8*52(t0)\n"
                 "    ld a0, 8*53(t0)\n"
                 "    ld a1, 8*54(t0)\n"
                 "    mret\n"
                 "    .section .rodata\n"
                 "hexdigits: .ascii \"0123456789abcdef\"\n"
                 "str_S: .asciz \"S\"\n"
                 "str_T: .asciz \"T\"\n"
                 "str_ff: .asciz \" ff=\"\n"
                 "str_cause: .asciz \" mcause=\"\n"
                 "str_epc: .asciz \" mepc=\"\n"
                 "str_tval: .asciz \" mtval=\"\n");
    for (int i = 0; i < 50; i++) {
        if (i < 32)
            printf("lbl_%d: .asciz \" f%d=\"\n", i, i);
        else if (i < 42)
            printf("lbl_%d: .asciz \" s%d=\"\n", i, i - 32 + 2);
        else
            printf("lbl_%d: .asciz \" m%d=\"\n", i, i - 42);
    }
    printf("%s", "    .section .bss\n"
                 "    .balign 8\n"
                 "save: .space 8*56\n"
                 "    .balign 64\n"
                 "buf: .space 64\n");
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s SEED COUNT [FIRST]\n", argv[0]);
        return 2;
    }
    uint64_t seed = strtoull(argv[1], NULL, 0);
    unsigned count = (unsigned)strtoul(argv[2], NULL, 0);
    unsigned first = argc > 3 ? (unsigned)strtoul(argv[3], NULL, 0) : 0;
    printf("/* gen %s %s %u: generated by tests/diff/fp/gen.c */\n", argv[1], argv[2], first);
    printf("%s", "#include \"test.h\"\n"
                 "    .option arch, +f, +d\n"
                 "    .section .text.init\n"
                 "    .globl _start\n"
                 "_start:\n"
                 "    la t0, trap\n"
                 "    csrw mtvec, t0\n"
                 "    li t0, 0x2000 /* mstatus.FS = Initial */\n"
                 "    csrs mstatus, t0\n"
                 "    la s1, buf\n"
                 "    li t0, 0x0123456789abcdef\n"
                 "    li t1, 0x9e3779b97f4a7c15\n"
                 "    li t2, 8\n"
                 "1:  sd t0, 0(s1)\n"
                 "    mul t0, t0, t1\n"
                 "    addi t0, t0, 1\n"
                 "    addi s1, s1, 8\n"
                 "    addi t2, t2, -1\n"
                 "    bnez t2, 1b\n"
                 "    la s1, buf\n"
                 "    tail seq_start\n");
    emit_runtime();
    printf("    .text\nseq_start:\n");
    for (unsigned k = first; k < first + count; k++) emit_sequence(seed, k);
    printf("    PASS\n");
    return 0;
}
