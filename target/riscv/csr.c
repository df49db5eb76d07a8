/* The CSR table and its accessors (privileged spec 1.12, RV64, M/S/U). */
#include "target/riscv/csr.h"

#include <pthread.h>
#include <stddef.h>
#include <time.h>

#include "accel/cputlb.h"
#include "hw/machine.h"
#include "target/riscv/mmu.h"
#include "util/timer.h"

typedef struct CSRContext {
    RISCVCPU *cpu;
    unsigned insns_after;
} CSRContext;

typedef uint64_t (*CSRRead)(CSRContext *c, unsigned csrno);
typedef void (*CSRWrite)(CSRContext *c, unsigned csrno, uint64_t v);
typedef bool (*CSRPredicate)(CSRContext *c, unsigned csrno, bool write);

/* ---- Counters ----------------------------------------------------------- */

/* Exact when instructions are counted (icount); otherwise, as on QEMU, the
 * counters follow the host clock (nanoseconds), which only grows. */
static uint64_t retired(CSRContext *c)
{
    if (riscv_count_insns) return c->cpu->insn_count - c->insns_after;
    return host_clock_ns();
}

/* One instruction per cycle: mcycle and minstret read the same count.
 * Writing sets the value the counter continues from. */
static uint64_t rd_counter(CSRContext *c, unsigned n)
{
    bool cycle = (n & 0x7f) == 0;
    return retired(c) + (cycle ? c->cpu->mcycle_offset : c->cpu->minstret_offset);
}
static void wr_counter(CSRContext *c, unsigned n, uint64_t v)
{
    /* The write happens at this instruction, which itself then retires. */
    uint64_t base = retired(c) + 1;
    if ((n & 0x7f) == 0)
        c->cpu->mcycle_offset = v - base;
    else
        c->cpu->minstret_offset = v - base;
}
static uint64_t rd_time(CSRContext *c, unsigned n)
{
    return machine_mtime(c->cpu->machine);
}

/* cycle/time/instret (and hpmcounters) below M: mcounteren, then for U
 * also scounteren, must grant the counter. */
static bool counter_accessible(CSRContext *c, unsigned n, bool write)
{
    RISCVCPU *cpu = c->cpu;
    uint64_t bit = 1ull << (n & 31);
    if (cpu->priv < PRV_M && !(cpu->mcounteren & bit)) return false;
    if (cpu->priv < PRV_S && !(cpu->scounteren & bit)) return false;
    return true;
}

static uint64_t rd_zero(CSRContext *c, unsigned n)
{
    return 0;
}
static void wr_ignore(CSRContext *c, unsigned n, uint64_t v) {}

#define FIELD_CSR(field, wmask)                                                                    \
    static uint64_t rd_##field(CSRContext *c, unsigned n)                                          \
    {                                                                                              \
        return c->cpu->field;                                                                      \
    }                                                                                              \
    static void wr_##field(CSRContext *c, unsigned n, uint64_t v)                                  \
    {                                                                                              \
        c->cpu->field = (c->cpu->field & ~(uint64_t)(wmask)) | (v & (uint64_t)(wmask));            \
    }
FIELD_CSR(mscratch, ~0ull)
FIELD_CSR(mcause, ~0ull)
FIELD_CSR(mtval, ~0ull)
FIELD_CSR(sscratch, ~0ull)
FIELD_CSR(scause, ~0ull)
FIELD_CSR(stval, ~0ull)
FIELD_CSR(mcounteren, 0xffffffffull)
FIELD_CSR(scounteren, 0xffffffffull)
FIELD_CSR(senvcfg, 1ull)         /* FIOM */
FIELD_CSR(mcountinhibit, 0x5ull) /* CY and IR; no hpm counters */

static uint64_t rd_mhartid(CSRContext *c, unsigned n)
{
    return c->cpu->mhartid;
}
static uint64_t rd_misa(CSRContext *c, unsigned n)
{
    return c->cpu->misa;
}

/* ---- mstatus and sstatus -------------------------------------------------- */

#define MSTATUS_WRITABLE                                                                           \
    (MSTATUS_SIE | MSTATUS_MIE | MSTATUS_SPIE | MSTATUS_MPIE | MSTATUS_SPP | MSTATUS_MPP |         \
     MSTATUS_FS | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_TVM | MSTATUS_TW |            \
     MSTATUS_TSR)
