/* Helpers for instructions the translator does not inline. */
#include <stdint.h>

#include "accel/exec.h"
#include "accel/tb.h"
#include "target/riscv/csr.h"
#include "target/riscv/helper.h"

static void helper_raise_exception(RISCVCPU *cpu, uint64_t cause, uint64_t tval)
{
    riscv_raise_exception(cpu, (int)cause, tval, GETPC());
}

/* packed: CSR number in bits 11:0, bit 12 = the instruction writes, the
 * instruction's bits in 63:32 (for mtval on an illegal access). */
static uint64_t helper_csr(RISCVCPU *cpu, uint64_t packed, uint64_t value, uint64_t mask)
{
    uintptr_t ra = GETPC();
    uint64_t old;
    unsigned csrno = packed & 0xfff;
    bool write = (packed >> 12) & 1;
    if (!csr_access(cpu, csrno, write, value, mask, &old, cpu_insns_after(ra)))
        riscv_raise_exception(cpu, EXCP_ILLEGAL_INSN, packed >> 32, ra);
    return old;
}

static void helper_mret(RISCVCPU *cpu)
{
    uint64_t s = cpu->mstatus;
    unsigned mpp = (s >> MSTATUS_MPP_SHIFT) & 3;
    s = (s & ~MSTATUS_MIE) | ((s & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    s |= MSTATUS_MPIE;
    /* MPP becomes the least-privileged mode supported: M, without U-mode. */
    s = (s & ~MSTATUS_MPP) | ((uint64_t)PRV_M << MSTATUS_MPP_SHIFT);
    cpu->mstatus = s;
    cpu->priv = mpp;
    uint64_t mask = (cpu->misa & MISA_EXT('C')) ? ~1ull : ~3ull;
    cpu->pc = cpu->mepc & mask;
}

/* pc already points past the wfi. The vCPU sleeps unless an interrupt is
 * pending (enabled in mie, whatever the global enable). */
static void helper_wfi(RISCVCPU *cpu)
{
    if (!(atomic_load(&cpu->mip) & cpu->mie)) cpu->halted = true;
    cpu_loop_exit(cpu);
}

static void helper_fence_i(RISCVCPU *cpu)
{
    /* Until stores into translated code are caught by page, fence.i is
     * what makes modified code visible. The running TB stays intact: a
     * flush only resets the allocation pointer. */
    tb_flush();
}

#define HELPER_DEFINE(name, ret, n, flags)                                                         \
    const TCGHelperInfo helper_info_##name = {#name, (void *)helper_##name, n, ret, flags};
RISCV_HELPERS_CORE(HELPER_DEFINE)
#undef HELPER_DEFINE
