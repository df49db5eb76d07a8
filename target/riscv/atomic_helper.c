/*
 * The A extension: LR/SC and AMOs, done with host atomics on the guest
 * page's host address.
 *
 * Every one of these goes through a helper. probe_access() fills the TLB
 * (raising a precise page or access fault from the helper's return address)
 * and returns the host address of the RAM behind the guest address; the
 * operation is then one __atomic builtin on it. Because the atomicity is
 * the host's, several vCPUs on several host threads need nothing more: no
 * lock, no stop-the-world. Every builtin used is sequentially consistent (a
 * lock-prefixed instruction on x86), which is at least what any aq/rl
 * combination asks for; the only ordering not implied is that of an
 * lr.aqrl's load after earlier stores, hence the fence for LR_RL.
 *
 * Alignment comes first: a misaligned LR raises load address-misaligned,
 * a misaligned SC or AMO store/AMO address-misaligned, as the spec says
 * (QEMU 7.2 differs: its misaligned AMO raises load address-misaligned and
 * its SC checks the reservation first, so a misaligned SC just fails).
 * MMIO and ROM cannot be done atomically on the host; the spec lets such
 * regions refuse AMOs and LR/SC, and they raise an access fault, load for
 * LR and store/AMO for SC and AMOs (QEMU 7.2 performs AMOs on MMIO, and
 * reports a load fault for one to unmapped memory).
 *
 * LR records a reservation of the bytes it read and the value, through
 * tlb_reserve() (see accel/cputlb.c for how this hart's own stores drop
 * it); a trap drops it too. SC succeeds only if the reservation is still held for exactly its
 * address and size and the compare-and-swap against that value succeeds;
 * either way it drops the reservation. An SC without a reservation does
 * not touch memory, so it raises nothing but misalignment.
 */
#include <stdint.h>

#include "accel/cputlb.h"
#include "accel/exec.h"
#include "target/riscv/helper.h"

/* The host address of an aligned access, or the exception. */
static void *atomic_host(RISCVCPU *cpu, uint64_t addr, unsigned size, int access, int mmu_idx,
                         uintptr_t ra)
{
    bool load = access == ACCESS_READ;
    if (addr & (size - 1))
        riscv_raise_exception(cpu, load ? EXCP_LOAD_MISALIGNED : EXCP_STORE_MISALIGNED, addr, ra);
    void *host = probe_access(cpu, addr, size, access, mmu_idx, ra);
    if (!host) riscv_raise_exception(cpu, load ? EXCP_LOAD_ACCESS : EXCP_STORE_ACCESS, addr, ra);
    return host;
}

typedef enum {
    AMO_SWAP,
    AMO_ADD,
    AMO_XOR,
    AMO_AND,
    AMO_OR,
    AMO_MIN,
    AMO_MAX,
    AMO_MINU,
    AMO_MAXU
} AmoOp;

/* The old value; op is a constant in every caller, so each helper keeps one
 * case. min/max have no builtin: a compare-and-swap loop. */
#define DEFINE_AMO(bits)                                                                           \
    static inline uint##bits##_t amo##bits(uint##bits##_t *p, uint##bits##_t v, AmoOp op)          \
    {                                                                                              \
        switch (op) {                                                                              \
        case AMO_SWAP: return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);                         \
        case AMO_ADD: return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);                           \
        case AMO_XOR: return __atomic_fetch_xor(p, v, __ATOMIC_SEQ_CST);                           \
        case AMO_AND: return __atomic_fetch_and(p, v, __ATOMIC_SEQ_CST);                           \
        case AMO_OR: return __atomic_fetch_or(p, v, __ATOMIC_SEQ_CST);                             \
        default: break;                                                                            \
        }                                                                                          \
        uint##bits##_t old = __atomic_load_n(p, __ATOMIC_RELAXED), new;                            \
        do {                                                                                       \
            bool less =                                                                            \
                op == AMO_MIN || op == AMO_MAX ? (int##bits##_t)v < (int##bits##_t)old : v < old;  \
            bool take_v = (op == AMO_MIN || op == AMO_MINU) ? less : !less && v != old;            \
            new = take_v ? v : old;                                                                \
        } while (                                                                                  \
            !__atomic_compare_exchange_n(p, &old, new, true, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)); \
        return old;                                                                                \
    }
DEFINE_AMO(32)
DEFINE_AMO(64)

/* After a write: if it changed the TB that is running (probe_access set
 * smc_hit), rd gets its value here and execution goes on after this
 * instruction in a fresh translation, as after a store. desc holds rd. */
static uint64_t write_done(RISCVCPU *cpu, uint64_t desc, uint64_t result, uintptr_t ra)
{
    if (!cpu->smc_hit) return result;
    cpu->smc_hit = false;
    unsigned rd = (desc >> AMO_RD_SHIFT) & 31;
    if (rd) cpu->gpr[rd] = result;
    if (cpu_restore_state_after(cpu, ra)) cpu_loop_exit(cpu);
    return result;
}

