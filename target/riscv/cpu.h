/* The RISC-V hart: architectural state, the fields the generated code
 * addresses directly (env offsets), and the CPU's public face to machines.
 *
 * Generated code holds a pointer to RISCVCPU in a fixed host register and
 * reaches every field by displacement, so the hot fields come first: the
 * integer registers, pc, the exit-request word and the TLB fast tables all
 * fit in a disp8/disp32 from the base.
 */
#ifndef RIVET_TARGET_RISCV_CPU_H
#define RIVET_TARGET_RISCV_CPU_H

#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "accel/tlb.h"

struct Machine;
struct TranslationBlock;

enum { PRV_U = 0, PRV_S = 1, PRV_M = 3 };

/* MMU indexes: one TLB each. */
enum { MMU_IDX_U = 0, MMU_IDX_S = 1, MMU_IDX_S_SUM = 2, MMU_IDX_M = 3, NB_MMU_MODES = 4 };

#define TB_JMP_CACHE_BITS 14
#define TB_JMP_CACHE_SIZE (1u << TB_JMP_CACHE_BITS)
/* Slots are indexed by (pc >> 1): instructions are 2-byte aligned (C). */
#define TB_JMP_CACHE_SHIFT 1

/* Exception causes (mcause with the interrupt bit clear). */
enum {
    EXCP_INSN_MISALIGNED = 0,
    EXCP_INSN_ACCESS = 1,
    EXCP_ILLEGAL_INSN = 2,
    EXCP_BREAKPOINT = 3,
    EXCP_LOAD_MISALIGNED = 4,
    EXCP_LOAD_ACCESS = 5,
    EXCP_STORE_MISALIGNED = 6,
    EXCP_STORE_ACCESS = 7,
    EXCP_ECALL_U = 8,
    EXCP_ECALL_S = 9,
    EXCP_ECALL_M = 11,
    EXCP_INSN_PAGE_FAULT = 12,
    EXCP_LOAD_PAGE_FAULT = 13,
    EXCP_STORE_PAGE_FAULT = 15,
    EXCP_NONE = -1,
};

/* Reasons cpu_exec() returns to its caller. */
enum { EXIT_STOPPED = 1, EXIT_HALTED = 2 };

typedef struct RISCVCPU {
    uint64_t gpr[32];
    uint64_t pc;
    uint64_t fpr[32]; /* F/D registers; single values NaN-boxed */
    /* Non-zero asks the vCPU to leave generated code at the next TB entry. */
    _Atomic uint32_t exit_request;
    uint32_t priv;
    /* Instructions retired; every TB adds its length at entry and restore
     * subtracts what a fault did not execute. */
    uint64_t insn_count;
    CPUTLBFast tlb_fast[NB_MMU_MODES];

    /* CSRs */
    uint32_t fflags, frm; /* fcsr fields */
    /* fflags for each value of the host's FP flags (generated code folds
     * them in: tcg/x86_64/fpu.c). */
    uint8_t fp_host_flags[64];
    /* LR/SC reservation (accel/cputlb.c, target/riscv/atomic_helper.c): the
     * bytes [res_addr, res_addr + res_size) LR read, res_size 0 when none is
     * held, and the value read, which SC compares and swaps against. */
    uint64_t res_addr, res_val;
    uint32_t res_size;
    uint64_t misa;
    uint64_t mstatus;
    uint64_t mtvec, mscratch, mepc, mcause, mtval;
    uint64_t medeleg, mideleg;
    uint64_t mie;
    _Atomic uint64_t mip;
    uint64_t mcounteren, mcountinhibit;
    uint64_t mcycle_offset, minstret_offset; /* written value minus count at write */
    uint64_t mhartid;
    uint64_t stvec, sscratch, sepc, scause, stval, satp;
    uint64_t scounteren, menvcfg, senvcfg, stimecmp;
    bool seip_sw; /* mip.SEIP as software wrote it; ORed with the external line */
    uint8_t pmpcfg[16];
    uint64_t pmpaddr[16];
    /* PMP entries decoded to byte ranges (pmp_update), for the TLB fill. */
    uint64_t pmp_lo[16], pmp_hi[16];
    uint16_t pmp_active; /* bit i: entry i matches something */
    /* What PMP grants every address below 2^56 when that does not depend
     * on the address (no entry in use, or the first one in use covers
     * everything): PROT_ bits for S/U in [0], for M in [1]; -1 otherwise. */
    int8_t pmp_whole[2];
    struct HostTimer *stimecmp_timer; /* Sstc: raises STIP at stimecmp */
    /* Called at every trap entry (LR/SC: a trap breaks the reservation). */
    void (*clear_reservation)(struct RISCVCPU *cpu);

    /* Exception being raised (cause and tval), consumed by cpu_exec. */
    int exception;
    uint64_t exception_tval;
    bool smc_hit; /* a store modified the TB that is running */

    /* Execution machinery (accel/) */
    sigjmp_buf jmp_env;
    struct TranslationBlock *tb_jmp_cache[TB_JMP_CACHE_SIZE];
    CPUTLBDesc tlb[NB_MMU_MODES];
    struct TLBSpaces *tlb_spaces; /* one TLB per satp (accel/cputlb.c) */
    struct Machine *machine;
    struct AddressSpace *as;
    pthread_t thread;
    _Atomic bool stop;
    bool halted;
    struct TCGContext *tcg_ctx;
    uint64_t stat_tb_exec;
} RISCVCPU;

