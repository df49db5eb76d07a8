/*
 * End-to-end test of the x86-64 backend, without a guest: IR built here is
 * optimized, run through liveness and tcg_gen_code, and executed through
 * the shared prologue on a CPU state of this file's own ("FakeEnv": 32
 * globals, scratch words for ld_env/st_env, the exit request word, the
 * instruction counter and a tiny two-MMU-index TLB).
 *
 * Results are compared with tcg_fold_binary / tcg_fold_unary /
 * tcg_eval_cond (which test_optimize checks against an independent model
 * of the RISC-V spec). Every op is tried with its operands as globals, as
 * constants (small and not fitting an imm32, with and without the
 * optimizer, which would otherwise fold them away), as dying or surviving
 * NORMAL temps, and with the output aliasing an input.
 *
 * The TLB's entries are invalid, so guest loads and stores take the slow
 * path into helper_ld/helper_st of this file, which work on a fake guest
 * memory and check what they are given: the address, the memop, a return
 * address inside the TB's code, a 16-byte aligned stack, and the dirty
 * globals already written back. One group maps a page to exercise the
 * inline fast path too. Helpers (the slow-path ones included) overwrite
 * every caller-saved register before returning, and every TB runs through
 * an assembly trampoline that checks the callee-saved registers survive.
 *
 * Side exits (brcond_exit) must write back exactly the globals dirty at
 * the branch and the target pc; goto_tb and side-exit jumps are patched
 * into another TB with tcg_patch_jump and reset. A TB looping to its own
 * start (loop_head) must count its instructions once per iteration.
 *
 * Random programs (branches, labels, LOCAL temps, calls, loads, stores,
 * side exits, many live temps, whole-TB loops) are compared with an IR
 * interpreter running the same ops on a copy of the state.
 *
 * Each group runs in a child process, so a crash or a fatal() of the
 * backend is reported with the case that caused it and the other groups
 * still run.
 */
#define _GNU_SOURCE /* memfd_create */
#include <inttypes.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tcg/backend.h"
#include "tcg/ir.h"

/* ---- The fake CPU state. ---- */

#define NG 32
#define NSCR 8
#define NB_MMU 2
#define TLB_ENTRIES 4
#define PAGE_BITS 12
#define PAGE_SIZE (1u << PAGE_BITS)
#define MEM_BASE 0x80000000ull
#define MEM_SIZE (2 * PAGE_SIZE)
#define EXIT_BASE ((uintptr_t)0x5a5a000)
#define TB_INSNS 3

typedef struct FakeTLBEntry {
    uint64_t addr_read, addr_write, addr_code;
    uintptr_t addend;
} FakeTLBEntry;
_Static_assert(sizeof(FakeTLBEntry) == 32, "entry size is 1 << tlb_entry_bits");

typedef struct FakeTLBFast {
    uintptr_t mask;
    FakeTLBEntry *table;
} FakeTLBFast;

typedef struct FakeEnv {
    uint64_t regs[NG];
    uint64_t scratch[NSCR];
    uint32_t exit_request;
    uint64_t insn_count;
    uint64_t pc;
    FakeTLBFast tlb[NB_MMU];
    void *jmp_cache[4];
} FakeEnv;

#define SCR_OFF(i) ((int)(offsetof(FakeEnv, scratch) + 8 * (i)))

static FakeEnv env;
static FakeTLBEntry tlb_table[NB_MMU][TLB_ENTRIES];
static uint8_t mem[MEM_SIZE];

static void tlb_invalidate(void)
{
    for (int m = 0; m < NB_MMU; m++) {
        for (int i = 0; i < TLB_ENTRIES; i++)
            tlb_table[m][i] = (FakeTLBEntry){UINT64_MAX, UINT64_MAX, UINT64_MAX, 0};
        env.tlb[m].mask = (uintptr_t)(TLB_ENTRIES - 1) << 5;
        env.tlb[m].table = tlb_table[m];
    }
}

/* Maps guest page `page` (an address) of fake memory for mmu index m. */
static void tlb_map(int m, uint64_t page, bool writable)
{
    FakeTLBEntry *e = &tlb_table[m][(page >> PAGE_BITS) & (TLB_ENTRIES - 1)];
    e->addr_read = page;
    e->addr_write = writable ? page : UINT64_MAX;
    e->addr_code = UINT64_MAX;
    e->addend = (uintptr_t)mem - MEM_BASE;
}

/* ---- Reporting, isolation, crashes. ---- */

static int failures;
static char *shared_case; /* what the child is doing, for the parent */
static const char *group_name;

static void report(const char *name, const char *err)
{
    if (err) {
        printf("not ok backend/%s: %s\n", name, err);
        failures++;
    } else {
        printf("ok backend/%s\n", name);
    }
}

static void set_case(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void set_case(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(shared_case, 4096, fmt, ap);
    va_end(ap);
}

static void run_group(const char *name, void (*fn)(void))
{
    fflush(stdout);
    shared_case[0] = 0;
    pid_t pid = fork();
    if (pid == 0) {
        group_name = name;
        failures = 0;
        fn();
        fflush(stdout);
        _exit(failures ? 3 : 0);
    }
    int st = 0;
    if (pid < 0 || waitpid(pid, &st, 0) != pid) {
        printf("not ok backend/%s: cannot run the group (fork)\n", name);
        failures++;
        return;
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0) return;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 3) {
        failures++;
        return;
    }
    if (WIFSIGNALED(st))
        printf("not ok backend/%s: killed by signal %d during: %s\n", name, WTERMSIG(st),
               shared_case);
    else
        printf("not ok backend/%s: exited with status %d (a fatal error of the backend, see "
               "stderr) during: %s\n",
               name, WEXITSTATUS(st), shared_case);
    failures++;
}

static sigjmp_buf crash_jmp;
static volatile sig_atomic_t in_generated_code;

