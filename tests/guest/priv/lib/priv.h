/* A tiny bare-metal test kernel for the privileged-architecture tests.
 *
 * Every test is a C file whose main() runs in M-mode on QEMU's virt machine
 * and returns 0 for pass (CHECK failures end the test earlier, printing one
 * "FAIL file:line: ..." line on the UART and exiting through the test
 * finisher with status 1; an unexpected trap exits with status 2).
 *
 * Why it is built this way:
 *
 * - One M-mode trap handler and one S-mode trap handler, both in C behind a
 *   small assembly entry that saves every register in a frame. They record
 *   each trap (cause, epc, tval, status, the level that took it, the
 *   privilege it came from, the vector slot) in traps[], then act as the
 *   test asked: for exceptions `exc_action`, for interrupts `irq_action`
 *   (after silencing the source), or whatever `trap_hook` decides. The
 *   handlers restore every register from the frame, so a test can check
 *   that a faulting instruction left its destination register alone.
 *
 * - Code runs in S or U through priv_run(mode, fn, ...): it saves the M-mode
 *   context, mret's into fn with ra pointing at a return trampoline, and the
 *   trampoline's ecall (magic number in a7) lands back in priv_run's caller
 *   with fn's return value. A test can also abort the lower-mode code from a
 *   trap (TA_ABORT): priv_run then returns PRIV_ABORTED. An S-mode handler
 *   forwards these magic ecalls to M, so ecall from U may be delegated;
 *   ecall from S (cause 9) must never be delegated, since that is how S
 *   reaches M.
 *
 * - U-mode code and data live in their own page-aligned sections (.utext,
 *   .udata, .ubss: USER_TEXT / USER_DATA); vm_map_kernel() identity-maps the
 *   image with U set on exactly those pages, so S code (which must not
 *   fetch from U pages) and U code (which may only touch U pages) both work
 *   under paging. Pages a test maps at other virtual addresses come from a
 *   pool (page_alloc) and are normally mapped at TVA and above, outside the
 *   identity-mapped image.
 *
 * - The probes (probe_ld_s / probe_ld_u ...) are leaf functions with one
 *   labelled memory access each (probe_ld_s_insn ...): a test knows the
 *   exact epc to expect, and each probe preloads its destination register
 *   with a caller-given value so a skipped (faulting) access shows up as
 *   that value coming back. The _s copies are in .text (for S and M), the _u
 *   copies in .utext (for U).
 *
 * - PMP: start-up leaves entry 15 as a NAPOT catch-all granting RWX so that
 *   S and U can run at all; PMP tests clear it.
 */
#ifndef PRIV_H
#define PRIV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

#define MSTATUS_SIE (1ul << 1)
#define MSTATUS_MIE (1ul << 3)
#define MSTATUS_SPIE (1ul << 5)
#define MSTATUS_UBE (1ul << 6)
#define MSTATUS_MPIE (1ul << 7)
#define MSTATUS_SPP (1ul << 8)
#define MSTATUS_MPP (3ul << 11)
#define MSTATUS_MPP_S (1ul << 11)
#define MSTATUS_MPP_M (3ul << 11)
#define MSTATUS_FS (3ul << 13)
#define MSTATUS_XS (3ul << 15)
#define MSTATUS_MPRV (1ul << 17)
#define MSTATUS_SUM (1ul << 18)
#define MSTATUS_MXR (1ul << 19)
#define MSTATUS_TVM (1ul << 20)
#define MSTATUS_TW (1ul << 21)
#define MSTATUS_TSR (1ul << 22)
#define MSTATUS_UXL (3ul << 32)
#define MSTATUS_SXL (3ul << 34)
#define MSTATUS_SD (1ul << 63)

#define CAUSE_FETCH_MISALIGNED 0
#define CAUSE_FETCH_ACCESS 1
#define CAUSE_ILLEGAL 2
#define CAUSE_BREAKPOINT 3
#define CAUSE_LOAD_MISALIGNED 4
#define CAUSE_LOAD_ACCESS 5
#define CAUSE_STORE_MISALIGNED 6
#define CAUSE_STORE_ACCESS 7
#define CAUSE_ECALL_U 8
#define CAUSE_ECALL_S 9
#define CAUSE_ECALL_M 11
#define CAUSE_FETCH_PAGE 12
#define CAUSE_LOAD_PAGE 13
#define CAUSE_STORE_PAGE 15

#define IRQ_SSI 1
#define IRQ_MSI 3
#define IRQ_STI 5
#define IRQ_MTI 7
#define IRQ_SEI 9
#define IRQ_MEI 11
#define CAUSE_IRQ (1ul << 63)
#define MIP(irq) (1ul << (irq))

