/*
 * Random RV64IMAC + Zba/Zbb/Zbc/Zbs program generator for the differential
 * test against QEMU.
 *
 *   gen SEED COUNT [FIRST] > prog.S
 *
 * writes one bare-metal program holding sequences FIRST..FIRST+COUNT-1
 * (FIRST defaults to 0). Every sequence is derived from (SEED, index) alone,
 * so `gen SEED 1 K` rebuilds sequence K of any larger program on its own:
 * that is how a failure is narrowed down. Its `S<K>` line is the same as in
 * the full program except for values derived from the pc (auipc, links),
 * since the sequence now sits at another address.
 *
 * Why the program looks the way it does:
 *
 * - Only state both emulators must agree on is printed: the 31 registers and
 *   a checksum of the scratch buffer. Everything a sequence runs has one
 *   architecturally defined result (no counters, no misa, no traps but the
 *   final ecall), so any difference is a bug in one of them. auipc and the
 *   link values of jal and jalr depend on the pc, which is the same because
 *   both load the same ELF.
 *
 * - One register, BASE, holds the middle of a 4 KiB buffer, so the signed
 *   12-bit offsets of loads and stores reach all of it. It changes with the
 *   seed, so that across programs every register is also a destination.
 *   BASE is page aligned: accesses at offsets -7..-1 straddle a page
 *   boundary, the slowest path of a softmmu, and the generator favours them.
 *   Some accesses go through another register set to BASE + a first.
 *
 * - The buffer is filled by a xorshift loop in the guest seeded from the
 *   generator: 512 `li`+`sd` pairs per sequence would make the programs ten
 *   times larger for no extra coverage.
 *
 * - Random control flow only goes forward (branches, jal, jalr via la), so
 *   it terminates whatever the operands, yet a body is spread over several
 *   translation blocks, and a block goes on past its side exits.
 *
 * - The only backward transfers are those of counted loops, in 30% of the
 *   sequences (one or two, now and then one inside the other). A loop's
 *   counter and limit are reserved: only its init unit writes them, so the
 *   body and any loop inside it can read them, never write them, and the
 *   trip count (0..20) is the one the generator worked out. No transfer
 *   from outside enters a loop past its init. The back edge goes to the
 *   loop's first instruction, as a conditional branch (bnez, blt, bltu, bne
 *   against the limit, ...) or as a jal under an exit test at the head, so
 *   the translator turns the block that starts there into a loop. The
 *   head is sometimes reached only by falling into it, sometimes also by
 *   jumps. Bodies use a few registers (they stay in host registers across
 *   iterations) or many (more than the allocator keeps, so it spills in
 *   the loop), and hold forward branches (side exits, some past the limit)
 *   and loads and stores, as elsewhere.
 *
 * - Sequences run in M, S or U mode, S and U under Sv39 or Sv48 paging:
 *   the code identity-mapped through 4 KiB, 2 MiB or 1 GiB pages, the
 *   buffer at another address, its two pages swapped so that an access
 *   straddling BASE needs both translations. M-mode code sets BASE, satp,
 *   MPP and mepc, then the registers, and mrets into the body; the body
 *   ends with an ecall, which clobbers no register, only trap CSRs.
 *
 * - The dump routine is written once, as the M-mode trap vector: mscratch
 *   holds the save area, so swapping it with x1 frees a register to save
 *   all of them through. It checks that the trap is the ecall expected from
 *   the sequence's mode, prints the registers in hex through the UART with
 *   the mode (from mcause and satp), a checksum of the buffer's pages and
 *   the A/D bits of their PTEs, and resumes past the ecall in M-mode. The
 *   registers are not restored (BASE aside): the next sequence sets them.
 *
 * - An unexpected trap prints a TRAP line and exits with code 3, so that a
 *   generator bug shows up under QEMU rather than as a silent difference.
 *
 * - Atomics only touch the buffer, naturally aligned (a misaligned AMO may
 *   trap or not, at the implementation's choice). An lr is followed by an
 *   sc to its address with no store in between, which must succeed; a
 *   second sc after it has no reservation left and must fail. The program
 *   is assembled with C, so the assembler compresses what it can.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_UNITS 256 /* top level, loops and their bodies */
#define MIN_UNITS 20  /* top-level units, loops aside */
#define MAX_TOP_UNITS 80
#define UNIT_TEXT 256

/* Offsets in the save area (dx_save, which mscratch points at): x0..x31
 * (the x0 slot holds the sequence counter), the mcause the trap handler
 * expects from the sequence's ecall, the address to resume at past it, and
 * room to format the decimal index. */
#define SAVE_COUNTER 0
#define SAVE_EXPECT 256
#define SAVE_RET 264
#define SAVE_DEC_END 296

/* BASE in S and U, where the buffer is mapped at another address than its
 * physical one (BASE in M-mode): see emit_page_tables(). */
#define VA_BASE 0x40001000

/* splitmix64: small, fast and good enough to drive choices; stateless apart
 * from the counter, so seeding with a hash of (seed, index) is safe. */
