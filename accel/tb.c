/* The code cache: one code buffer, the TB store, the TB hash table, the
 * per-vCPU jump cache, translation, chaining and flushing.
 *
 * W^X: the buffer is one memfd mapped twice, once read-write (where the
 * translator writes) and once read-execute (where the code runs); no page
 * is ever writable and executable through the same mapping. A TB's code is
 * followed by its restore metadata; TBs are allocated in buffer order.
 *
 * When the buffer (or the TB store) is full, everything is flushed at once.
 * tb_find() is only called from the vCPU loop, outside generated code, and
 * a single vCPU runs today, so that point is safe; with several vCPUs the
 * flush becomes exclusive work.
 */
#define _GNU_SOURCE
#include "accel/tb.h"

#include <capstone/capstone.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "accel/cputlb.h"
#include "accel/exec.h"
#include "accel/restore.h"
#include "accel/tb_maint.h"
#include "hw/machine.h"
#include "target/riscv/translate.h"
#include "util/log.h"

#define DEFAULT_TB_SIZE_MIB 256
#define TB_HASH_BITS 16
#define TB_MAX_INSNS 256
#define TB_MAX_HOST_BYTES (128 * 1024) /* room needed to translate one TB */

static uint8_t *buf_rw, *buf_rx;
static size_t buf_size;
static intptr_t rx_offset;
static uint8_t *code_ptr;   /* next free byte (writable view) */
static uint8_t *code_start; /* first byte after the prologue */

static TranslationBlock *tbs;
static size_t nb_tbs, max_tbs;
static TranslationBlock *tb_hash[1u << TB_HASH_BITS];
static pthread_mutex_t tb_lock = PTHREAD_MUTEX_INITIALIZER;
/* Whether this thread holds tb_lock to translate: a fetch fault raised
 * while translating (on the second page of an instruction) leaves through
 * cpu_loop_exit() with the lock held, and cpu_exec() then calls
 * tb_lock_reset(). */
static _Thread_local bool tb_lock_held;
/* Re-entrant for the translating thread: a TLB fill during translation
 * asks tb_page_has_code(), which takes the lock too. */
static _Thread_local int tb_lock_nested;
static _Atomic unsigned flush_count;

TCGPrologue tb_prologue;
TBStats tb_stats;

void tb_cache_init(unsigned tb_size_mib)
{
    buf_size = (size_t)(tb_size_mib ? tb_size_mib : DEFAULT_TB_SIZE_MIB) << 20;
    int fd = memfd_create("rivet-code", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, (off_t)buf_size) != 0) fatal("cannot create the code buffer");
    buf_rw = mmap(NULL, buf_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    buf_rx = mmap(NULL, buf_size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (buf_rw == MAP_FAILED || buf_rx == MAP_FAILED) fatal("cannot map the code buffer");
    rx_offset = buf_rx - buf_rw;
    uint32_t n = tcg_gen_prologue(buf_rw, buf_rw + buf_size, rx_offset, &tb_prologue);
    code_start = code_ptr = buf_rw + ((n + 63) & ~63u);
    max_tbs = buf_size / 128;
    tbs = calloc(max_tbs, sizeof(*tbs));
    if (!tbs) fatal("out of memory");
}

uintptr_t tcg_enter_tb(RISCVCPU *cpu, const TranslationBlock *tb)
{
    return tb_prologue.enter(cpu, tb->tc_ptr);
}

static unsigned tb_hash_of(uint64_t phys_pc, uint64_t pc, uint32_t flags)
{
    uint64_t h = phys_pc * 0x9e3779b97f4a7c15ull ^ pc * 0xc2b2ae3d27d4eb4full ^ flags;
    return (unsigned)(h >> (64 - TB_HASH_BITS));
}

/* Generated code probes the jump cache inline with the same hash. */
static unsigned jmp_cache_hash(uint64_t pc)
{
    return (unsigned)(pc >> TB_JMP_CACHE_SHIFT) & (TB_JMP_CACHE_SIZE - 1);
}

static RISCVCPU *all_cpus[MAX_CPUS];
static int nb_cpus;

void tb_register_cpu(RISCVCPU *cpu)
{
    if (nb_cpus < MAX_CPUS) all_cpus[nb_cpus++] = cpu;
}

void tb_flush(void)
{
    memset(tb_hash, 0, sizeof(tb_hash));
    for (int i = 0; i < nb_cpus; i++)
        memset(all_cpus[i]->tb_jmp_cache, 0, sizeof(all_cpus[i]->tb_jmp_cache));
    if (nb_tbs) tb_stats.flushes++;
    nb_tbs = 0;
    tb_page_reset();
    code_ptr = code_start;
    flush_count++;
}

unsigned tb_flush_generation(void)
{
    return flush_count;
}

static void log_out_asm(const uint8_t *code_rx, uint32_t size)
{
    csh handle;
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &handle) != CS_ERR_OK) return;
    cs_insn *insn;
    size_t n = cs_disasm(handle, code_rx, size, (uint64_t)(uintptr_t)code_rx, 0, &insn);
    for (size_t i = 0; i < n; i++)
        log_printf("  0x%012llx:  %-8s %s\n", (unsigned long long)insn[i].address, insn[i].mnemonic,
                   insn[i].op_str);
    if (n) cs_free(insn, n);
    cs_close(&handle);
    log_printf("\n");
}

