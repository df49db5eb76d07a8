/*
 * Unit test of the backend's floating-point ops (fadd..fcmp of tcg/ir.h,
 * lowered by tcg/x86_64/fpu.c), without a guest.
 *
 * Random TBs mix the FP ops (both formats, every fused variant, the three
 * comparisons) on 20 slots of a CPU state of this file's own (more slots
 * than XMM registers cache them) with what may disturb them:
 *  - calls of a helper that raises random MXCSR flags, sometimes leaves
 *    MXCSR's control bits off their default (rounding down, DAZ, FTZ),
 *    overwrites every XMM register, and may overwrite the guest flag word
 *    (as a CSR write of fflags does) or record it (as a read does);
 *  - guest loads into a slot and stores from one, through slow paths whose
 *    helpers do the same to MXCSR and the XMM registers, or the fast path;
 *  - stores of constants and copies between slots (st_env / ld_env);
 *  - forward branches over a few events, side exits, and a loop back to
 *    the TB start;
 *  - MXCSR polluted, flags and control bits, before the TB runs.
 * Each run is compared with an interpreter of the same events on the
 * soft-float of target/riscv/fpu_helper.c in round-to-nearest-even, which
 * test_fpu and the differential test check against the hardware and QEMU:
 * every slot, the flag word (mapped from MXCSR by the real fflags table),
 * the comparison results, memory, and the flag words the helper saw.
 *
 * Directed cases first: a NaN payload through fadd gives the default NaN
 * with invalid only for a signalling one, an improperly boxed single reads
 * as the default NaN, flags read by a helper right after an inline op,
 * flags cleared by a helper and then an exact op, polluted MXCSR at entry,
 * and a slow path between two ops.
 */
#define _GNU_SOURCE /* memfd_create */
#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "target/riscv/fpu_helper.h"
#include "tcg/backend.h"
#include "tcg/ir.h"

#define NSLOT 20
#define NRES 16
#define NMEM 32
#define NLOG 32
#define MEM_BASE 0x80000000ull
#define PAGE_BITS 12
#define BOX 0xffffffff00000000ull

typedef struct FakeTLBEntry {
    uint64_t addr_read, addr_write, addr_code;
    uintptr_t addend;
} FakeTLBEntry;

typedef struct FakeTLBFast {
    uintptr_t mask;
    FakeTLBEntry *table;
} FakeTLBFast;

typedef struct FakeEnv {
    uint64_t g[3]; /* branch selector, side-exit selector, loop counter */
    uint64_t slot[NSLOT];
    uint64_t res[NRES];
    uint32_t fflags;
    uint8_t map[64];
    uint32_t exit_request;
    uint64_t insn_count, pc;
    FakeTLBFast tlb;
    void *jmp_cache[4];
} FakeEnv;

#define SLOT_OFF(i) ((int)(offsetof(FakeEnv, slot) + 8 * (i)))
#define RES_OFF(i) ((int)(offsetof(FakeEnv, res) + 8 * (i)))
#define EXIT_BASE ((uintptr_t)0x5a5a000)

static FakeEnv env;
static FakeTLBEntry tlb_table[4];
static uint64_t mem[NMEM];
static uint32_t seen[NLOG]; /* flag words the helper recorded */
static int nb_seen;

static int failures;
static char why[512];

/* xorshift64* */
static uint64_t rng_state = 0x6a09e667f3bcc909ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1dull;
}

/* ---- What host code may do to the FP state ------------------------------- */

/* noise bits 5:0: MXCSR flags to raise; bits 8:6: 1 round down, 2 DAZ,
 * 3 FTZ, else the control bits are left alone. Then every XMM register
 * is overwritten, as compiled C may do. */