/* What the hart implements: misa at reset, and the same set spelled as a
 * device-tree "riscv,isa" string (misa's letters plus the Z and S
 * extensions misa cannot show). The two must be changed together. */
#define RISCV_MISA                                                                                 \
    (MISA_MXL_64 | MISA_EXT('I') | MISA_EXT('M') | MISA_EXT('A') | MISA_EXT('F') | MISA_EXT('D') | \
     MISA_EXT('C') | MISA_EXT('S') | MISA_EXT('U'))
const char *riscv_isa_string(void);
/* Sstc (stimecmp), on unless -cpu rv64,sstc=off: without it the S-mode
 * timer goes through the SBI, as on hardware that lacks the extension. */
extern bool riscv_has_sstc;

/* Public face to machines. */
RISCVCPU *riscv_cpu_new(struct Machine *m, int hartid);
void riscv_cpu_reset(RISCVCPU *cpu, uint64_t pc);
/* Starts the vCPU's host thread, which runs cpu_exec until stopped. */
void riscv_cpu_start(RISCVCPU *cpu);
/* Asks the thread to stop and waits for it. */
void riscv_cpu_stop(RISCVCPU *cpu);
/* Kicks the vCPU out of generated code so it looks at its state again. */
void cpu_exit(RISCVCPU *cpu);
/* A device drives interrupt line irq (an mip bit number) of the hart. */
void riscv_cpu_set_irq(RISCVCPU *cpu, int irq, bool level);

/* The TB flags word: privilege in bits 1:0, mstatus.FS in bits 3:2, the
 * data MMU index in bits 5:4, and TB_FLAG_PHYS (accel/tb_flags.h). */
#define TB_FLAGS_PRIV_MASK 3u
#define TB_FLAGS_FS_SHIFT 2
#define TB_FLAGS_FS_MASK (3u << TB_FLAGS_FS_SHIFT)
#define TB_FLAGS_MMU_SHIFT 4 /* the data MMU index, bits 5:4 */
#define TB_FLAGS_MMU_MASK (3u << TB_FLAGS_MMU_SHIFT)
#define TB_FLAGS_FRM_SHIFT 6 /* fcsr.frm, bits 8:6 */
#define TB_FLAGS_FRM_MASK (7u << TB_FLAGS_FRM_SHIFT)
enum { FS_OFF = 0, FS_INITIAL = 1, FS_CLEAN = 2, FS_DIRTY = 3 };

/* Whether TBs count retired instructions exactly (-icount). */
extern bool riscv_count_insns;

/* The mmu index for data accesses and for instruction fetch. */
int riscv_cpu_mmu_index(const RISCVCPU *cpu, bool ifetch);

/* Hooks the execution machinery (accel/) calls into the target. */
/* Translates vaddr for an access or raises the fault (precisely, from
 * retaddr). On success the TLB holds the page. */
void riscv_tlb_fill(RISCVCPU *cpu, uint64_t vaddr, unsigned size, int access, int mmu_idx,
                    uintptr_t retaddr);
/* Raises an exception: restores state from retaddr when non-zero, then
 * leaves for the loop. */
void riscv_raise_exception(RISCVCPU *cpu, int cause, uint64_t tval, uintptr_t retaddr)
    __attribute__((noreturn));
/* Takes the pending exception (trap entry). */
void riscv_cpu_do_exception(RISCVCPU *cpu);
/* Takes a pending, enabled interrupt if there is one. */
bool riscv_cpu_handle_interrupt(RISCVCPU *cpu);
/* The translation-relevant state that keys a TB. */
uint32_t riscv_tb_flags(const RISCVCPU *cpu);
#endif