#define SSTATUS_VISIBLE                                                                            \
    (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_UBE | MSTATUS_SPP | MSTATUS_VS | MSTATUS_FS |            \
     MSTATUS_XS | MSTATUS_SUM | MSTATUS_MXR | MSTATUS_UXL | MSTATUS_SD)
#define SSTATUS_WRITABLE                                                                           \
    (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_FS | MSTATUS_SUM | MSTATUS_MXR)

/* Bits whose change alters address translation: the TLBs of the paged
 * MMU indexes must go (MMU_IDX_M never translates). */
#define MSTATUS_MMU_BITS (MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR)

static void write_mstatus_bits(RISCVCPU *cpu, uint64_t v, uint64_t mask)
{
    uint64_t old = cpu->mstatus;
    uint64_t s = (old & ~mask) | (v & mask);
    /* MPP is WARL over the modes that exist (M, S, U): 2 keeps its value. */
    if (((s & MSTATUS_MPP) >> MSTATUS_MPP_SHIFT) == 2) s = (s & ~MSTATUS_MPP) | (old & MSTATUS_MPP);
    /* SD summarises a Dirty FS. */
    s = (s & MSTATUS_FS) == MSTATUS_FS ? s | MSTATUS_SD : s & ~MSTATUS_SD;
    cpu->mstatus = s;
    if ((old ^ s) & MSTATUS_MMU_BITS) tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
}

static uint64_t rd_mstatus(CSRContext *c, unsigned n)
{
    return c->cpu->mstatus;
}
static void wr_mstatus(CSRContext *c, unsigned n, uint64_t v)
{
    write_mstatus_bits(c->cpu, v, MSTATUS_WRITABLE);
}
static uint64_t rd_sstatus(CSRContext *c, unsigned n)
{
    return c->cpu->mstatus & SSTATUS_VISIBLE;
}
static void wr_sstatus(CSRContext *c, unsigned n, uint64_t v)
{
    write_mstatus_bits(c->cpu, v, SSTATUS_WRITABLE);
}

/* ---- Trap setup ---------------------------------------------------------- */

static uint64_t rd_mtvec(CSRContext *c, unsigned n)
{
    return c->cpu->mtvec;
}
static void wr_mtvec(CSRContext *c, unsigned n, uint64_t v)
{
    /* Modes 2 and 3 are reserved: such a write leaves mtvec unchanged. */
    if ((v & 3) < 2) c->cpu->mtvec = v;
}
static uint64_t rd_stvec(CSRContext *c, unsigned n)
{
    return c->cpu->stvec;
}
static void wr_stvec(CSRContext *c, unsigned n, uint64_t v)
{
    if ((v & 3) < 2) c->cpu->stvec = v;
}

/* Exceptions that can be delegated: all but ecall from M (which never
 * reaches S anyway) and the reserved causes. */
#define DELEGABLE_EXCPS                                                                            \
    ((1ull << 0) | (1ull << 1) | (1ull << 2) | (1ull << 3) | (1ull << 4) | (1ull << 5) |           \
     (1ull << 6) | (1ull << 7) | (1ull << 8) | (1ull << 9) | (1ull << 12) | (1ull << 13) |         \
     (1ull << 15))
FIELD_CSR(medeleg, DELEGABLE_EXCPS)
FIELD_CSR(mideleg, MIP_S_BITS)

/* IALIGN is 32 without C: bit 1 of xepc reads as zero; bit 0 is always 0. */
static uint64_t epc_mask(const RISCVCPU *cpu)
{
    return (cpu->misa & MISA_EXT('C')) ? ~1ull : ~3ull;
}
static uint64_t rd_mepc(CSRContext *c, unsigned n)
{
    return c->cpu->mepc & epc_mask(c->cpu);
}
static void wr_mepc(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->mepc = v & ~1ull;
}
static uint64_t rd_sepc(CSRContext *c, unsigned n)
{
    return c->cpu->sepc & epc_mask(c->cpu);
}
static void wr_sepc(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->sepc = v & ~1ull;
}

/* ---- Interrupt enables and pending bits ---------------------------------- */

