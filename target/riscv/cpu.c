/* The hart: creation, reset, its host thread, trap entry with delegation,
 * interrupts, and the TLB fill (translation itself is in mmu.c). */
#include "target/riscv/cpu.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "accel/cputlb.h"
#include "accel/exec.h"
#include "accel/tb.h"
#include "accel/tb_flags.h"
#include "accel/tb_maint.h"
#include "hw/machine.h"
#include "target/riscv/csr.h"
#include "target/riscv/fpu_helper.h"
#include "target/riscv/mmu.h"
#include "util/log.h"

bool riscv_count_insns;

static pthread_mutex_t halt_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t halt_cond = PTHREAD_COND_INITIALIZER;

/* Tells the backend where generated code finds what it needs in the CPU
 * state, and sets up the code cache; once, before the first CPU. */
static void ram_written(uint64_t addr, uint64_t len)
{
    tb_invalidate_phys_range(addr, len, 0);
    tlb_ram_written(addr, len);
}

static void translator_init(Machine *m)
{
    static bool done;
    if (done) return;
    done = true;
    TCGEnvLayout layout = {
        .exit_request_off = (int)offsetof(RISCVCPU, exit_request),
        .pc_off = (int)offsetof(RISCVCPU, pc),
        .insn_count_off = (int)offsetof(RISCVCPU, insn_count),
        .tlb_mask_off = (int)offsetof(RISCVCPU, tlb_fast[0].mask),
        .tlb_table_off = (int)offsetof(RISCVCPU, tlb_fast[0].table),
        .tlb_fast_stride = (int)sizeof(CPUTLBFast),
        .tlb_entry_bits = CPU_TLB_ENTRY_BITS,
        .tlb_read_off = (int)offsetof(CPUTLBEntry, addr_read),
        .tlb_write_off = (int)offsetof(CPUTLBEntry, addr_write),
        .tlb_addend_off = (int)offsetof(CPUTLBEntry, addend),
        .page_bits = TARGET_PAGE_BITS,
        .helper_ld = (void *)helper_ld_slow,
        .helper_st = (void *)helper_st_slow,
        .jmp_cache_off = (int)offsetof(RISCVCPU, tb_jmp_cache),
        .jmp_cache_mask = TB_JMP_CACHE_SIZE - 1,
        .jmp_cache_shift = TB_JMP_CACHE_SHIFT,
        .tb_pc_off = (int)offsetof(TranslationBlock, pc),
        .tb_flags_off = (int)offsetof(TranslationBlock, flags),
        .tb_code_off = (int)offsetof(TranslationBlock, tc_ptr),
        .count_insns = riscv_count_insns,
        .fp_flags_off = (int)offsetof(RISCVCPU, fflags),
        .fp_flags_map_off = (int)offsetof(RISCVCPU, fp_host_flags),
    };
    tcg_backend_init(&layout);
    tb_cache_init(m->cfg.tb_size_mib);
    m->as.ram_written = ram_written;
    tb_maint_init(&m->as);
}

RISCVCPU *riscv_cpu_new(struct Machine *m, int hartid)
{
    translator_init(m);
    RISCVCPU *cpu;
    if (posix_memalign((void **)&cpu, 64, sizeof(*cpu)) != 0) fatal("out of memory");
    memset(cpu, 0, sizeof(*cpu));
    cpu->machine = m;
    cpu->as = &m->as;
    cpu->mhartid = (uint64_t)hartid;
    memcpy(cpu->fp_host_flags, fpu_host_flags_map, sizeof(cpu->fp_host_flags));
    tlb_init(cpu);
    tb_register_cpu(cpu);
    return cpu;
}

/* Canonical order (unprivileged spec, "ISA Extension Naming Conventions"):
 * single letters in misa order, then Z extensions grouped by their letter's
 * place in that order and alphabetical within a group, then S extensions. */
