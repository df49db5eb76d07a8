/* mstatus.MPRV: M-mode loads and stores are translated and checked as if
 * in the mode MPP names (with SUM and MXR applying), and faults are taken
 * in M with tval = the virtual address; MPP = M means no translation. */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul
/* mprv_ld(addr, mstatus bits, init) / mprv_sd(addr, mstatus bits, value):
 * MPP, SUM and MXR are replaced by the given bits for the one access only. */
long mprv_ld(uint64_t addr, uint64_t bits, long init);
long mprv_sd(uint64_t addr, uint64_t bits, long value);
extern char mprv_ld_insn[], mprv_sd_insn[];
__asm__(".text\n"
        ".macro MPRV_ACCESS name, insn\n"
        "\\name:\n"
        "    li t0, 3 << 11 | 3 << 18\n"
        "    csrc mstatus, t0\n"
        "    mv t1, a2\n"
        "    csrs mstatus, a1\n"
        "\\name\\()_insn:\n"
        "    \\insn t1, 0(a0)\n"
        "    li t0, 1 << 17 | 3 << 18\n"
        "    csrc mstatus, t0\n"
        "    mv a0, t1\n"
        "    ret\n"
        ".endm\n"
        "MPRV_ACCESS mprv_ld, ld\n"
        "MPRV_ACCESS mprv_sd, sd\n");

#define AS_S (MSTATUS_MPRV | MSTATUS_MPP_S)
#define AS_U (MSTATUS_MPRV)
#define AS_M (MSTATUS_MPRV | MSTATUS_MPP_M)

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    uint8_t *p = page_alloc(), *q = page_alloc(), *x = page_alloc();
    wr64((uint64_t)p, 0x5050);
    wr64((uint64_t)q, 0x7070);
    wr64((uint64_t)x, 0x9090);
    uint64_t vp = TVA, vq = TVA + PAGE_SIZE, vx = TVA + 2 * PAGE_SIZE;
    vm_map(&vm, vp, (uint64_t)p, 0, PTE_R | PTE_W | PTE_AD);
    vm_map(&vm, vq, (uint64_t)q, 0, PTE_R | PTE_W | PTE_AD | PTE_U);
    vm_map(&vm, vx, (uint64_t)x, 0, PTE_X | PTE_A);
    sfence_vma();
    exc_action = TA_SKIP;
    int t = 0;

    CHECK_EQ(mprv_ld(vp, AS_S, POISON), 0x5050);
    mprv_sd(vp + 8, AS_S, 0x5151);
    CHECK_EQ(rd64((uint64_t)p + 8), 0x5151);
    CHECK_EQ(mprv_ld(vq, AS_U, POISON), 0x7070);
    CHECK_EQ(ntraps, 0);

    /* U may not touch a supervisor page, nor S a user page without SUM. */
    CHECK_EQ(mprv_ld(vp, AS_U, POISON), POISON);
    CHECK_TRAP(t, PRV_M, CAUSE_LOAD_PAGE, mprv_ld_insn, vp);
    CHECK_EQ(traps[t++].prev, PRV_M);
    mprv_sd(vp + 16, AS_U, 1);
    CHECK_TRAP(t++, PRV_M, CAUSE_STORE_PAGE, mprv_sd_insn, vp + 16);
    CHECK_EQ(mprv_ld(vq, AS_S, POISON), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_LOAD_PAGE, mprv_ld_insn, vq);
    CHECK_EQ(mprv_ld(vq, AS_S | MSTATUS_SUM, POISON), 0x7070);
    /* Execute-only needs MXR. */
    CHECK_EQ(mprv_ld(vx, AS_S, POISON), POISON);
    CHECK_TRAP(t++, PRV_M, CAUSE_LOAD_PAGE, mprv_ld_insn, vx);
    CHECK_EQ(mprv_ld(vx, AS_S | MSTATUS_MXR, POISON), 0x9090);
    CHECK_EQ(ntraps, (uint64_t)t);

    /* MPP = M, or MPRV clear: physical addresses. */
    CHECK_EQ(mprv_ld((uint64_t)p, AS_M, POISON), 0x5050);
    CHECK_EQ(mprv_ld((uint64_t)q, MSTATUS_MPP_S, POISON), 0x7070);
    CHECK_EQ(ntraps, (uint64_t)t);
    CHECK_EQ(csr_read(mstatus) & (MSTATUS_MPRV | MSTATUS_SUM | MSTATUS_MXR), 0);
    CHECK_EQ(rd64((uint64_t)p + 16), 0);
    return 0;
}