typedef struct {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform in [0, n); the modulo bias is irrelevant for test generation. */
static uint64_t rng_below(Rng *r, uint64_t n)
{
    return rng_next(r) % n;
}
static int64_t rng_range(Rng *r, int64_t lo, int64_t hi)
{
    return lo + (int64_t)rng_below(r, (uint64_t)(hi - lo + 1));
}
static bool rng_chance(Rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}

/* Picks an index from a table of weights. */
static unsigned rng_weighted(Rng *r, const unsigned *w, unsigned n)
{
    unsigned total = 0;
    for (unsigned i = 0; i < n; i++) total += w[i];
    uint64_t x = rng_below(r, total);
    for (unsigned i = 0; i < n; i++) {
        if (x < w[i]) return i;
        x -= w[i];
    }
    return n - 1;
}

/* Harness registers: BASE, and temporaries the dump/fill routines may
 * clobber (they are saved first, or about to be reinitialised). */
static int g_base;
static int g_tmp[6];

/* --- Initial register values -------------------------------------------- */

enum {
    V_ZERO,
    V_ONE,
    V_MINUS1,
    V_I64MIN,
    V_I64MAX,
    V_I32MIN_SX,
    V_I32MIN_ZX,
    V_I32MAX,
    V_I32MAX_ONES,
    V_U32MAX,
    V_SMALL,
    V_POW2,
    V_RAND64,
    V_RAND32_SX,
    V_RAND32_ZX,
    V_GARBAGE_HI,
    V_COUNT
};

static const unsigned value_weights[V_COUNT] = {
    [V_ZERO] = 4,        [V_ONE] = 3,       [V_MINUS1] = 4,    [V_I64MIN] = 4,
    [V_I64MAX] = 3,      [V_I32MIN_SX] = 3, [V_I32MIN_ZX] = 3, [V_I32MAX] = 3,
    [V_I32MAX_ONES] = 2, [V_U32MAX] = 3,    [V_SMALL] = 6,     [V_POW2] = 4,
    [V_RAND64] = 10,     [V_RAND32_SX] = 4, [V_RAND32_ZX] = 3, [V_GARBAGE_HI] = 3,
};

static uint64_t random_value(Rng *r)
{
    switch (rng_weighted(r, value_weights, V_COUNT)) {
    case V_ZERO: return 0;
    case V_ONE: return 1;
    case V_MINUS1: return UINT64_MAX;
    case V_I64MIN: return (uint64_t)INT64_MIN;
    case V_I64MAX: return (uint64_t)INT64_MAX;
    case V_I32MIN_SX: return (uint64_t)(int64_t)INT32_MIN;
    case V_I32MIN_ZX: return 0x80000000u;
    case V_I32MAX: return 0x7fffffffu;
    case V_I32MAX_ONES: return 0xffffffff7fffffffull;
    case V_U32MAX: return 0xffffffffu;
    case V_SMALL: return (uint64_t)rng_range(r, -16, 16);
    case V_POW2: {
        uint64_t p = 1ull << rng_below(r, 64);
        switch (rng_below(r, 4)) {
        case 0: return p;
        case 1: return p - 1;
        case 2: return -p;
        default: return p + 1;
        }
    }
    case V_RAND64: return rng_next(r);
    case V_RAND32_SX: return (uint64_t)(int64_t)(int32_t)rng_next(r);
    case V_RAND32_ZX: return (uint32_t)rng_next(r);
    default: {
        /* Random upper half over an interesting low word: the W forms must
         * ignore the upper half. */
        static const uint32_t lows[] = {0, 1, 0x7fffffff, 0x80000000, 0xffffffff};
        return (rng_next(r) << 32) | lows[rng_below(r, 5)];
    }
    }
}

/* --- Sequence layout ----------------------------------------------------- */

/* A sequence is laid out first, as a list of unit kinds, and each unit gets
 * its text afterwards, in order: a forward transfer must know, when it is
 * generated, where the loops after it begin and end. */
typedef enum {
    U_RANDOM, /* one instruction (or a short group) from the random mix */
    U_INIT,   /* li of a loop's counter, and of its limit */
    U_ENTER,  /* j head, right after U_INIT: the head becomes a jump target */
    U_HEAD,   /* a loop's first unit: its exit test, or its counter update */
    U_TAIL,   /* counter update and back edge */
} UnitKind;

/* Which registers a loop body uses: anything, a pool small enough to stay
 * in host registers across iterations, or as many distinct ones as it can,
 * so that the allocator must spill inside the loop. */
typedef enum { M_ANY, M_NARROW, M_WIDE, M_COUNT } BodyMode;
static const unsigned mode_weights[M_COUNT] = {[M_ANY] = 4, [M_NARROW] = 3, [M_WIDE] = 3};

/* Branch conditions in encoding order; inverse_op[c] is taken exactly when
 * c is not. */
enum { OP_BEQ, OP_BNE, OP_BLT, OP_BGE, OP_BLTU, OP_BGEU };
static const char *const branch_ops[] = {"beq", "bne", "blt", "bge", "bltu", "bgeu"};
static const int inverse_op[] = {OP_BNE, OP_BEQ, OP_BGE, OP_BLT, OP_BGEU, OP_BLTU};

/* A counted loop. Without guard:
 *
 *   init:  li cnt, start [; li lim, limv]
 *   head:  body                          (update_at_head: the update first)
 *   tail:  addi[w] cnt, cnt, step; b<op> cnt, other, head
 *
 * and with guard, whose back edge is a jal rather than a branch:
 *
 *   init:  li cnt, start [; li lim, limv]
 *   head:  b<inverse op> cnt, other, out
 *          body
 *   tail:  addi[w] cnt, cnt, step; jal link, head
 *   out:
 *
 * `other` is lim, or x0 when lim is 0, and cnt_first says which side of the
 * condition cnt is on. Only U_INIT writes cnt and lim: the body, and any
 * loop nested in it, treats them as read-only. So the trip count is the one
 * count_trips() works out here, whatever the body computes. */
typedef struct {
    int parent;           /* enclosing loop, or -1 */
    int init, head, tail; /* unit indices; tail + 1 is the loop's exit */
    bool guard;
    bool update_at_head;
    int cnt, lim;
    int link; /* rd of the guard form's jal */
    int op;
    bool cnt_first;
    bool w32; /* the counter moves by addiw */
    int64_t step;
    uint64_t start, limv;
    int trips;
    BodyMode mode;
    bool branchy;     /* forward branches weigh more: the TB runs out of side exits */
    bool jumps;       /* the body may hold jal/jalr, which end a TB */
    uint32_t pool;    /* M_NARROW: the registers the body writes */
    uint32_t touched; /* registers the body reads or writes */
} Loop;

#define MAX_LOOPS 2

typedef struct {
    Rng *r;
    int index; /* sequence number, for label names */
    int n;     /* number of units */
    int pos;   /* unit being generated */
    UnitKind kind[MAX_UNITS];
    /* The innermost loop whose init the unit follows and whose tail it does
     * not, or -1: that loop's counter is live there. */
    signed char owner[MAX_UNITS];
    signed char loop[MAX_UNITS]; /* for a loop's own units (U_INIT...), that loop */
    bool label[MAX_UNITS + 1];
    char text[MAX_UNITS][UNIT_TEXT];
    Loop loops[MAX_LOOPS]; /* in the order of their init units */
    int nloops;
    uint64_t init[32]; /* initial values, to aim div/rem at their edge cases */
    bool clean[32];    /* still holds init[] on every path so far */
} Seq;

static void unit(Seq *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->text[s->pos], UNIT_TEXT, fmt, ap);
    va_end(ap);
}

/* --- Registers ------------------------------------------------------------ */

/* Registers that code inside loop l (-1: outside every loop) may write: not
 * x0, not BASE, not the counter or limit of l or of a loop around it. */
static uint32_t writable_in(const Seq *s, int l)
{
    uint32_t m = ~1u & ~(1u << g_base);
    for (; l >= 0; l = s->loops[l].parent) m &= ~(1u << s->loops[l].cnt) & ~(1u << s->loops[l].lim);
    return m;
}

static uint32_t writable(const Seq *s)
{
    return writable_in(s, s->owner[s->pos]);
}

/* The loop whose body holds the current unit, or NULL: its mode steers the
 * choice of registers. */
static Loop *body_loop(Seq *s)
{
    int l = s->owner[s->pos];
    return l >= 0 && s->pos >= s->loops[l].head ? &s->loops[l] : NULL;
}

static void touch(Seq *s, int r)
{
    if (r == 0) return;
    for (int l = s->owner[s->pos]; l >= 0; l = s->loops[l].parent)
        if (s->pos >= s->loops[l].head) s->loops[l].touched |= 1u << r;
}

/* A register of mask m, which must not be empty. */
static int pick_from(Rng *r, uint32_t m)
{
    int n = __builtin_popcount(m);
    for (int k = (int)rng_below(r, (uint64_t)n);; m &= m - 1)
        if (k-- == 0) return __builtin_ctz(m);
}

/* In a wide body, a register the body has not used yet, when one is left. */
static uint32_t prefer_fresh(Seq *s, const Loop *l, uint32_t m)
{
    if (l && l->mode == M_WIDE && (m & ~l->touched) && rng_chance(s->r, 60)) return m & ~l->touched;
    return m;
}

/* Destination other than x0: any writable register. */
static int pick_rd_nz(Seq *s)
{
    const Loop *l = body_loop(s);
    uint32_t m = writable(s);
    if (l && l->mode == M_NARROW) m &= l->pool;
    int rd = pick_from(s->r, prefer_fresh(s, l, m));
    s->clean[rd] = false;
    touch(s, rd);
    return rd;
}

/* Destination: x0 now and then (the write must vanish). */
static int pick_rd(Seq *s)
{
    return rng_chance(s->r, 3) ? 0 : pick_rd_nz(s);
}

/* Source: any register, BASE and live loop counters included. */
static int pick_rs(Seq *s)
{
    if (rng_chance(s->r, 8)) return 0;
    const Loop *l = body_loop(s);
    uint32_t m = ~0u;
    if (l && l->mode == M_NARROW && rng_chance(s->r, 85)) m = l->pool;
    int rs = pick_from(s->r, prefer_fresh(s, l, m & ~1u));
    touch(s, rs);
    return rs;
}

/* A clean register whose initial value satisfies pred, or -1. */
static int find_clean(Seq *s, bool (*pred)(uint64_t))
{
    int found[32], n = 0;
    uint32_t m = writable(s);
    for (int i = 1; i < 32; i++)
        if ((m >> i & 1) && s->clean[i] && pred(s->init[i])) found[n++] = i;
    if (!n) return -1;
    int r = found[rng_below(s->r, (uint64_t)n)];
    touch(s, r);
    return r;
}

static bool is_i64min(uint64_t v)
{
    return v == (uint64_t)INT64_MIN;
}
static bool is_i32min_low(uint64_t v)
{
    return (uint32_t)v == 0x80000000u;
}
static bool is_minus1(uint64_t v)
{
    return v == UINT64_MAX;
}
static bool is_minus1_low(uint64_t v)
{
    return (uint32_t)v == 0xffffffffu;
}

/* --- Immediates ------------------------------------------------------------ */

static int64_t random_imm12(Rng *r)
{
    switch (rng_below(r, 8)) {
    case 0: return 0;
    case 1: return -1;
    case 2: return rng_chance(r, 50) ? 2047 : -2048;
    case 3: return rng_range(r, -4, 4);
    default: return rng_range(r, -2048, 2047);
    }
}

static int random_shamt(Rng *r, int width)
{
    static const int edges[] = {0, 1, 31, 32, 63};
    if (rng_chance(r, 35)) {
        int e = edges[rng_below(r, 5)];
        if (e < width) return e;
    }
    return (int)rng_below(r, (uint64_t)width);
}

static uint32_t random_imm20(Rng *r)
{
    static const uint32_t edges[] = {0, 1, 0x7ffff, 0x80000, 0xfffff};
    if (rng_chance(r, 30)) return edges[rng_below(r, 5)];
    return (uint32_t)rng_below(r, 1u << 20);
}

/* Offset from BASE for an access of `size` bytes inside the buffer: half
 * naturally aligned, half anywhere, and a share straddling the page
 * boundary at BASE itself. */