static TranslationBlock *tb_gen_code(RISCVCPU *cpu, uint64_t pc, uint64_t phys_pc, uint32_t flags)
{
    /* Each vCPU translates with its own context. */
    if (!cpu->tcg_ctx) {
        cpu->tcg_ctx = malloc(sizeof(*cpu->tcg_ctx));
        if (!cpu->tcg_ctx) fatal("out of memory");
        tcg_context_init(cpu->tcg_ctx);
        riscv_tcg_init(cpu->tcg_ctx);
    }
    TCGContext *s = cpu->tcg_ctx;
    int max_insns = TB_MAX_INSNS;
    static TCGCodeResult res;
    for (;;) {
        if (nb_tbs == max_tbs || (size_t)(buf_rw + buf_size - code_ptr) < TB_MAX_HOST_BYTES)
            tb_flush();
        TranslationBlock *tb = &tbs[nb_tbs];
        memset(tb, 0, sizeof(*tb));
        tcg_func_start(s);
        TBInfo info = {.pc = pc, .flags = flags};
        riscv_translate(cpu, s, &info, max_insns);
        if (s->overflow) {
            max_insns = info.icount > 1 ? info.icount / 2 : 1;
            continue;
        }
        if (log_enabled(LOG_in_asm)) {
            log_printf("IN: \n");
            riscv_log_in_asm(cpu, pc, info.size);
        }
        if (log_enabled(LOG_op)) tcg_dump_ops(s, "OP");
        tcg_optimize(s);
        tcg_liveness(s);
        if (log_enabled(LOG_op_opt)) tcg_dump_ops(s, "OP after optimization and liveness analysis");

        uint8_t *limit = buf_rw + buf_size;
        if (!tcg_gen_code(s, code_ptr, limit, rx_offset, (uintptr_t)tb, &res)) {
            if ((size_t)(limit - code_ptr) >= TB_MAX_HOST_BYTES) {
                /* Room enough: the TB was too complex for the backend's
                 * tables. Fewer instructions always fit eventually. */
                if (max_insns == 1) fatal("internal error: one instruction does not translate");
                max_insns = info.icount > 1 ? info.icount / 2 : 1;
                continue;
            }
            tb_flush();
            continue;
        }
        uint8_t *meta = code_ptr + res.size;
        size_t meta_len = restore_encode(meta, limit - meta, info.pc, s, &res);
        if (!meta_len) {
            tb_flush();
            continue;
        }
        tb->pc = pc;
        tb->phys_pc = phys_pc;
        tb->flags = flags;
        tb->size = info.size;
        tb->icount = info.icount;
        tb->phys_page2 = info.phys_page2;
        tb->tc_w = code_ptr;
        tb->tc_ptr = code_ptr + rx_offset;
        tb->tc_size = res.size;
        tb->meta = meta;
        for (int n = 0; n < TB_MAX_EXITS; n++) {
            tb->jmp_field_off[n] = res.jmp_field_off[n];
            tb->jmp_reset_off[n] = res.jmp_reset_off[n];
        }
        code_ptr = (uint8_t *)(((uintptr_t)(meta + meta_len) + 63) & ~(uintptr_t)63);
        nb_tbs++;
        tb_page_add(tb);
        tb_stats.translated++;
        tb_stats.host_bytes += res.size;
        tb_stats.guest_insns += info.icount;
        if (log_enabled(LOG_out_asm)) {
            log_printf("OUT: [size=%u]\n", res.size);
            log_out_asm(tb->tc_ptr, res.size);
        }
        unsigned h = tb_hash_of(phys_pc, pc, flags);
        tb->hash_next = tb_hash[h];
        tb_hash[h] = tb;
        return tb;
    }
}

