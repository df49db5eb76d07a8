/* The C half of the privileged-test kernel: trap dispatch, reporting, page
 * tables, PMP. See priv.h for the model. */
#include "priv.h"

#define MAGIC_BASE 0x5a5a0000ul
#define MAGIC_RET 1
#define MAGIC_ABORT 2
#define MAGIC_FAIL 3

volatile struct trap_rec traps[MAX_TRAPS];
volatile uint64_t ntraps;
struct trap_frame last_frame;
volatile int exc_action;
volatile int irq_action;
volatile uint64_t trap_redirect;
trap_hook_fn volatile trap_hook;
volatile uint64_t priv_ret_mstatus;
volatile long priv_cur_mode = PRV_M;

/* Which handler is running, so that a failure inside one knows whether it
 * can print itself (M) or must ecall to M (S). Reset when the M handler
 * abandons both by leaving through priv_longjmp. */
static volatile int in_mtrap, in_strap;

void priv_longjmp(long value) __attribute__((noreturn));
long priv_ecall(uint64_t a7, uint64_t a0);

/* gcc may emit calls to these even with -ffreestanding. */
__attribute__((optimize("no-tree-loop-distribute-patterns"))) void *memcpy(void *d, const void *s,
                                                                           size_t n)
{
    uint8_t *dp = d;
    const uint8_t *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}

__attribute__((optimize("no-tree-loop-distribute-patterns"))) void *memset(void *d, int c, size_t n)
{
    uint8_t *dp = d;
    while (n--) *dp++ = (uint8_t)c;
    return d;
}

/* ---- Output. */
void put_char(int c)
{
    wr8(UART0, (uint8_t)c);
}

void put_str(const char *s)
{
    while (*s) put_char(*s++);
}

void put_hex(uint64_t v)
{
    put_str("0x");
    int started = 0;
    for (int i = 60; i >= 0; i -= 4) {
        int d = (v >> i) & 15;
        if (d || started || i == 0) {
            put_char(d < 10 ? '0' + d : 'a' + d - 10);
            started = 1;
        }
    }
}

static void put_dec(uint64_t v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = '0' + v % 10;
        v /= 10;
    } while (v);
    while (n) put_char(buf[--n]);
}

struct fail_info {
    const char *file;
    int line;
    const char *what;
    uint64_t v[3];
    int nv; /* 2: got/want; 3: cause/epc/tval */
    int code;
};

/* Known QEMU deviations met so far (CHECK_SPEC), reported at exit. */
#define MAX_DEVS 8
static const char *dev_tags[MAX_DEVS];
static struct fail_info dev_info;
static int ndevs;

void priv_exit(int code)
{
    if (code == 0 && ndevs) {
        for (int i = 0; i < ndevs; i++) {
            put_str("DEVIATION ");
            put_str(dev_tags[i]);
            put_char('\n');
        }
        put_str("FAIL known QEMU 7.2 deviation, first at ");
        put_str(dev_info.file);
        put_char(':');
        put_dec(dev_info.line);
        put_str(": ");
        put_str(dev_info.what);
        put_str(": got ");
        put_hex(dev_info.v[0]);
        put_str(" want ");
        put_hex(dev_info.v[1]);
        put_char('\n');
        code = 3;
    }
    wr32(TEST_FINISHER, code == 0 ? 0x5555 : ((uint32_t)code << 16) | 0x3333);
    for (;;) {
    }
}

/* ---- Failure reporting: one line, always printed by M. */
static struct fail_info fail_info;

static int cur_priv(void)
{
    if (in_mtrap) return PRV_M;
    if (in_strap) return PRV_S;
    return (int)priv_cur_mode;
}

__attribute__((noreturn)) static void fail_report(const struct fail_info *fi)
{
    put_str("FAIL ");
    if (fi->file) {
        put_str(fi->file);
        put_char(':');
        put_dec(fi->line);
        put_str(": ");
    }
    put_str(fi->what);
    if (fi->nv == 2) {
        put_str(": got ");
        put_hex(fi->v[0]);
        put_str(" want ");
        put_hex(fi->v[1]);
    } else if (fi->nv == 3) {
        put_str(": cause ");
        put_hex(fi->v[0]);
        put_str(" epc ");
        put_hex(fi->v[1]);
        put_str(" tval ");
        put_hex(fi->v[2]);
    }
    put_str(" [traps ");
    put_dec(ntraps);
    if (ntraps) {
        uint64_t i = (ntraps > MAX_TRAPS ? MAX_TRAPS : ntraps) - 1;
        put_str(", last: level ");
        put_dec(traps[i].level);
        put_str(" cause ");
        put_hex(traps[i].cause);
        put_str(" epc ");
        put_hex(traps[i].epc);
        put_str(" tval ");
        put_hex(traps[i].tval);
    }
    put_str("]\n");
    priv_exit(fi->code);
}

