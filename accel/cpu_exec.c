/* The vCPU execution loop.
 *
 *   for each TB: take a pending exception, then a pending interrupt, then
 *   find (or translate) the TB at pc, chain the previous TB's exit to it,
 *   and run it until it returns.
 *
 * Every way out of generated code or a helper that must abandon the
 * current TB (a guest exception, a fault in a slow path) goes through
 * cpu_loop_exit(), a siglongjmp back to the top of this loop; by then the
 * CPU state has been made exact (cpu_restore_state). Interrupts are taken
 * only here, between TBs: a device sets mip and the vCPU's exit_request,
 * and every TB checks exit_request on entry.
 *
 * Chaining: a direct exit of the previous TB (goto_tb n) is patched to jump
 * straight to the TB found. In system mode that is only safe when the
 * target cannot change under the same virtual address without a code write,
 * i.e. within the source TB's virtual page, or when no address translation
 * is in effect (TB_FLAG_PHYS); other exits look the target up every time.
 */
#include <string.h>

#include "accel/exec.h"
#include "accel/tb.h"
#include "accel/tb_flags.h"
#include "util/log.h"

void cpu_loop_exit(RISCVCPU *cpu)
{
    siglongjmp(cpu->jmp_env, 1);
}

static bool may_chain(const TranslationBlock *src, const TranslationBlock *dst)
{
    if (log_enabled(LOG_nochain)) return false;
    bool phys = (src->flags & dst->flags & TB_FLAG_PHYS) != 0;
    /* A jump into a TB spanning two pages would skip the check that its
     * second page is still mapped as it was (tb_find does it). */
    if (dst->phys_page2 != UINT64_MAX) return phys;
    if ((src->pc & TARGET_PAGE_MASK) == (dst->pc & TARGET_PAGE_MASK)) return true;
    return phys;
}

int cpu_exec(RISCVCPU *cpu)
{
    sigsetjmp(cpu->jmp_env, 0);
    tb_lock_reset();
    /* After a longjmp: only the CPU state is trusted, no local. */
    TranslationBlock *last_tb = NULL;
    int last_exit = 0;
    unsigned generation = tb_flush_generation();

    for (;;) {
        atomic_store(&cpu->exit_request, 0);
        if (atomic_load(&cpu->stop)) return EXIT_STOPPED;
        if (cpu->exception != EXCP_NONE) {
            riscv_cpu_do_exception(cpu);
            last_tb = NULL;
        }
        if (riscv_cpu_handle_interrupt(cpu)) last_tb = NULL;
        if (cpu->halted) return EXIT_HALTED;

        uint32_t flags = riscv_tb_flags(cpu);
        TranslationBlock *tb = tb_find(cpu, cpu->pc, flags);
        if (generation != tb_flush_generation()) {
            generation = tb_flush_generation();
            last_tb = NULL;
        }
        if (last_tb && may_chain(last_tb, tb)) tb_add_jump(last_tb, last_exit, tb);
        if (log_enabled(LOG_exec))
            log_printf("Trace: %p [%016llx] %016llx\n", (const void *)tb->tc_ptr,
                       (unsigned long long)tb->phys_pc, (unsigned long long)tb->pc);
        cpu->stat_tb_exec++;

        uintptr_t ret = tcg_enter_tb(cpu, tb);
        last_tb = (TranslationBlock *)(ret & ~(uintptr_t)TB_EXIT_MASK);
        last_exit = (int)(ret & TB_EXIT_MASK);
        if (!last_tb) continue;
        if (last_exit == TB_EXIT_REQUESTED) {
            /* The TB ran nothing: its entry check saw the request. */
            cpu->pc = last_tb->pc;
            last_tb = NULL;
        }
    }
}