static int64_t random_offset(Rng *r, int size)
{
    int64_t off;
    /* Small, aligned and positive: what c.lw/c.ld/c.sw/c.sd (and their sp
     * forms) encode, when BASE and the other register allow it. */
    if (size >= 4 && rng_chance(r, 15)) return rng_range(r, 0, 31) * size;
    if (size > 1 && rng_chance(r, 15))
        off = rng_range(r, -(size - 1), -1);
    else
        off = rng_range(r, -2048, 2048 - size);
    if (rng_chance(r, 50)) off &= -(int64_t)size;
    return off;
}

/* Where a forward transfer from the current unit lands: past 1..5 units
 * (rarely 0, i.e. onto the next one), within its region. Code before a
 * loop's head stays before it or lands on it; a body stays in its body (its
 * tail at most). A transfer never enters a loop it is not in, since it would
 * skip the counter's init: it lands on that loop's init or on its exit. */
static int forward_target(Seq *s)
{
    int skip = rng_chance(s->r, 8) ? 0 : (int)rng_range(s->r, 1, 5);
    int t = s->pos + 1 + skip;
    int hi = s->n, own = s->owner[s->pos];
    if (own >= 0) {
        const Loop *l = &s->loops[own];
        hi = s->pos < l->head ? l->head : l->tail;
    }
    if (t > hi) t = hi;
    /* Outer loops come first, so the first hit is the outermost loop that
     * holds t but not pos. */
    for (int i = 0; i < s->nloops; i++) {
        const Loop *l = &s->loops[i];
        bool holds_t = t > l->init && t <= l->tail;
        bool holds_pos = s->pos > l->init && s->pos <= l->tail;
        if (holds_t && !holds_pos) {
            t = rng_chance(s->r, 50) ? l->init : l->tail + 1;
            break;
        }
    }
    s->label[t] = true;
    return t;
}

/* --- The random mix ---------------------------------------------------------- */

#define LABEL_FMT ".Ls%d_%d"

static const char *const alu_rr[] = {"add", "sub", "sll", "slt", "sltu",
                                     "xor", "srl", "sra", "or",  "and"};
static const char *const alu_rrw[] = {"addw", "subw", "sllw", "srlw", "sraw"};
static const char *const alu_ri[] = {"addi", "slti", "sltiu", "xori", "ori", "andi"};
static const char *const shift_ri[] = {"slli", "srli", "srai"};
static const char *const shift_riw[] = {"slliw", "srliw", "sraiw"};
static const char *const mul_ops[] = {"mul", "mulh", "mulhsu", "mulhu", "mulw"};
static const char *const div_ops[] = {"div",  "divu",  "rem",  "remu",
                                      "divw", "divuw", "remw", "remuw"};

struct mem_op {
    const char *name;
    int size;
};
static const struct mem_op loads[] = {{"lb", 1}, {"lbu", 1}, {"lh", 2}, {"lhu", 2},
                                      {"lw", 4}, {"lwu", 4}, {"ld", 8}};
static const struct mem_op stores[] = {{"sb", 1}, {"sh", 2}, {"sw", 4}, {"sd", 8}};

/* Zba, Zbb, Zbc, Zbs. ctzw is left out: QEMU 7.2 counts into the upper
 * half when the low word is zero (ctzw of 0xabcd000000000000 gives 48, the
 * spec says 32), and QEMU is the reference here. */
static const char *const zba_rr[] = {"add.uw",    "sh1add",    "sh2add",   "sh3add",
                                     "sh1add.uw", "sh2add.uw", "sh3add.uw"};
static const char *const zbb_rr[] = {"andn", "orn", "xnor", "max", "maxu", "min",
                                     "minu", "rol", "rolw", "ror", "rorw"};
static const char *const zbc_rr[] = {"clmul", "clmulh", "clmulr"};
static const char *const zbs_rr[] = {"bclr", "bext", "binv", "bset"};
static const char *const zbs_ri[] = {"bclri", "bexti", "binvi", "bseti"};
static const char *const bit_unary[] = {"clz",    "clzw",   "ctz",   "cpop", "cpopw", "sext.b",
                                        "sext.h", "zext.h", "orc.b", "rev8", "zext.w"};

/* A: the AMOs, each in .w and .d, with any ordering bits. */
static const char *const amo_ops[] = {"amoswap", "amoadd", "amoxor",  "amoand", "amoor",
                                      "amomin",  "amomax", "amominu", "amomaxu"};
static const char *const ordering[] = {"", ".aq", ".rl", ".aqrl"};

#define PICK(r, table) (table)[rng_below((r), sizeof(table) / sizeof((table)[0]))]

enum {
    K_ALU_RR,
    K_ALU_RRW,
    K_ALU_RI,
    K_SHIFT_RI,
    K_ALU_RIW,
    K_UPPER,
    K_MUL,
    K_DIV,
    K_LOAD,
    K_STORE,
    K_PTR_MEM,
    K_BRANCH,
    K_JAL,
    K_JALR,
    K_FENCE,
    K_BIT_RR,
    K_BIT_RI,
    K_BIT_UNARY,
    K_AMO,
    K_LRSC,
    K_COUNT
};

static const unsigned kind_weights[K_COUNT] = {
    [K_ALU_RR] = 14, [K_ALU_RRW] = 6, [K_ALU_RI] = 10,   [K_SHIFT_RI] = 6, [K_ALU_RIW] = 6,
    [K_UPPER] = 3,   [K_MUL] = 7,     [K_DIV] = 7,       [K_LOAD] = 9,     [K_STORE] = 7,
    [K_PTR_MEM] = 2, [K_BRANCH] = 7,  [K_JAL] = 2,       [K_JALR] = 1,     [K_FENCE] = 1,
    [K_BIT_RR] = 14, [K_BIT_RI] = 5,  [K_BIT_UNARY] = 6, [K_AMO] = 6,      [K_LRSC] = 3,
};

static void gen_div(Seq *s)
{
    int op = (int)rng_below(s->r, 8);
    bool w = op >= 4;
    int rs1 = pick_rs(s), rs2 = pick_rs(s);
    unsigned c = (unsigned)rng_below(s->r, 100);
    if (c < 15) {
        rs2 = 0; /* division by zero: defined result, no trap */
    } else if (c < 40) {
        /* Signed overflow, MIN / -1, when the registers still hold them. */
        int a = find_clean(s, w ? is_i32min_low : is_i64min);
        int b = find_clean(s, w ? is_minus1_low : is_minus1);
        if (a >= 0) rs1 = a;
        if (b >= 0) rs2 = b;
    }
    int rd = pick_rd(s);
    unit(s, "%s x%d, x%d, x%d", div_ops[op], rd, rs1, rs2);
}

static const char *random_bit_rr(Rng *r)
{
    switch (rng_below(r, 10)) {
    case 0:
    case 1: return PICK(r, zba_rr);
    case 2: return PICK(r, zbc_rr);
    case 3:
    case 4:
    case 5: return PICK(r, zbs_rr);
    default: return PICK(r, zbb_rr);
    }
}

/* An aligned offset from BASE for an atomic access of `size` bytes; with
 * `side` >= 0, on that side of BASE (0 below, 1 above), i.e. in the same
 * page as another one. */
static int64_t atomic_offset(Rng *r, int size, int side)
{
    if (side < 0) side = rng_chance(r, 50);
    int64_t off = side ? rng_range(r, 0, 2048 - size) : rng_range(r, -2048, -size);
    return off & -(int64_t)size;
}

/* The address of an atomic access in a register: BASE itself now and then,
 * otherwise p = BASE + an aligned offset (AMOs have no offset field). Sets
 * *prefix to the addi, or to "". */
static int atomic_address(Seq *s, int size, int side, char *prefix, size_t n)
{
    touch(s, g_base);
    if (side != 0 && rng_chance(s->r, 15)) {
        prefix[0] = 0;
        return g_base;
    }
    int p = pick_rd_nz(s);
    snprintf(prefix, n, "addi x%d, x%d, %" PRId64 "; ", p, g_base, atomic_offset(s->r, size, side));
    return p;
}

/* A destination that is not `avoid` (x0 when nothing else is left). */
static int pick_rd_not(Seq *s, int avoid)
{
    for (int tries = 0; tries < 20; tries++) {
        int rd = pick_rd(s);
        if (rd != avoid) return rd;
    }
    return 0;
}

/* A read-modify-write, naturally aligned: misaligned AMOs trap, or not, at
 * the implementation's choice, and an access fault is no part of this. */