__attribute__((noreturn)) static void fail_now(void)
{
    if (cur_priv() == PRV_M) fail_report(&fail_info);
    priv_ecall(MAGIC_BASE | MAGIC_FAIL, (uint64_t)&fail_info);
    for (;;) {
    }
}

void check_fail(const char *file, int line, const char *what, uint64_t got, uint64_t want,
                int has_values)
{
    fail_info.file = file;
    fail_info.line = line;
    fail_info.what = what;
    fail_info.v[0] = got;
    fail_info.v[1] = want;
    fail_info.nv = has_values ? 2 : 0;
    fail_info.code = 1;
    fail_now();
}

void check_spec_(const char *file, int line, const char *what, const char *tag, uint64_t got,
                 uint64_t want, uint64_t qemu)
{
    if (got == want) return;
    if (got != qemu) check_fail(file, line, what, got, want, 1);
    if (ndevs == 0) {
        dev_info.file = file;
        dev_info.line = line;
        dev_info.what = what;
        dev_info.v[0] = got;
        dev_info.v[1] = want;
    }
    for (int i = 0; i < ndevs; i++)
        if (dev_tags[i] == tag) return;
    if (ndevs < MAX_DEVS) dev_tags[ndevs++] = tag;
}

static __attribute__((noreturn)) void fail_trap(const char *what, struct trap_frame *f)
{
    fail_info.file = 0;
    fail_info.what = what;
    fail_info.v[0] = f->cause;
    fail_info.v[1] = f->epc;
    fail_info.v[2] = f->tval;
    fail_info.nv = 3;
    fail_info.code = 2;
    fail_now();
}

static const char *const trap_fields[] = {"trap count", "trap level", "trap cause", "trap epc",
                                          "trap tval"};

void check_trap_(const char *file, int line, int i, uint64_t level, uint64_t cause, uint64_t epc,
                 uint64_t tval)
{
    uint64_t got[5], want[5] = {(uint64_t)i + 1, level, cause, epc, tval};
    got[0] = ntraps;
    if (ntraps > (uint64_t)i && i < MAX_TRAPS) {
        got[1] = traps[i].level;
        got[2] = traps[i].cause;
        got[3] = traps[i].epc;
        got[4] = traps[i].tval;
    }
    for (int k = 0; k < 5; k++) {
        /* Only "at least i + 1 traps" is required of the count. */
        bool bad = k == 0 ? got[0] < want[0] : got[k] != want[k];
        if (bad) check_fail(file, line, trap_fields[k], got[k], want[k], 1);
    }
}

/* ---- Traps. */
void traps_reset(void)
{
    trap_hook = 0;
    exc_action = TA_FAIL;
    irq_action = TA_RESUME;
    trap_redirect = 0;
    for (int i = 0; i < MAX_TRAPS; i++) {
        traps[i].cause = traps[i].epc = traps[i].tval = traps[i].status = 0;
        traps[i].level = traps[i].prev = 0;
        traps[i].vec = 0;
    }
    ntraps = 0;
}

/* Quiet an interrupt's source so that resuming does not take it again. */
static void silence(struct trap_frame *f, int level, uint64_t irq)
{
    switch (irq) {
    case IRQ_MTI: set_mtimecmp(~0ul); return;
    case IRQ_MSI: set_msip(0); return;
    case IRQ_STI:
        if (level == PRV_S) {
            csr_write(CSR_STIMECMP, ~0ul);
        } else if (csr_read(CSR_MENVCFG) & MENVCFG_STCE) {
            csr_write(CSR_STIMECMP, ~0ul);
        } else {
            csr_clear(mip, MIP(IRQ_STI));
        }
        return;
    case IRQ_SSI:
        if (level == PRV_S)
            csr_clear(sip, MIP(IRQ_SSI));
        else
            csr_clear(mip, MIP(IRQ_SSI));
        return;
    default: fail_trap("unexpected interrupt", f);
    }
}

static __attribute__((noreturn)) void leave_run(long value)
{
    in_mtrap = in_strap = 0;
    priv_longjmp(value);
}