#define MIE_WRITABLE (MIP_SSIP | MIP_MSIP | MIP_STIP | MIP_MTIP | MIP_SEIP | MIP_MEIP)

static bool sstc_active(const RISCVCPU *cpu)
{
    return (cpu->menvcfg & MENVCFG_STCE) != 0;
}

uint64_t csr_read_mip(const RISCVCPU *cpu)
{
    uint64_t v = atomic_load(&((RISCVCPU *)cpu)->mip);
    return cpu->seip_sw ? v | MIP_SEIP : v;
}

static uint64_t rd_mie(CSRContext *c, unsigned n)
{
    return c->cpu->mie;
}
static void wr_mie(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->mie = v & MIE_WRITABLE;
}
static uint64_t rd_mip(CSRContext *c, unsigned n)
{
    return csr_read_mip(c->cpu);
}
/* M-mode software writes SSIP, STIP (unless Sstc drives it) and its own
 * SEIP bit; the M-level bits come from devices. */
static void wr_mip(CSRContext *c, unsigned n, uint64_t v)
{
    RISCVCPU *cpu = c->cpu;
    uint64_t mask = MIP_SSIP | (sstc_active(cpu) ? 0 : MIP_STIP);
    uint64_t old = atomic_load(&cpu->mip), new;
    do {
        new = (old & ~mask) | (v & mask);
    } while (!atomic_compare_exchange_weak(&cpu->mip, &old, new));
    cpu->seip_sw = (v & MIP_SEIP) != 0;
}
static uint64_t rd_sie(CSRContext *c, unsigned n)
{
    return c->cpu->mie & c->cpu->mideleg;
}
static void wr_sie(CSRContext *c, unsigned n, uint64_t v)
{
    uint64_t mask = c->cpu->mideleg;
    c->cpu->mie = (c->cpu->mie & ~mask) | (v & mask);
}
static uint64_t rd_sip(CSRContext *c, unsigned n)
{
    return csr_read_mip(c->cpu) & c->cpu->mideleg;
}
static void wr_sip(CSRContext *c, unsigned n, uint64_t v)
{
    RISCVCPU *cpu = c->cpu;
    uint64_t mask = MIP_SSIP & cpu->mideleg;
    uint64_t old = atomic_load(&cpu->mip), new;
    do {
        new = (old & ~mask) | (v & mask);
    } while (!atomic_compare_exchange_weak(&cpu->mip, &old, new));
}

/* ---- Sstc ---------------------------------------------------------------- */

static void stimecmp_fired(void *opaque)
{
    csr_update_stimecmp(opaque);
}

/* Serialises re-evaluation between the vCPU (stimecmp/menvcfg writes) and
 * the timer thread, so an old firing cannot undo a new deadline. */
static pthread_mutex_t stimecmp_lock = PTHREAD_MUTEX_INITIALIZER;

void csr_update_stimecmp(RISCVCPU *cpu)
{
    pthread_mutex_lock(&stimecmp_lock);
    if (!sstc_active(cpu)) {
        if (cpu->stimecmp_timer) host_timer_del(cpu->stimecmp_timer);
        pthread_mutex_unlock(&stimecmp_lock);
        return;
    }
    bool due = machine_mtime(cpu->machine) >= cpu->stimecmp;
    riscv_cpu_set_irq(cpu, IRQ_S_TIMER, due);
    if (!cpu->stimecmp_timer) cpu->stimecmp_timer = host_timer_new(stimecmp_fired, cpu);
    uint64_t deadline = due ? UINT64_MAX : machine_mtime_deadline(cpu->machine, cpu->stimecmp);
    if (deadline == UINT64_MAX)
        host_timer_del(cpu->stimecmp_timer);
    else
        host_timer_mod(cpu->stimecmp_timer, deadline);
    pthread_mutex_unlock(&stimecmp_lock);
}