static void gen_amo(Seq *s)
{
    Rng *r = s->r;
    bool d = rng_chance(r, 50);
    char prefix[48];
    int p = atomic_address(s, d ? 8 : 4, -1, prefix, sizeof prefix);
    int rs2 = pick_rs(s);
    int rd = rng_chance(r, 10) && (writable(s) >> rs2 & 1) ? rs2 : pick_rd(s);
    s->clean[rd] = false;
    unit(s, "%s%s.%c%s x%d, x%d, (x%d)", prefix, PICK(r, amo_ops), d ? 'd' : 'w', PICK(r, ordering),
         rd, rs2, p);
}

/* lr, up to two base ALU instructions that leave the address alone, and an
 * sc to the same address: the sc must succeed (rd = 0), as nothing stores
 * in between and this is the constrained form the spec guarantees. One
 * time in three another sc follows, to an address of the same page: the
 * first sc used up the reservation, so it must fail (rd = 1) and store
 * nothing. Same page, so that the successful sc has already set the PTE's
 * A and D bits (whether a failing sc sets them is not specified). */
static void gen_lrsc(Seq *s)
{
    Rng *r = s->r;
    char c = rng_chance(r, 50) ? 'd' : 'w';
    int size = c == 'd' ? 8 : 4;
    int side = rng_chance(r, 50);
    char prefix[48], text[UNIT_TEXT];
    int p = atomic_address(s, size, side, prefix, sizeof prefix);
    int len = snprintf(text, sizeof text, "%slr.%c%s x%d, (x%d)", prefix, c, PICK(r, ordering),
                       pick_rd_not(s, p), p);
    for (int i = (int)rng_below(r, 3); i > 0; i--) {
        int rs1 = pick_rs(s), rs2 = pick_rs(s), rd = pick_rd_not(s, p);
        len += snprintf(text + len, sizeof text - (size_t)len, "; %s x%d, x%d, x%d",
                        PICK(r, alu_rr), rd, rs1, rs2);
    }
    int rs2 = pick_rs(s);
    len += snprintf(text + len, sizeof text - (size_t)len, "; sc.%c%s x%d, x%d, (x%d)", c,
                    PICK(r, ordering), pick_rd_not(s, p), rs2, p);
    if (rng_chance(r, 33)) {
        char again[48];
        int q = atomic_address(s, size, side, again, sizeof again);
        rs2 = pick_rs(s);
        snprintf(text + len, sizeof text - (size_t)len, "; %ssc.%c%s x%d, x%d, (x%d)", again, c,
                 PICK(r, ordering), pick_rd(s), rs2, q);
    }
    unit(s, "%s", text);
}

static void gen_unit(Seq *s)
{
    Rng *r = s->r;
    unsigned w[K_COUNT];
    memcpy(w, kind_weights, sizeof w);
    const Loop *l = body_loop(s);
    if (l && l->branchy) w[K_BRANCH] = 40;
    if (l && !l->jumps) w[K_JAL] = w[K_JALR] = 0;
    unsigned k = rng_weighted(r, w, K_COUNT);
    switch (k) {
    case K_ALU_RR:
    case K_ALU_RRW:
    case K_MUL:
    case K_BIT_RR: {
        const char *op = k == K_ALU_RRW  ? PICK(r, alu_rrw)
                         : k == K_MUL    ? PICK(r, mul_ops)
                         : k == K_ALU_RR ? PICK(r, alu_rr)
                                         : random_bit_rr(r);
        int rs1 = pick_rs(s), rs2 = rng_chance(r, 10) ? rs1 : pick_rs(s);
        int rd = rng_chance(r, 10) && (writable(s) >> rs1 & 1) ? rs1 : pick_rd(s);
        s->clean[rd] = false;
        unit(s, "%s x%d, x%d, x%d", op, rd, rs1, rs2);
        break;
    }
    case K_ALU_RI: {
        int rs1 = pick_rs(s), rd = pick_rd(s);
        unit(s, "%s x%d, x%d, %" PRId64, PICK(r, alu_ri), rd, rs1, random_imm12(r));
        break;
    }
    case K_SHIFT_RI: {
        int rs1 = pick_rs(s), rd = pick_rd(s);
        unit(s, "%s x%d, x%d, %d", PICK(r, shift_ri), rd, rs1, random_shamt(r, 64));
        break;
    }
    case K_ALU_RIW: {
        int rs1 = pick_rs(s), rd = pick_rd(s);
        if (rng_chance(r, 40))
            unit(s, "addiw x%d, x%d, %" PRId64, rd, rs1, random_imm12(r));
        else
            unit(s, "%s x%d, x%d, %d", PICK(r, shift_riw), rd, rs1, random_shamt(r, 32));
        break;
    }
    case K_UPPER: {
        int rd = pick_rd(s);
        unit(s, "%s x%d, 0x%" PRIx32, rng_chance(r, 50) ? "lui" : "auipc", rd, random_imm20(r));
        break;
    }
    case K_BIT_RI: {
        int rs1 = pick_rs(s), rd = pick_rd(s);
        unsigned c = (unsigned)rng_below(r, 7);
        if (c < 4)
            unit(s, "%s x%d, x%d, %d", PICK(r, zbs_ri), rd, rs1, random_shamt(r, 64));
        else if (c == 4)
            unit(s, "rori x%d, x%d, %d", rd, rs1, random_shamt(r, 64));
        else if (c == 5)
            unit(s, "roriw x%d, x%d, %d", rd, rs1, random_shamt(r, 32));
        else
            unit(s, "slli.uw x%d, x%d, %d", rd, rs1, random_shamt(r, 64));
        break;
    }
    case K_BIT_UNARY: {
        int rs1 = pick_rs(s);
        int rd = rng_chance(r, 15) && (writable(s) >> rs1 & 1) ? rs1 : pick_rd(s);
        s->clean[rd] = false;
        unit(s, "%s x%d, x%d", PICK(r, bit_unary), rd, rs1);
        break;
    }
    case K_AMO: gen_amo(s); break;
    case K_LRSC: gen_lrsc(s); break;
    case K_DIV: gen_div(s); break;
    case K_LOAD: {
        struct mem_op m = PICK(r, loads);
        int rd = pick_rd(s);
        touch(s, g_base);
        unit(s, "%s x%d, %" PRId64 "(x%d)", m.name, rd, random_offset(r, m.size), g_base);
        break;
    }
    case K_STORE: {
        struct mem_op m = PICK(r, stores);
        touch(s, g_base);
        unit(s, "%s x%d, %" PRId64 "(x%d)", m.name, pick_rs(s), random_offset(r, m.size), g_base);
        break;
    }
    case K_PTR_MEM: {
        /* Address through a register other than BASE: p = BASE + a, then an
         * access at p + b with a + b inside the buffer. */
        int p = pick_rd_nz(s);
        touch(s, g_base);
        bool is_load = rng_chance(r, 50);
        struct mem_op m = is_load ? PICK(r, loads) : PICK(r, stores);
        int64_t total = random_offset(r, m.size);
        int64_t lo = total - 2047 > -2048 ? total - 2047 : -2048;
        int64_t hi = total + 2048 < 2047 ? total + 2048 : 2047;
        int64_t a = rng_range(r, lo, hi), b = total - a;
        if (is_load)
            unit(s, "addi x%d, x%d, %" PRId64 "; %s x%d, %" PRId64 "(x%d)", p, g_base, a, m.name,
                 pick_rd(s), b, p);
        else
            unit(s, "addi x%d, x%d, %" PRId64 "; %s x%d, %" PRId64 "(x%d)", p, g_base, a, m.name,
                 pick_rs(s), b, p);
        break;
    }
    case K_BRANCH: {
        int rs1 = pick_rs(s);
        int rs2 = rng_chance(r, 15) ? rs1 : rng_chance(r, 10) ? 0 : pick_rs(s);
        int t = forward_target(s);
        unit(s, "%s x%d, x%d, " LABEL_FMT, PICK(r, branch_ops), rs1, rs2, s->index, t);
        break;
    }
    case K_JAL: {
        int rd = rng_chance(r, 30) ? 0 : rng_chance(r, 30) ? 1 : pick_rd(s);
        if (!(writable(s) >> rd & 1)) rd = 0;
        s->clean[rd] = false;
        touch(s, rd);
        int t = forward_target(s);
        unit(s, "jal x%d, " LABEL_FMT, rd, s->index, t);
        break;
    }
    case K_JALR: {
        /* la p, L - imm + odd; jalr rd, imm(p): lands on L, checking that the
         * immediate is added and bit 0 of the sum is cleared. */
        int p = pick_rd_nz(s);
        int rd = rng_chance(r, 25) ? p : pick_rd(s);
        int64_t imm = rng_chance(r, 40) ? 0 : random_imm12(r);
        int odd = rng_chance(r, 40);
        int t = forward_target(s);
        unit(s, "la x%d, " LABEL_FMT " - (%" PRId64 ") + %d; jalr x%d, %" PRId64 "(x%d)", p,
             s->index, t, imm, odd, rd, imm, p);
        break;
    }
    default: unit(s, rng_chance(r, 50) ? "fence" : "fence rw, w"); break;
    }
}