/* CSRs the assembler may not know by name. */
#define CSR_SENVCFG 0x10a
#define CSR_STIMECMP 0x14d
#define CSR_MENVCFG 0x30a
#define MENVCFG_STCE (1ul << 63)

#define SATP_MODE_BARE 0ul
#define SATP_MODE_SV39 8ul
#define SATP_MODE_SV48 9ul
#define SATP_MODE_SV57 10ul
#define SATP_MODE_SHIFT 60
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK 0xfffful
#define SATP_PPN_MASK ((1ul << 44) - 1)

#define PTE_V (1ul << 0)
#define PTE_R (1ul << 1)
#define PTE_W (1ul << 2)
#define PTE_X (1ul << 3)
#define PTE_U (1ul << 4)
#define PTE_G (1ul << 5)
#define PTE_A (1ul << 6)
#define PTE_D (1ul << 7)
#define PTE_AD (PTE_A | PTE_D)
#define PTE_PPN_SHIFT 10

#define PMP_R 0x01
#define PMP_W 0x02
#define PMP_X 0x04
#define PMP_OFF 0x00
#define PMP_TOR 0x08
#define PMP_NA4 0x10
#define PMP_NAPOT 0x18
#define PMP_L 0x80

/* virt machine. */
#define UART0 0x10000000ul
#define TEST_FINISHER 0x100000ul
#define CLINT_MSIP 0x2000000ul
#define CLINT_MTIMECMP 0x2004000ul
#define CLINT_MTIME 0x200bff8ul
#define TIMER_HZ 10000000ul
#define RAM_BASE 0x80000000ul

#define PAGE_SIZE 4096ul
/* Where tests map their own pages: canonical in Sv39/48/57, outside RAM. */
#define TVA 0x40000000ul