/* stimecmp below M needs mcounteren.TM and menvcfg.STCE. */
static bool stimecmp_accessible(CSRContext *c, unsigned n, bool write)
{
    RISCVCPU *cpu = c->cpu;
    if (!riscv_has_sstc) return false;
    if (cpu->priv == PRV_M) return true;
    return (cpu->mcounteren & 2) && sstc_active(cpu);
}
static uint64_t rd_stimecmp(CSRContext *c, unsigned n)
{
    return c->cpu->stimecmp;
}
static void wr_stimecmp(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->stimecmp = v;
    csr_update_stimecmp(c->cpu);
}
static uint64_t rd_menvcfg(CSRContext *c, unsigned n)
{
    return c->cpu->menvcfg;
}
static void wr_menvcfg(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->menvcfg = v & ((riscv_has_sstc ? MENVCFG_STCE : 0) | 1ull);
    csr_update_stimecmp(c->cpu);
}

/* ---- Address translation ------------------------------------------------- */

/* satp in S-mode traps when mstatus.TVM is set. */
static bool satp_accessible(CSRContext *c, unsigned n, bool write)
{
    return !(c->cpu->priv == PRV_S && (c->cpu->mstatus & MSTATUS_TVM));
}
static uint64_t rd_satp(CSRContext *c, unsigned n)
{
    return c->cpu->satp;
}
/* An unsupported mode leaves satp unchanged: Linux probes Sv57, Sv48 and
 * Sv39 in turn by writing and reading back. */
static void wr_satp(CSRContext *c, unsigned n, uint64_t v)
{
    unsigned mode = (unsigned)(v >> SATP_MODE_SHIFT);
    if (mode != SATP_MODE_BARE && mode != SATP_MODE_SV39 && mode != SATP_MODE_SV48 &&
        mode != SATP_MODE_SV57)
        return;
    /* MODE, a 16-bit ASID and a 44-bit PPN. */
    c->cpu->satp = v & ((0xfull << 60) | (0xffffull << 44) | SATP_PPN_MASK);
    /* The paged indexes now translate through the new satp's space; M's
     * index does not translate and keeps its entries. */
    tlb_set_space(c->cpu, c->cpu->satp);
}

/* ---- PMP ----------------------------------------------------------------- */

/* RV64 has the even pmpcfg registers only: pmpcfg0 and pmpcfg2 hold 16
 * entries' configuration, 8 bytes each. */
static bool pmpcfg_accessible(CSRContext *c, unsigned n, bool write)
{
    return (n & 1) == 0;
}
static uint64_t rd_pmpcfg(CSRContext *c, unsigned n)
{
    unsigned first = (n - 0x3a0) * 4;
    uint64_t v = 0;
    for (unsigned i = 0; i < 8; i++) v |= (uint64_t)c->cpu->pmpcfg[first + i] << (8 * i);
    return v;
}
static void wr_pmpcfg(CSRContext *c, unsigned n, uint64_t v)
{
    unsigned first = (n - 0x3a0) * 4;
    for (unsigned i = 0; i < 8; i++) {
        uint8_t *cfg = &c->cpu->pmpcfg[first + i];
        if (*cfg & PMP_L) continue; /* locked until reset */
        *cfg = (uint8_t)(v >> (8 * i)) & (PMP_R | PMP_W | PMP_X | (3 << PMP_A_SHIFT) | PMP_L);
    }
    pmp_update(c->cpu);
    tlb_flush(c->cpu);
}
static uint64_t rd_pmpaddr(CSRContext *c, unsigned n)
{
    return c->cpu->pmpaddr[n - 0x3b0];
}
static void wr_pmpaddr(CSRContext *c, unsigned n, uint64_t v)
{
    unsigned i = n - 0x3b0;
    const uint8_t *cfg = c->cpu->pmpcfg;
    if (cfg[i] & PMP_L) return;
    /* A locked TOR entry also locks the address below it. */
    if (i + 1 < 16 && (cfg[i + 1] & PMP_L) && ((cfg[i + 1] >> PMP_A_SHIFT) & 3) == PMP_A_TOR)
        return;
    c->cpu->pmpaddr[i] = v & ((1ull << 54) - 1);
    pmp_update(c->cpu);
    tlb_flush(c->cpu);
}

/* ---- Floating point ------------------------------------------------------ */

/* fflags, frm and fcsr: accessible only while mstatus.FS is not Off; a
 * write makes the FP state Dirty. */