/* --- Loops ------------------------------------------------------------------ */

#define MAX_TRIPS 20
#define BODY_MIN 3
#define BODY_MAX 25
#define WIDE_BODY_MIN 12

static uint64_t counter_step(const Loop *l, uint64_t c)
{
    c += (uint64_t)l->step;
    return l->w32 ? (uint64_t)(int64_t)(int32_t)c : c;
}

/* Whether the loop goes round again with the counter at c: the back edge
 * is taken (guard: the exit test is not). */
static bool counter_goes_on(const Loop *l, uint64_t c)
{
    uint64_t o = l->lim ? l->limv : 0;
    uint64_t a = l->cnt_first ? c : o, b = l->cnt_first ? o : c;
    switch (l->op) {
    case OP_BEQ: return a == b;
    case OP_BNE: return a != b;
    case OP_BLT: return (int64_t)a < (int64_t)b;
    case OP_BGE: return (int64_t)a >= (int64_t)b;
    case OP_BLTU: return a < b;
    default: return a >= b;
    }
}

/* How many times the body runs, the way the guest runs it; -1 past 64. */
static int count_trips(const Loop *l)
{
    uint64_t c = l->start;
    int n = 0;
    if (l->guard) {
        for (; counter_goes_on(l, c); c = counter_step(l, c))
            if (++n > 64) return -1;
        return n;
    }
    do {
        if (++n > 64) return -1;
        c = counter_step(l, c);
    } while (counter_goes_on(l, c));
    return n;
}

/* A counter start with an edge nearby: zero, the signed and unsigned
 * limits of 64 and 32 bits. */
static uint64_t counter_start(Rng *r)
{
    uint64_t d = (uint64_t)rng_range(r, -40, 40);
    switch (rng_below(r, 7)) {
    case 0: return d;
    case 1: return (uint64_t)INT64_MAX + d;
    case 2: return 0x7fffffffu + d;
    case 3: return (uint64_t)(int64_t)INT32_MIN + d;
    case 4: return 0x80000000u + d;
    case 5: return (uint64_t)(int64_t)(int32_t)rng_next(r);
    default: return rng_next(r);
    }
}

/* The plain form: addi cnt, cnt, -1; bnez cnt (guard: beqz), a limit
 * register holding 0. */
static void plain_counter(Loop *l)
{
    l->op = OP_BNE, l->cnt_first = true, l->w32 = false, l->step = -1;
    l->start = (uint64_t)l->trips, l->limv = 0;
}

/* One guess at a start, step, condition and limit for the trip count: the
 * caller keeps it if count_trips() agrees. A relational condition usually
 * ends when the counter passes the limit, sometimes when it wraps around
 * the ends of the order the condition uses. */
static void guess_counter(Rng *r, Loop *l)
{
    uint64_t k = rng_chance(r, 70) ? 1 : (uint64_t)rng_range(r, 2, 4);
    l->w32 = rng_chance(r, 25);
    l->op = rng_chance(r, l->lim ? 30 : 50) ? OP_BNE : OP_BLT + (int)rng_below(r, 4);
    l->cnt_first = rng_chance(r, 80);
    bool rel = l->op != OP_BNE, sgn = l->op == OP_BLT || l->op == OP_BGE;
    /* Whether the loop goes on while cnt is below the other side: it then
     * counts up, unless it is to end by wrapping around. */
    bool below = rel ? (l->op == OP_BLT || l->op == OP_BLTU) == l->cnt_first : rng_chance(r, 50);
    bool wrap = rel && rng_chance(r, 15);
    l->step = below != wrap ? (int64_t)k : -(int64_t)k;
    uint64_t n = (uint64_t)l->trips;
    if (wrap) {
        /* Past the last trip the counter leaves the order's bottom for its
         * top (or the reverse); the limit is near the start, on the side
         * the counter moves away from. */
        uint64_t bottom = !sgn ? 0 : l->w32 ? (uint64_t)(int64_t)INT32_MIN : (uint64_t)INT64_MIN;
        uint64_t top = !sgn ? UINT64_MAX : l->w32 ? (uint64_t)INT32_MAX : (uint64_t)INT64_MAX;
        uint64_t span = (n - 1) * k + rng_below(r, k);
        uint64_t gap = (uint64_t)rng_range(r, 1, 64);
        l->start = l->step < 0 ? bottom + span : top - span;
        l->limv = l->step < 0 ? l->start + gap : l->start - gap;
    } else {
        /* Past the last trip the counter is just beyond the limit (or on it,
         * for bne): jitter moves the limit within one step. */
        uint64_t jitter = rel ? (uint64_t)rng_range(r, -(int64_t)k + 1, (int64_t)k - 1) : 0;
        if (l->lim) {
            l->start = counter_start(r);
            uint64_t c = l->start;
            for (int i = 0; i < l->trips; i++) c = counter_step(l, c);
            l->limv = c + jitter;
        } else {
            l->start = -(n * (uint64_t)l->step) + jitter;
        }
    }
    if (!l->lim) l->limv = 0;
}

/* Picks the counter for a trip count of 1..MAX_TRIPS (0 too for the guard
 * form, rarely). */
static void choose_counter(Rng *r, Loop *l)
{
    l->trips = l->guard && rng_chance(r, 5) ? 0 : (int)rng_range(r, 1, MAX_TRIPS);
    bool found = false;
    if (!rng_chance(r, 30))
        for (int tries = 0; tries < 200 && !found; tries++) {
            guess_counter(r, l);
            found = count_trips(l) == l->trips;
        }
    if (!found) plain_counter(l);
    if (count_trips(l) != l->trips) {
        fprintf(stderr, "gen: loop counter does not give %d trips\n", l->trips);
        exit(1);
    }
}

/* A register for a new loop inside loop `parent`, outside mask `avoid`. */
static int loop_register(Seq *s, int parent, uint32_t avoid)
{
    return pick_from(s->r, writable_in(s, parent) & ~avoid);
}

static void plan_unit(Seq *s, UnitKind k, int owner, int loop)
{
    s->kind[s->n] = k;
    s->owner[s->n] = (signed char)owner;
    s->loop[s->n] = (signed char)loop;
    s->n++;
}

/* Lays out a loop at the end of the plan so far, with (if nest) another one
 * somewhere in its body. */
static void plan_loop(Seq *s, int parent, bool nest)
{
    Rng *r = s->r;
    int id = s->nloops++;
    Loop *l = &s->loops[id];
    l->parent = parent;
    l->cnt = loop_register(s, parent, 0);
    l->lim = rng_chance(r, 50) ? loop_register(s, parent, 1u << l->cnt) : 0;
    uint32_t own = 1u << l->cnt | 1u << l->lim;
    l->guard = rng_chance(r, 35);
    l->update_at_head = !l->guard && rng_chance(r, 25);
    l->link = l->guard && rng_chance(r, 20) ? loop_register(s, parent, own) : 0;
    choose_counter(r, l);
    l->mode = (BodyMode)rng_weighted(r, mode_weights, M_COUNT);
    l->branchy = rng_chance(r, 20);
    l->jumps = rng_chance(r, 50);
    if (l->mode == M_NARROW) {
        uint32_t free = writable_in(s, parent) & ~own;
        for (int i = (int)rng_range(r, 2, 6); i > 0; i--)
            l->pool |= 1u << pick_from(r, free & ~l->pool);
    }

    l->init = s->n;
    plan_unit(s, U_INIT, parent, id);
    /* How the head is reached the first time: by falling through from the
     * init, so that nothing but the back edge targets it; by a jump; or
     * through a few units whose forward transfers may land on it. */
    unsigned entry = (unsigned)rng_below(r, 10);
    if (entry >= 5 && entry < 7)
        plan_unit(s, U_ENTER, id, id);
    else if (entry >= 7)
        for (int i = (int)rng_range(r, 1, 3); i > 0; i--) plan_unit(s, U_RANDOM, id, -1);
    l->head = s->n;
    if (l->guard || l->update_at_head) plan_unit(s, U_HEAD, id, id);
    int body = (int)rng_range(r, l->mode == M_WIDE ? WIDE_BODY_MIN : BODY_MIN, BODY_MAX);
    int inner = nest ? (int)rng_range(r, 0, body) : -1;
    for (int i = 0; i <= body; i++) {
        if (i == inner) plan_loop(s, id, false);
        if (i < body) plan_unit(s, U_RANDOM, id, -1);
    }
    l->tail = s->n;
    plan_unit(s, U_TAIL, id, id);
}