/* ---- CSRs. The extra level expands CSR_* macros before stringifying. */
#define csr_read(csr) csr_read_(csr)
#define csr_read_(csr)                                                                             \
    ({                                                                                             \
        uint64_t v_;                                                                               \
        __asm__ volatile("csrr %0, " #csr : "=r"(v_)::"memory");                                   \
        v_;                                                                                        \
    })
#define csr_write(csr, v) csr_write_(csr, v)
#define csr_write_(csr, v)                                                                         \
    ({ __asm__ volatile("csrw " #csr ", %0" ::"rK"((uint64_t)(v)) : "memory"); })
#define csr_set(csr, v) csr_set_(csr, v)
#define csr_set_(csr, v)                                                                           \
    ({ __asm__ volatile("csrs " #csr ", %0" ::"rK"((uint64_t)(v)) : "memory"); })
#define csr_clear(csr, v) csr_clear_(csr, v)
#define csr_clear_(csr, v)                                                                         \
    ({ __asm__ volatile("csrc " #csr ", %0" ::"rK"((uint64_t)(v)) : "memory"); })
#define csr_swap(csr, v) csr_swap_(csr, v)
#define csr_swap_(csr, v)                                                                          \
    ({                                                                                             \
        uint64_t o_;                                                                               \
        __asm__ volatile("csrrw %0, " #csr ", %1" : "=r"(o_) : "rK"((uint64_t)(v)) : "memory");    \
        o_;                                                                                        \
    })

static inline void sfence_vma(void)
{
    __asm__ volatile("sfence.vma" ::: "memory");
}
static inline void sfence_vma_va(uint64_t va)
{
    __asm__ volatile("sfence.vma %0" ::"r"(va) : "memory");
}
static inline void fence_i(void)
{
    __asm__ volatile("fence.i" ::: "memory");
}
static inline void barrier(void)
{
    __asm__ volatile("" ::: "memory");
}

static inline uint64_t rd64(uint64_t a)
{
    return *(volatile uint64_t *)a;
}
static inline uint32_t rd32(uint64_t a)
{
    return *(volatile uint32_t *)a;
}
static inline uint8_t rd8(uint64_t a)
{
    return *(volatile uint8_t *)a;
}
static inline void wr64(uint64_t a, uint64_t v)
{
    *(volatile uint64_t *)a = v;
}
static inline void wr32(uint64_t a, uint32_t v)
{
    *(volatile uint32_t *)a = v;
}
static inline void wr8(uint64_t a, uint8_t v)
{
    *(volatile uint8_t *)a = v;
}

/* ---- Output and checks (M or S mode; S reports through M). */
void put_char(int c);
void put_str(const char *s);
void put_hex(uint64_t v);
__attribute__((noreturn)) void priv_exit(int code);

__attribute__((noreturn)) void check_fail(const char *file, int line, const char *what,
                                          uint64_t got, uint64_t want, int has_values);
#define CHECK(c)                                                                                   \
    do {                                                                                           \
        if (!(c)) check_fail(__FILE__, __LINE__, #c, 0, 0, 0);                                     \
    } while (0)
#define CHECK_EQ(got, want)                                                                        \
    do {                                                                                           \
        uint64_t g_ = (uint64_t)(got), w_ = (uint64_t)(want);                                      \
        if (g_ != w_) check_fail(__FILE__, __LINE__, #got " == " #want, g_, w_, 1);                \
    } while (0)

/* Where QEMU 7.2 has a known bug, a test expects the spec's value and also
 * names QEMU's: getting exactly QEMU's value is recorded as that deviation
 * (the test then ends with status 3 and a "DEVIATION tag" line, which
 * run.sh accepts only under QEMU); anything else fails as usual. Put these
 * checks last, so that every ordinary check has run. */
void check_spec_(const char *file, int line, const char *what, const char *tag, uint64_t got,
                 uint64_t want, uint64_t qemu);
#define CHECK_SPEC(tag, got, want, qemu)                                                           \
    check_spec_(__FILE__, __LINE__, #got " == " #want, (tag), (uint64_t)(got), (uint64_t)(want),   \
                (uint64_t)(qemu))

/* ---- Traps. */
struct trap_frame {
    uint64_t x[32]; /* x[2] is the interrupted sp */
    uint64_t epc, cause, tval, status;
    int64_t vec; /* vector slot when entered through a vectored table, else -1 */
    uint64_t pad;
};

struct trap_rec {
    uint64_t cause, epc, tval;
    uint64_t status; /* mstatus (level M) or sstatus (level S) at entry */
    uint64_t level;  /* PRV_M or PRV_S: who took the trap */
    uint64_t prev;   /* privilege the trap came from (MPP / SPP) */
    int64_t vec;
};

#define MAX_TRAPS 32
extern volatile struct trap_rec traps[MAX_TRAPS];
extern volatile uint64_t ntraps;
extern struct trap_frame last_frame; /* copy of the latest trap's registers */

enum trap_action {
    TA_DEFAULT = -1, /* from a hook: fall through to exc_action / irq_action */
    TA_FAIL,         /* unexpected: report and exit 2 (default for exceptions) */
    TA_SKIP,         /* resume at epc + 4 */
    TA_RET,          /* resume at ra: the faulting leaf function returns */
    TA_REDIRECT,     /* resume at trap_redirect */
    TA_ABORT,        /* leave the lower-mode code: priv_run returns PRIV_ABORTED */
    TA_RESUME,       /* resume at epc (default for interrupts, after silencing) */
    TA_AUTO,         /* TA_RET for fetch faults (epc is the target), else TA_SKIP */
};
extern volatile int exc_action;
extern volatile int irq_action;
extern volatile uint64_t trap_redirect;
/* Called first for every trap except priv_run's own ecalls. */
typedef int (*trap_hook_fn)(struct trap_frame *f, int level);
extern trap_hook_fn volatile trap_hook;

/* Clears traps[], the hook, and sets exc_action = TA_FAIL, irq_action = TA_RESUME. */
void traps_reset(void);

/* Fails unless traps[i] matches (level, cause, epc, tval) exactly. */
void check_trap_(const char *file, int line, int i, uint64_t level, uint64_t cause, uint64_t epc,
                 uint64_t tval);
#define CHECK_TRAP(i, level, cause, epc, tval)                                                     \
    check_trap_(__FILE__, __LINE__, (i), (level), (cause), (uint64_t)(epc), (uint64_t)(tval))

/* Vectored tables (mode 1): slot i jumps to the common entry, recording i. */
extern char priv_mvec_table[], priv_svec_table[];
extern char priv_mtrap_entry[], priv_strap_entry[];

/* ---- Running code in S or U. */
#define PRIV_ABORTED ((long)0x8badf00d8badf00dul)
long priv_run(long mode, void *fn, long a0, long a1, long a2);
#define run_s(fn, a0, a1, a2) priv_run(PRV_S, (void *)(fn), (long)(a0), (long)(a1), (long)(a2))
#define run_u(fn, a0, a1, a2) priv_run(PRV_U, (void *)(fn), (long)(a0), (long)(a1), (long)(a2))
/* mstatus when the lower-mode code made its return ecall. */
extern volatile uint64_t priv_ret_mstatus;
extern volatile long priv_cur_mode;
/* The U-mode return trampoline: run_u(priv_ret_u, ...) returns at once. */
extern char priv_ret_u[];

#define USER_TEXT __attribute__((section(".utext"), noinline, aligned(4)))
#define USER_DATA __attribute__((section(".udata")))
extern char __user_start[], __user_end[], _end[];

/* ---- Probes: one labelled access each. The _insn symbol is its address. */
#define PROBE_DECL(name)                                                                           \
    extern char name##_s_insn[], name##_u_insn[];                                                  \
    long name##_s(uint64_t addr, long a1, long a2);                                                \
    long name##_u(uint64_t addr, long a1, long a2);
/* loads: a1 preloaded into rd; returns rd */
PROBE_DECL(probe_lb)
PROBE_DECL(probe_lbu)
PROBE_DECL(probe_lh)
PROBE_DECL(probe_lw)
PROBE_DECL(probe_ld)
/* stores: store a1; return a2 */
PROBE_DECL(probe_sb)
PROBE_DECL(probe_sh)
PROBE_DECL(probe_sw)
PROBE_DECL(probe_sd)
/* AMOs: rd preloaded with a2; amoswap/amoadd rd, a1, (addr); returns rd */
PROBE_DECL(probe_amoswap_d)
PROBE_DECL(probe_amoadd_d)
PROBE_DECL(probe_amoadd_w)
/* lr.d: rd preloaded with a1; returns rd. sc.d a1 -> rd preloaded with a2 */
PROBE_DECL(probe_lr_d)
PROBE_DECL(probe_sc_d)
/* lr.d then sc.d a1 -> rd preloaded with a2; the sc is the _insn */
PROBE_DECL(probe_lrsc_d)
/* exec: jalr to addr (a leaf that returns through ra; t6 is kept); returns a0.
 * The jalr is probe_exec_*_insn; on a fetch fault epc = addr and ra points
 * back into the probe, so TA_RET resumes it and it returns addr. */
PROBE_DECL(probe_exec)
#define PROBE(name, mode) ((mode) == PRV_U ? (void *)name##_u : (void *)name##_s)
#define PROBE_INSN(name, mode) ((mode) == PRV_U ? (uint64_t)name##_u_insn : (uint64_t)name##_s_insn)

/* A leaf "li a0, v; ret" at p (8 bytes), made visible to instruction fetch. */
void write_ret_stub(void *p, int32_t v);

/* ---- Page tables. Levels count from 0 (4 KiB leaves). */
struct vm {
    uint64_t *root;
    int levels; /* 3, 4 or 5 */
    uint64_t mode;
};
void *page_alloc(void); /* zeroed, from a pool; freed only by pool_reset */
void pool_reset(void);
void vm_init(struct vm *vm, uint64_t satp_mode);
/* Pointer to the PTE at `level` for va, creating the tables above it. */
uint64_t *vm_pte(struct vm *vm, uint64_t va, int level);
static inline uint64_t pte_make(uint64_t pa, uint64_t flags)
{
    return ((pa >> 12) << PTE_PPN_SHIFT) | flags;
}
static inline uint64_t pte_pa(uint64_t pte)
{
    return (pte >> PTE_PPN_SHIFT) << 12;
}
/* A leaf at `level` mapping va -> pa with flags | V. */
void vm_map(struct vm *vm, uint64_t va, uint64_t pa, int level, uint64_t flags);
/* Identity map of the image (RWX, A, D; U on the user sections) and of the
 * UART, finisher and CLINT pages (RW, A, D). */
void vm_map_kernel(struct vm *vm);
uint64_t vm_satp(struct vm *vm, uint64_t asid);
/* satp := vm_satp(vm, 0); sfence.vma. M-mode or S-mode. */
void vm_activate(struct vm *vm);
/* Sv39 with vm_map_kernel(), active: the common start of paging tests. */
void vm_setup_sv39(struct vm *vm);

/* ---- PMP (M-mode). Each setter ends with sfence.vma. */
void pmp_write(int i, uint8_t cfg, uint64_t addr_field);
uint8_t pmp_cfg(int i);
uint64_t pmp_addr(int i);
void pmp_clear_all(void);
void pmp_allow_all(void); /* entry 15: NAPOT over everything, RWX */
/* base must be aligned to size, size a power of two >= 8 */
static inline uint64_t pmp_napot(uint64_t base, uint64_t size)
{
    return (base | (size / 2 - 1)) >> 2;
}

/* ---- CLINT (M-mode) and timing. */
static inline uint64_t mtime(void)
{
    return rd64(CLINT_MTIME);
}
static inline void set_mtimecmp(uint64_t v)
{
    wr64(CLINT_MTIMECMP, v);
}
static inline void set_msip(uint32_t v)
{
    wr32(CLINT_MSIP, v);
}
static inline uint64_t rdtime(void)
{
    uint64_t v;
    __asm__ volatile("rdtime %0" : "=r"(v));
    return v;
}
/* Spins until ntraps >= n or `ticks` of mtime pass (M-mode); true if reached. */
bool wait_traps(uint64_t n, uint64_t ticks);

#endif