const char *riscv_isa_string(void)
{
    return riscv_has_sstc ? "rv64imafdc_zicond_zicsr_zifencei_zba_zbb_zbc_zbs_sstc"
                          : "rv64imafdc_zicond_zicsr_zifencei_zba_zbb_zbc_zbs";
}

bool riscv_has_sstc = true;

void riscv_cpu_reset(RISCVCPU *cpu, uint64_t pc)
{
    memset(cpu->gpr, 0, sizeof(cpu->gpr));
    memset(cpu->fpr, 0, sizeof(cpu->fpr));
    cpu->pc = pc;
    cpu->priv = PRV_M;
    cpu->misa = RISCV_MISA;
    cpu->mstatus = (2ull << MSTATUS_UXL_SHIFT) | (2ull << MSTATUS_SXL_SHIFT);
    cpu->fflags = cpu->frm = 0;
    cpu->mtvec = cpu->mscratch = cpu->mepc = cpu->mcause = cpu->mtval = 0;
    cpu->stvec = cpu->sscratch = cpu->sepc = cpu->scause = cpu->stval = cpu->satp = 0;
    cpu->medeleg = cpu->mideleg = cpu->mie = 0;
    cpu->mcounteren = cpu->scounteren = cpu->menvcfg = cpu->senvcfg = 0;
    cpu->stimecmp = 0;
    cpu->seip_sw = false;
    memset(cpu->pmpcfg, 0, sizeof(cpu->pmpcfg));
    memset(cpu->pmpaddr, 0, sizeof(cpu->pmpaddr));
    pmp_update(cpu);
    atomic_store(&cpu->mip, 0);
    tlb_unreserve(cpu);
    cpu->mcountinhibit = 0;
    cpu->insn_count = 0;
    cpu->mcycle_offset = cpu->minstret_offset = 0;
    cpu->exception = EXCP_NONE;
    cpu->halted = false;
    atomic_store(&cpu->stop, false);
    atomic_store(&cpu->exit_request, 0);
    tlb_flush(cpu);
    csr_update_stimecmp(cpu);
    /* Reset reloads the images: code translated before is stale. All
     * harts are stopped here. */
    tb_flush();
}

static void *cpu_thread(void *arg)
{
    RISCVCPU *cpu = arg;
    while (!atomic_load(&cpu->stop)) {
        if (cpu_exec(cpu) == EXIT_HALTED) {
            pthread_mutex_lock(&halt_lock);
            while (cpu->halted && !atomic_load(&cpu->stop)) {
                if (atomic_load(&cpu->mip) & cpu->mie)
                    cpu->halted = false;
                else
                    pthread_cond_wait(&halt_cond, &halt_lock);
            }
            pthread_mutex_unlock(&halt_lock);
        }
    }
    return NULL;
}

void riscv_cpu_start(RISCVCPU *cpu)
{
    if (pthread_create(&cpu->thread, NULL, cpu_thread, cpu) != 0)
        fatal("cannot start a vCPU thread");
}

void cpu_exit(RISCVCPU *cpu)
{
    atomic_store(&cpu->exit_request, 1);
    pthread_mutex_lock(&halt_lock);
    pthread_cond_broadcast(&halt_cond);
    pthread_mutex_unlock(&halt_lock);
}

void riscv_cpu_stop(RISCVCPU *cpu)
{
    atomic_store(&cpu->stop, true);
    cpu_exit(cpu);
    pthread_join(cpu->thread, NULL);
}

void riscv_cpu_set_irq(RISCVCPU *cpu, int irq, bool level)
{
    uint64_t bit = 1ull << irq;
    if (level) {
        atomic_fetch_or(&cpu->mip, bit);
        cpu_exit(cpu);
    } else {
        atomic_fetch_and(&cpu->mip, ~bit);
    }
}

/* Data accesses use the MPP privilege when M-mode sets MPRV; S-mode
 * accesses to U pages need SUM, so S with SUM has its own TLB. */