/* 30% of the sequences get one or two loops, sometimes one in the other. */
static void plan_sequence(Seq *s)
{
    Rng *r = s->r;
    int top = (int)rng_range(r, MIN_UNITS, MAX_TOP_UNITS);
    int nloops = rng_chance(r, 30) ? (int)rng_range(r, 1, MAX_LOOPS) : 0;
    bool nest = nloops == 2 && rng_chance(r, 30);
    int at[MAX_LOOPS];
    for (int i = 0; i < nloops; i++) at[i] = (int)rng_range(r, 0, top);
    if (nloops == 2 && at[0] > at[1]) {
        int t = at[0];
        at[0] = at[1], at[1] = t;
    }
    if (nest) nloops = 1;
    for (int i = 0, k = 0; i <= top; i++) {
        for (; k < nloops && at[k] == i; k++) plan_loop(s, -1, nest);
        if (i < top) plan_unit(s, U_RANDOM, -1, -1);
    }
}

/* cond as a branch to unit t: "bnez x5, L" rather than "bne x5, x0, L". */
static void format_branch(char *buf, size_t size, const Seq *s, int op, const Loop *l, int t)
{
    int a = l->cnt_first ? l->cnt : l->lim, b = l->cnt_first ? l->lim : l->cnt;
    if (b == 0 && (op == OP_BEQ || op == OP_BNE))
        snprintf(buf, size, "%sz x%d, " LABEL_FMT, branch_ops[op], a, s->index, t);
    else
        snprintf(buf, size, "%s x%d, x%d, " LABEL_FMT, branch_ops[op], a, b, s->index, t);
}

static void gen_loop_unit(Seq *s)
{
    Loop *l = &s->loops[s->loop[s->pos]];
    char update[64], branch[96];
    snprintf(update, sizeof update, "%s x%d, x%d, %" PRId64, l->w32 ? "addiw" : "addi", l->cnt,
             l->cnt, l->step);
    s->label[l->head] = true;
    touch(s, l->cnt);
    touch(s, l->lim);
    touch(s, l->link);
    switch (s->kind[s->pos]) {
    case U_INIT:
        if (l->lim)
            unit(s, "li x%d, 0x%" PRIx64 "; li x%d, 0x%" PRIx64, l->cnt, l->start, l->lim, l->limv);
        else
            unit(s, "li x%d, 0x%" PRIx64, l->cnt, l->start);
        break;
    case U_ENTER: unit(s, "j " LABEL_FMT, s->index, l->head); break;
    case U_HEAD:
        if (l->guard) {
            s->label[l->tail + 1] = true;
            format_branch(branch, sizeof branch, s, inverse_op[l->op], l, l->tail + 1);
            unit(s, "%s", branch);
        } else {
            unit(s, "%s", update);
        }
        break;
    default:
        if (l->guard) {
            unit(s, "%s; jal x%d, " LABEL_FMT, update, l->link, s->index, l->head);
        } else {
            format_branch(branch, sizeof branch, s, l->op, l, l->head);
            if (l->update_at_head)
                unit(s, "%s", branch);
            else
                unit(s, "%s; %s", update, branch);
        }
        break;
    }
}

/* A comment before the loop's init: what the loop is, for whoever reads a
 * reproducer. */
static void print_loop_comment(const Loop *l)
{
    static const char *const modes[] = {"any", "narrow", "wide"};
    printf("    /* loop: %d trips, %s back edge, %s update, body %d units, %d registers "
           "(%s%s%s) */\n",
           l->trips, l->guard ? "jal" : branch_ops[l->op], l->w32 ? "addiw" : "addi",
           l->tail - l->head - (l->guard || l->update_at_head), __builtin_popcount(l->touched),
           modes[l->mode], l->branchy ? ", branchy" : "", l->jumps ? ", jumps" : "");
}

static uint64_t mix(uint64_t seed, uint64_t index)
{
    Rng r = {seed * 0x100000001b3ull ^ (index + 0x632be59bd9b4e019ull)};
    rng_next(&r);
    return rng_next(&r);
}

/* --- Privilege modes and paging -------------------------------------------- */

/* Where a sequence runs. The mode comes from (seed, index), like the rest
 * of the sequence: 40% M, 30% S, 30% U; S and U translate through Sv39 or,
 * one time in four, Sv48. */
typedef enum { PM_M, PM_S39, PM_S48, PM_U39, PM_U48 } SeqMode;

static const char *const seq_mode_names[] = {"M", "S-sv39", "S-sv48", "U-sv39", "U-sv48"};

static SeqMode choose_mode(Rng *r)
{
    unsigned x = (unsigned)rng_below(r, 100);
    bool sv48 = rng_chance(r, 25);
    if (x < 40) return PM_M;
    if (x < 70) return sv48 ? PM_S48 : PM_S39;
    return sv48 ? PM_U48 : PM_U39;
}

/* printf, then the register tokens {B} (BASE), {A} (argument) and {1}..{5}
 * (temporaries) become xN: the harness reads as assembly, whatever
 * registers the seed picked. */