#define DEFINE_AMO_HELPERS(name, op)                                                               \
    static uint64_t helper_##name##_w(RISCVCPU *cpu, uint64_t addr, uint64_t v, uint64_t desc)     \
    {                                                                                              \
        uintptr_t ra = GETPC();                                                                    \
        uint32_t *p = atomic_host(cpu, addr, 4, ACCESS_WRITE, (int)(desc & 0xff), ra);             \
        return write_done(cpu, desc, (uint64_t)(int64_t)(int32_t)amo32(p, (uint32_t)v, op), ra);   \
    }                                                                                              \
    static uint64_t helper_##name##_d(RISCVCPU *cpu, uint64_t addr, uint64_t v, uint64_t desc)     \
    {                                                                                              \
        uintptr_t ra = GETPC();                                                                    \
        uint64_t *p = atomic_host(cpu, addr, 8, ACCESS_WRITE, (int)(desc & 0xff), ra);             \
        return write_done(cpu, desc, amo64(p, v, op), ra);                                         \
    }
DEFINE_AMO_HELPERS(amoswap, AMO_SWAP)
DEFINE_AMO_HELPERS(amoadd, AMO_ADD)
DEFINE_AMO_HELPERS(amoxor, AMO_XOR)
DEFINE_AMO_HELPERS(amoand, AMO_AND)
DEFINE_AMO_HELPERS(amoor, AMO_OR)
DEFINE_AMO_HELPERS(amomin, AMO_MIN)
DEFINE_AMO_HELPERS(amomax, AMO_MAX)
DEFINE_AMO_HELPERS(amominu, AMO_MINU)
DEFINE_AMO_HELPERS(amomaxu, AMO_MAXU)

/* Trap entry drops the reservation through cpu->clear_reservation, which
 * needs setting only once there can be one. */
static void reserve(RISCVCPU *cpu, uint64_t addr, unsigned size, uint64_t val)
{
    tlb_reserve(cpu, addr, size);
    cpu->res_val = val;
    cpu->clear_reservation = tlb_unreserve;
}

static uint64_t helper_lr_w(RISCVCPU *cpu, uint64_t addr, uint64_t desc)
{
    uint32_t *p = atomic_host(cpu, addr, 4, ACCESS_READ, (int)(desc & 0xff), GETPC());
    if (desc & LR_RL) __atomic_thread_fence(__ATOMIC_SEQ_CST);
    uint32_t v = __atomic_load_n(p, __ATOMIC_ACQUIRE);
    reserve(cpu, addr, 4, v);
    return (uint64_t)(int64_t)(int32_t)v;
}

static uint64_t helper_lr_d(RISCVCPU *cpu, uint64_t addr, uint64_t desc)
{
    uint64_t *p = atomic_host(cpu, addr, 8, ACCESS_READ, (int)(desc & 0xff), GETPC());
    if (desc & LR_RL) __atomic_thread_fence(__ATOMIC_SEQ_CST);
    uint64_t v = __atomic_load_n(p, __ATOMIC_ACQUIRE);
    reserve(cpu, addr, 8, v);
    return v;
}

/* Whether the reservation is [addr, addr + size); drops it either way. */
static bool take_reservation(RISCVCPU *cpu, uint64_t addr, unsigned size, uintptr_t ra)
{
    if (addr & (size - 1)) riscv_raise_exception(cpu, EXCP_STORE_MISALIGNED, addr, ra);
    bool held = cpu->res_size == size && cpu->res_addr == addr;
    tlb_unreserve(cpu);
    return held;
}

/* 0 on success, 1 on failure. */
static uint64_t helper_sc_w(RISCVCPU *cpu, uint64_t addr, uint64_t v, uint64_t desc)
{
    uintptr_t ra = GETPC();
    if (!take_reservation(cpu, addr, 4, ra)) return 1;
    uint32_t *p = atomic_host(cpu, addr, 4, ACCESS_WRITE, (int)(desc & 0xff), ra);
    uint32_t expected = (uint32_t)cpu->res_val;
    bool ok = __atomic_compare_exchange_n(p, &expected, (uint32_t)v, false, __ATOMIC_SEQ_CST,
                                          __ATOMIC_SEQ_CST);
    return write_done(cpu, desc, !ok, ra);
}

static uint64_t helper_sc_d(RISCVCPU *cpu, uint64_t addr, uint64_t v, uint64_t desc)
{
    uintptr_t ra = GETPC();
    if (!take_reservation(cpu, addr, 8, ra)) return 1;
    uint64_t *p = atomic_host(cpu, addr, 8, ACCESS_WRITE, (int)(desc & 0xff), ra);
    uint64_t expected = cpu->res_val;
    bool ok =
        __atomic_compare_exchange_n(p, &expected, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    return write_done(cpu, desc, !ok, ra);
}

#define HELPER_DEFINE(name, ret, n, flags)                                                         \
    const TCGHelperInfo helper_info_##name = {#name, (void *)helper_##name, n, ret, flags};
RISCV_HELPERS_A(HELPER_DEFINE)
#undef HELPER_DEFINE