int riscv_cpu_mmu_index(const RISCVCPU *cpu, bool ifetch)
{
    unsigned mode = cpu->priv;
    if (!ifetch && mode == PRV_M && (cpu->mstatus & MSTATUS_MPRV))
        mode = (cpu->mstatus >> MSTATUS_MPP_SHIFT) & 3;
    switch (mode) {
    case PRV_U: return MMU_IDX_U;
    case PRV_S: return (!ifetch && (cpu->mstatus & MSTATUS_SUM)) ? MMU_IDX_S_SUM : MMU_IDX_S;
    default: return MMU_IDX_M;
    }
}

uint32_t riscv_tb_flags(const RISCVCPU *cpu)
{
    uint32_t fs = (uint32_t)(cpu->mstatus >> MSTATUS_FS_SHIFT) & 3;
    uint32_t flags = cpu->priv | fs << TB_FLAGS_FS_SHIFT |
                     (uint32_t)riscv_cpu_mmu_index(cpu, false) << TB_FLAGS_MMU_SHIFT |
                     (cpu->frm & 7) << TB_FLAGS_FRM_SHIFT;
    /* Fetch without translation: a virtual page is its physical page. */
    if (cpu->priv == PRV_M || (cpu->satp >> SATP_MODE_SHIFT) == SATP_MODE_BARE)
        flags |= TB_FLAG_PHYS;
    return flags;
}

void riscv_tlb_fill(RISCVCPU *cpu, uint64_t vaddr, unsigned size, int access, int mmu_idx,
                    uintptr_t retaddr)
{
    uint64_t paddr;
    int prot;
    int cause = riscv_translate_address(cpu, vaddr, access, mmu_idx, &paddr, &prot);
    if (cause != EXCP_NONE) riscv_raise_exception(cpu, cause, vaddr, retaddr);
    int fault = access == ACCESS_EXEC    ? EXCP_INSN_ACCESS
                : access == ACCESS_WRITE ? EXCP_STORE_ACCESS
                                         : EXCP_LOAD_ACCESS;
    int want = access == ACCESS_EXEC ? PROT_X : access == ACCESS_WRITE ? PROT_W : PROT_R;
    bool uniform;
    int pmp = pmp_prot(cpu, paddr, size, mmu_idx_priv(mmu_idx), &uniform);
    if (!(pmp & want)) riscv_raise_exception(cpu, fault, vaddr, retaddr);
    /* Nothing at paddr: an access fault too. */
    if (!(uniform ? tlb_set_page(cpu, mmu_idx, vaddr, paddr, (prot & pmp) | (prot & PROT_SUPERPAGE),
                                 false)
                  : tlb_set_page(cpu, mmu_idx, vaddr, paddr, prot, true)))
        riscv_raise_exception(cpu, fault, vaddr, retaddr);
}

void riscv_raise_exception(RISCVCPU *cpu, int cause, uint64_t tval, uintptr_t retaddr)
{
    if (retaddr) cpu_restore_state(cpu, retaddr);
    cpu->exception = cause;
    cpu->exception_tval = tval;
    cpu_loop_exit(cpu);
}

static const char *const excp_names[] = {
    "insn_misaligned", "insn_access",     "illegal_insn",     "breakpoint",
    "load_misaligned", "load_access",     "store_misaligned", "store_access",
    "ecall_u",         "ecall_s",         "reserved",         "ecall_m",
    "insn_page_fault", "load_page_fault", "reserved",         "store_page_fault",
};

/* Trap entry: to S when the trap comes from S or U and is delegated, else
 * to M. Interrupts go to base + 4 * cause in vectored mode. */