static void on_crash(int sig)
{
    if (in_generated_code) {
        in_generated_code = 0;
        siglongjmp(crash_jmp, sig);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_crash_handlers(void)
{
    static uint8_t alt[1 << 16];
    stack_t ss = {.ss_sp = alt, .ss_size = sizeof(alt), .ss_flags = 0};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
    for (int i = 0; i < 5; i++) sigaction(sigs[i], &sa, NULL);
}

/* ---- Calling generated code. ----
 *
 * call_checked(enter, env, code, &ret) sets every callee-saved register to
 * a known value, calls enter(env, code), stores its result in ret, and
 * returns a bit mask of the callee-saved registers that did not survive
 * (rbx, rbp, r12, r13, r14, r15 = bits 0..5) plus bit 6 for rsp.
 */
uint64_t call_checked(void *fn, void *envp, const void *code, uint64_t *ret);
__asm__(".pushsection .text\n"
        ".type call_checked, @function\n"
        "call_checked:\n"
        "  push %rbx\n  push %rbp\n  push %r12\n  push %r13\n  push %r14\n  push %r15\n"
        "  push %rcx\n" /* &ret; rsp is now 16-byte aligned */
        "  mov %rsp, %r8\n"
        "  push %r8\n  push %r8\n" /* expected rsp after the call, twice for alignment */
        "  mov %rdi, %rax\n  mov %rsi, %rdi\n  mov %rdx, %rsi\n"
        "  movabs $0x1111111111111111, %rbx\n"
        "  movabs $0x2222222222222222, %rbp\n"
        "  movabs $0x3333333333333333, %r12\n"
        "  movabs $0x4444444444444444, %r13\n"
        "  movabs $0x5555555555555555, %r14\n"
        "  movabs $0x6666666666666666, %r15\n"
        "  call *%rax\n"
        "  xor %ecx, %ecx\n"
        "  movabs $0x1111111111111111, %rdx\n  cmp %rdx, %rbx\n  je 1f\n  or $1, %ecx\n1:\n"
        "  movabs $0x2222222222222222, %rdx\n  cmp %rdx, %rbp\n  je 1f\n  or $2, %ecx\n1:\n"
        "  movabs $0x3333333333333333, %rdx\n  cmp %rdx, %r12\n  je 1f\n  or $4, %ecx\n1:\n"
        "  movabs $0x4444444444444444, %rdx\n  cmp %rdx, %r13\n  je 1f\n  or $8, %ecx\n1:\n"
        "  movabs $0x5555555555555555, %rdx\n  cmp %rdx, %r14\n  je 1f\n  or $16, %ecx\n1:\n"
        "  movabs $0x6666666666666666, %rdx\n  cmp %rdx, %r15\n  je 1f\n  or $32, %ecx\n1:\n"
        "  pop %r8\n  pop %r8\n"
        "  cmp %rsp, %r8\n  je 1f\n  or $64, %ecx\n  mov %r8, %rsp\n1:\n"
        "  pop %rdx\n  mov %rax, (%rdx)\n  mov %rcx, %rax\n"
        "  pop %r15\n  pop %r14\n  pop %r13\n  pop %r12\n  pop %rbp\n  pop %rbx\n"
        "  ret\n"
        ".size call_checked, .-call_checked\n"
        ".popsection\n");

/* What a C helper may do to caller-saved registers, done for sure. */
static __attribute__((noinline)) void clobber_caller_saved(void)
{
    __asm__ volatile("movabs $0xbad0bad0bad0bad0, %%rax\n\t"
                     "mov %%rax, %%rcx\n\tmov %%rax, %%rdx\n\tmov %%rax, %%rsi\n\t"
                     "mov %%rax, %%rdi\n\tmov %%rax, %%r8\n\tmov %%rax, %%r9\n\t"
                     "mov %%rax, %%r10\n\tmov %%rax, %%r11\n\t"
                     :
                     :
                     : "rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "cc");
}

/* The ABI wants rsp 16-byte aligned at a call: an aligned local shows it. */
static __attribute__((noinline)) bool stack_aligned(void)
{
    _Alignas(16) volatile char probe = 0;
    uintptr_t p = (uintptr_t)&probe;
    __asm__("" : "+r"(p));
    return (p & 15) == 0;
}

/* ---- The code buffer: one memfd mapped twice (W^X). ---- */

#define CODE_SIZE (32u << 20)
static uint8_t *code_rw, *code_start, *code_ptr, *code_end;
static intptr_t rx_off;
static TCGPrologue prologue;
static TCGCodeResult res;
static const uint8_t *code_lo, *code_hi; /* executable range of the current TB */

static bool code_init(void)
{
    int fd = memfd_create("test_backend", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, CODE_SIZE) != 0) return false;
    code_rw = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    uint8_t *rx = mmap(NULL, CODE_SIZE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (code_rw == MAP_FAILED || rx == MAP_FAILED) return false;
    rx_off = rx - code_rw;
    uint32_t n = tcg_gen_prologue(code_rw, code_rw + CODE_SIZE, rx_off, &prologue);
    code_start = code_ptr = code_rw + ((n + 63) & ~63u);
    code_end = code_rw + CODE_SIZE;
    return true;
}

/* ---- Slow-path helpers over the fake memory. ---- */

typedef struct MemCall {
    uint64_t addr, val;
    uint32_t oi;
    uintptr_t retaddr;
    void *env;
    bool aligned;
    uint64_t regs[NG]; /* env->regs as the helper saw them */
} MemCall;
static MemCall mem_calls[8];
static int nb_mem_calls;

static unsigned memop_size(unsigned memop)
{
    return 1u << (memop & MO_SIZE);
}

static uint64_t size_mask(unsigned size)
{
    return size == 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
}

/* Little-endian load of `size` bytes, then zero or sign extension. */
static uint64_t mem_read(const uint8_t *m, uint64_t addr, unsigned memop, bool *ok)
{
    unsigned size = memop_size(memop);
    if (addr < MEM_BASE || addr - MEM_BASE > MEM_SIZE - size) {
        *ok = false;
        return 0;
    }
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++) v |= (uint64_t)m[addr - MEM_BASE + i] << (8 * i);
    if ((memop & MO_SIGN) && (v >> (8 * size - 1)) & 1) v |= ~size_mask(size);
    return v;
}

static void mem_write(uint8_t *m, uint64_t addr, uint64_t val, unsigned memop, bool *ok)
{
    unsigned size = memop_size(memop);
    if (addr < MEM_BASE || addr - MEM_BASE > MEM_SIZE - size) {
        *ok = false;
        return;
    }
    for (unsigned i = 0; i < size; i++) m[addr - MEM_BASE + i] = (uint8_t)(val >> (8 * i));
}

static bool bad_mem_access;

static MemCall *record(void *e, uint64_t addr, uint64_t val, uint32_t oi, uintptr_t retaddr)
{
    MemCall *c = &mem_calls[nb_mem_calls < 8 ? nb_mem_calls : 7];
    nb_mem_calls++;
    c->addr = addr;
    c->val = val;
    c->oi = oi;
    c->retaddr = retaddr;
    c->env = e;
    c->aligned = stack_aligned();
    memcpy(c->regs, ((FakeEnv *)e)->regs, sizeof(c->regs));
    return c;
}

static uint64_t fake_ld(void *e, uint64_t addr, uint32_t oi, uintptr_t retaddr)
{
    record(e, addr, 0, oi, retaddr);
    bool ok = true;
    uint64_t v = mem_read(mem, addr, oi & 0xff, &ok);
    if (!ok) bad_mem_access = true;
    clobber_caller_saved();
    return v;
}

static void fake_st(void *e, uint64_t addr, uint64_t val, uint32_t oi, uintptr_t retaddr)
{
    record(e, addr, val, oi, retaddr);
    bool ok = true;
    mem_write(mem, addr, val, oi & 0xff, &ok);
    if (!ok) bad_mem_access = true;
    clobber_caller_saved();
}

/* Checks the recorded slow-path call i. */
static const char *check_mem_call(int i, uint64_t addr, uint32_t oi, bool is_store, uint64_t val)
{
    static char err[256];
    const MemCall *c = &mem_calls[i];
    if (c->env != &env) return "helper got a wrong env pointer";
    if (!c->aligned) return "helper called with a misaligned stack";
    if ((const uint8_t *)c->retaddr < code_lo || (const uint8_t *)c->retaddr >= code_hi) {
        snprintf(err, sizeof(err), "retaddr %#" PRIxPTR " outside the TB's code [%p, %p)",
                 c->retaddr, (const void *)code_lo, (const void *)code_hi);
        return err;
    }
    if (c->addr != addr || c->oi != oi) {
        snprintf(err, sizeof(err), "helper got addr %#" PRIx64 " oi %#x, want %#" PRIx64 " %#x",
                 c->addr, c->oi, addr, oi);
        return err;
    }
    unsigned size = memop_size(oi);
    if (is_store && (c->val & size_mask(size)) != (val & size_mask(size))) {
        snprintf(err, sizeof(err), "helper_st got value %#" PRIx64 ", want %#" PRIx64, c->val, val);
        return err;
    }
    return NULL;
}

/* ---- Helpers for calls. ---- */

static uint64_t call_args[6];
static int nb_calls;
static void *call_env;
static bool call_aligned;
static uint64_t call_regs[NG];

static uint64_t call_result(int n)
{
    uint64_t r = 0x9e3779b97f4a7c15ull * (uint64_t)(n + 1);
    for (int i = 0; i < n; i++) r = (r ^ call_args[i]) * 0x100000001b3ull;
    return r;
}

static void note_call(void *e, int n, const uint64_t *a)
{
    nb_calls++;
    call_env = e;
    for (int i = 0; i < n; i++) call_args[i] = a[i];
    call_aligned = stack_aligned();
    memcpy(call_regs, ((FakeEnv *)e)->regs, sizeof(call_regs));
}

static uint64_t h0(void *e)
{
    note_call(e, 0, NULL);
    clobber_caller_saved();
    return call_result(0);
}
static uint64_t h1(void *e, uint64_t a)
{
    note_call(e, 1, (uint64_t[]){a});
    clobber_caller_saved();
    return call_result(1);
}
static uint64_t h2(void *e, uint64_t a, uint64_t b)
{
    note_call(e, 2, (uint64_t[]){a, b});
    clobber_caller_saved();
    return call_result(2);
}
static uint64_t h3(void *e, uint64_t a, uint64_t b, uint64_t c)
{
    note_call(e, 3, (uint64_t[]){a, b, c});
    clobber_caller_saved();
    return call_result(3);
}
static uint64_t h4(void *e, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    note_call(e, 4, (uint64_t[]){a, b, c, d});
    clobber_caller_saved();
    return call_result(4);
}
static uint64_t h5(void *e, uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t f)
{
    note_call(e, 5, (uint64_t[]){a, b, c, d, f});
    clobber_caller_saved();
    return call_result(5);
}
static void *const hfuncs[6] = {(void *)h0, (void *)h1, (void *)h2,
                                (void *)h3, (void *)h4, (void *)h5};

/* ---- IR context. ---- */

static TCGContext ctx;
static TCGv g[NG];

static uint64_t rng_state = 0x853c49e6748fea9bull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

static void backend_init(void)
{
    static const char *names[NG];
    static char buf[NG][8];
    TCGEnvLayout layout = {
        .exit_request_off = (int)offsetof(FakeEnv, exit_request),
        .insn_count_off = (int)offsetof(FakeEnv, insn_count),
        .pc_off = (int)offsetof(FakeEnv, pc),
        .tlb_mask_off = (int)offsetof(FakeEnv, tlb[0].mask),
        .tlb_table_off = (int)offsetof(FakeEnv, tlb[0].table),
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
        .count_insns = true,
    };
    tcg_backend_init(&layout);
    tcg_context_init(&ctx);
    for (int i = 0; i < NG; i++) {
        snprintf(buf[i], sizeof(buf[i]), "g%d", i);
        names[i] = buf[i];
        g[i] = tcg_global_mem_new(&ctx, (int)offsetof(FakeEnv, regs[i]), names[i]);
    }
    tlb_invalidate();
}

static TCGv C(TCGContext *s, uint64_t v)
{
    return tcg_constant(s, (int64_t)v);
}

static TCGContext *tb_begin(void)
{
    TCGContext *s = &ctx;
    tcg_func_start(s);
    TCGOp *op = tcg_gen_tb_start(s);
    op->args[0] = TB_INSNS;
    tcg_gen_insn_start(s, 0x80000000);
    return s;
}

static uint64_t want_regs[NG], want_scr[NSCR], want_pc;

/* Random globals and scratch words, in env and as the expected state. */
static void state_random(void)
{
    for (int i = 0; i < NG; i++) env.regs[i] = want_regs[i] = rnd();
    for (int i = 0; i < NSCR; i++) env.scratch[i] = want_scr[i] = rnd();
    env.pc = want_pc = rnd();
    env.exit_request = 0;
}

static void set_reg(int i, uint64_t v)
{
    env.regs[i] = want_regs[i] = v;
}
static void set_scr(int i, uint64_t v)
{
    env.scratch[i] = want_scr[i] = v;
}

/* Ends the TB, compiles it and runs it. NULL or an error. */
/* Compiles the TB (ended by exit_tb TB_EXIT_IDX0) with exit values based
 * at exit_base; sets code_lo/code_hi. NULL or an error. */
static const char *compile_tb(TCGContext *s, bool optimize, uintptr_t exit_base)
{
    tcg_gen_exit_tb(s, TB_EXIT_IDX0);
    if (s->overflow) return "IR overflow in the test";
    if (optimize) tcg_optimize(s);
    tcg_liveness(s);
    if (code_end - code_ptr < 1 << 20) code_ptr = code_start;
    if (!tcg_gen_code(s, code_ptr, code_end, rx_off, exit_base, &res)) return "tcg_gen_code failed";
    code_lo = res.code + rx_off;
    code_hi = code_lo + res.size;
    code_ptr += (res.size + 63) & ~63u;
    return NULL;
}

/* Runs the code at `code` (executable address) through the prologue. */
static const char *exec_code(const uint8_t *code, uintptr_t want_ret, uint64_t want_count)
{
    static char err[256];
    nb_mem_calls = 0;
    nb_calls = 0;
    bad_mem_access = false;
    uint64_t count0 = env.insn_count;
    uint64_t ret = 0;
    int sig = sigsetjmp(crash_jmp, 1);
    if (sig) {
        snprintf(err, sizeof(err), "generated code crashed with signal %d", sig);
        return err;
    }
    in_generated_code = 1;
    uint64_t bad = call_checked((void *)prologue.enter, &env, code, &ret);
    in_generated_code = 0;
    if (bad) {
        snprintf(err, sizeof(err), "callee-saved registers not preserved (mask %#" PRIx64 ")", bad);
        return err;
    }
    if (ret != want_ret) {
        snprintf(err, sizeof(err), "enter returned %#" PRIx64 ", want %#" PRIxPTR, ret, want_ret);
        return err;
    }
    if (env.insn_count != count0 + want_count) {
        snprintf(err, sizeof(err), "insn_count grew by %" PRIu64 ", want %" PRIu64,
                 env.insn_count - count0, want_count);
        return err;
    }
    if (bad_mem_access) return "a slow-path helper got an address outside guest memory";
    return NULL;
}

static const char *run_tb_full(TCGContext *s, bool optimize, uintptr_t want_ret,
                               uint64_t want_count)
{
    const char *e = compile_tb(s, optimize, EXIT_BASE);
    return e ? e : exec_code(code_lo, want_ret, want_count);
}

static const char *run_tb(TCGContext *s, bool optimize)
{
    return run_tb_full(s, optimize, EXIT_BASE | TB_EXIT_IDX0, TB_INSNS);
}

static const char *check_state(void)
{
    static char err[256];
    for (int i = 0; i < NG; i++) {
        if (env.regs[i] != want_regs[i]) {
            snprintf(err, sizeof(err), "g%d = %#" PRIx64 ", want %#" PRIx64, i, env.regs[i],
                     want_regs[i]);
            return err;
        }
    }
    for (int i = 0; i < NSCR; i++) {
        if (env.scratch[i] != want_scr[i]) {
            snprintf(err, sizeof(err), "scratch%d = %#" PRIx64 ", want %#" PRIx64, i,
                     env.scratch[i], want_scr[i]);
            return err;
        }
    }
    if (env.pc != want_pc) {
        snprintf(err, sizeof(err), "pc = %#" PRIx64 ", want %#" PRIx64, env.pc, want_pc);
        return err;
    }
    return NULL;
}

static const char *run_and_check(TCGContext *s, bool optimize)
{
    const char *e = run_tb(s, optimize);
    return e ? e : check_state();
}

static char case_err[1024];

/* Formats "what: err" into case_err. */
static const char *fail_with(const char *err)
{
    if (!err) return NULL;
    char tmp[1024];
    snprintf(tmp, sizeof(tmp), "%s: %s", shared_case, err);
    snprintf(case_err, sizeof(case_err), "%s", tmp);
    return case_err;
}

/* ---- Values. ---- */

// clang-format off
static const uint64_t vals[] = {
    0, 1, 2, 63,
    64, 65, UINT64_MAX, UINT64_MAX - 1,
    0x8000000000000000, 0x7fffffffffffffff, 0x80000000, 0x7fffffff,
    0xffffffff, 0x100000000, 0xffffffff80000000, 0x123456789abcdef0,
    0xfedcba9876543211, 0x00000000deadbeef, 0xffffffffffff0123, 0x0000000000000fff,
};
// clang-format on
#define NV ((int)(sizeof(vals) / sizeof(vals[0])))

static const TCGOpcode binary_ops[] = {
    INDEX_op_add,   INDEX_op_sub, INDEX_op_and,  INDEX_op_or,  INDEX_op_xor,
    INDEX_op_shl,   INDEX_op_shr, INDEX_op_sar,  INDEX_op_mul, INDEX_op_mulsh,
    INDEX_op_muluh, INDEX_op_div, INDEX_op_divu, INDEX_op_rem, INDEX_op_remu,
};
#define NB_BINARY ((int)(sizeof(binary_ops) / sizeof(binary_ops[0])))
static const TCGOpcode unary_ops[] = {INDEX_op_neg, INDEX_op_not, INDEX_op_ext32s, INDEX_op_ext32u};
static const char *const cond_names[] = {"eq",  "ne", "lt", "ge",  "ltu",
                                         "geu", "le", "gt", "leu", "gtu"};

/* ---- Binary ops. ---- */

enum {
    BV_GG,       /* g0 = op(g1, g2) */
    BV_GC,       /* g0 = op(g1, $b) */
    BV_CG,       /* g0 = op($a, g2) */
    BV_GC_NOOPT, /* the same, not optimized: identities reach the backend */
    BV_CG_NOOPT,
    BV_CC_NOOPT, /* g0 = op($a, $b), not folded */
    BV_D0,       /* g0 = op(g0, g1) */
    BV_D1,       /* g1 = op(g0, g1) */
    BV_SAME,     /* g0 = op(g0, g0) */
    BV_SAME2,    /* g0 = op(g1, g1) */
    BV_TMP,      /* t3 = op(t1, t2), both dying */
    BV_TMP_D,    /* t1 = op(t1, t2) */
    BV_TMP_LIVE, /* t3 = op(t1, t2), both used afterwards */
    BV_TMP_SAME, /* t2 = op(t1, t1) */
    NB_BV
};
static const char *const bv_names[NB_BV] = {
    "g0=op(g1,g2)",       "g0=op(g1,$b)",       "g0=op($a,g2)", "g0=op(g1,$b)/noopt",
    "g0=op($a,g2)/noopt", "g0=op($a,$b)/noopt", "g0=op(g0,g1)", "g1=op(g0,g1)",
    "g0=op(g0,g0)",       "g0=op(g1,g1)",       "t3=op(t1,t2)", "t1=op(t1,t2)",
    "t3=op(t1,t2)+live",  "t2=op(t1,t1)"};

static const char *binary_case(TCGOpcode opc, int v, uint64_t a, uint64_t b)
{
    set_case("%s %s a=%#" PRIx64 " b=%#" PRIx64, tcg_op_defs[opc].name, bv_names[v], a, b);
    TCGContext *s = tb_begin();
    state_random();
    bool opt = true;
    TCGv t1, t2, t3;
    switch (v) {
    case BV_GC_NOOPT:
    case BV_CG_NOOPT:
    case BV_CC_NOOPT: opt = false; break;
    default: break;
    }
    switch (v) {
    case BV_GG:
        set_reg(1, a), set_reg(2, b);
        tcg_gen_binop(s, opc, g[0], g[1], g[2]);
        want_regs[0] = tcg_fold_binary(opc, a, b);
        break;
    case BV_GC:
    case BV_GC_NOOPT:
        set_reg(1, a);
        tcg_gen_binop(s, opc, g[0], g[1], C(s, b));
        want_regs[0] = tcg_fold_binary(opc, a, b);
        break;
    case BV_CG:
    case BV_CG_NOOPT:
        set_reg(2, b);
        tcg_gen_binop(s, opc, g[0], C(s, a), g[2]);
        want_regs[0] = tcg_fold_binary(opc, a, b);
        break;
    case BV_CC_NOOPT:
        tcg_gen_binop(s, opc, g[0], C(s, a), C(s, b));
        want_regs[0] = tcg_fold_binary(opc, a, b);
        break;
    case BV_D0:
        set_reg(0, a), set_reg(1, b);
        tcg_gen_binop(s, opc, g[0], g[0], g[1]);
        want_regs[0] = tcg_fold_binary(opc, a, b);
        break;
    case BV_D1:
        set_reg(0, a), set_reg(1, b);
        tcg_gen_binop(s, opc, g[1], g[0], g[1]);
        want_regs[1] = tcg_fold_binary(opc, a, b);
        break;
    case BV_SAME:
        set_reg(0, a);
        tcg_gen_binop(s, opc, g[0], g[0], g[0]);
        want_regs[0] = tcg_fold_binary(opc, a, a);
        break;
    case BV_SAME2:
        set_reg(1, a);
        tcg_gen_binop(s, opc, g[0], g[1], g[1]);
        want_regs[0] = tcg_fold_binary(opc, a, a);
        break;
    default:
        set_scr(0, a), set_scr(1, b);
        t1 = tcg_temp_new(s);
        t2 = tcg_temp_new(s);
        t3 = tcg_temp_new(s);
        tcg_gen_ld_env(s, t1, SCR_OFF(0), MO_64);
        tcg_gen_ld_env(s, t2, SCR_OFF(1), MO_64);
        if (v == BV_TMP_D) {
            tcg_gen_binop(s, opc, t1, t1, t2);
            tcg_gen_st_env(s, t1, SCR_OFF(2), MO_64);
        } else if (v == BV_TMP_SAME) {
            tcg_gen_binop(s, opc, t2, t1, t1);
            tcg_gen_st_env(s, t2, SCR_OFF(2), MO_64);
        } else {
            tcg_gen_binop(s, opc, t3, t1, t2);
            tcg_gen_st_env(s, t3, SCR_OFF(2), MO_64);
        }
        if (v == BV_TMP_LIVE) {
            tcg_gen_st_env(s, t1, SCR_OFF(3), MO_64);
            tcg_gen_st_env(s, t2, SCR_OFF(4), MO_64);
            want_scr[3] = a;
            want_scr[4] = b;
        }
        want_scr[2] = tcg_fold_binary(opc, a, v == BV_TMP_SAME ? a : b);
        break;
    }
    return fail_with(run_and_check(s, opt));
}

static void test_binary(void)
{
    for (int o = 0; o < NB_BINARY; o++) {
        for (int v = 0; v < NB_BV; v++) {
            const char *err = NULL;
            bool one_operand = v == BV_SAME || v == BV_SAME2 || v == BV_TMP_SAME;
            for (int i = 0; i < NV && !err; i++)
                for (int j = 0; j < (one_operand ? 1 : NV) && !err; j++)
                    err = binary_case(binary_ops[o], v, vals[i], vals[j]);
            for (int k = 0; k < 20 && !err; k++) {
                uint64_t b = rnd();
                if (k & 1) b >>= 32 + rnd() % 32;
                err = binary_case(binary_ops[o], v, rnd(), b);
            }
            char name[96];
            snprintf(name, sizeof(name), "binary/%s/%s", tcg_op_defs[binary_ops[o]].name,
                     bv_names[v]);
            report(name, err);
        }
    }
}

/* ---- Unary ops. ---- */

enum { UV_G, UV_D, UV_C, UV_C_NOOPT, UV_TMP, UV_TMP_D, UV_TMP_LIVE, NB_UV };
static const char *const uv_names[NB_UV] = {"g0=op(g1)",       "g0=op(g0)", "g0=op($a)",
                                            "g0=op($a)/noopt", "t2=op(t1)", "t1=op(t1)",
                                            "t2=op(t1)+live"};

static const char *unary_case(TCGOpcode opc, int v, uint64_t a)
{
    set_case("%s %s a=%#" PRIx64, tcg_op_defs[opc].name, uv_names[v], a);
    TCGContext *s = tb_begin();
    state_random();
    uint64_t r = tcg_fold_unary(opc, a);
    TCGv t1 = -1, t2 = -1;
    switch (v) {
    case UV_G:
        set_reg(1, a);
        tcg_gen_unop(s, opc, g[0], g[1]);
        want_regs[0] = r;
        break;
    case UV_D:
        set_reg(0, a);
        tcg_gen_unop(s, opc, g[0], g[0]);
        want_regs[0] = r;
        break;
    case UV_C:
    case UV_C_NOOPT:
        tcg_gen_unop(s, opc, g[0], C(s, a));
        want_regs[0] = r;
        break;
    default:
        set_scr(0, a);
        t1 = tcg_temp_new(s);
        t2 = tcg_temp_new(s);
        tcg_gen_ld_env(s, t1, SCR_OFF(0), MO_64);
        if (v == UV_TMP_D) {
            tcg_gen_unop(s, opc, t1, t1);
            tcg_gen_st_env(s, t1, SCR_OFF(1), MO_64);
        } else {
            tcg_gen_unop(s, opc, t2, t1);
            tcg_gen_st_env(s, t2, SCR_OFF(1), MO_64);
        }
        if (v == UV_TMP_LIVE) tcg_gen_st_env(s, t1, SCR_OFF(2), MO_64), want_scr[2] = a;
        want_scr[1] = r;
        break;
    }
    return fail_with(run_and_check(s, v != UV_C_NOOPT));
}

static void test_unary(void)
{
    for (size_t o = 0; o < sizeof(unary_ops) / sizeof(unary_ops[0]); o++) {
        for (int v = 0; v < NB_UV; v++) {
            const char *err = NULL;
            for (int i = 0; i < NV + 20 && !err; i++)
                err = unary_case(unary_ops[o], v, i < NV ? vals[i] : rnd());
            char name[96];
            snprintf(name, sizeof(name), "unary/%s/%s", tcg_op_defs[unary_ops[o]].name,
                     uv_names[v]);
            report(name, err);
        }
    }
}

/* ---- setcond / movcond. ---- */

static const uint64_t cvals[] = {0,
                                 1,
                                 2,
                                 UINT64_MAX,
                                 0x8000000000000000,
                                 0x7fffffffffffffff,
                                 0x80000000,
                                 0xffffffff,
                                 0xffffffff80000000};
#define NCV ((int)(sizeof(cvals) / sizeof(cvals[0])))

enum { SV_GG, SV_GC, SV_CG_NOOPT, SV_CC_NOOPT, SV_D1, SV_D2, SV_SAME, SV_TMP, NB_SV };
static const char *const sv_names[NB_SV] = {"g0=(g1,g2)",       "g0=(g1,$b)", "g0=($a,g2)/noopt",
                                            "g0=($a,$b)/noopt", "g1=(g1,g2)", "g2=(g1,g2)",
                                            "g0=(g0,g0)",       "t3=(t1,t2)"};

static const char *setcond_case(TCGCond c, int v, uint64_t a, uint64_t b)
{
    set_case("setcond %s %s a=%#" PRIx64 " b=%#" PRIx64, cond_names[c], sv_names[v], a, b);
    TCGContext *s = tb_begin();
    state_random();
    uint64_t r = tcg_eval_cond(c, a, b);
    switch (v) {
    case SV_GG:
        set_reg(1, a), set_reg(2, b);
        tcg_gen_setcond(s, c, g[0], g[1], g[2]);
        want_regs[0] = r;
        break;
    case SV_GC:
        set_reg(1, a);
        tcg_gen_setcond(s, c, g[0], g[1], C(s, b));
        want_regs[0] = r;
        break;
    case SV_CG_NOOPT:
        set_reg(2, b);
        tcg_gen_setcond(s, c, g[0], C(s, a), g[2]);
        want_regs[0] = r;
        break;
    case SV_CC_NOOPT:
        tcg_gen_setcond(s, c, g[0], C(s, a), C(s, b));
        want_regs[0] = r;
        break;
    case SV_D1:
    case SV_D2:
        set_reg(1, a), set_reg(2, b);
        tcg_gen_setcond(s, c, g[v == SV_D1 ? 1 : 2], g[1], g[2]);
        want_regs[v == SV_D1 ? 1 : 2] = r;
        break;
    case SV_SAME:
        set_reg(0, a);
        tcg_gen_setcond(s, c, g[0], g[0], g[0]);
        want_regs[0] = tcg_eval_cond(c, a, a);
        break;
    case SV_TMP: {
        set_scr(0, a), set_scr(1, b);
        TCGv t1 = tcg_temp_new(s), t2 = tcg_temp_new(s), t3 = tcg_temp_new(s);
        tcg_gen_ld_env(s, t1, SCR_OFF(0), MO_64);
        tcg_gen_ld_env(s, t2, SCR_OFF(1), MO_64);
        tcg_gen_setcond(s, c, t3, t1, t2);
        tcg_gen_st_env(s, t3, SCR_OFF(2), MO_64);
        want_scr[2] = r;
        break;
    }
    }
    return fail_with(run_and_check(s, v != SV_CG_NOOPT && v != SV_CC_NOOPT));
}

enum {
    MV_GGGG,     /* g0 = c(g1, g2) ? g3 : g4 */
    MV_C2,       /* c2 a constant */
    MV_V1C,      /* v1 a constant */
    MV_V2C,      /* v2 a constant */
    MV_CONSTS,   /* c2, v1, v2 constants, not optimized */
    MV_D_V1,     /* g3 = c(g1, g2) ? g3 : g4 */
    MV_D_V2,     /* g4 = c(g1, g2) ? g3 : g4 */
    MV_D_C1,     /* g1 = c(g1, g2) ? g3 : g4 */
    MV_D_C2,     /* g2 = c(g1, g2) ? g3 : g4 */
    MV_MINMAX,   /* g1 = c(g1, g2) ? g1 : g2 */
    MV_MINMAX2,  /* g2 = c(g1, g2) ? g2 : g1 */
    MV_TMP,      /* all temps, dying */
    MV_TMP_LIVE, /* all temps, surviving */
    NB_MV
};
static const char *const mv_names[NB_MV] = {
    "g0=(g1,g2)?g3:g4",       "g0=(g1,$b)?g3:g4", "g0=(g1,g2)?$v:g4", "g0=(g1,g2)?g3:$v",
    "g0=(g1,$b)?$v:$w/noopt", "g3=(g1,g2)?g3:g4", "g4=(g1,g2)?g3:g4", "g1=(g1,g2)?g3:g4",
    "g2=(g1,g2)?g3:g4",       "g1=(g1,g2)?g1:g2", "g2=(g1,g2)?g2:g1", "t=(t,t)?t:t",
    "t=(t,t)?t:t+live"};

static const char *movcond_case(TCGCond c, int v, uint64_t a, uint64_t b)
{
    set_case("movcond %s %s a=%#" PRIx64 " b=%#" PRIx64, cond_names[c], mv_names[v], a, b);
    TCGContext *s = tb_begin();
    state_random();
    uint64_t x = rnd(), y = rnd() >> 33; /* v1, v2: one large, one small */
    bool cv = tcg_eval_cond(c, a, b);
    int d = 0;
    bool opt = true;
    set_reg(1, a), set_reg(2, b), set_reg(3, x), set_reg(4, y);
    switch (v) {
    case MV_GGGG: tcg_gen_movcond(s, c, g[0], g[1], g[2], g[3], g[4]); break;
    case MV_C2: tcg_gen_movcond(s, c, g[0], g[1], C(s, b), g[3], g[4]); break;
    case MV_V1C: tcg_gen_movcond(s, c, g[0], g[1], g[2], C(s, x), g[4]); break;
    case MV_V2C: tcg_gen_movcond(s, c, g[0], g[1], g[2], g[3], C(s, y)); break;
    case MV_CONSTS:
        tcg_gen_movcond(s, c, g[0], g[1], C(s, b), C(s, x), C(s, y));
        opt = false;
        break;
    case MV_D_V1: tcg_gen_movcond(s, c, g[d = 3], g[1], g[2], g[3], g[4]); break;
    case MV_D_V2: tcg_gen_movcond(s, c, g[d = 4], g[1], g[2], g[3], g[4]); break;
    case MV_D_C1: tcg_gen_movcond(s, c, g[d = 1], g[1], g[2], g[3], g[4]); break;
    case MV_D_C2: tcg_gen_movcond(s, c, g[d = 2], g[1], g[2], g[3], g[4]); break;
    case MV_MINMAX:
        tcg_gen_movcond(s, c, g[d = 1], g[1], g[2], g[1], g[2]);
        x = a, y = b;
        break;
    case MV_MINMAX2:
        tcg_gen_movcond(s, c, g[d = 2], g[1], g[2], g[2], g[1]);
        x = b, y = a;
        break;
    default: {
        set_scr(0, a), set_scr(1, b), set_scr(2, x), set_scr(3, y);
        TCGv t[5];
        for (int i = 0; i < 5; i++) t[i] = tcg_temp_new(s);
        for (int i = 0; i < 4; i++) tcg_gen_ld_env(s, t[i], SCR_OFF(i), MO_64);
        tcg_gen_movcond(s, c, t[4], t[0], t[1], t[2], t[3]);
        tcg_gen_st_env(s, t[4], SCR_OFF(4), MO_64);
        want_scr[4] = cv ? x : y;
        if (v == MV_TMP_LIVE) {
            for (int i = 0; i < 4; i++) tcg_gen_st_env(s, t[i], SCR_OFF(5 + (i % 3)), MO_64);
            want_scr[5] = y; /* t3 is stored last to 5 + 0 */
            want_scr[6] = b;
            want_scr[7] = x;
        }
        return fail_with(run_and_check(s, opt));
    }
    }
    want_regs[d] = cv ? x : y;
    return fail_with(run_and_check(s, opt));
}

static void test_conds(void)
{
    for (int v = 0; v < NB_SV; v++) {
        for (int c = 0; c < 10; c++) {
            const char *err = NULL;
            for (int i = 0; i < NCV && !err; i++)
                for (int j = 0; j < (v == SV_SAME ? 1 : NCV) && !err; j++)
                    err = setcond_case((TCGCond)c, v, cvals[i], cvals[j]);
            char name[96];
            snprintf(name, sizeof(name), "setcond/%s/%s", cond_names[c], sv_names[v]);
            report(name, err);
        }
    }
    for (int v = 0; v < NB_MV; v++) {
        for (int c = 0; c < 10; c++) {
            const char *err = NULL;
            for (int i = 0; i < NCV && !err; i++)
                for (int j = 0; j < NCV && !err; j++)
                    err = movcond_case((TCGCond)c, v, cvals[i], cvals[j]);
            char name[96];
            snprintf(name, sizeof(name), "movcond/%s/%s", cond_names[c], mv_names[v]);
            report(name, err);
        }
    }
}

/* ---- Branches, labels, LOCAL temps. ---- */

/* if (cond(g1, g2)) g0 = l * 3 else g0 = g4 - t, where l is a LOCAL set
 * before the branch and t a NORMAL temp recomputed on the else side; then
 * g5 = l + g0 after the join. */
static const char *branch_case(TCGCond c, uint64_t a, uint64_t b, bool opt)
{
    set_case("if-else %s a=%#" PRIx64 " b=%#" PRIx64 "%s", cond_names[c], a, b,
             opt ? "" : " noopt");
    TCGContext *s = tb_begin();
    state_random();
    set_reg(1, a), set_reg(2, b);
    int l_then = tcg_label_new(s), l_join = tcg_label_new(s);
    TCGv l = tcg_temp_local_new(s), t = tcg_temp_new(s);
    tcg_gen_binop(s, INDEX_op_add, l, g[3], C(s, 7));
    tcg_gen_binop(s, INDEX_op_add, g[6], g[6], C(s, 1)); /* dirty before the branch */
    tcg_gen_brcond(s, c, g[1], g[2], l_then);
    tcg_gen_binop(s, INDEX_op_xor, t, g[7], g[8]);
    tcg_gen_binop(s, INDEX_op_sub, g[0], g[4], t);
    tcg_gen_br(s, l_join);
    tcg_gen_set_label(s, l_then);
    tcg_gen_binop(s, INDEX_op_mul, g[0], l, C(s, 3));
    tcg_gen_set_label(s, l_join);
    tcg_gen_binop(s, INDEX_op_add, g[5], l, g[0]);
    uint64_t lv = want_regs[3] + 7;
    want_regs[6] += 1;
    if (tcg_eval_cond(c, a, b))
        want_regs[0] = lv * 3;
    else
        want_regs[0] = want_regs[4] - (want_regs[7] ^ want_regs[8]);
    want_regs[5] = lv + want_regs[0];
    return fail_with(run_and_check(s, opt));
}

static void test_branches(void)
{
    for (int c = 0; c < 10; c++) {
        const char *err = NULL;
        for (int i = 0; i < NCV && !err; i++)
            for (int j = 0; j < NCV && !err; j++)
                err = branch_case((TCGCond)c, cvals[i], cvals[j], (i + j) & 1);
        char name[64];
        snprintf(name, sizeof(name), "brcond/%s", cond_names[c]);
        report(name, err);
    }

    /* brcond against a constant, and on two constants (not optimized). */
    const char *err = NULL;
    for (int c = 0; c < 10 && !err; c++) {
        for (int i = 0; i < NCV && !err; i++) {
            for (int k = 0; k < 2 && !err; k++) {
                uint64_t a = cvals[i], b = cvals[(i * 7 + 3) % NCV];
                set_case("brcond %s %s a=%#" PRIx64 " b=%#" PRIx64, cond_names[c],
                         k ? "($a,$b)/noopt" : "(g1,$b)", a, b);
                TCGContext *s = tb_begin();
                state_random();
                set_reg(1, a);
                int l = tcg_label_new(s);
                tcg_gen_movi(s, g[0], 1);
                tcg_gen_brcond(s, (TCGCond)c, k ? C(s, a) : g[1], C(s, b), l);
                tcg_gen_movi(s, g[0], 2);
                tcg_gen_set_label(s, l);
                want_regs[0] = tcg_eval_cond((TCGCond)c, a, b) ? 1 : 2;
                err = fail_with(run_and_check(s, !k));
            }
        }
    }
    report("brcond/constants", err);

    /* The exit request is checked at TB entry: nothing runs. */
    set_case("exit_request");
    TCGContext *s = tb_begin();
    state_random();
    tcg_gen_movi(s, g[0], 1234);
    tcg_gen_binop(s, INDEX_op_add, g[1], g[2], g[3]);
    env.exit_request = 1;
    err = run_tb_full(s, true, EXIT_BASE | TB_EXIT_REQUESTED, 0); /* nothing counted */
    env.exit_request = 0;
    report("exit_request", fail_with(err ? err : check_state()));
}

/* ---- Side exits and chaining. ---- */

/* g0 = g5 + 1 (dirty at the exit); t = g6 ^ g7 (a NORMAL temp live across
 * it); brcond_exit cond(g1, y) exit 2 to `target`; g0 *= 3; g8 = t + 1.
 * Taken: only g0's first value is written back, pc = target; else the TB
 * goes on. */
static const char *side_exit_case(TCGCond c, uint64_t a, uint64_t b, int kind, uint64_t target)
{
    static const char *const kinds[] = {"(g1,g2)", "(g1,$b)", "(t,t)/noopt"};
    set_case("brcond_exit %s %s a=%#" PRIx64 " b=%#" PRIx64 " target=%#" PRIx64, cond_names[c],
             kinds[kind], a, b, target);
    TCGContext *s = tb_begin();
    state_random();
    set_reg(1, a), set_reg(2, b), set_scr(0, a), set_scr(1, b);
    TCGv t = tcg_temp_new(s), x = g[1], y = g[2];
    tcg_gen_binop(s, INDEX_op_add, g[0], g[5], C(s, 1));
    tcg_gen_binop(s, INDEX_op_xor, t, g[6], g[7]);
    if (kind == 1) y = C(s, b);
    if (kind == 2) {
        x = tcg_temp_new(s), y = tcg_temp_new(s);
        tcg_gen_ld_env(s, x, SCR_OFF(0), MO_64);
        tcg_gen_ld_env(s, y, SCR_OFF(1), MO_64);
    }
    tcg_gen_brcond_exit(s, c, x, y, 2, target);
    tcg_gen_binop(s, INDEX_op_mul, g[0], g[0], C(s, 3));
    tcg_gen_binop(s, INDEX_op_add, g[8], t, C(s, 1));
    bool taken = tcg_eval_cond(c, a, b);
    want_regs[0] = want_regs[5] + 1;
    if (taken) {
        want_pc = target;
    } else {
        want_regs[0] *= 3;
        want_regs[8] = (want_regs[6] ^ want_regs[7]) + 1;
    }
    const char *e = compile_tb(s, kind != 2, EXIT_BASE);
    if (!e && res.jmp_field_off[2] < 0) e = "no chain field recorded for exit 2";
    if (!e) e = exec_code(code_lo, EXIT_BASE | (taken ? 2 : 0), TB_INSNS);
    if (!e) e = check_state();
    return fail_with(e);
}

#define EXIT_BASE2 ((uintptr_t)0x7777000)

/* TB1: g0 = g5 + 1; brcond_exit eq(g1, $77) exit 3; g0 = g6; goto_tb 1.
 * TB2: g9 += 100. Both exits of TB1 are patched to TB2, then reset. */
static const char *chain_case(bool side, bool patched)
{
    set_case("chain through %s, %s", side ? "brcond_exit" : "goto_tb",
             patched ? "patched to another TB" : "reset");
    TCGContext *s = tb_begin();
    tcg_gen_binop(s, INDEX_op_add, g[9], g[9], C(s, 100));
    const char *e = compile_tb(s, true, EXIT_BASE2);
    if (e) return fail_with(e);
    uint8_t *tb2_w = res.code;

    s = tb_begin();
    tcg_gen_binop(s, INDEX_op_add, g[0], g[5], C(s, 1));
    tcg_gen_brcond_exit(s, TCG_COND_EQ, g[1], C(s, 77), 3, 0x80004000);
    tcg_gen_mov(s, g[0], g[6]);
    tcg_gen_goto_tb(s, 1);
    if ((e = compile_tb(s, true, EXIT_BASE))) return fail_with(e);
    if (res.jmp_field_off[1] < 0 || res.jmp_field_off[3] < 0)
        return fail_with("chain fields not recorded");
    for (int n = 1; n <= 3; n += 2) {
        uint8_t *field = res.code + res.jmp_field_off[n];
        tcg_patch_jump(field, patched ? tb2_w : res.code + res.jmp_reset_off[n]);
    }
    state_random();
    set_reg(1, side ? 77 : 78);
    want_regs[0] = side ? want_regs[5] + 1 : want_regs[6];
    if (patched) want_regs[9] += 100;
    if (side && !patched) want_pc = 0x80004000;
    uintptr_t want_ret = patched ? EXIT_BASE2 : EXIT_BASE | (side ? 3 : 0);
    e = exec_code(code_lo, want_ret, patched ? 2 * TB_INSNS : TB_INSNS);
    if (!e) e = check_state();
    return fail_with(e);
}

static void test_side_exits(void)
{
    static const uint64_t targets[] = {0x80000000, 0x1000, 0xffffffff80001000, 0x123456789a};
    for (int c = 0; c < 10; c++) {
        const char *err = NULL;
        for (int i = 0; i < NCV && !err; i++)
            for (int j = 0; j < NCV && !err; j++)
                err = side_exit_case((TCGCond)c, cvals[i], cvals[j], (i + j) % 3,
                                     targets[(i * NCV + j) % 4]);
        char name[64];
        snprintf(name, sizeof(name), "brcond_exit/%s", cond_names[c]);
        report(name, err);
    }
    const char *err = NULL;
    for (int k = 0; k < 4 && !err; k++) err = chain_case(k & 1, k & 2);
    report("chain", err);
}

/* ---- The IR interpreter: the reference for the program tests. ---- */

typedef struct IState {
    FakeEnv e;
    uint8_t m[MEM_SIZE];
    uint64_t tv[MAX_TEMPS];
    int exit_idx;   /* the exit taken */
    uint64_t count; /* guest instructions counted, as the TB counts them */
} IState;

static uint64_t *ivar(IState *st, const TCGContext *s, TCGv t)
{
    if (s->temps[t].kind == TEMP_GLOBAL)
        return (uint64_t *)((uint8_t *)&st->e + s->temps[t].mem_offset);
    return &st->tv[t];
}

static uint64_t iget(IState *st, const TCGContext *s, TCGv t)
{
    if (s->temps[t].kind == TEMP_CONST) return (uint64_t)s->temps[t].val;
    return *ivar(st, s, t);
}

static uint64_t env_read(const void *base, int off, unsigned memop)
{
    uint64_t v = 0;
    memcpy(&v, (const uint8_t *)base + off, memop_size(memop));
    unsigned size = memop_size(memop);
    if ((memop & MO_SIGN) && (v >> (8 * size - 1)) & 1) v |= ~size_mask(size);
    return v;
}

/* Runs ops[0..n) over st; returns NULL or why it could not. A TB that
 * loops to its start counts its instructions at the head, others at
 * tb_start. */
static const char *interp(const TCGContext *s, const TCGOp *ops, int n, IState *st)
{
    int steps = 0;
    bool loops = n > 1 && ops[1].opc == INDEX_op_loop_head;
    st->exit_idx = 0;
    st->count = 0;
    for (int i = 0; i < n; i++) {
        if (++steps > 100000) return "interpreter: runaway";
        const TCGOp *op = &ops[i];
        const int64_t *a = op->args;
        int target = -1;
        bool ok = true;
        switch (op->opc) {
        case INDEX_op_nop:
        case INDEX_op_set_label:
        case INDEX_op_goto_tb: /* unchained: falls through */
        case INDEX_op_insn_start: break;
        case INDEX_op_tb_start:
            if (!loops) st->count += (uint64_t)a[0];
            break;
        case INDEX_op_loop_head: st->count += (uint64_t)ops[0].args[0]; break;
        case INDEX_op_brcond_exit:
            if (tcg_eval_cond(a[2], iget(st, s, a[0]), iget(st, s, a[1]))) {
                st->e.pc = (uint64_t)a[4];
                st->exit_idx = (int)a[3];
                return NULL;
            }
            break;
        case INDEX_op_mov: *ivar(st, s, a[0]) = iget(st, s, a[1]); break;
        case INDEX_op_neg:
        case INDEX_op_not:
        case INDEX_op_ext32s:
        case INDEX_op_ext32u:
            *ivar(st, s, a[0]) = tcg_fold_unary(op->opc, iget(st, s, a[1]));
            break;
        case INDEX_op_setcond:
            *ivar(st, s, a[0]) = tcg_eval_cond(a[3], iget(st, s, a[1]), iget(st, s, a[2]));
            break;
        case INDEX_op_movcond: {
            bool c = tcg_eval_cond(a[5], iget(st, s, a[1]), iget(st, s, a[2]));
            *ivar(st, s, a[0]) = c ? iget(st, s, a[3]) : iget(st, s, a[4]);
            break;
        }
        case INDEX_op_ld_env: *ivar(st, s, a[0]) = env_read(&st->e, a[1], a[2]); break;
        case INDEX_op_st_env: {
            uint64_t v = iget(st, s, a[0]);
            memcpy((uint8_t *)&st->e + a[1], &v, memop_size(a[2]));
            break;
        }
        case INDEX_op_qemu_ld:
            *ivar(st, s, a[0]) = mem_read(st->m, iget(st, s, a[1]), a[2] & 0xff, &ok);
            break;
        case INDEX_op_qemu_st:
            mem_write(st->m, iget(st, s, a[1]), iget(st, s, a[0]), a[2] & 0xff, &ok);
            break;
        case INDEX_op_brcond:
            if (tcg_eval_cond(a[2], iget(st, s, a[0]), iget(st, s, a[1]))) target = (int)a[3];
            break;
        case INDEX_op_br: target = (int)a[0]; break;
        case INDEX_op_exit_tb: st->exit_idx = (int)a[0]; return NULL;
        case INDEX_op_call: {
            const TCGHelperInfo *h = tcg_op_helper(op);
            uint64_t x[5] = {0};
            for (int k = 0; k < op->nb_iargs; k++) x[k] = iget(st, s, a[op->nb_oargs + k]);
            uint64_t r = 0;
            void *e = &st->e;
            switch (h->nb_args) {
            case 0: r = ((uint64_t(*)(void *))h->func)(e); break;
            case 1: r = ((uint64_t(*)(void *, uint64_t))h->func)(e, x[0]); break;
            case 2: r = ((uint64_t(*)(void *, uint64_t, uint64_t))h->func)(e, x[0], x[1]); break;
            case 5:
                r = ((uint64_t(*)(void *, uint64_t, uint64_t, uint64_t, uint64_t,
                                  uint64_t))h->func)(e, x[0], x[1], x[2], x[3], x[4]);
                break;
            default: return "interpreter: helper arity";
            }
            if (op->nb_oargs) *ivar(st, s, a[0]) = r;
            break;
        }
        default:
            if (tcg_op_defs[op->opc].flags & OPF_PURE_BINARY) {
                *ivar(st, s, a[0]) = tcg_fold_binary(op->opc, iget(st, s, a[1]), iget(st, s, a[2]));
                break;
            }
            return "interpreter: unknown op";
        }
        if (!ok) return "interpreter: guest address outside memory";
        if (target >= 0) {
            int j = 0;
            while (j < n &&
                   !((ops[j].opc == INDEX_op_set_label || ops[j].opc == INDEX_op_loop_head) &&
                     ops[j].args[0] == target))
                j++;
            if (j == n) return "interpreter: branch target not found";
            i = j - 1;
        }
    }
    return NULL;
}

/* Helpers for random programs: results depend on arguments and env only. */
static uint64_t rp_mix(void *e, uint64_t a, uint64_t b)
{
    clobber_caller_saved();
    return a * 31 ^ (b >> 3);
}
static uint64_t rp_wr(void *e, uint64_t a)
{
    ((FakeEnv *)e)->regs[a % (NG - 1)] = a * 7; /* never g31, the loop counter */
    clobber_caller_saved();
    return 0;
}
static uint64_t rp_rd(void *e)
{
    clobber_caller_saved();
    return ((FakeEnv *)e)->regs[3] * 5 + ((FakeEnv *)e)->regs[17];
}
static uint64_t rp_5(void *e, uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t f)
{
    clobber_caller_saved();
    return a ^ (b << 1) ^ (c << 2) ^ (d << 3) ^ (f << 4);
}
static const TCGHelperInfo rp_helpers[] = {
    {"mix", (void *)rp_mix, 2, true, TCG_CALL_NO_RWG | TCG_CALL_NO_SIDE_EFFECTS},
    {"wr", (void *)rp_wr, 1, false, 0},
    {"rd", (void *)rp_rd, 0, true, TCG_CALL_NO_WRITE_GLOBALS},
    {"five", (void *)rp_5, 5, true, TCG_CALL_NO_RWG},
};

#define NB_LOCALS 4
#define MAX_NORMALS 40

typedef struct Gen {
    TCGContext *s;
    TCGv locals[NB_LOCALS];
    TCGv normals[MAX_NORMALS];
    int nn;
} Gen;

static TCGv gen_src(Gen *G)
{
    switch (rnd() % 6) {
    case 0:
    case 1: return g[rnd() % NG];
    case 2: return G->locals[rnd() % NB_LOCALS];
    case 3:
    case 4:
        if (G->nn) return G->normals[rnd() % G->nn];
        return g[rnd() % NG];
    default: return C(G->s, rnd() & 1 ? vals[rnd() % NV] : rnd() % 100);
    }
}

static TCGv gen_dst(Gen *G)
{
    unsigned r = rnd() % 5;
    if (r == 0) return g[rnd() % (NG - 1)]; /* never g31, the loop counter */
    if (r == 1) return G->locals[rnd() % NB_LOCALS];
    if (r == 2 && G->nn) return G->normals[rnd() % G->nn];
    TCGv t = tcg_temp_new(G->s);
    if (G->nn < MAX_NORMALS) G->normals[G->nn++] = t;
    return t;
}

/* A guest address inside fake memory computed from x. */
static TCGv gen_addr(Gen *G, TCGv x)
{
    TCGv t = tcg_temp_new(G->s);
    tcg_gen_binop(G->s, INDEX_op_and, t, x, C(G->s, MEM_SIZE - 9));
    tcg_gen_binop(G->s, INDEX_op_add, t, t, C(G->s, MEM_BASE));
    return t;
}

/* x may also be the output: not a constant, not the loop counter. */
static bool in_place_ok(const Gen *G, TCGv x)
{
    return G->s->temps[x].kind != TEMP_CONST && x != g[NG - 1];
}

static void gen_random_op(Gen *G)
{
    TCGContext *s = G->s;
    TCGv x = gen_src(G), y = gen_src(G);
    unsigned r = rnd() % 24;
    if (r < 9) {
        TCGOpcode opc = binary_ops[rnd() % NB_BINARY];
        if (rnd() % 6 == 0) y = x;
        TCGv d = rnd() % 4 == 0 && in_place_ok(G, x) ? x : gen_dst(G);
        tcg_gen_binop(s, opc, d, x, y);
    } else if (r < 11) {
        TCGv d = gen_dst(G);
        if (d != x) tcg_gen_mov(s, d, x);
    } else if (r < 13) {
        TCGv d = rnd() % 3 == 0 && in_place_ok(G, x) ? x : gen_dst(G);
        tcg_gen_unop(s, unary_ops[rnd() % 4], d, x);
    } else if (r < 14) {
        tcg_gen_setcond(s, (TCGCond)(rnd() % 10), gen_dst(G), x, y);
    } else if (r < 16) {
        TCGv v1 = gen_src(G), v2 = gen_src(G);
        tcg_gen_movcond(s, (TCGCond)(rnd() % 10), gen_dst(G), x, y, v1, v2);
    } else if (r < 18) {
        const TCGHelperInfo *h = &rp_helpers[rnd() % 4];
        TCGv args[5];
        for (int i = 0; i < 5; i++) args[i] = gen_src(G);
        tcg_gen_call(s, h, h->has_ret ? gen_dst(G) : -1, h->nb_args, args);
    } else if (r < 20) {
        TCGv addr = gen_addr(G, x);
        unsigned memop = (unsigned)(rnd() % 4) | (rnd() & 1 ? MO_SIGN : 0);
        tcg_gen_qemu_ld(s, gen_dst(G), addr, memop, (int)(rnd() % NB_MMU));
    } else if (r < 22) {
        TCGv addr = gen_addr(G, x);
        tcg_gen_qemu_st(s, y, addr, (unsigned)(rnd() % 4), (int)(rnd() % NB_MMU));
    } else if (r < 23) {
        tcg_gen_ld_env(s, gen_dst(G), SCR_OFF(rnd() % NSCR),
                       (unsigned)(rnd() % 4) | (rnd() & 1 ? MO_SIGN : 0));
    } else if (rnd() % 8) {
        unsigned memop = (unsigned)(rnd() % 4);
        tcg_gen_st_env(s, x, SCR_OFF(rnd() % NSCR), memop);
    } else {
        /* A side exit, usually not taken (equality with a random value). */
        TCGCond c = rnd() % 4 ? TCG_COND_EQ : (TCGCond)(rnd() % 10);
        if (c == TCG_COND_EQ && rnd() % 2) y = C(s, rnd());
        tcg_gen_brcond_exit(s, c, x, y, 2 + (int)(rnd() % 4), rnd() % 2 ? rnd() : 0x80001234);
    }
}

/* Blocks with forward branches and labels. */
static void gen_branchy(Gen *G)
{
    TCGContext *s = G->s;
    int nblocks = 1 + (int)(rnd() % 4);
    int labels[4];
    for (int b = 0; b < nblocks; b++) labels[b] = tcg_label_new(s);
    for (int b = 0; b < nblocks; b++) {
        int nops = 3 + (int)(rnd() % 20);
        for (int k = 0; k < nops; k++) {
            if (rnd() % 12 == 0) {
                int to = b + (int)(rnd() % (unsigned)(nblocks - b));
                tcg_gen_brcond(s, (TCGCond)(rnd() % 10), gen_src(G), gen_src(G), labels[to]);
                G->nn = 0;
            } else {
                gen_random_op(G);
            }
        }
        if (rnd() % 4 == 0) tcg_gen_br(s, labels[b + (int)(rnd() % (unsigned)(nblocks - b))]);
        tcg_gen_set_label(s, labels[b]);
        G->nn = 0;
    }
}

/* Straight-line code keeping 24 NORMAL temps and all globals live: the
 * temps are made first, every global is then rewritten from them, and the
 * temps are folded into the globals at the end. */
static void gen_pressure(Gen *G)
{
    TCGContext *s = G->s;
    TCGv t[24];
    for (int i = 0; i < 24; i++) {
        t[i] = tcg_temp_new(s);
        TCGv x = i > 2 && rnd() % 2 ? t[rnd() % (unsigned)i] : g[rnd() % NG];
        tcg_gen_binop(s, binary_ops[rnd() % NB_BINARY], t[i], x, g[rnd() % NG]);
    }
    G->nn = 24;
    memcpy(G->normals, t, sizeof(t));
    for (int i = 0; i < NG; i++) {
        tcg_gen_binop(s, binary_ops[rnd() % NB_BINARY], g[i], g[(i + 1 + rnd() % 5) % NG],
                      t[rnd() % 24]);
        if (rnd() % 3 == 0) gen_random_op(G);
    }
    for (int i = 0; i < 24; i++) tcg_gen_binop(s, INDEX_op_xor, g[i], g[i], t[i]);
}

enum { PROG_PRESSURE, PROG_BRANCHES, PROG_LOOP };

/* PROG_LOOP: the whole TB is a loop back to its start, as the front end
 * makes for a branch to the TB's own pc: loop_head right after tb_start,
 * a random body, g31 counting the iterations down, and the back edge as a
 * brcond or as a br over an exit branch; then goto_tb (unchained, it falls
 * through to the exit). */
static const char *program_case(int iter, int kind, bool fast_tlb, bool opt)
{
    static IState want;
    static TCGOp orig[MAX_OPS];
    static const char *const kinds[] = {"pressure", "branches", "loop"};
    set_case("program %d (%s%s%s)", iter, kinds[kind], fast_tlb ? ", fast-path TLB" : "",
             opt ? "" : ", not optimized");
    TCGContext *s = &ctx;
    int head = -1;
    if (kind == PROG_LOOP) {
        tcg_func_start(s);
        TCGOp *st = tcg_gen_tb_start(s);
        st->args[0] = TB_INSNS;
        int ph = tcg_gen_placeholder(s);
        head = tcg_label_new(s);
        tcg_set_loop_head(s, ph, head);
        tcg_gen_insn_start(s, 0x80000000);
    } else {
        s = tb_begin();
    }
    state_random();
    if (kind == PROG_LOOP) set_reg(31, 1 + rnd() % 5); /* iterations */
    for (unsigned i = 0; i < MEM_SIZE; i++) mem[i] = (uint8_t)rnd();
    tlb_invalidate();
    if (fast_tlb) {
        tlb_map(0, MEM_BASE, true);
        tlb_map(0, MEM_BASE + PAGE_SIZE, false);
        tlb_map(1, MEM_BASE + PAGE_SIZE, true);
    }
    Gen G = {.s = s, .nn = 0};
    for (int i = 0; i < NB_LOCALS; i++) {
        G.locals[i] = tcg_temp_local_new(s);
        tcg_gen_mov(s, G.locals[i], g[NG - 1 - i]);
    }
    if (kind == PROG_PRESSURE)
        gen_pressure(&G);
    else
        gen_branchy(&G);
    for (int i = 0; i < NB_LOCALS; i++)
        tcg_gen_binop(s, INDEX_op_add, g[i], g[i], G.locals[i]); /* observable */
    if (kind == PROG_LOOP) {
        tcg_gen_binop(s, INDEX_op_sub, g[31], g[31], C(s, 1));
        if (rnd() % 3) {
            tcg_gen_brcond(s, TCG_COND_NE, g[31], C(s, 0), head);
        } else {
            int out = tcg_label_new(s);
            tcg_gen_brcond(s, TCG_COND_EQ, g[31], C(s, 0), out);
            tcg_gen_br(s, head);
            tcg_gen_set_label(s, out);
        }
        tcg_gen_goto_tb(s, 0);
    }

    /* The reference: the same ops (before the passes) on a copy. */
    int n = s->nb_ops;
    memcpy(orig, s->ops, sizeof(TCGOp) * (size_t)n);
    memcpy(&want.e, &env, sizeof(env));
    memcpy(want.m, mem, sizeof(mem));
    const char *e = interp(s, orig, n, &want);
    if (e) {
        tlb_invalidate();
        return fail_with(e);
    }
    /* The interpreter counted the passes through the loop head. */
    e = run_tb_full(s, opt, EXIT_BASE | (uintptr_t)want.exit_idx, want.count);
    tlb_invalidate();
    if (e) return fail_with(e);
    for (int i = 0; i < NG; i++) want_regs[i] = want.e.regs[i];
    for (int i = 0; i < NSCR; i++) want_scr[i] = want.e.scratch[i];
    want_pc = want.e.pc;
    e = check_state();
    if (!e && memcmp(mem, want.m, sizeof(mem)) != 0) e = "guest memory differs";
    return fail_with(e);
}

static void test_programs(void)
{
    const char *err = NULL;
    for (int i = 0; i < 300 && !err; i++)
        err = program_case(i, PROG_PRESSURE, i % 3 == 0, i % 4 != 1);
    report("program/pressure", err);
    err = NULL;
    for (int i = 0; i < 600 && !err; i++)
        err = program_case(i, PROG_BRANCHES, i % 3 == 0, i % 4 != 1);
    report("program/branches", err);
    err = NULL;
    for (int i = 0; i < 600 && !err; i++) err = program_case(i, PROG_LOOP, i % 3 == 0, i % 4 != 1);
    report("program/loop", err);
}

/* ---- Guest loads and stores. ---- */

static const unsigned memops[] = {MO_8,           MO_16,           MO_32,          MO_64,
                                  MO_8 | MO_SIGN, MO_16 | MO_SIGN, MO_32 | MO_SIGN};
#define NB_MEMOPS ((int)(sizeof(memops) / sizeof(memops[0])))
static const char *const memop_names[] = {"ub", "uw", "ul", "q", "sb", "sw", "sl"};

enum {
    LV_G,         /* g0 = ld(g1) */
    LV_ADDR_OUT,  /* g1 = ld(g1) */
    LV_CONST,     /* g0 = ld($addr) */
    LV_TMP,       /* t = ld(g1 + off); st_env t */
    LV_DIRTY,     /* g0 dirty before: its old value visible to the helper */
    LV_LIVE,      /* temps live across the slow path */
    LV_DIRTY_ALL, /* g0 dirty, and every host register holds a dirty global */
    NB_LV
};
static const char *const lv_names[NB_LV] = {"g0=ld(g1)",
                                            "g1=ld(g1)",
                                            "g0=ld($a)",
                                            "t=ld(g1+8)",
                                            "dirty g0,g3",
                                            "live temps",
                                            "dirty g0, all registers dirty"};

static const char *load_case(int mi, int v, unsigned off, int mmu)
{
    unsigned memop = memops[mi];
    uint64_t addr = MEM_BASE + off;
    uint32_t oi = memop | (unsigned)mmu << MEMOP_MMU_SHIFT;
    set_case("qemu_ld %s %s addr=%#" PRIx64 " mmu=%d", memop_names[mi], lv_names[v], addr, mmu);
    TCGContext *s = tb_begin();
    state_random();
    for (unsigned i = 0; i < MEM_SIZE; i++) mem[i] = (uint8_t)rnd();
    bool ok = true;
    uint64_t want = mem_read(mem, v == LV_TMP ? addr + 8 : addr, memop, &ok);
    uint64_t want_addr = v == LV_TMP ? addr + 8 : addr;
    set_reg(1, addr);
    TCGv t[10];
    switch (v) {
    case LV_G: tcg_gen_qemu_ld(s, g[0], g[1], memop, mmu), want_regs[0] = want; break;
    case LV_ADDR_OUT: tcg_gen_qemu_ld(s, g[1], g[1], memop, mmu), want_regs[1] = want; break;
    case LV_CONST: tcg_gen_qemu_ld(s, g[0], C(s, addr), memop, mmu), want_regs[0] = want; break;
    case LV_TMP:
        t[0] = tcg_temp_new(s);
        t[1] = tcg_temp_new(s);
        tcg_gen_binop(s, INDEX_op_add, t[0], g[1], C(s, 8));
        tcg_gen_qemu_ld(s, t[1], t[0], memop, mmu);
        tcg_gen_st_env(s, t[1], SCR_OFF(0), MO_64);
        want_scr[0] = want;
        break;
    case LV_DIRTY:
        /* Both must be in env when the helper runs. */
        tcg_gen_binop(s, INDEX_op_add, g[0], g[5], C(s, 1));
        tcg_gen_binop(s, INDEX_op_xor, g[3], g[4], g[5]);
        tcg_gen_qemu_ld(s, g[0], g[1], memop, mmu);
        want_regs[3] = want_regs[4] ^ want_regs[5];
        want_regs[0] = want;
        break;
    case LV_DIRTY_ALL: {
        /* 14 globals made dirty in the allocator's order for globals (RBX,
         * R12-R15, then RSI for g0, RDI for g1, ...): the fast path's
         * scratch registers can only come from evicting one of them. */
        static const int order[] = {2, 3, 4, 5, 6, 0, 1, 7, 8, 9, 10, 11, 12, 13};
        set_reg(1, addr - 1);
        for (int i = 0; i < 14; i++) {
            tcg_gen_binop(s, INDEX_op_add, g[order[i]], g[order[i]], C(s, 1));
            want_regs[order[i]] += 1;
        }
        tcg_gen_qemu_ld(s, g[0], g[1], memop, mmu);
        break;
    }
    case LV_LIVE:
        for (int i = 0; i < 10; i++) {
            t[i] = tcg_temp_new(s);
            tcg_gen_binop(s, INDEX_op_add, t[i], g[10 + i], C(s, i + 1));
        }
        tcg_gen_qemu_ld(s, g[0], g[1], memop, mmu);
        want_regs[0] = want;
        for (int i = 0; i < 10; i++) {
            tcg_gen_binop(s, INDEX_op_add, g[20 + i], t[i], g[0]);
            want_regs[20 + i] = want_regs[10 + i] + (uint64_t)(i + 1) + want;
        }
        break;
    }
    uint64_t old0 = want_regs[0];
    if (v == LV_DIRTY_ALL) want_regs[0] = want;
    const char *e = run_and_check(s, true);
    if (e) return fail_with(e);
    if (nb_mem_calls != 1) {
        snprintf(case_err, sizeof(case_err), "%s: %d slow-path calls, want 1", shared_case,
                 nb_mem_calls);
        return case_err;
    }
    e = check_mem_call(0, want_addr, oi, false, 0);
    if (!e && v == LV_DIRTY) {
        if (mem_calls[0].regs[0] != want_regs[5] + 1)
            e = "the load's destination g0 did not hold its old value during the slow path";
        else if (mem_calls[0].regs[3] != want_regs[3])
            e = "dirty g3 not written back before the slow path";
    }
    if (!e && v == LV_DIRTY_ALL) {
        static char msg[160];
        for (int r = 1; r < 14 && !e; r++) {
            if (mem_calls[0].regs[r] != want_regs[r]) {
                snprintf(msg, sizeof(msg), "dirty g%d not written back before the slow path", r);
                e = msg;
            }
        }
        if (!e && mem_calls[0].regs[0] != old0) {
            snprintf(msg, sizeof(msg),
                     "the load's destination g0 held %#" PRIx64 " during the slow path, not its "
                     "old value %#" PRIx64,
                     mem_calls[0].regs[0], old0);
            e = msg;
        }
    }
    return fail_with(e);
}

enum { SV2_GG, SV2_CONST_VAL, SV2_CONST_ADDR, SV2_SAME, SV2_TMP, SV2_DIRTY, NB_STV };
static const char *const stv_names[NB_STV] = {"st(g2,g1)", "st($v,g1)", "st(g2,$a)",
                                              "st(g1,g1)", "st(t,t)",   "dirty g3"};

static const char *store_case(int size_log, int v, unsigned off, int mmu)
{
    static uint8_t want_mem[MEM_SIZE];
    unsigned memop = (unsigned)size_log;
    uint64_t addr = MEM_BASE + off;
    uint32_t oi = memop | (unsigned)mmu << MEMOP_MMU_SHIFT;
    set_case("qemu_st %u-byte %s addr=%#" PRIx64 " mmu=%d", 1u << size_log, stv_names[v], addr,
             mmu);
    TCGContext *s = tb_begin();
    state_random();
    for (unsigned i = 0; i < MEM_SIZE; i++) mem[i] = (uint8_t)rnd();
    memcpy(want_mem, mem, sizeof(mem));
    uint64_t val = rnd();
    set_reg(1, addr), set_reg(2, val);
    uint64_t want_addr = addr;
    switch (v) {
    case SV2_GG: tcg_gen_qemu_st(s, g[2], g[1], memop, mmu); break;
    case SV2_CONST_VAL:
        val = rnd() & 1 ? 0xffffffff80000001 : 0x8badf00d12345678;
        tcg_gen_qemu_st(s, C(s, val), g[1], memop, mmu);
        break;
    case SV2_CONST_ADDR: tcg_gen_qemu_st(s, g[2], C(s, addr), memop, mmu); break;
    case SV2_SAME:
        val = addr;
        tcg_gen_qemu_st(s, g[1], g[1], memop, mmu);
        break;
    case SV2_TMP: {
        TCGv a = tcg_temp_new(s), d = tcg_temp_new(s);
        tcg_gen_binop(s, INDEX_op_sub, a, g[1], C(s, 16));
        tcg_gen_binop(s, INDEX_op_xor, d, g[2], g[3]);
        tcg_gen_qemu_st(s, d, a, memop, mmu);
        want_addr = addr - 16;
        val ^= want_regs[3];
        break;
    }
    case SV2_DIRTY:
        tcg_gen_binop(s, INDEX_op_sub, g[3], g[4], g[5]);
        tcg_gen_qemu_st(s, g[2], g[1], memop, mmu);
        want_regs[3] = want_regs[4] - want_regs[5];
        break;
    }
    bool ok = true;
    mem_write(want_mem, want_addr, val, memop, &ok);
    const char *e = run_and_check(s, true);
    if (e) return fail_with(e);
    if (nb_mem_calls != 1) {
        snprintf(case_err, sizeof(case_err), "%s: %d slow-path calls, want 1", shared_case,
                 nb_mem_calls);
        return case_err;
    }
    e = check_mem_call(0, want_addr, oi, true, val);
    if (!e && memcmp(mem, want_mem, sizeof(mem)) != 0) e = "guest memory differs";
    if (!e && v == SV2_DIRTY && mem_calls[0].regs[3] != want_regs[3])
        e = "dirty g3 not written back before the slow path";
    return fail_with(e);
}

static void test_ldst(void)
{
    static const unsigned offs[] = {0, 1, 8, 0xffd, 0xff8, 0x1001, 0x1ff0};
    for (int mi = 0; mi < NB_MEMOPS; mi++) {
        for (int v = 0; v < NB_LV; v++) {
            const char *err = NULL;
            for (int k = 0; k < 7 && !err; k++) err = load_case(mi, v, offs[k], k & 1);
            char name[96];
            snprintf(name, sizeof(name), "qemu_ld/%s/%s", memop_names[mi], lv_names[v]);
            report(name, err);
        }
    }
    /* Stores: st(t,t) writes 16 bytes below. */
    static const unsigned st_offs[] = {16, 17, 24, 0xffd, 0x1008, 0x1011, 0x1ff8};
    for (int sz = 0; sz < 4; sz++) {
        for (int v = 0; v < NB_STV; v++) {
            const char *err = NULL;
            for (int k = 0; k < 7 && !err; k++) err = store_case(sz, v, st_offs[k], k & 1);
            char name[96];
            snprintf(name, sizeof(name), "qemu_st/%u/%s", 8u << sz, stv_names[v]);
            report(name, err);
        }
    }
}

/* The inline fast path, with page 0 mapped read-write and page 1 read-only
 * for mmu index 0: only stores to page 1, accesses crossing into it or out
 * of it, and accesses through mmu index 1 (nothing mapped) call helpers. */
static void test_fast_path(void)
{
    static uint8_t want_mem[MEM_SIZE];
    static const unsigned offs[] = {0, 3, 0x800, 0xff8, 0xffc, 0xffe, 0x1000, 0x1234, 0x1ff8};
    const char *err = NULL;
    for (int k = 0; k < 9 * 2 * NB_MEMOPS * 2 * 2 && !err; k++) {
        unsigned off = offs[k % 9];
        bool store = (k / 9) & 1;
        int mi = (k / 18) % NB_MEMOPS;
        int mmu = (k / (18 * NB_MEMOPS)) & 1;
        bool align = k / (36 * NB_MEMOPS); /* MO_ALIGN: misaligned goes to the slow path */
        unsigned memop = store ? memops[mi] & MO_SIZE : memops[mi], size = memop_size(memop);
        if (align) memop |= MO_ALIGN;
        uint64_t addr = MEM_BASE + off;
        if (off + size > MEM_SIZE) continue;
        set_case("fast path %s %s%s addr=%#" PRIx64 " mmu=%d", store ? "st" : "ld", memop_names[mi],
                 align ? " aligned" : "", addr, mmu);
        TCGContext *s = tb_begin();
        state_random();
        for (unsigned i = 0; i < MEM_SIZE; i++) mem[i] = (uint8_t)rnd();
        memcpy(want_mem, mem, sizeof(mem));
        set_reg(1, addr);
        tlb_invalidate();
        tlb_map(0, MEM_BASE, true);
        tlb_map(0, MEM_BASE + PAGE_SIZE, false);
        bool ok = true;
        if (store) {
            tcg_gen_qemu_st(s, g[2], g[1], memop, mmu);
            mem_write(want_mem, addr, want_regs[2], memop, &ok);
        } else {
            tcg_gen_qemu_ld(s, g[0], g[1], memop, mmu);
            want_regs[0] = mem_read(mem, addr, memop, &ok);
        }
        const char *e = run_and_check(s, true);
        tlb_invalidate();
        bool crosses = off / PAGE_SIZE != (off + size - 1) / PAGE_SIZE;
        bool slow =
            mmu == 1 || crosses || (store && off + size > PAGE_SIZE) || (align && off % size != 0);
        if (!e && memcmp(mem, want_mem, sizeof(mem)) != 0) e = "guest memory differs";
        if (!e && nb_mem_calls != (slow ? 1 : 0))
            e = slow ? "the slow path was not taken" : "the fast path was not taken";
        if (!e && slow)
            e = check_mem_call(0, addr, memop | (unsigned)mmu << 8, store, want_regs[2]);
        err = fail_with(e);
    }
    report("fast_path", err);
}

/* ---- Helper calls. ---- */

static const char *call_case(int n, int variant, unsigned flags, int iter)
{
    set_case("call %d args, variant %d, flags %#x, iteration %d", n, variant, flags, iter);
    static TCGHelperInfo info;
    info = (TCGHelperInfo){"h", hfuncs[n], (uint8_t)n, variant != 2, flags};
    TCGContext *s = tb_begin();
    state_random();
    TCGv args[5];
    uint64_t want_args[5];
    /* Arguments: globals, constants (small, 64-bit), temps, repeats. */
    for (int i = 0; i < n; i++) {
        unsigned kind = (unsigned)(rnd() % 5);
        if (kind == 0 || kind == 1) {
            int r = 1 + (int)(rnd() % 8);
            args[i] = g[r];
            want_args[i] = want_regs[r];
        } else if (kind == 2) {
            uint64_t c = rnd() & 1 ? rnd() : (uint64_t)(int64_t)(int32_t)rnd();
            args[i] = C(s, c);
            want_args[i] = c;
        } else if (kind == 3 || i == 0) {
            TCGv t = tcg_temp_new(s);
            int sc = (int)(rnd() % NSCR);
            tcg_gen_ld_env(s, t, SCR_OFF(sc), MO_64);
            args[i] = t;
            want_args[i] = want_scr[sc];
        } else {
            int j = (int)(rnd() % (unsigned)i);
            args[i] = args[j];
            want_args[i] = want_args[j];
        }
    }
    /* Dirty globals and live temps around the call. */
    tcg_gen_binop(s, INDEX_op_add, g[10], g[11], C(s, 5));
    want_regs[10] = want_regs[11] + 5;
    TCGv live[6];
    for (int i = 0; i < 6; i++) {
        live[i] = tcg_temp_new(s);
        tcg_gen_binop(s, INDEX_op_xor, live[i], g[12 + i], C(s, 0x55));
    }
    TCGv ret = -1;
    int ret_reg = -1;
    if (variant == 0) ret_reg = 0, ret = g[0];
    if (variant == 1) ret = tcg_temp_new(s);
    if (variant == 3) ret_reg = 1 + (int)(rnd() % 8), ret = g[ret_reg]; /* maybe an argument */
    tcg_gen_call(s, &info, ret, n, args);
    /* What the helper will return. */
    for (int i = 0; i < n; i++) call_args[i] = want_args[i];
    uint64_t r = call_result(n);
    if (ret_reg >= 0) want_regs[ret_reg] = r;
    if (variant == 1) tcg_gen_st_env(s, ret, SCR_OFF(7), MO_64), want_scr[7] = r;
    for (int i = 0; i < 6; i++) {
        tcg_gen_binop(s, INDEX_op_add, g[20 + i], live[i], g[10]);
        want_regs[20 + i] = (want_regs[12 + i] ^ 0x55) + want_regs[10];
    }
    const char *e = run_and_check(s, iter & 1);
    if (e) return fail_with(e);
    if (nb_calls != 1) return fail_with("the helper was not called once");
    if (call_env != &env) return fail_with("the helper got a wrong env pointer");
    if (!call_aligned) return fail_with("the helper was called with a misaligned stack");
    for (int i = 0; i < n; i++) {
        if (call_args[i] != want_args[i]) {
            char msg[128];
            snprintf(msg, sizeof(msg), "argument %d = %#" PRIx64 ", want %#" PRIx64, i,
                     call_args[i], want_args[i]);
            return fail_with(msg);
        }
    }
    if (!(flags & TCG_CALL_NO_READ_GLOBALS) && call_regs[10] != want_regs[10])
        return fail_with("dirty g10 not in env when the helper ran");
    return NULL;
}

/* A helper that changes a global the TB holds in a register. */
static uint64_t h_set_g8(void *e, uint64_t v)
{
    ((FakeEnv *)e)->regs[8] = v;
    clobber_caller_saved();
    return 0;
}

static void test_calls(void)
{
    static const unsigned flag_sets[] = {0, TCG_CALL_NO_RWG, TCG_CALL_NO_WRITE_GLOBALS,
                                         TCG_CALL_NO_READ_GLOBALS};
    for (int n = 0; n <= 5; n++) {
        for (int variant = 0; variant < 4; variant++) {
            const char *err = NULL;
            for (int f = 0; f < 4 && !err; f++)
                for (int it = 0; it < 40 && !err; it++)
                    err = call_case(n, variant, flag_sets[f], it);
            static const char *vn[] = {"ret_g0", "ret_temp", "no_ret", "ret_global_arg"};
            char name[64];
            snprintf(name, sizeof(name), "call/%d_args/%s", n, vn[variant]);
            report(name, err);
        }
    }

    /* g8 is cached in a register, the helper writes it: the TB must see the
     * new value after the call. */
    const char *err = NULL;
    for (int k = 0; k < 2 && !err; k++) {
        set_case("helper writes a global%s", k ? " (not optimized)" : "");
        static const TCGHelperInfo hw = {"set_g8", (void *)h_set_g8, 1, false,
                                         TCG_CALL_NO_READ_GLOBALS};
        TCGContext *s = tb_begin();
        state_random();
        tcg_gen_binop(s, INDEX_op_add, g[9], g[8], C(s, 1));
        tcg_gen_call(s, &hw, -1, 1, &g[2]);
        tcg_gen_binop(s, INDEX_op_add, g[10], g[8], C(s, 1));
        want_regs[9] = want_regs[8] + 1;
        want_regs[8] = want_regs[2];
        want_regs[10] = want_regs[2] + 1;
        err = fail_with(run_and_check(s, !k));
    }
    report("call/writes_global", err);
}

/* ---- A loop back to the TB start (loop_head), as the front end makes it. */

static const char *loop_case(uint64_t n, bool with_call, bool with_ld)
{
    set_case("loop n=%" PRIu64 "%s%s", n, with_call ? " +call" : "", with_ld ? " +load" : "");
    TCGContext *s = &ctx;
    tcg_func_start(s);
    TCGOp *st = tcg_gen_tb_start(s);
    st->args[0] = TB_INSNS;
    int ph = tcg_gen_placeholder(s);
    int head = tcg_label_new(s);
    tcg_set_loop_head(s, ph, head);
    tcg_gen_insn_start(s, 0x80000000);
    state_random();
    for (unsigned i = 0; i < MEM_SIZE; i++) mem[i] = (uint8_t)rnd();
    set_reg(1, n), set_reg(2, 0), set_reg(3, 1);
    set_reg(7, MEM_BASE);
    /* do { g2 += g3 * g1; g3 ^= g2 >> 3; [g4 = mix(g2, g5)]; [g6 += ld(g7)];
     *      g7 += 8; g1 -= 1 } while (g1 != 0) */
    static const TCGHelperInfo mix = {"mix", (void *)rp_mix, 2, true, TCG_CALL_NO_RWG};
    TCGv t = tcg_temp_new(s), u = tcg_temp_new(s);
    tcg_gen_binop(s, INDEX_op_mul, t, g[3], g[1]);
    tcg_gen_binop(s, INDEX_op_add, g[2], g[2], t);
    tcg_gen_binop(s, INDEX_op_shr, u, g[2], C(s, 3));
    tcg_gen_binop(s, INDEX_op_xor, g[3], g[3], u);
    if (with_call) tcg_gen_call(s, &mix, g[4], 2, (TCGv[]){g[2], g[5]});
    if (with_ld) {
        TCGv v = tcg_temp_new(s);
        tcg_gen_qemu_ld(s, v, g[7], MO_64, 0);
        tcg_gen_binop(s, INDEX_op_add, g[6], g[6], v);
    }
    tcg_gen_binop(s, INDEX_op_add, g[7], g[7], C(s, 8));
    tcg_gen_binop(s, INDEX_op_sub, g[1], g[1], C(s, 1));
    tcg_gen_brcond(s, TCG_COND_NE, g[1], C(s, 0), head);
    tcg_gen_goto_tb(s, 0);
    for (uint64_t i = 0; i < n; i++) {
        want_regs[2] += want_regs[3] * want_regs[1];
        want_regs[3] ^= want_regs[2] >> 3;
        if (with_call) want_regs[4] = want_regs[2] * 31 ^ (want_regs[5] >> 3);
        if (with_ld) {
            bool ok = true;
            want_regs[6] += mem_read(mem, want_regs[7], MO_64, &ok);
        }
        want_regs[7] += 8;
        want_regs[1] -= 1;
    }
    /* The goto_tb, unchained, falls through to the exit. The count is
     * added at the head, once per iteration. */
    const char *e = run_tb_full(s, true, EXIT_BASE | TB_EXIT_IDX0, TB_INSNS * n);
    if (!e) e = check_state();
    if (!e && with_ld && nb_mem_calls != (int)n) e = "not one slow-path call per iteration";
    return fail_with(e);
}

static void test_loops(void)
{
    const char *err = NULL;
    for (uint64_t n = 1; n <= 9 && !err; n++) err = loop_case(n, n & 1, n % 3 == 0);
    report("loop_head", err);
}

int main(void)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    shared_case = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shared_case == MAP_FAILED || !code_init()) {
        printf("not ok backend/setup: cannot map a code buffer (memfd_create/mmap)\n");
        return 1;
    }
    backend_init();
    install_crash_handlers();
    run_group("binary", test_binary);
    run_group("unary", test_unary);
    run_group("conds", test_conds);
    run_group("branches", test_branches);
    run_group("ldst", test_ldst);
    run_group("fast_path", test_fast_path);
    run_group("calls", test_calls);
    run_group("side_exits", test_side_exits);
    run_group("programs", test_programs);
    run_group("loops", test_loops);
    return failures != 0;
}
