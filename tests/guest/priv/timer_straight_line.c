/* The machine timer interrupts a long straight-line block (512 addi in a
 * loop): the interrupt is precise, i.e. the counters in the saved registers
 * agree exactly with mepc, however the block was translated. M and S. */
#include "priv.h"

#define N 512
long straight(volatile long *flag);
extern char sl_start[], sl_tail[], sl_end[];
/* t0 counts addi executed, t1 completed passes. */
__asm__(".text\n"
        "straight:\n"
        "    li t0, 0\n"
        "    li t1, 0\n"
        "sl_start:\n"
        "    .rept 512\n"
        "    addi t0, t0, 1\n"
        "    .endr\n"
        "sl_tail:\n"
        "    addi t1, t1, 1\n"
        "    ld t2, 0(a0)\n"
        "    beqz t2, sl_start\n"
        "sl_end:\n"
        "    mv a0, t0\n"
        "    ret\n");

static volatile long flag;
static volatile uint64_t seen_epc, seen_t0, seen_t1, early;

/* Only an interrupt inside the loop counts: one that comes before it (a
 * slow emulator may take longer than the 2 ms to get there) re-arms. */
static int on_timer(struct trap_frame *f, int level)
{
    (void)level;
    if (f->epc < (uint64_t)sl_start || f->epc >= (uint64_t)sl_end) {
        early++;
        set_mtimecmp(mtime() + 20000);
        return TA_RESUME;
    }
    seen_epc = f->epc;
    seen_t0 = f->x[5];
    seen_t1 = f->x[6];
    flag = 1;
    return TA_DEFAULT;
}

/* t0 the interrupted code must have had at pc epc after t1 passes. */
static uint64_t expected_t0(uint64_t epc, uint64_t t1)
{
    uint64_t start = (uint64_t)sl_start, tail = (uint64_t)sl_tail;
    if (epc >= start && epc < tail) return t1 * N + (epc - start) / 4;
    if (epc == tail) return (t1 + 1) * N;
    return t1 * N; /* at the ld or the beqz */
}

static void one(int mode)
{
    flag = 0;
    early = 0;
    set_mtimecmp(mtime() + 20000);
    if (mode == PRV_M) {
        csr_set(mstatus, MSTATUS_MIE);
        straight(&flag);
        csr_clear(mstatus, MSTATUS_MIE);
    } else {
        run_s(straight, &flag, 0, 0);
    }
    uint64_t n = ntraps - 1;
    CHECK_EQ(n, early);
    CHECK_EQ(traps[n].cause, CAUSE_IRQ | IRQ_MTI);
    CHECK_EQ(traps[n].prev, (uint64_t)mode);
    CHECK_EQ(traps[n].epc, seen_epc);
    CHECK(seen_epc >= (uint64_t)sl_start && seen_epc < (uint64_t)sl_end);
    CHECK_EQ(seen_t0, expected_t0(seen_epc, seen_t1));
    CHECK(seen_t1 > 0);
}

int main(void)
{
    csr_write(mie, MIP(IRQ_MTI));
    trap_hook = on_timer;
    one(PRV_M);
    traps_reset();
    trap_hook = on_timer;
    one(PRV_S);
    return 0;
}