static void do_trap(RISCVCPU *cpu, uint64_t cause, uint64_t tval, bool interrupt)
{
    uint64_t deleg = interrupt ? cpu->mideleg : cpu->medeleg;
    bool to_s = cpu->priv <= PRV_S && ((deleg >> cause) & 1);
    uint64_t s = cpu->mstatus;
    uint64_t code = cause | (interrupt ? 1ull << 63 : 0);
    uint64_t tvec;
    if (to_s) {
        s = (s & ~MSTATUS_SPIE) | ((s & MSTATUS_SIE) ? MSTATUS_SPIE : 0);
        s &= ~MSTATUS_SIE;
        s = (s & ~MSTATUS_SPP) | (cpu->priv == PRV_S ? MSTATUS_SPP : 0);
        cpu->sepc = cpu->pc;
        cpu->scause = code;
        cpu->stval = tval;
        cpu->priv = PRV_S;
        tvec = cpu->stvec;
    } else {
        s = (s & ~MSTATUS_MPIE) | ((s & MSTATUS_MIE) ? MSTATUS_MPIE : 0);
        s &= ~MSTATUS_MIE;
        s = (s & ~MSTATUS_MPP) | ((uint64_t)cpu->priv << MSTATUS_MPP_SHIFT);
        cpu->mepc = cpu->pc;
        cpu->mcause = code;
        cpu->mtval = tval;
        cpu->priv = PRV_M;
        tvec = cpu->mtvec;
    }
    cpu->mstatus = s;
    if (cpu->clear_reservation) cpu->clear_reservation(cpu);
    uint64_t base = tvec & ~3ull;
    cpu->pc = ((tvec & 3) == 1 && interrupt) ? base + 4 * cause : base;
}

void riscv_cpu_do_exception(RISCVCPU *cpu)
{
    int cause = cpu->exception;
    cpu->exception = EXCP_NONE;
    if (log_enabled(LOG_int))
        log_printf("riscv_cpu_do_interrupt: hart:%llu, async:0, cause:%016llx, epc:0x%016llx, "
                   "tval:0x%016llx, desc=%s\n",
                   (unsigned long long)cpu->mhartid, (unsigned long long)cause,
                   (unsigned long long)cpu->pc, (unsigned long long)cpu->exception_tval,
                   cause < 16 ? excp_names[cause] : "?");
    do_trap(cpu, (uint64_t)cause, cpu->exception_tval, false);
}

/* The highest-priority interrupt in `pending`: MEI, MSI, MTI, SEI, SSI, STI. */
static int pick_irq(uint64_t pending)
{
    static const int order[] = {IRQ_M_EXT, IRQ_M_SOFT, IRQ_M_TIMER,
                                IRQ_S_EXT, IRQ_S_SOFT, IRQ_S_TIMER};
    for (unsigned i = 0; i < sizeof(order) / sizeof(order[0]); i++)
        if (pending & (1ull << order[i])) return order[i];
    return -1;
}

bool riscv_cpu_handle_interrupt(RISCVCPU *cpu)
{
    uint64_t pending = csr_read_mip(cpu) & cpu->mie;
    if (!pending) return false;
    cpu->halted = false;
    /* M-level interrupts (not delegated) preempt S-level ones; each level
     * is taken when running below it, or at it with its enable set. */
    uint64_t m_level = pending & ~cpu->mideleg, s_level = pending & cpu->mideleg;
    bool m_on = cpu->priv < PRV_M || (cpu->mstatus & MSTATUS_MIE);
    bool s_on = cpu->priv < PRV_S || (cpu->priv == PRV_S && (cpu->mstatus & MSTATUS_SIE));
    int irq = m_on ? pick_irq(m_level) : -1;
    if (irq < 0 && s_on) irq = pick_irq(s_level);
    if (irq < 0) return false;
    if (log_enabled(LOG_int))
        log_printf("riscv_cpu_do_interrupt: hart:%llu, async:1, cause:%d, epc:0x%016llx\n",
                   (unsigned long long)cpu->mhartid, irq, (unsigned long long)cpu->pc);
    do_trap(cpu, (uint64_t)irq, 0, true);
    return true;
}