static bool fs_enabled(CSRContext *c, unsigned n, bool write)
{
    return (c->cpu->mstatus & MSTATUS_FS) != 0;
}
static void fs_dirty(RISCVCPU *cpu)
{
    cpu->mstatus |= MSTATUS_FS | MSTATUS_SD;
}
static uint64_t rd_fflags(CSRContext *c, unsigned n)
{
    return c->cpu->fflags;
}
static void wr_fflags(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->fflags = v & 0x1f;
    fs_dirty(c->cpu);
}
static uint64_t rd_frm(CSRContext *c, unsigned n)
{
    return c->cpu->frm;
}
static void wr_frm(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->frm = v & 7;
    fs_dirty(c->cpu);
}
static uint64_t rd_fcsr(CSRContext *c, unsigned n)
{
    return c->cpu->frm << 5 | c->cpu->fflags;
}
static void wr_fcsr(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->fflags = v & 0x1f;
    c->cpu->frm = (v >> 5) & 7;
    fs_dirty(c->cpu);
}

/* ---- The table ------------------------------------------------------------ */

typedef struct CSRDesc {
    uint16_t num;
    const char *name;
    CSRRead read;
    CSRWrite write;          /* NULL: read-only */
    CSRPredicate accessible; /* NULL: always, given the privilege */
} CSRDesc;

/* X(number, name, read, write, predicate) */
#define RISCV_CSRS(X)                                                                              \
    X(0x001, "fflags", rd_fflags, wr_fflags, fs_enabled)                                           \
    X(0x002, "frm", rd_frm, wr_frm, fs_enabled)                                                    \
    X(0x003, "fcsr", rd_fcsr, wr_fcsr, fs_enabled)                                                 \
    X(0xc00, "cycle", rd_counter, NULL, counter_accessible)                                        \
    X(0xc01, "time", rd_time, NULL, counter_accessible)                                            \
    X(0xc02, "instret", rd_counter, NULL, counter_accessible)                                      \
    X(0x100, "sstatus", rd_sstatus, wr_sstatus, NULL)                                              \
    X(0x104, "sie", rd_sie, wr_sie, NULL)                                                          \
    X(0x105, "stvec", rd_stvec, wr_stvec, NULL)                                                    \
    X(0x106, "scounteren", rd_scounteren, wr_scounteren, NULL)                                     \
    X(0x10a, "senvcfg", rd_senvcfg, wr_senvcfg, NULL)                                              \
    X(0x140, "sscratch", rd_sscratch, wr_sscratch, NULL)                                           \
    X(0x141, "sepc", rd_sepc, wr_sepc, NULL)                                                       \
    X(0x142, "scause", rd_scause, wr_scause, NULL)                                                 \
    X(0x143, "stval", rd_stval, wr_stval, NULL)                                                    \
    X(0x144, "sip", rd_sip, wr_sip, NULL)                                                          \
    X(0x14d, "stimecmp", rd_stimecmp, wr_stimecmp, stimecmp_accessible)                            \
    X(0x180, "satp", rd_satp, wr_satp, satp_accessible)                                            \
    X(0xf11, "mvendorid", rd_zero, NULL, NULL)                                                     \
    X(0xf12, "marchid", rd_zero, NULL, NULL)                                                       \
    X(0xf13, "mimpid", rd_zero, NULL, NULL)                                                        \
    X(0xf14, "mhartid", rd_mhartid, NULL, NULL)                                                    \
    X(0xf15, "mconfigptr", rd_zero, NULL, NULL)                                                    \
    X(0x300, "mstatus", rd_mstatus, wr_mstatus, NULL)                                              \
    X(0x301, "misa", rd_misa, wr_ignore, NULL)                                                     \
    X(0x302, "medeleg", rd_medeleg, wr_medeleg, NULL)                                              \
    X(0x303, "mideleg", rd_mideleg, wr_mideleg, NULL)                                              \
    X(0x304, "mie", rd_mie, wr_mie, NULL)                                                          \
    X(0x305, "mtvec", rd_mtvec, wr_mtvec, NULL)                                                    \
    X(0x306, "mcounteren", rd_mcounteren, wr_mcounteren, NULL)                                     \
    X(0x30a, "menvcfg", rd_menvcfg, wr_menvcfg, NULL)                                              \
    X(0x320, "mcountinhibit", rd_mcountinhibit, wr_mcountinhibit, NULL)                            \
    X(0x340, "mscratch", rd_mscratch, wr_mscratch, NULL)                                           \
    X(0x341, "mepc", rd_mepc, wr_mepc, NULL)                                                       \
    X(0x342, "mcause", rd_mcause, wr_mcause, NULL)                                                 \
    X(0x343, "mtval", rd_mtval, wr_mtval, NULL)                                                    \
    X(0x344, "mip", rd_mip, wr_mip, NULL)                                                          \
    X(0xb00, "mcycle", rd_counter, wr_counter, NULL)                                               \
    X(0xb02, "minstret", rd_counter, wr_counter, NULL)