void priv_trap(struct trap_frame *f, long level)
{
    bool irq = f->cause >> 63;
    uint64_t code = f->cause & ~CAUSE_IRQ;
    uint64_t a7 = f->x[17];

    if (level == PRV_M)
        in_mtrap = 1;
    else
        in_strap = 1;

    if (!irq && (code == CAUSE_ECALL_U || code == CAUSE_ECALL_S || code == CAUSE_ECALL_M) &&
        (a7 & ~0xfful) == MAGIC_BASE) {
        if (level == PRV_S) priv_ecall(a7, f->x[10]); /* to M; does not come back */
        switch (a7 & 0xff) {
        case MAGIC_RET: priv_ret_mstatus = f->status; leave_run((long)f->x[10]);
        case MAGIC_ABORT: leave_run(PRIV_ABORTED);
        case MAGIC_FAIL: fail_report((const struct fail_info *)f->x[10]);
        default: fail_trap("bad priv ecall", f);
        }
    }

    uint64_t n = ntraps;
    if (n < MAX_TRAPS) {
        traps[n].cause = f->cause;
        traps[n].epc = f->epc;
        traps[n].tval = f->tval;
        traps[n].status = f->status;
        traps[n].level = (uint64_t)level;
        traps[n].prev = level == PRV_M ? (f->status >> 11) & 3 : (f->status >> 8) & 1;
        traps[n].vec = f->vec;
    }
    last_frame = *f;
    ntraps = n + 1;

    int action = TA_DEFAULT;
    if (trap_hook) action = trap_hook(f, (int)level);
    if (action == TA_DEFAULT) {
        if (irq) {
            silence(f, (int)level, code);
            action = irq_action;
        } else {
            action = exc_action;
        }
    }
    switch (action) {
    case TA_SKIP: f->epc += 4; break;
    case TA_RET: f->epc = f->x[1]; break;
    case TA_REDIRECT: f->epc = trap_redirect; break;
    case TA_RESUME: break;
    case TA_AUTO:
        if (code == CAUSE_FETCH_PAGE || code == CAUSE_FETCH_ACCESS)
            f->epc = f->x[1];
        else
            f->epc += 4;
        break;
    case TA_ABORT:
        if (level == PRV_S) priv_ecall(MAGIC_BASE | MAGIC_ABORT, 0);
        if (priv_cur_mode == PRV_M) fail_trap("TA_ABORT outside priv_run", f);
        leave_run(PRIV_ABORTED);
    default: fail_trap("unexpected trap", f);
    }
    if (level == PRV_M)
        in_mtrap = 0;
    else
        in_strap = 0;
}

bool wait_traps(uint64_t n, uint64_t ticks)
{
    uint64_t start = mtime();
    while (ntraps < n)
        if (mtime() - start > ticks) return false;
    return true;
}

void write_ret_stub(void *p, int32_t v)
{
    volatile uint32_t *w = p;
    w[0] = ((uint32_t)(v & 0xfff) << 20) | (10u << 7) | 0x13; /* addi a0, zero, v */
    w[1] = 0x00008067;                                        /* jalr zero, 0(ra) */
    fence_i();
}

/* ---- Page tables. */
#define POOL_PAGES 128
static uint8_t pool[POOL_PAGES][PAGE_SIZE] __attribute__((aligned(PAGE_SIZE)));
static unsigned pool_next;

void pool_reset(void)
{
    pool_next = 0;
}

void *page_alloc(void)
{
    if (pool_next >= POOL_PAGES) check_fail(__FILE__, __LINE__, "page pool exhausted", 0, 0, 0);
    uint8_t *p = pool[pool_next++];
    memset(p, 0, PAGE_SIZE);
    return p;
}

void vm_init(struct vm *vm, uint64_t satp_mode)
{
    vm->mode = satp_mode;
    vm->levels = (int)satp_mode - 5;
    vm->root = page_alloc();
}

uint64_t *vm_pte(struct vm *vm, uint64_t va, int level)
{
    uint64_t *t = vm->root;
    for (int l = vm->levels - 1; l > level; l--) {
        uint64_t *e = &t[(va >> (12 + 9 * l)) & 511];
        if (!(*e & PTE_V))
            *e = pte_make((uint64_t)page_alloc(), PTE_V);
        else if (*e & (PTE_R | PTE_W | PTE_X))
            check_fail(__FILE__, __LINE__, "vm_pte: a leaf is in the way", va, (uint64_t)l, 1);
        t = (uint64_t *)pte_pa(*e);
    }
    return &t[(va >> (12 + 9 * level)) & 511];
}