void tb_lock_reset(void)
{
    if (!tb_lock_held) return;
    tb_lock_nested = 0;
    tb_lock_held = false;
    pthread_mutex_unlock(&tb_lock);
}

/* A TB whose code runs onto a second page is only valid while that page
 * still maps to the physical page it was translated from. Checking may
 * raise a fetch fault, rightly: such a TB starts with the instruction that
 * lies on both pages. */
static bool tb_page2_matches(RISCVCPU *cpu, const TranslationBlock *tb)
{
    if (tb->phys_page2 == UINT64_MAX) return true;
    const uint8_t *host;
    uint64_t page2 = (tb->pc & TARGET_PAGE_MASK) + TARGET_PAGE_SIZE;
    return get_page_addr_code(cpu, page2, &host) == tb->phys_page2;
}

TranslationBlock *tb_find(RISCVCPU *cpu, uint64_t pc, uint32_t flags)
{
    unsigned jh = jmp_cache_hash(pc);
    TranslationBlock *tb = cpu->tb_jmp_cache[jh];
    if (tb && tb->pc == pc && tb->flags == flags && !tb->invalid) return tb;
    tb_stats.lookups++;
    const uint8_t *host;
    uint64_t phys_pc = get_page_addr_code(cpu, pc, &host);
    unsigned h = tb_hash_of(phys_pc, pc, flags);
    for (tb = tb_hash[h]; tb; tb = tb->hash_next)
        if (tb->pc == pc && tb->phys_pc == phys_pc && tb->flags == flags && !tb->invalid &&
            tb_page2_matches(cpu, tb))
            break;
    if (!tb) {
        tb_stats.lookup_misses++;
        pthread_mutex_lock(&tb_lock);
        tb_lock_held = true;
        tb = tb_gen_code(cpu, pc, phys_pc, flags);
        tb_lock_held = false;
        pthread_mutex_unlock(&tb_lock);
    }
    cpu->tb_jmp_cache[jh] = tb;
    return tb;
}

void tb_add_jump(TranslationBlock *src, int n, TranslationBlock *dst)
{
    if (src->jmp_field_off[n] < 0 || src->jmp_dest[n]) return;
    pthread_mutex_lock(&tb_lock);
    if (!src->jmp_dest[n] && !dst->invalid && !src->invalid) {
        src->jmp_dest[n] = dst;
        src->jmp_list_next[n] = dst->jmp_list_head;
        dst->jmp_list_head = (uintptr_t)src | (uintptr_t)n;
        tcg_patch_jump(src->tc_w + src->jmp_field_off[n], dst->tc_w);
        tb_stats.chained++;
    }
    pthread_mutex_unlock(&tb_lock);
}

static void tb_reset_jump(TranslationBlock *src, int n)
{
    tcg_patch_jump(src->tc_w + src->jmp_field_off[n], src->tc_w + src->jmp_reset_off[n]);
    src->jmp_dest[n] = NULL;
}

/* Removes tb: no lookup finds it again, no chained jump leads into it.
 * Called with tb_lock held. */