static const CSRDesc csr_table[] = {
#define CSR_DESC(num, name, rd, wr, pred) {num, name, rd, wr, pred},
    RISCV_CSRS(CSR_DESC)
#undef CSR_DESC
};
#define NB_CSRS (sizeof(csr_table) / sizeof(csr_table[0]))

static const char *const pmpcfg_names[] = {"pmpcfg0", "pmpcfg1", "pmpcfg2", "pmpcfg3"};
static const char *const pmpaddr_names[] = {
    "pmpaddr0",  "pmpaddr1",  "pmpaddr2",  "pmpaddr3",  "pmpaddr4",  "pmpaddr5",
    "pmpaddr6",  "pmpaddr7",  "pmpaddr8",  "pmpaddr9",  "pmpaddr10", "pmpaddr11",
    "pmpaddr12", "pmpaddr13", "pmpaddr14", "pmpaddr15",
};

/* Families of numbered CSRs, described by range. */
static const CSRDesc *csr_find(unsigned n, CSRDesc *scratch)
{
    for (size_t i = 0; i < NB_CSRS; i++)
        if (csr_table[i].num == n) return &csr_table[i];
    CSRDesc d = {(uint16_t)n, NULL, rd_zero, NULL, NULL};
    if (n >= 0x3a0 && n <= 0x3a3) {
        d = (CSRDesc){(uint16_t)n, pmpcfg_names[n - 0x3a0], rd_pmpcfg, wr_pmpcfg,
                      pmpcfg_accessible};
    } else if (n >= 0x3b0 && n <= 0x3bf) {
        d = (CSRDesc){(uint16_t)n, pmpaddr_names[n - 0x3b0], rd_pmpaddr, wr_pmpaddr, NULL};
    } else if ((n >= 0xb03 && n <= 0xb1f) || (n >= 0x323 && n <= 0x33f)) {
        d.write = wr_ignore; /* mhpmcounterN, mhpmeventN: read as zero */
    } else if (n >= 0xc03 && n <= 0xc1f) {
        d.accessible = counter_accessible; /* hpmcounterN */
    } else {
        return NULL;
    }
    *scratch = d;
    return scratch;
}

const char *csr_name(unsigned csrno)
{
    CSRDesc scratch;
    const CSRDesc *d = csr_find(csrno, &scratch);
    return d ? d->name : NULL;
}

bool csr_access(RISCVCPU *cpu, unsigned csrno, bool write, uint64_t value, uint64_t mask,
                uint64_t *old, unsigned insns_after)
{
    CSRDesc scratch;
    const CSRDesc *d = csr_find(csrno, &scratch);
    if (!d) return false;
    if (cpu->priv < ((csrno >> 8) & 3)) return false;
    bool read_only = ((csrno >> 10) & 3) == 3 || !d->write;
    if (write && read_only) return false;
    CSRContext c = {cpu, insns_after};
    if (d->accessible && !d->accessible(&c, csrno, write)) return false;
    uint64_t v = d->read(&c, csrno);
    /* The spec's one exception to read-modify-write: mip.SEIP reads as the
     * OR of the software bit and the PLIC's line, but csrrs/csrrc modify
     * the software bit alone, or a set of another bit while the line is
     * high would latch SEIP on for good. */
    uint64_t base = v;
    if (csrno == 0x344) base = (v & ~MIP_SEIP) | (cpu->seip_sw ? MIP_SEIP : 0);
    if (write) d->write(&c, csrno, (base & ~mask) | (value & mask));
    *old = v;
    return true;
}