void vm_map(struct vm *vm, uint64_t va, uint64_t pa, int level, uint64_t flags)
{
    *vm_pte(vm, va, level) = pte_make(pa, flags | PTE_V);
}

void vm_map_kernel(struct vm *vm)
{
    uint64_t ustart = (uint64_t)__user_start, uend = (uint64_t)__user_end;
    for (uint64_t pa = RAM_BASE; pa < (uint64_t)_end; pa += PAGE_SIZE) {
        uint64_t u = pa >= ustart && pa < uend ? PTE_U : 0;
        vm_map(vm, pa, pa, 0, PTE_R | PTE_W | PTE_X | PTE_AD | u);
    }
    static const uint64_t mmio[] = {UART0, TEST_FINISHER, CLINT_MSIP, CLINT_MTIMECMP,
                                    CLINT_MTIME & ~(PAGE_SIZE - 1)};
    for (unsigned i = 0; i < sizeof mmio / sizeof mmio[0]; i++)
        vm_map(vm, mmio[i], mmio[i], 0, PTE_R | PTE_W | PTE_AD);
}

uint64_t vm_satp(struct vm *vm, uint64_t asid)
{
    return (vm->mode << SATP_MODE_SHIFT) | ((asid & SATP_ASID_MASK) << SATP_ASID_SHIFT) |
           ((uint64_t)vm->root >> 12);
}

void vm_activate(struct vm *vm)
{
    csr_write(satp, vm_satp(vm, 0));
    sfence_vma();
}

void vm_setup_sv39(struct vm *vm)
{
    vm_init(vm, SATP_MODE_SV39);
    vm_map_kernel(vm);
    vm_activate(vm);
}

/* ---- PMP. CSR numbers are immediates, hence the switches. */
#define PMPADDR_CASE(n)                                                                            \
    case n:                                                                                        \
        if (write) csr_write(pmpaddr##n, v);                                                       \
        return csr_read(pmpaddr##n);

static uint64_t pmpaddr_rw(int i, bool write, uint64_t v)
{
    switch (i) {
        PMPADDR_CASE(0)
        PMPADDR_CASE(1)
        PMPADDR_CASE(2)
        PMPADDR_CASE(3)
        PMPADDR_CASE(4)
        PMPADDR_CASE(5)
        PMPADDR_CASE(6)
        PMPADDR_CASE(7)
        PMPADDR_CASE(8)
        PMPADDR_CASE(9)
        PMPADDR_CASE(10)
        PMPADDR_CASE(11)
        PMPADDR_CASE(12)
        PMPADDR_CASE(13)
        PMPADDR_CASE(14)
        PMPADDR_CASE(15)
    }
    return 0;
}

static uint64_t pmpcfg_reg(int i)
{
    return i < 8 ? csr_read(pmpcfg0) : csr_read(pmpcfg2);
}

static void pmpcfg_set_reg(int i, uint64_t v)
{
    if (i < 8)
        csr_write(pmpcfg0, v);
    else
        csr_write(pmpcfg2, v);
}

uint8_t pmp_cfg(int i)
{
    return (uint8_t)(pmpcfg_reg(i) >> (8 * (i & 7)));
}
uint64_t pmp_addr(int i)
{
    return pmpaddr_rw(i, false, 0);
}

void pmp_write(int i, uint8_t cfg, uint64_t addr_field)
{
    int sh = 8 * (i & 7);
    uint64_t c = pmpcfg_reg(i) & ~(0xfful << sh);
    pmpcfg_set_reg(i, c); /* off while the address changes */
    pmpaddr_rw(i, true, addr_field);
    pmpcfg_set_reg(i, c | ((uint64_t)cfg << sh));
    sfence_vma();
}

void pmp_clear_all(void)
{
    csr_write(pmpcfg0, 0);
    csr_write(pmpcfg2, 0);
    for (int i = 0; i < 16; i++) pmpaddr_rw(i, true, 0);
    sfence_vma();
}

void pmp_allow_all(void)
{
    pmp_write(15, PMP_NAPOT | PMP_R | PMP_W | PMP_X, ~0ul);
}

void priv_init(void)
{
    traps_reset();
    set_mtimecmp(~0ul);
    pmp_allow_all();
}