static void host_noise(unsigned noise)
{
    uint32_t m;
    __asm__ volatile("stmxcsr %0" : "=m"(m));
    m |= noise & 0x3f;
    switch ((noise >> 6) & 7) {
    case 1: m |= 0x2000; break;
    case 2: m |= 0x40; break;
    case 3: m |= 0x8000; break;
    default: break;
    }
    __asm__ volatile("ldmxcsr %0" : : "m"(m));
    __asm__ volatile("pcmpeqd %%xmm0, %%xmm0\n\tpcmpeqd %%xmm1, %%xmm1\n\t"
                     "pcmpeqd %%xmm2, %%xmm2\n\tpcmpeqd %%xmm3, %%xmm3\n\t"
                     "pcmpeqd %%xmm4, %%xmm4\n\tpcmpeqd %%xmm5, %%xmm5\n\t"
                     "pcmpeqd %%xmm6, %%xmm6\n\tpcmpeqd %%xmm7, %%xmm7\n\t"
                     "pcmpeqd %%xmm8, %%xmm8\n\tpcmpeqd %%xmm9, %%xmm9\n\t"
                     "pcmpeqd %%xmm10, %%xmm10\n\tpcmpeqd %%xmm11, %%xmm11\n\t"
                     "pcmpeqd %%xmm12, %%xmm12\n\tpcmpeqd %%xmm13, %%xmm13\n\t"
                     "pcmpeqd %%xmm14, %%xmm14\n\tpcmpeqd %%xmm15, %%xmm15" ::
                         : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                           "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
}

static void mxcsr_set(uint32_t m)
{
    __asm__ volatile("ldmxcsr %0" : : "m"(m));
}

/* The helper's argument: noise in bits 8:0; bit 9: then write bits 14:10
 * to the flag word; bit 15: record the flag word first. */
#define HOST_WRITE (1u << 9)
#define HOST_RECORD (1u << 15)
#define HOST_VALUE(v) ((unsigned)(v) << 10)

static void h_host(void *e, uint64_t arg)
{
    FakeEnv *f = e;
    if ((arg & HOST_RECORD) && nb_seen < NLOG) seen[nb_seen++] = f->fflags;
    host_noise(arg & 0x1ff);
    if (arg & HOST_WRITE) f->fflags = (arg >> 10) & 31;
}
static const TCGHelperInfo host_info = {"host", (void *)h_host, 1, false, TCG_CALL_NO_RWG};

/* Slow-path helpers: their noise depends on the address. */
static unsigned addr_noise(uint64_t addr)
{
    return (unsigned)((addr * 0x9e3779b97f4a7c15ull) >> 55);
}
static uint64_t *mem_word(uint64_t addr)
{
    uint64_t i = (addr - MEM_BASE) / 8;
    return i < NMEM ? &mem[i] : NULL;
}
static uint64_t fake_ld(void *e, uint64_t addr, uint32_t oi, uintptr_t retaddr)
{
    host_noise(addr_noise(addr));
    uint64_t *w = mem_word(addr);
    return w ? *w : 0;
}
static void fake_st(void *e, uint64_t addr, uint64_t val, uint32_t oi, uintptr_t retaddr)
{
    host_noise(addr_noise(addr));
    uint64_t *w = mem_word(addr);
    if (w) *w = val;
}

/* ---- Events: the test's programs ------------------------------------------- */

typedef enum { E_FOP, E_FCMP, E_HOST, E_LOAD, E_STORE, E_SET, E_MOVE, E_EXIT, E_SKIP } EvKind;

typedef struct Event {
    EvKind k;
    TCGOpcode opc; /* E_FOP */
    int fmt;
    unsigned neg;   /* fmadd */
    TCGCond cond;   /* E_FCMP */
    int d, a, b, c; /* slots (E_FCMP: d is a result word; E_LOAD/E_STORE: c is the memory word) */
    uint64_t val;   /* E_HOST: the argument; E_SET: the value; E_EXIT/E_SKIP: the selector */
    int n;          /* E_SKIP: events skipped when taken */
} Event;

#define MAX_EV 40
typedef struct Program {
    Event ev[MAX_EV];
    int n;
    int loops; /* 0: no loop; else iterations */
    bool fast; /* the memory page is in the TLB */
    uint64_t slot[NSLOT], mem[NMEM];
    uint32_t fflags, mxcsr;
} Program;

/* ---- The reference ------------------------------------------------------- */

static uint64_t unbox(uint64_t v)
{
    return (v >> 32) == 0xffffffffu ? (uint32_t)v : CANONICAL_NAN_S;
}

static bool is_nan(bool single, uint64_t v)
{
    return single ? (v & 0x7fffffff) > 0x7f800000 : (v & INT64_MAX) > 0x7ff0000000000000ull;
}
static bool is_snan(bool single, uint64_t v)
{
    return is_nan(single, v) && !((v >> (single ? 22 : 51)) & 1);
}
/* a < b for non-NaN values, the zeros equal. */
static bool less(bool single, uint64_t a, uint64_t b)
{
    int sbit = single ? 31 : 63;
    uint64_t mag = (1ull << sbit) - 1;
    bool sa = (a >> sbit) & 1, sb = (b >> sbit) & 1;
    uint64_t ma = a & mag, mb = b & mag;
    if (ma == 0 && mb == 0) return false;
    if (sa != sb) return sa;
    return sa ? ma > mb : ma < mb;
}

static uint64_t ref_cmp(bool single, TCGCond cond, uint64_t a, uint64_t b, unsigned *fl)
{
    if (is_nan(single, a) || is_nan(single, b)) {
        if (cond != TCG_COND_EQ || is_snan(single, a) || is_snan(single, b)) *fl |= FFLAG_NV;
        return 0;
    }
    bool lt = less(single, a, b), eq = !lt && !less(single, b, a);
    return cond == TCG_COND_EQ ? eq : cond == TCG_COND_LT ? lt : lt || eq;
}

static uint64_t ref_fop(const Event *e, const uint64_t *slot, unsigned *fl)
{
    bool single = e->fmt == TCG_FP_S;
    FpFmt f = single ? FP_S : FP_D;
    uint64_t a = slot[e->a], b = slot[e->b], c = slot[e->c];
    if (single) a = unbox(a), b = unbox(b), c = unbox(c);
    uint64_t r;
    switch (e->opc) {
    case INDEX_op_fadd: r = sf_binop(f, FP_ADD, a, b, RM_RNE, fl); break;
    case INDEX_op_fsub: r = sf_binop(f, FP_SUB, a, b, RM_RNE, fl); break;
    case INDEX_op_fmul: r = sf_binop(f, FP_MUL, a, b, RM_RNE, fl); break;
    case INDEX_op_fdiv: r = sf_binop(f, FP_DIV, a, b, RM_RNE, fl); break;
    case INDEX_op_fsqrt: r = sf_sqrt(f, a, RM_RNE, fl); break;
    default: {
        unsigned neg = (e->neg & TCG_FMA_NEG_PRODUCT ? FMA_NEG_PRODUCT : 0) |
                       (e->neg & TCG_FMA_NEG_ADDEND ? FMA_NEG_ADDEND : 0);
        r = sf_fma(f, a, b, c, neg, RM_RNE, fl);
        break;
    }
    }
    return single ? r | BOX : r;
}

typedef struct State {
    uint64_t slot[NSLOT], res[NRES], mem[NMEM];
    uint32_t fflags;
    uint32_t seen[NLOG];
    int nb_seen;
    int exit; /* the exit index taken: 0 at the end */
} State;

static void ref_run(const Program *p, State *st)
{
    memcpy(st->slot, p->slot, sizeof(st->slot));
    memcpy(st->mem, p->mem, sizeof(st->mem));
    memset(st->res, 0, sizeof(st->res));
    st->fflags = p->fflags;
    st->nb_seen = 0;
    st->exit = 0;
    int iters = p->loops ? p->loops : 1;
    for (int it = 0; it < iters; it++) {
        int skip_to = -1;
        for (int i = 0; i < p->n; i++) {
            const Event *e = &p->ev[i];
            if (i < skip_to) continue;
            unsigned fl = 0;
            switch (e->k) {
            case E_FOP: st->slot[e->d] = ref_fop(e, st->slot, &fl); break;
            case E_FCMP: {
                bool single = e->fmt == TCG_FP_S;
                uint64_t a = st->slot[e->a], b = st->slot[e->b];
                if (single) a = unbox(a), b = unbox(b);
                st->res[e->d] = ref_cmp(single, e->cond, a, b, &fl);
                break;
            }
            case E_HOST:
                if ((e->val & HOST_RECORD) && st->nb_seen < NLOG)
                    st->seen[st->nb_seen++] = st->fflags;
                if (e->val & HOST_WRITE) st->fflags = (e->val >> 10) & 31;
                break;
            case E_LOAD: st->slot[e->d] = st->mem[e->c]; break;
            case E_STORE: st->mem[e->c] = st->slot[e->a]; break;
            case E_SET: st->slot[e->d] = e->val; break;
            case E_MOVE: st->slot[e->d] = st->slot[e->a]; break;
            case E_EXIT:
                if (e->val == 0) {
                    st->exit = e->n;
                    return;
                }
                break;
            case E_SKIP:
                if (e->val == 0) skip_to = i + 1 + e->n;
                break;
            }
            st->fflags |= fl;
        }
    }
}

/* ---- Code generation and running ------------------------------------------- */

#define CODE_SIZE (16u << 20)
static uint8_t *code_rw, *code_start, *code_ptr, *code_end;
static intptr_t rx_off;
static TCGPrologue prologue;
static TCGContext ctx;
static TCGv g[3];

static bool setup(void)
{
    int fd = memfd_create("test_fp_inline", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, CODE_SIZE) != 0) return false;
    code_rw = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    uint8_t *rx = mmap(NULL, CODE_SIZE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (code_rw == MAP_FAILED || rx == MAP_FAILED) return false;
    rx_off = rx - code_rw;
    TCGEnvLayout layout = {
        .exit_request_off = (int)offsetof(FakeEnv, exit_request),
        .insn_count_off = (int)offsetof(FakeEnv, insn_count),
        .pc_off = (int)offsetof(FakeEnv, pc),
        .tlb_mask_off = (int)offsetof(FakeEnv, tlb.mask),
        .tlb_table_off = (int)offsetof(FakeEnv, tlb.table),
        .tlb_fast_stride = (int)sizeof(FakeTLBFast),
        .tlb_entry_bits = 5,
        .tlb_read_off = (int)offsetof(FakeTLBEntry, addr_read),
        .tlb_write_off = (int)offsetof(FakeTLBEntry, addr_write),
        .tlb_addend_off = (int)offsetof(FakeTLBEntry, addend),
        .page_bits = PAGE_BITS,
        .helper_ld = (void *)fake_ld,
        .helper_st = (void *)fake_st,
        .jmp_cache_off = (int)offsetof(FakeEnv, jmp_cache),
        .jmp_cache_mask = 3,
        .tb_pc_off = 0,
        .tb_flags_off = 8,
        .tb_code_off = 16,
        .fp_flags_off = (int)offsetof(FakeEnv, fflags),
        .fp_flags_map_off = (int)offsetof(FakeEnv, map),
    };
    tcg_backend_init(&layout);
    uint32_t n = tcg_gen_prologue(code_rw, code_rw + CODE_SIZE, rx_off, &prologue);
    code_start = code_ptr = code_rw + ((n + 63) & ~63u);
    code_end = code_rw + CODE_SIZE;
    tcg_context_init(&ctx);
    static const char *const names[3] = {"sel", "exitsel", "count"};
    for (int i = 0; i < 3; i++)
        g[i] = tcg_global_mem_new(&ctx, (int)offsetof(FakeEnv, g[i]), names[i]);
    memcpy(env.map, fpu_host_flags_map, sizeof(env.map));
    env.tlb.mask = 3u << 5;
    env.tlb.table = tlb_table;
    return true;
}

static TCGv C(int64_t v)
{
    return tcg_constant(&ctx, v);
}

static uint64_t mem_addr(int word)
{
    return MEM_BASE + 8 * (uint64_t)word;
}

static void gen_event(const Event *e)
{
    TCGContext *s = &ctx;
    TCGv t = tcg_temp_new(s);
    switch (e->k) {
    case E_FOP:
        if (e->opc == INDEX_op_fsqrt)
            tcg_gen_fsqrt(s, e->fmt, SLOT_OFF(e->d), SLOT_OFF(e->a));
        else if (e->opc == INDEX_op_fmadd)
            tcg_gen_fmadd(s, e->fmt, e->neg, SLOT_OFF(e->d), SLOT_OFF(e->a), SLOT_OFF(e->b),
                          SLOT_OFF(e->c));
        else
            tcg_gen_fp_binop(s, e->opc, e->fmt, SLOT_OFF(e->d), SLOT_OFF(e->a), SLOT_OFF(e->b));
        break;
    case E_FCMP:
        tcg_gen_fcmp(s, e->fmt, e->cond, t, SLOT_OFF(e->a), SLOT_OFF(e->b));
        tcg_gen_st_env(s, t, RES_OFF(e->d), MO_64);
        break;
    case E_HOST: tcg_gen_call(s, &host_info, -1, 1, (TCGv[]){C((int64_t)e->val)}); break;
    case E_LOAD:
        tcg_gen_qemu_ld(s, t, C((int64_t)mem_addr(e->c)), MO_64, 0);
        tcg_gen_st_env(s, t, SLOT_OFF(e->d), MO_64);
        break;
    case E_STORE:
        tcg_gen_ld_env(s, t, SLOT_OFF(e->a), MO_64);
        tcg_gen_qemu_st(s, t, C((int64_t)mem_addr(e->c)), MO_64, 0);
        break;
    case E_SET: tcg_gen_st_env(s, C((int64_t)e->val), SLOT_OFF(e->d), MO_64); break;
    case E_MOVE:
        tcg_gen_ld_env(s, t, SLOT_OFF(e->a), MO_64);
        tcg_gen_st_env(s, t, SLOT_OFF(e->d), MO_64);
        break;
    case E_EXIT:
        tcg_gen_brcond_exit(s, TCG_COND_EQ, g[1], C((int64_t)e->val), e->n, 0x1000 + e->n);
        break;
    case E_SKIP: break;
    }
}

static const uint8_t *tb_code; /* executable address of the last TB built */

static const char *build(const Program *p, bool optimize)
{
    TCGContext *s = &ctx;
    tcg_func_start(s);
    TCGOp *st = tcg_gen_tb_start(s);
    st->args[0] = 1;
    int head = -1;
    if (p->loops) {
        int ph = tcg_gen_placeholder(s);
        head = tcg_label_new(s);
        tcg_set_loop_head(s, ph, head);
    }
    tcg_gen_insn_start(s, 0x1000);
    int skip_label = -1, skip_end = -1;
    for (int i = 0; i < p->n; i++) {
        if (i == skip_end) {
            tcg_gen_set_label(s, skip_label);
            skip_end = -1;
        }
        const Event *e = &p->ev[i];
        if (e->k == E_SKIP) {
            skip_label = tcg_label_new(s);
            skip_end = i + 1 + e->n;
            tcg_gen_brcond(s, TCG_COND_EQ, g[0], C((int64_t)e->val), skip_label);
        }
        gen_event(e);
    }
    if (skip_end >= 0) tcg_gen_set_label(s, skip_label);
    if (p->loops) {
        tcg_gen_binop(s, INDEX_op_sub, g[2], g[2], C(1));
        tcg_gen_brcond(s, TCG_COND_NE, g[2], C(0), head);
    }
    tcg_gen_exit_tb(s, TB_EXIT_NONE);
    if (s->overflow) return "IR overflow in the test";
    if (optimize) tcg_optimize(s);
    tcg_liveness(s);
    if (code_end - code_ptr < 1 << 20) code_ptr = code_start;
    TCGCodeResult res;
    if (!tcg_gen_code(s, code_ptr, code_end, rx_off, EXIT_BASE, &res)) return "tcg_gen_code failed";
    tb_code = res.code + rx_off;
    code_ptr += (res.size + 63) & ~63u;
    return NULL;
}

/* Runs p, whose TB is the last one built. */
static void execute(const Program *p, State *out)
{
    memcpy(env.slot, p->slot, sizeof(env.slot));
    memcpy(mem, p->mem, sizeof(mem));
    memset(env.res, 0, sizeof(env.res));
    env.fflags = p->fflags;
    env.g[0] = env.g[1] = 0;
    env.g[2] = (uint64_t)p->loops;
    env.exit_request = 0;
    for (int i = 0; i < 4; i++)
        tlb_table[i] = (FakeTLBEntry){UINT64_MAX, UINT64_MAX, UINT64_MAX, 0};
    if (p->fast) {
        FakeTLBEntry *te = &tlb_table[(MEM_BASE >> PAGE_BITS) & 3];
        te->addr_read = te->addr_write = MEM_BASE;
        te->addend = (uintptr_t)mem - MEM_BASE;
    }
    nb_seen = 0;
    mxcsr_set(p->mxcsr);
    uintptr_t ret = prologue.enter(&env, tb_code);
    mxcsr_set(0x1f80);
    memcpy(out->slot, env.slot, sizeof(out->slot));
    memcpy(out->res, env.res, sizeof(out->res));
    memcpy(out->mem, mem, sizeof(out->mem));
    out->fflags = env.fflags;
    memcpy(out->seen, seen, sizeof(out->seen));
    out->nb_seen = nb_seen;
    out->exit = ret == 0 ? 0 : (int)(ret & TB_EXIT_MASK);
}

static const char *const op_names[] = {
    [INDEX_op_fadd] = "fadd", [INDEX_op_fsub] = "fsub",   [INDEX_op_fmul] = "fmul",
    [INDEX_op_fdiv] = "fdiv", [INDEX_op_fsqrt] = "fsqrt", [INDEX_op_fmadd] = "fmadd"};

static int describe(const Program *p, char *buf, int len)
{
    int n = snprintf(buf, len, "fflags0=%02x mxcsr0=%04x loops=%d fast=%d:", p->fflags, p->mxcsr,
                     p->loops, p->fast);
    for (int i = 0; i < p->n && n < len - 64; i++) {
        const Event *e = &p->ev[i];
        switch (e->k) {
        case E_FOP:
            n += snprintf(buf + n, len - n, " %s.%c(%d=%d,%d,%d;%u)", op_names[e->opc],
                          e->fmt == TCG_FP_S ? 's' : 'd', e->d, e->a, e->b, e->c, e->neg);
            break;
        case E_FCMP:
            n += snprintf(buf + n, len - n, " fcmp%d.%c(r%d=%d,%d)", e->cond,
                          e->fmt == TCG_FP_S ? 's' : 'd', e->d, e->a, e->b);
            break;
        case E_HOST: n += snprintf(buf + n, len - n, " host(%#" PRIx64 ")", e->val); break;
        case E_LOAD: n += snprintf(buf + n, len - n, " ld(%d=m%d)", e->d, e->c); break;
        case E_STORE: n += snprintf(buf + n, len - n, " st(m%d=%d)", e->c, e->a); break;
        case E_SET: n += snprintf(buf + n, len - n, " set(%d)", e->d); break;
        case E_MOVE: n += snprintf(buf + n, len - n, " mov(%d=%d)", e->d, e->a); break;
        case E_EXIT:
            n += snprintf(buf + n, len - n, " exit%d(%s)", e->n, e->val ? "no" : "yes");
            break;
        case E_SKIP:
            n += snprintf(buf + n, len - n, " skip%d(%s)", e->n, e->val ? "no" : "yes");
            break;
        }
    }
    return n;
}

/* NULL, or what differs between the TB's run and the reference. */
static const char *check(const Program *p, bool optimize)
{
    const char *err = build(p, optimize);
    if (err) return err;
    State want, got;
    ref_run(p, &want);
    execute(p, &got);
    char what[160] = "";
    if (got.exit != want.exit)
        snprintf(what, sizeof(what), "exit %d, want %d", got.exit, want.exit);
    for (int i = 0; i < NSLOT && !what[0]; i++)
        if (got.slot[i] != want.slot[i])
            snprintf(what, sizeof(what), "slot %d = %016" PRIx64 ", want %016" PRIx64, i,
                     got.slot[i], want.slot[i]);
    if (!what[0] && got.fflags != want.fflags)
        snprintf(what, sizeof(what), "fflags %02x, want %02x", got.fflags, want.fflags);
    for (int i = 0; i < NRES && !what[0]; i++)
        if (got.res[i] != want.res[i])
            snprintf(what, sizeof(what), "comparison result %d = %" PRIu64 ", want %" PRIu64, i,
                     got.res[i], want.res[i]);
    for (int i = 0; i < NMEM && !what[0]; i++)
        if (got.mem[i] != want.mem[i])
            snprintf(what, sizeof(what), "memory word %d = %016" PRIx64 ", want %016" PRIx64, i,
                     got.mem[i], want.mem[i]);
    if (!what[0] && got.nb_seen != want.nb_seen)
        snprintf(what, sizeof(what), "helper recorded %d flag words, want %d", got.nb_seen,
                 want.nb_seen);
    for (int i = 0; i < want.nb_seen && !what[0]; i++)
        if (got.seen[i] != want.seen[i])
            snprintf(what, sizeof(what), "helper saw fflags %02x at its call %d, want %02x",
                     got.seen[i], i, want.seen[i]);
    if (!what[0]) return NULL;
    int n = snprintf(why, sizeof(why), "%s%s; ", what, optimize ? "" : " (unoptimized)");
    describe(p, why + n, (int)sizeof(why) - n);
    return why;
}

static void report(const char *name, const char *err)
{
    if (err) {
        printf("not ok fp_inline/%s: %s\n", name, err);
        failures++;
    } else {
        printf("ok fp_inline/%s\n", name);
    }
}

/* ---- Values -------------------------------------------------------------- */

static uint64_t make(bool single, bool sign, unsigned e, uint64_t m)
{
    if (single) return (uint64_t)sign << 31 | (uint64_t)(e & 0xff) << 23 | (m & 0x7fffff);
    return (uint64_t)sign << 63 | (uint64_t)(e & 0x7ff) << 52 | (m & ((1ull << 52) - 1));
}

/* A value of one format, biased to the hard cases. */
static uint64_t fp_value(bool single)
{
    unsigned emax = single ? 0xff : 0x7ff, bias = single ? 127 : 1023;
    unsigned qbit = single ? 22 : 51;
    bool sign = rnd() & 1;
    uint64_t m = rnd();
    switch (rnd() % 12) {
    case 0: return make(single, sign, 0, 0);
    case 1: return make(single, sign, 0, m);
    case 2: return make(single, sign, emax, 0);
    case 3: return make(single, sign, emax, m | 1ull << qbit);
    case 4: return make(single, sign, emax, (m & ~(1ull << qbit)) | 1);
    case 5: return make(single, sign, 1 + rnd() % 3, m);
    case 6: return make(single, sign, emax - 1 - rnd() % 3, m);
    case 7: return make(single, sign, bias - 8 + rnd() % 16, m & 0xf000f);
    case 8: return make(single, sign, bias / 2 + rnd() % 8, m);
    case 9: return make(single, sign, bias / 2 - rnd() % 8, m);
    default: return make(single, sign, bias - 30 + rnd() % 60, m);
    }
}

/* A slot: a double, a boxed single, or a single with a broken box. */
static uint64_t slot_value(void)
{
    switch (rnd() % 10) {
    case 0:
    case 1:
    case 2:
    case 3: return fp_value(false);
    case 8: return fp_value(true) | (rnd() << 32 & ~BOX) | 1ull << 40;
    case 9: return rnd();
    default: return fp_value(true) | BOX;
    }
}

/* ---- Random programs --------------------------------------------------------- */

static int last_d;

static int pick_slot(void)
{
    return rnd() % 3 == 0 ? last_d : (int)(rnd() % NSLOT);
}

static void random_event(Event *e, int *exits, bool in_skip, bool fma)
{
    memset(e, 0, sizeof(*e));
    unsigned r = rnd() % 100;
    e->fmt = rnd() % 3 == 0 ? TCG_FP_S : TCG_FP_D;
    e->a = pick_slot();
    e->b = rnd() % 8 == 0 ? e->a : pick_slot();
    e->c = pick_slot();
    if (r < 55) {
        static const TCGOpcode ops[] = {INDEX_op_fadd, INDEX_op_fsub,  INDEX_op_fmul,
                                        INDEX_op_fdiv, INDEX_op_fsqrt, INDEX_op_fmadd};
        e->k = E_FOP;
        e->opc = ops[rnd() % (fma ? 6 : 5)];
        e->neg = rnd() & 3;
        e->d = last_d = (int)(rnd() % NSLOT);
    } else if (r < 65) {
        static const TCGCond conds[] = {TCG_COND_EQ, TCG_COND_LT, TCG_COND_LE};
        e->k = E_FCMP;
        e->cond = conds[rnd() % 3];
        e->d = (int)(rnd() % NRES);
    } else if (r < 75) {
        e->k = E_HOST;
        e->val = rnd() & 0x1ff;
        if (rnd() % 3 == 0) e->val |= HOST_WRITE | HOST_VALUE(rnd() % 32);
        if (rnd() % 2 == 0) e->val |= HOST_RECORD;
    } else if (r < 82) {
        e->k = E_LOAD;
        e->d = last_d = (int)(rnd() % NSLOT);
        e->c = (int)(rnd() % NMEM);
    } else if (r < 88) {
        e->k = E_STORE;
        e->c = (int)(rnd() % NMEM);
    } else if (r < 91) {
        e->k = E_SET;
        e->d = (int)(rnd() % NSLOT);
        e->val = slot_value();
    } else if (r < 94) {
        e->k = E_MOVE;
        e->d = last_d = (int)(rnd() % NSLOT);
    } else if (r < 97 && *exits < 5) {
        e->k = E_EXIT;
        e->n = ++*exits;
        e->val = rnd() % 4 != 0; /* taken one time in four */
    } else if (!in_skip) {
        e->k = E_SKIP;
        e->n = 1 + (int)(rnd() % 4);
        e->val = rnd() % 2;
    } else {
        e->k = E_HOST;
        e->val = HOST_RECORD;
    }
}

static void random_program(Program *p, bool fma)
{
    memset(p, 0, sizeof(*p));
    p->n = 1 + (int)(rnd() % 28);
    int exits = 0, skip_end = -1;
    last_d = (int)(rnd() % NSLOT);
    for (int i = 0; i < p->n; i++) {
        random_event(&p->ev[i], &exits, i < skip_end, fma);
        if (p->ev[i].k == E_SKIP) {
            skip_end = i + 1 + p->ev[i].n;
            if (skip_end > p->n) p->ev[i].n -= skip_end - p->n, skip_end = p->n;
        }
    }
    p->loops = rnd() % 4 == 0 ? 1 + (int)(rnd() % 3) : 0;
    p->fast = rnd() % 3 == 0;
    for (int i = 0; i < NSLOT; i++) p->slot[i] = slot_value();
    for (int i = 0; i < NMEM; i++) p->mem[i] = slot_value();
    p->fflags = rnd() % 2 ? 0 : (uint32_t)(rnd() % 32);
    p->mxcsr = 0x1f80;
    if (rnd() % 2) p->mxcsr |= rnd() & 0x3f;
    switch (rnd() % 8) {
    case 0: p->mxcsr |= 0x2000; break;
    case 1: p->mxcsr |= 0x8040; break;
    default: break;
    }
}

static void test_random(bool fma)
{
    static Program p;
    const char *err = NULL;
    for (int i = 0; i < 20000 && !err; i++) {
        random_program(&p, fma);
        err = check(&p, i % 2 == 0);
    }
    report(fma ? "random" : "random_without_fmadd", err);
}

/* ---- Directed cases --------------------------------------------------------- */

static Event fop(TCGOpcode opc, int fmt, int d, int a, int b)
{
    return (Event){.k = E_FOP, .opc = opc, .fmt = fmt, .d = d, .a = a, .b = b};
}
static Event host(uint64_t arg)
{
    return (Event){.k = E_HOST, .val = arg};
}

static void program(Program *p, const Event *ev, int n)
{
    memset(p, 0, sizeof(*p));
    memcpy(p->ev, ev, (size_t)n * sizeof(*ev));
    p->n = n;
    p->mxcsr = 0x1f80;
}

/* Runs p and checks slot `slot` and the final flags against values the
 * spec fixes, then against the reference. */
static const char *expect(Program *p, int slot, uint64_t want, uint32_t want_flags)
{
    const char *err = check(p, true);
    if (err) return err;
    if (env.slot[slot] != want || env.fflags != want_flags) {
        snprintf(why, sizeof(why), "slot %d = %016" PRIx64 " fflags %02x, want %016" PRIx64 " %02x",
                 slot, env.slot[slot], env.fflags, want, want_flags);
        return why;
    }
    return NULL;
}

#define ONE_D 0x3ff0000000000000ull
#define THREE_D 0x4008000000000000ull
#define ONE_S (BOX | 0x3f800000u)

static void test_nan_payload(void)
{
    static Program p;
    const char *err = NULL;
    Event add_d = fop(INDEX_op_fadd, TCG_FP_D, 2, 0, 1),
          add_s = fop(INDEX_op_fadd, TCG_FP_S, 2, 0, 1);
    /* a quiet NaN with a payload: the canonical NaN, no flag */
    program(&p, &add_d, 1);
    p.slot[0] = 0x7ff8dead0000beefull, p.slot[1] = ONE_D;
    err = expect(&p, 2, CANONICAL_NAN_D, 0);
    /* a signalling one (negative, too): the canonical NaN and NV */
    if (!err) {
        p.slot[0] = 0xfff0dead0000beefull;
        err = expect(&p, 2, CANONICAL_NAN_D, FFLAG_NV);
    }
    if (!err) {
        program(&p, &add_s, 1);
        p.slot[0] = BOX | 0xffc0beefu, p.slot[1] = ONE_S;
        err = expect(&p, 2, BOX | CANONICAL_NAN_S, 0);
    }
    if (!err) {
        p.slot[0] = BOX | 0x7f80beefu;
        err = expect(&p, 2, BOX | CANONICAL_NAN_S, FFLAG_NV);
    }
    /* a single that is not boxed reads as the canonical (quiet) NaN, even
     * when its low half is a signalling NaN */
    if (!err) {
        p.slot[0] = 0xfffffffe7f80beefull;
        err = expect(&p, 2, BOX | CANONICAL_NAN_S, 0);
    }
    report("nan_payload", err);
}

static void test_flags_at_calls(void)
{
    static Program p;
    const char *err = NULL;
    /* 1/3 is inexact: a helper right after it sees NX */
    Event ev1[] = {fop(INDEX_op_fdiv, TCG_FP_D, 2, 0, 1), host(HOST_RECORD)};
    program(&p, ev1, 2);
    p.slot[0] = ONE_D, p.slot[1] = THREE_D;
    err = expect(&p, 2, 0x3fd5555555555555ull, FFLAG_NX);
    if (!err && (nb_seen != 1 || seen[0] != FFLAG_NX)) err = "the helper did not see NX";
    /* the flags cleared (csrw fflags), then an exact op: nothing */
    Event ev2[] = {fop(INDEX_op_fdiv, TCG_FP_D, 2, 0, 1), host(HOST_WRITE | HOST_VALUE(0)),
                   fop(INDEX_op_fadd, TCG_FP_D, 3, 0, 0)};
    if (!err) {
        program(&p, ev2, 3);
        p.slot[0] = ONE_D, p.slot[1] = THREE_D;
        err = expect(&p, 3, 0x4000000000000000ull, 0);
    }
    /* the flags set by the helper survive ops that raise others */
    Event ev3[] = {host(HOST_WRITE | HOST_VALUE(FFLAG_DZ)), fop(INDEX_op_fdiv, TCG_FP_D, 2, 0, 1)};
    if (!err) {
        program(&p, ev3, 2);
        p.slot[0] = ONE_D, p.slot[1] = THREE_D;
        err = expect(&p, 2, 0x3fd5555555555555ull, FFLAG_DZ | FFLAG_NX);
    }
    report("flags_at_calls", err);
}

static void test_polluted_mxcsr(void)
{
    static Program p;
    const char *err = NULL;
    /* every host flag set and rounding down at entry; an exact op then 1/3
     * in round-to-nearest: only NX, and the nearest value */
    Event ev[] = {fop(INDEX_op_fadd, TCG_FP_D, 3, 0, 0), fop(INDEX_op_fdiv, TCG_FP_D, 2, 0, 1)};
    program(&p, ev, 2);
    p.slot[0] = ONE_D, p.slot[1] = THREE_D;
    p.mxcsr = 0x1f80 | 0x2000 | 0x3f;
    err = expect(&p, 2, 0x3fd5555555555555ull, FFLAG_NX);
    /* a subnormal operand with DAZ and FTZ set at entry: it is no zero */
    Event ev2[] = {fop(INDEX_op_fadd, TCG_FP_D, 2, 0, 0)};
    if (!err) {
        program(&p, ev2, 1);
        p.slot[0] = 1;
        p.mxcsr = 0x1f80 | 0x8040;
        err = expect(&p, 2, 2, 0);
    }
    /* a load's slow path pollutes MXCSR between two exact ops */
    Event ev3[] = {fop(INDEX_op_fadd, TCG_FP_D, 3, 0, 0),
                   {.k = E_LOAD, .d = 5, .c = 3},
                   fop(INDEX_op_fadd, TCG_FP_D, 4, 0, 0)};
    for (int c = 0; c < NMEM && !err; c++) {
        ev3[1].c = c;
        program(&p, ev3, 3);
        p.slot[0] = ONE_D;
        err = expect(&p, 4, 0x4000000000000000ull, 0);
    }
    report("polluted_mxcsr", err);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (!setup()) {
        printf("not ok fp_inline/setup: cannot map a code buffer (memfd_create/mmap)\n");
        return 1;
    }
    test_nan_payload();
    test_flags_at_calls();
    test_polluted_mxcsr();
    test_random(false);
    /* Without FMA (or with RIVET_HOST_BASELINE=1) fmadd is a helper. */
    if (tcg_backend_supports(INDEX_op_fmadd)) test_random(true);
    return failures != 0;
}
