/* Helpers for instructions the translator does not inline. */
#include <stdint.h>

#include "accel/cputlb.h"
#include "accel/exec.h"
#include "accel/tb.h"
#include "target/riscv/csr.h"
#include "target/riscv/helper.h"
#include "target/riscv/mmu.h"

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
    /* Only counted instructions need the TB searched for where we are. */
    unsigned after = riscv_count_insns ? cpu_insns_after(ra) : 0;
    if (!csr_access(cpu, csrno, write, value, mask, &old, after))
        riscv_raise_exception(cpu, EXCP_ILLEGAL_INSN, packed >> 32, ra);
    return old;
}

static uint64_t epc_mask(const RISCVCPU *cpu)
{
    return (cpu->misa & MISA_EXT('C')) ? ~1ull : ~3ull;
}

/* The mode after a return loses MPRV unless it is M; the vacated xPP field
 * becomes U, the least-privileged mode. (mret from below M is refused at
 * translation time.) */
static void helper_mret(RISCVCPU *cpu)
{
    uint64_t s = cpu->mstatus;
    unsigned mpp = (s >> MSTATUS_MPP_SHIFT) & 3;
    s = (s & ~MSTATUS_MIE) | ((s & MSTATUS_MPIE) ? MSTATUS_MIE : 0);
    s |= MSTATUS_MPIE;
    s &= ~MSTATUS_MPP;
    if (mpp != PRV_M) s &= ~MSTATUS_MPRV;
    if ((s ^ cpu->mstatus) & MSTATUS_MPRV) tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
    cpu->mstatus = s;
    cpu->priv = mpp;
    cpu->pc = cpu->mepc & epc_mask(cpu);
}

/* sret in S-mode traps when mstatus.TSR is set. */
static void helper_sret(RISCVCPU *cpu, uint64_t insn)
{
    uint64_t s = cpu->mstatus;
    if (cpu->priv == PRV_S && (s & MSTATUS_TSR))
        riscv_raise_exception(cpu, EXCP_ILLEGAL_INSN, insn, GETPC());
    unsigned spp = (s & MSTATUS_SPP) ? PRV_S : PRV_U;
    s = (s & ~MSTATUS_SIE) | ((s & MSTATUS_SPIE) ? MSTATUS_SIE : 0);
    s |= MSTATUS_SPIE;
    s &= ~(MSTATUS_SPP | MSTATUS_MPRV);
    if ((s ^ cpu->mstatus) & MSTATUS_MPRV) tlb_flush_mmuidx(cpu, MMU_IDX_PAGED);
    cpu->mstatus = s;
    cpu->priv = spp;
    cpu->pc = cpu->sepc & epc_mask(cpu);
}

/* pc already points past the wfi. As on QEMU, wfi is illegal in U-mode and
 * in S-mode with mstatus.TW. The vCPU sleeps unless an interrupt is
 * pending (enabled in mie, whatever the global enable). */
static void helper_wfi(RISCVCPU *cpu, uint64_t insn)
{
    if (cpu->priv == PRV_U || (cpu->priv == PRV_S && (cpu->mstatus & MSTATUS_TW)))
        riscv_raise_exception(cpu, EXCP_ILLEGAL_INSN, insn, GETPC());
    if (!(csr_read_mip(cpu) & cpu->mie)) cpu->halted = true;
    cpu_loop_exit(cpu);
}

/* sfence.vma: illegal in U-mode and in S-mode with mstatus.TVM. The TLB is
 * not tagged by ASID, so an ASID-specific fence flushes as much as a
 * global one; it flushes nothing while no page table was written since the
 * TLB was filled (tlb_fence). M-mode's index does not translate. */
static void helper_sfence_vma(RISCVCPU *cpu, uint64_t insn, uint64_t vaddr, uint64_t has_vaddr)
{
    if (cpu->priv == PRV_U || (cpu->priv == PRV_S && (cpu->mstatus & MSTATUS_TVM)))
        riscv_raise_exception(cpu, EXCP_ILLEGAL_INSN, insn, GETPC());
    tlb_fence(cpu, has_vaddr != 0, vaddr);
}

/* Stores into translated code invalidate it as they happen (accel/
 * tb_maint.c), so fence.i has nothing left to do but end the TB. */
static void helper_fence_i(RISCVCPU *cpu) {}

#define HELPER_DEFINE(name, ret, n, flags)                                                         \
    const TCGHelperInfo helper_info_##name = {#name, (void *)helper_##name, n, ret, flags};
RISCV_HELPERS_CORE(HELPER_DEFINE)
#undef HELPER_DEFINE
