/* The CSR table and its accessors. */
#include "target/riscv/csr.h"

#include <stddef.h>
#include <time.h>

#include "hw/machine.h"

typedef struct CSRContext {
    RISCVCPU *cpu;
    unsigned insns_after;
} CSRContext;

typedef uint64_t (*CSRRead)(CSRContext *c, unsigned csrno);
typedef void (*CSRWrite)(CSRContext *c, unsigned csrno, uint64_t v);

/* Exact when instructions are counted (icount); otherwise, as on QEMU, the
 * counters follow the host clock (nanoseconds), which only grows. */
static uint64_t retired(CSRContext *c)
{
    if (riscv_count_insns) return c->cpu->insn_count - c->insns_after;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t rd_zero(CSRContext *c, unsigned n)
{
    return 0;
}
static void wr_ignore(CSRContext *c, unsigned n, uint64_t v) {}

static uint64_t rd_mhartid(CSRContext *c, unsigned n)
{
    return c->cpu->mhartid;
}
static uint64_t rd_misa(CSRContext *c, unsigned n)
{
    return c->cpu->misa;
}

/* Without U-mode, MPP is hard-wired to M; UXL/SXL are absent. */
#define MSTATUS_WRITABLE (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_FS)
static uint64_t rd_mstatus(CSRContext *c, unsigned n)
{
    return c->cpu->mstatus;
}
static void wr_mstatus(CSRContext *c, unsigned n, uint64_t v)
{
    RISCVCPU *cpu = c->cpu;
    uint64_t s = (cpu->mstatus & ~MSTATUS_WRITABLE) | (v & MSTATUS_WRITABLE);
    /* SD summarises a Dirty FS. */
    s = (s & MSTATUS_FS) == MSTATUS_FS ? s | MSTATUS_SD : s & ~MSTATUS_SD;
    cpu->mstatus = s;
}

static uint64_t rd_mtvec(CSRContext *c, unsigned n)
{
    return c->cpu->mtvec;
}
static void wr_mtvec(CSRContext *c, unsigned n, uint64_t v)
{
    /* Modes 2 and 3 are reserved: such a write leaves mtvec unchanged. */
    if ((v & 3) < 2) c->cpu->mtvec = v;
}

#define SIMPLE_CSR(field)                                                                          \
    static uint64_t rd_##field(CSRContext *c, unsigned n)                                          \
    {                                                                                              \
        return c->cpu->field;                                                                      \
    }                                                                                              \
    static void wr_##field(CSRContext *c, unsigned n, uint64_t v)                                  \
    {                                                                                              \
        c->cpu->field = v;                                                                         \
    }
SIMPLE_CSR(mscratch)
SIMPLE_CSR(mcause)
SIMPLE_CSR(mtval)

/* IALIGN is 32 without C: bit 1 of mepc reads as zero; bit 0 is always 0. */
static uint64_t rd_mepc(CSRContext *c, unsigned n)
{
    uint64_t mask = (c->cpu->misa & MISA_EXT('C')) ? ~1ull : ~3ull;
    return c->cpu->mepc & mask;
}
static void wr_mepc(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->mepc = v & ~1ull;
}

#define MIE_WRITABLE (MIP_MSIP | MIP_MTIP | MIP_MEIP)
static uint64_t rd_mie(CSRContext *c, unsigned n)
{
    return c->cpu->mie;
}
static void wr_mie(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->mie = v & MIE_WRITABLE;
}
/* MSIP, MTIP and MEIP are driven by devices: read-only through mip. */
static uint64_t rd_mip(CSRContext *c, unsigned n)
{
    return atomic_load(&c->cpu->mip);
}

static uint64_t rd_mcountinhibit(CSRContext *c, unsigned n)
{
    return c->cpu->mcountinhibit;
}
static void wr_mcountinhibit(CSRContext *c, unsigned n, uint64_t v)
{
    c->cpu->mcountinhibit = v & 0x5; /* CY and IR; no hpm counters */
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

/* fflags, frm and fcsr: accessible only while mstatus.FS is not Off; a
 * write makes the FP state Dirty. */
static bool fs_enabled(CSRContext *c)
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

typedef bool (*CSRPredicate)(CSRContext *c);

typedef struct CSRDesc {
    uint16_t num;
    const char *name;
    CSRRead read;
    CSRWrite write;
    CSRPredicate accessible; /* NULL: always, given the privilege */
} CSRDesc;

/* X(number, name, read, write) */
#define RISCV_CSRS(X)                                                                              \
    X(0x001, "fflags", rd_fflags, wr_fflags, fs_enabled)                                           \
    X(0x002, "frm", rd_frm, wr_frm, fs_enabled)                                                    \
    X(0x003, "fcsr", rd_fcsr, wr_fcsr, fs_enabled)                                                 \
    X(0xc00, "cycle", rd_counter, NULL, NULL)                                                      \
    X(0xc01, "time", rd_time, NULL, NULL)                                                          \
    X(0xc02, "instret", rd_counter, NULL, NULL)                                                    \
    X(0xf11, "mvendorid", rd_zero, NULL, NULL)                                                     \
    X(0xf12, "marchid", rd_zero, NULL, NULL)                                                       \
    X(0xf13, "mimpid", rd_zero, NULL, NULL)                                                        \
    X(0xf14, "mhartid", rd_mhartid, NULL, NULL)                                                    \
    X(0xf15, "mconfigptr", rd_zero, NULL, NULL)                                                    \
    X(0x300, "mstatus", rd_mstatus, wr_mstatus, NULL)                                              \
    X(0x301, "misa", rd_misa, wr_ignore, NULL)                                                     \
    X(0x304, "mie", rd_mie, wr_mie, NULL)                                                          \
    X(0x305, "mtvec", rd_mtvec, wr_mtvec, NULL)                                                    \
    X(0x320, "mcountinhibit", rd_mcountinhibit, wr_mcountinhibit, NULL)                            \
    X(0x340, "mscratch", rd_mscratch, wr_mscratch, NULL)                                           \
    X(0x341, "mepc", rd_mepc, wr_mepc, NULL)                                                       \
    X(0x342, "mcause", rd_mcause, wr_mcause, NULL)                                                 \
    X(0x343, "mtval", rd_mtval, wr_mtval, NULL)                                                    \
    X(0x344, "mip", rd_mip, wr_ignore, NULL)                                                       \
    X(0xb00, "mcycle", rd_counter, wr_counter, NULL)                                               \
    X(0xb02, "minstret", rd_counter, wr_counter, NULL)

static const CSRDesc csr_table[] = {
#define CSR_DESC(num, name, rd, wr, pred) {num, name, rd, wr, pred},
    RISCV_CSRS(CSR_DESC)
#undef CSR_DESC
};
#define NB_CSRS (sizeof(csr_table) / sizeof(csr_table[0]))

/* mhpmcounter3..31 and mhpmevent3..31 exist and read as zero. */
static bool is_hpm(unsigned n)
{
    return (n >= 0xb03 && n <= 0xb1f) || (n >= 0x323 && n <= 0x33f) || (n >= 0xc03 && n <= 0xc1f);
}

static const CSRDesc *csr_find(unsigned csrno)
{
    for (size_t i = 0; i < NB_CSRS; i++)
        if (csr_table[i].num == csrno) return &csr_table[i];
    static const CSRDesc hpm = {0, "hpm", rd_zero, wr_ignore, NULL};
    static const CSRDesc hpm_ro = {0, "hpm", rd_zero, NULL, NULL};
    if (is_hpm(csrno)) return csrno >= 0xc00 ? &hpm_ro : &hpm;
    return NULL;
}

const char *csr_name(unsigned csrno)
{
    const CSRDesc *d = csr_find(csrno);
    return d && d->num == csrno ? d->name : NULL;
}

bool csr_access(RISCVCPU *cpu, unsigned csrno, bool write, uint64_t value, uint64_t mask,
                uint64_t *old, unsigned insns_after)
{
    const CSRDesc *d = csr_find(csrno);
    if (!d) return false;
    if (cpu->priv < ((csrno >> 8) & 3)) return false;
    bool read_only = ((csrno >> 10) & 3) == 3 || !d->write;
    if (write && read_only) return false;
    CSRContext c = {cpu, insns_after};
    if (d->accessible && !d->accessible(&c)) return false;
    uint64_t v = d->read(&c, csrno);
    if (write) d->write(&c, csrno, (v & ~mask) | (value & mask));
    *old = v;
    return true;
}