static void emit(const char *fmt, ...)
{
    char buf[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    for (const char *p = buf; *p; p++) {
        if (p[0] == '{' && p[1] && p[2] == '}') {
            int reg = p[1] == 'B' ? g_base : p[1] == 'A' ? g_tmp[0] : g_tmp[p[1] - '0'];
            printf("x%d", reg);
            p += 2;
        } else {
            putchar(*p);
        }
    }
}

/* M-mode code before the sequence's registers are set: BASE, satp (with a full
 * sfence.vma: the roots differ in their U bits), mstatus.MPP, mepc at the
 * body, and the ecall cause the trap handler is to expect from it. */
static void emit_mode_switch(int index, SeqMode m)
{
    static const char *const roots[] = {"", "dx_r39s", "dx_r48s", "dx_r39u", "dx_r48u"};
    static const int satp_modes[] = {0, 8, 9, 8, 9};
    static const int mpp[] = {3, 1, 1, 0, 0};
    static const int causes[] = {11, 9, 9, 8, 8};
    if (m == PM_M) {
        emit("    la {B}, dx_pages + 4096\n"
             "    csrw satp, zero\n");
    } else {
        emit("    li {B}, 0x%x\n", VA_BASE);
        emit("    la {1}, %s\n"
             "    srli {1}, {1}, 12\n"
             "    li {2}, %d\n"
             "    slli {2}, {2}, 60\n"
             "    or {1}, {1}, {2}\n"
             "    csrw satp, {1}\n",
             roots[m], satp_modes[m]);
    }
    emit("    sfence.vma\n"
         "    li {1}, 3 << 11\n"
         "    csrc mstatus, {1}\n"
         "    li {1}, %d << 11\n"
         "    csrs mstatus, {1}\n"
         "    la {1}, .Ls%d_body\n"
         "    csrw mepc, {1}\n"
         "    la {1}, dx_save\n"
         "    li {2}, %d\n"
         "    sd {2}, %d({1})\n",
         mpp[m], index, causes[m], SAVE_EXPECT);
}

static void emit_sequence(uint64_t seed, int index)
{
    Rng r = {mix(seed, (uint64_t)index)};
    static Seq s;
    memset(&s, 0, sizeof s);
    s.r = &r;
    s.index = index;

    SeqMode mode = choose_mode(&r);
    printf("\n    /* sequence %d: %s */\nseq%d:\n", index, seq_mode_names[mode], index);
    printf("    li x%d, 0x%" PRIx64 "\n    call fill\n", g_tmp[0], rng_next(&r) | 1);
    emit_mode_switch(index, mode);
    for (int i = 1; i < 32; i++) {
        if (i == g_base) continue;
        s.init[i] = random_value(&r);
        s.clean[i] = true;
        printf("    li x%d, 0x%" PRIx64 "\n", i, s.init[i]);
    }
    printf("    mret\n.Ls%d_body:\n", index);
    plan_sequence(&s);
    for (s.pos = 0; s.pos < s.n; s.pos++)
        if (s.kind[s.pos] == U_RANDOM)
            gen_unit(&s);
        else
            gen_loop_unit(&s);
    for (int i = 0, l = 0; i <= s.n; i++) {
        if (s.label[i]) printf(LABEL_FMT ":\n", index, i);
        if (i < s.n && s.kind[i] == U_INIT) print_loop_comment(&s.loops[l++]);
        if (i < s.n) printf("    %s\n", s.text[i]);
    }
    printf("    ecall\n");
}

/* --- Harness --------------------------------------------------------------- */

/* Fills the 512 entries of `table` with PTEs starting at physical address
 * {1} >> 2 << 12 (that is, {1} holds the first PTE without its flags),
 * `step` apart in PTE units, with `flags`. Clobbers {1}..{4}. */
static void emit_table_fill(const char *table, uint64_t step, unsigned flags)
{
    emit("    ori {1}, {1}, 0x%x\n"
         "    la {2}, %s\n"
         "    li {3}, 512\n"
         "    li {4}, 0x%" PRIx64 "\n"
         "1:  sd {1}, 0({2})\n"
         "    add {1}, {1}, {4}\n"
         "    addi {2}, {2}, 8\n"
         "    addi {3}, {3}, -1\n"
         "    bnez {3}, 1b\n",
         flags, table, step);
}

/* {1} = pointer PTE to `table`, stored at index `slot` of `into`. */
static void emit_table_link(const char *into, int slot, const char *table)
{
    emit("    la {1}, %s\n"
         "    srli {1}, {1}, 2\n"
         "    ori {1}, {1}, 1\n"
         "    la {2}, %s\n"
         "    sd {1}, %d({2})\n",
         table, into, slot * 8);
}

/* The page tables, built in M-mode before the first sequence, in two sets:
 * one for S-mode (no U bit) and one for U-mode (U on every page), since S
 * may not fetch from U pages nor U touch the others. In each set:
 *
 * - The buffer is at VA_BASE - 2048 through a table of 4 KiB pages holding
 *   just its two pages, swapped: the virtual page below BASE is the
 *   physical page above the physical BASE and the other way round. A
 *   misaligned access across BASE then only reads or writes the right
 *   bytes if both halves are translated on their own. These two PTEs leave
 *   A and D clear, for the hardware to set (QEMU and rivet both update
 *   them): the dump prints and then clears them.
 * - The code (the GiB of RAM at 0x80000000) is identity-mapped, RWX with A
 *   and D preset, in a different page size per root, so that fetches go
 *   through all three: Sv48 as one gigapage; Sv39 as 2 MiB pages, except in
 *   the S set, where the first 2 MiB (where the code of a program of a few
 *   hundred sequences lies) are 4 KiB pages, so that blocks cross pages.
 * - The first GiB (devices) is a read-write gigapage, for S-mode (nothing
 *   uses it: the dump runs in M-mode). */
static void emit_page_tables(void)
{
    for (int u = 0; u < 2; u++) {
        unsigned ub = u ? 0x10 : 0; /* PTE_U */
        char c = u ? 'u' : 's';
        char l0[16], l1b[16], l1[16], r39[16], l2[16], r48[16];
        snprintf(l0, sizeof l0, "dx_l0%c", c);
        snprintf(l1b, sizeof l1b, "dx_l1b%c", c);
        snprintf(l1, sizeof l1, "dx_l1%c", c);
        snprintf(r39, sizeof r39, "dx_r39%c", c);
        snprintf(l2, sizeof l2, "dx_l2%c", c);
        snprintf(r48, sizeof r48, "dx_r48%c", c);
        /* The buffer's pages, swapped: V R W X, A and D clear. */
        emit("    la {1}, dx_pages\n"
             "    srli {1}, {1}, 2\n"
             "    ori {1}, {1}, 0x%x\n"
             "    li {2}, 1 << 10\n"
             "    add {2}, {2}, {1}\n"
             "    la {3}, %s\n"
             "    sd {2}, 0({3})\n"
             "    sd {1}, 8({3})\n",
             0x0f | ub, l0);
        emit_table_link(l1b, 0, l0);
        /* 2 MiB pages over the RAM GiB: V R W X A D. */
        emit("    li {1}, 0x80000000 >> 2\n");
        emit_table_fill(l1, 1u << 19, 0xcf | ub);
        if (!u) {
            emit("    li {1}, 0x80000000 >> 2\n");
            emit_table_fill("dx_l0c", 1u << 10, 0xcf);
            emit_table_link(l1, 0, "dx_l0c");
        }
        /* Devices: gigapage 0, V R W A D. */
        emit("    li {1}, 0xc7\n"
             "    la {2}, %s\n"
             "    sd {1}, 0({2})\n"
             "    la {2}, %s\n"
             "    sd {1}, 0({2})\n",
             r39, l2);
        emit_table_link(r39, 1, l1b);
        emit_table_link(r39, 2, l1);
        emit_table_link(l2, 1, l1b);
        emit("    li {1}, (0x80000000 >> 2) | 0x%x\n"
             "    la {2}, %s\n"
             "    sd {1}, 16({2})\n",
             0xcf | ub, l2);
        emit_table_link(r48, 0, l2);
    }
}

static void emit_harness(int first)
{
    emit("    .option norelax\n"
         "    .section .text.init, \"ax\"\n"
         "    .globl _start\n"
         "_start:\n"
         "    la {A}, trap\n"
         "    csrw mtvec, {A}\n"
         "    la {1}, dx_save\n"
         "    csrw mscratch, {1}\n"
         "    li {2}, %d\n"
         "    sd {2}, %d({1})\n"
         /* S and U may access nothing without a PMP entry (QEMU enforces
          * it): all ones in a NAPOT pmpaddr covers everything, RWX. */
         "    li {1}, -1\n"
         "    csrw pmpaddr0, {1}\n"
         "    li {1}, 0x1f\n"
         "    csrw pmpcfg0, {1}\n",
         first, SAVE_COUNTER);
    emit_page_tables();
    emit("    j seq%d\n", first);

    /* The data area comes next, at the start of the image rather than in
     * .bss, so that its address (and BASE) does not depend on the size of
     * the program: `gen SEED 1 K` then reproduces every value of sequence K
     * except those derived from the pc. Two pages, BASE at the boundary:
     * the buffer is the second half of the first and the first half of the
     * second (the other halves are reached from S and U, where the pages
     * are swapped). Then the save area and the page tables. No code shares
     * these pages, so stores never hit translated code. */
    emit("\n    .balign 8192\n"
         "dx_pages: .skip 8192\n"
         "dx_save: .skip 512\n"
         "    .balign 4096\n"
         "dx_l0c: .skip 4096\n"
         "dx_l0s: .skip 4096\n"
         "dx_l0u: .skip 4096\n"
         "dx_l1bs: .skip 4096\n"
         "dx_l1bu: .skip 4096\n"
         "dx_l1s: .skip 4096\n"
         "dx_l1u: .skip 4096\n"
         "dx_r39s: .skip 4096\n"
         "dx_r39u: .skip 4096\n"
         "dx_l2s: .skip 4096\n"
         "dx_l2u: .skip 4096\n"
         "dx_r48s: .skip 4096\n"
         "dx_r48u: .skip 4096\n"
         "\n    .text\n");

    /* puts: string at {A}. puthex: 16 hex digits of {A}. Both clobber
     * {A} and {1}..{4}, nothing else. */
    emit("\nputs:\n"
         "    li {1}, 0x10000000\n"
         "1:  lbu {2}, 0({A})\n"
         "    beqz {2}, 2f\n"
         "    sb {2}, 0({1})\n"
         "    addi {A}, {A}, 1\n"
         "    j 1b\n"
         "2:  ret\n"
         "\nputhex:\n"
         "    li {1}, 0x10000000\n"
         "    la {4}, hexdigits\n"
         "    li {2}, 60\n"
         "1:  srl {3}, {A}, {2}\n"
         "    andi {3}, {3}, 15\n"
         "    add {3}, {3}, {4}\n"
         "    lbu {3}, 0({3})\n"
         "    sb {3}, 0({1})\n"
         "    addi {2}, {2}, -4\n"
         "    bgez {2}, 1b\n"
         "    ret\n");

    /* fill: xorshift64 from the seed in {A} over both pages, physically
     * (M-mode): whichever way they are mapped, the buffer is in them. */
    emit("\nfill:\n"
         "    la {1}, dx_pages\n"
         "    li {2}, 8192\n"
         "    add {2}, {2}, {1}\n"
         "1:  slli {3}, {A}, 13\n"
         "    xor {A}, {A}, {3}\n"
         "    srli {3}, {A}, 7\n"
         "    xor {A}, {A}, {3}\n"
         "    slli {3}, {A}, 17\n"
         "    xor {A}, {A}, {3}\n"
         "    sd {A}, 0({1})\n"
         "    addi {1}, {1}, 8\n"
         "    bltu {1}, {2}, 1b\n"
         "    ret\n");

    /* The M-mode trap vector, which is also the dump routine: a sequence
     * ends with an ecall from its mode. mscratch holds the save area: swap
     * it with x1, save every register as the sequence left it, put the
     * pointer back for next time. Anything but the expected ecall is an
     * unexpected trap. The dump returns past the ecall, still in M-mode,
     * with BASE restored (the sequence never writes it). */
    emit("\n    .balign 4\n"
         "trap:\n"
         "    csrrw x1, mscratch, x1\n");
    for (int i = 2; i < 32; i++) emit("    sd x%d, %d(x1)\n", i, 8 * i);
    emit("    csrr x2, mscratch\n"
         "    sd x2, 8(x1)\n"
         "    csrw mscratch, x1\n"
         "    mv {B}, x1\n"
         "    csrr {1}, mcause\n"
         "    ld {2}, %d({B})\n"
         "    bne {1}, {2}, unexpected\n"
         "    csrr {1}, mepc\n"
         "    addi {1}, {1}, 4\n"
         "    sd {1}, %d({B})\n",
         SAVE_EXPECT, SAVE_RET);
    /* "S<index>", the index kept in the save area and printed in decimal. */
    emit("    li {1}, 0x10000000\n"
         "    li {2}, 'S'\n"
         "    sb {2}, 0({1})\n"
         "    ld {5}, %d({B})\n"
         "    addi {2}, {5}, 1\n"
         "    sd {2}, %d({B})\n"
         "    addi {4}, {B}, %d\n"
         "    sb zero, 0({4})\n"
         "    li {3}, 10\n"
         "1:  remu {2}, {5}, {3}\n"
         "    addi {2}, {2}, '0'\n"
         "    addi {4}, {4}, -1\n"
         "    sb {2}, 0({4})\n"
         "    divu {5}, {5}, {3}\n"
         "    bnez {5}, 1b\n"
         "    mv {A}, {4}\n"
         "    call puts\n",
         SAVE_COUNTER, SAVE_COUNTER, SAVE_DEC_END);
    /* " mode=" from the CSRs: the mode the ecall came from (mcause 8, 9 or
     * 11) and satp's MODE (0, 8 or 9). */
    emit("    la {A}, name_mode\n"
         "    call puts\n"
         "    csrr {A}, mcause\n"
         "    addi {A}, {A}, -8\n"
         "    slli {A}, {A}, 1\n"
         "    la {1}, mode_letters\n"
         "    add {A}, {A}, {1}\n"
         "    call puts\n"
         "    csrr {A}, satp\n"
         "    srli {A}, {A}, 60\n"
         "    beqz {A}, 1f\n"
         "    addi {A}, {A}, -8\n"
         "    slli {A}, {A}, 3\n"
         "    la {1}, satp_names\n"
         "    add {A}, {A}, {1}\n"
         "    call puts\n"
         "1:\n");
    for (int i = 1; i < 32; i++)
        emit("    la {A}, name_x%d\n"
             "    call puts\n"
             "    ld {A}, %d({B})\n"
             "    call puthex\n",
             i, 8 * i);
    /* Checksum of both pages: h = (h ^ w) * odd constant, word by word.
     * Each step is a bijection of h for a fixed w and of w for a fixed h,
     * so a single differing word always changes the result. */
    emit("    la {1}, dx_pages\n"
         "    li {2}, 8192\n"
         "    add {2}, {2}, {1}\n"
         "    li {3}, 0x9e3779b97f4a7c15\n"
         "    li {5}, 0xcbf29ce484222325\n"
         "1:  ld {4}, 0({1})\n"
         "    xor {5}, {5}, {4}\n"
         "    mul {5}, {5}, {3}\n"
         "    addi {1}, {1}, 8\n"
         "    bltu {1}, {2}, 1b\n"
         "    la {A}, name_mem\n"
         "    call puts\n"
         "    mv {A}, {5}\n"
         "    call puthex\n");
    /* " ad=": the A and D bits (7:6) the sequence left in the buffer's two
     * PTEs of its tables, below BASE then above it ("--" from M-mode),
     * cleared again for the next sequence. Both roots of a mode share the
     * tables. */
    emit("    la {A}, name_ad\n"
         "    call puts\n"
         "    li {5}, 0\n"
         "    csrr {1}, satp\n"
         "    beqz {1}, 2f\n"
         "    la {5}, dx_l0s\n"
         "    csrr {1}, mcause\n"
         "    li {2}, 9\n"
         "    beq {1}, {2}, 1f\n"
         "    la {5}, dx_l0u\n"
         "1:  li {1}, 0x10000000\n"
         "    ld {2}, 0({5})\n"
         "    srli {3}, {2}, 6\n"
         "    andi {3}, {3}, 3\n"
         "    addi {3}, {3}, '0'\n"
         "    sb {3}, 0({1})\n"
         "    andi {2}, {2}, -0xc1\n"
         "    sd {2}, 0({5})\n"
         "    ld {2}, 8({5})\n"
         "    srli {3}, {2}, 6\n"
         "    andi {3}, {3}, 3\n"
         "    addi {3}, {3}, '0'\n"
         "    sb {3}, 0({1})\n"
         "    andi {2}, {2}, -0xc1\n"
         "    sd {2}, 8({5})\n"
         "    sfence.vma\n"
         "    j 3f\n"
         "2:  la {A}, name_ad_m\n"
         "    call puts\n"
         "3:  li {1}, 0x10000000\n"
         "    li {2}, '\\n'\n"
         "    sb {2}, 0({1})\n"
         "    ld {1}, %d({B})\n"
         "    ld {B}, %d({B})\n"
         "    jr {1}\n",
         SAVE_RET, 8 * g_base);

    /* Unexpected trap: report and exit with code 3. */
    emit("\nunexpected:\n"
         "    la {A}, name_trap\n"
         "    call puts\n"
         "    csrr {A}, mcause\n"
         "    call puthex\n"
         "    la {A}, name_mepc\n"
         "    call puts\n"
         "    csrr {A}, mepc\n"
         "    call puthex\n"
         "    la {A}, name_mtval\n"
         "    call puts\n"
         "    csrr {A}, mtval\n"
         "    call puthex\n"
         "    li {1}, 0x10000000\n"
         "    li {2}, '\\n'\n"
         "    sb {2}, 0({1})\n"
         "    li {1}, 0x100000\n"
         "    li {2}, (3 << 16) | 0x3333\n"
         "    sw {2}, 0({1})\n"
         "1:  j 1b\n");
}

static void emit_data(void)
{
    printf("\n    .section .rodata\n"
           "hexdigits: .ascii \"0123456789abcdef\"\n"
           "name_mem: .asciz \" mem=\"\n"
           "name_mode: .asciz \" mode=\"\n"
           "name_ad: .asciz \" ad=\"\n"
           "name_ad_m: .asciz \"--\"\n"
           /* By mcause - 8: U, S, (H), M. */
           "mode_letters: .asciz \"U\", \"S\", \"?\", \"M\"\n"
           /* By satp.MODE - 8, 8 bytes each. */
           "satp_names: .asciz \"-sv39\"\n"
           "    .skip 2\n"
           "    .asciz \"-sv48\"\n"
           "name_trap: .asciz \"TRAP mcause=\"\n"
           "name_mepc: .asciz \" mepc=\"\n"
           "name_mtval: .asciz \" mtval=\"\n");
    for (int i = 1; i < 32; i++) printf("name_x%d: .asciz \" x%d=\"\n", i, i);
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s SEED COUNT [FIRST] > prog.S\n", argv[0]);
        return 2;
    }
    char *end;
    uint64_t seed = strtoull(argv[1], &end, 0);
    if (*end) {
        fprintf(stderr, "gen: bad seed '%s'\n", argv[1]);
        return 2;
    }
    long count = strtol(argv[2], &end, 0);
    if (*end || count < 1 || count > 100000) {
        fprintf(stderr, "gen: bad count '%s'\n", argv[2]);
        return 2;
    }
    long first = 0;
    if (argc == 4) {
        first = strtol(argv[3], &end, 0);
        if (*end || first < 0 || first > 1000000) {
            fprintf(stderr, "gen: bad first index '%s'\n", argv[3]);
            return 2;
        }
    }

    /* BASE varies with the seed; the temporaries are the first six of
     * x5..x15 that are not BASE (never x1, which calls use). */
    Rng r = {mix(seed, UINT64_MAX)};
    g_base = 2 + (int)rng_below(&r, 30);
    for (int i = 5, n = 0; n < 6; i++)
        if (i != g_base) g_tmp[n++] = i;

    printf("/* Generated by tests/diff/gen.c: gen %" PRIu64 " %ld %ld (BASE = x%d). */\n", seed,
           count, first, g_base);
    emit_harness((int)first);
    for (long i = first; i < first + count; i++) emit_sequence(seed, (int)i);
    emit("\n    li {1}, 0x100000\n"
         "    li {2}, 0x5555\n"
         "    sw {2}, 0({1})\n"
         "1:  j 1b\n");
    emit_data();
    return 0;
}