void tb_invalidate_locked(TranslationBlock *tb, RISCVCPU *const *cpus, int ncpus)
{
    if (tb->invalid) return;
    tb->invalid = true;
    unsigned h = tb_hash_of(tb->phys_pc, tb->pc, tb->flags);
    for (TranslationBlock **p = &tb_hash[h]; *p; p = &(*p)->hash_next) {
        if (*p == tb) {
            *p = tb->hash_next;
            break;
        }
    }
    for (int i = 0; i < ncpus; i++) {
        unsigned jh = jmp_cache_hash(tb->pc);
        if (cpus[i]->tb_jmp_cache[jh] == tb) cpus[i]->tb_jmp_cache[jh] = NULL;
    }
    /* Unchain every jump into tb. */
    uintptr_t e = tb->jmp_list_head;
    while (e) {
        TranslationBlock *src = (TranslationBlock *)(e & ~(uintptr_t)TB_EXIT_MASK);
        int n = (int)(e & TB_EXIT_MASK);
        e = src->jmp_list_next[n];
        tb_reset_jump(src, n);
    }
    tb->jmp_list_head = 0;
    /* Take tb's own outgoing jumps out of their destinations' lists. */
    for (int n = 0; n < TB_MAX_EXITS; n++) {
        TranslationBlock *dst = tb->jmp_dest[n];
        if (!dst) continue;
        uintptr_t self = (uintptr_t)tb | (uintptr_t)n;
        for (uintptr_t *p = &dst->jmp_list_head; *p;) {
            TranslationBlock *s = (TranslationBlock *)(*p & ~(uintptr_t)TB_EXIT_MASK);
            int k = (int)(*p & TB_EXIT_MASK);
            if (*p == self) {
                *p = s->jmp_list_next[k];
                break;
            }
            p = &s->jmp_list_next[k];
        }
        tb->jmp_dest[n] = NULL;
    }
}

TranslationBlock *tb_from_host_pc(uintptr_t host_pc)
{
    const uint8_t *p = (const uint8_t *)host_pc;
    if (p < buf_rx || p >= buf_rx + buf_size || nb_tbs == 0) return NULL;
    size_t lo = 0, hi = nb_tbs;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (tbs[mid].tc_ptr <= p)
            lo = mid;
        else
            hi = mid;
    }
    TranslationBlock *tb = &tbs[lo];
    if (p < tb->tc_ptr || p >= tb->tc_ptr + tb->tc_size) return NULL;
    return tb;
}

void tb_print_stats(void)
{
    size_t used = (size_t)(code_ptr - code_start);
    log_printf("TB statistics:\n");
    log_printf("  TBs translated      %llu\n", (unsigned long long)tb_stats.translated);
    log_printf("  guest insns         %llu (%.1f per TB)\n",
               (unsigned long long)tb_stats.guest_insns,
               tb_stats.translated ? (double)tb_stats.guest_insns / tb_stats.translated : 0.0);
    log_printf("  host bytes          %llu (%.1f per guest insn)\n",
               (unsigned long long)tb_stats.host_bytes,
               tb_stats.guest_insns ? (double)tb_stats.host_bytes / tb_stats.guest_insns : 0.0);
    log_printf("  code buffer used    %zu of %zu KiB\n", used >> 10, buf_size >> 10);
    log_printf("  chained jumps       %llu\n", (unsigned long long)tb_stats.chained);
    log_printf("  hash lookups        %llu (%llu misses)\n", (unsigned long long)tb_stats.lookups,
               (unsigned long long)tb_stats.lookup_misses);
    log_printf("  full flushes        %llu\n", (unsigned long long)tb_stats.flushes);
    log_printf("  TBs invalidated     %llu\n", (unsigned long long)tb_stats.invalidated);
}

void tb_invalidate(TranslationBlock *tb)
{
    tb_invalidate_locked(tb, all_cpus, nb_cpus);
}

RISCVCPU *const *tb_cpus(int *n)
{
    *n = nb_cpus;
    return all_cpus;
}

/* For callers outside translation (invalidation from a store): the lock
 * that translation, chaining and invalidation share. */

void tb_lock_acquire(void)
{
    if (tb_lock_held) {
        tb_lock_nested++;
        return;
    }
    pthread_mutex_lock(&tb_lock);
    tb_lock_held = true;
}

void tb_lock_release(void)
{
    if (tb_lock_nested) {
        tb_lock_nested--;
        return;
    }
    tb_lock_held = false;
    pthread_mutex_unlock(&tb_lock);
}
