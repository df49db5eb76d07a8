/* Restore metadata and cpu_restore_state(): from a host return address in
 * generated code back to the guest instruction that was executing.
 *
 * Loads and stores do not write the guest pc before they run. When one
 * faults, its slow path passes the address of the fast path's return point
 * to the helper; that address lies inside the code of the faulting guest
 * instruction. Searching with (address - 1) keeps a call that is the last
 * host instruction of a guest instruction attributed to that instruction.
 */
#include "accel/restore.h"

#include "accel/exec.h"
#include "accel/tb.h"

static size_t put_uleb(uint8_t *out, size_t cap, size_t pos, uint64_t v)
{
    do {
        if (pos >= cap) return 0;
        uint8_t byte = v & 0x7f;
        v >>= 7;
        out[pos++] = byte | (v ? 0x80 : 0);
    } while (v);
    return pos;
}

static uint64_t get_uleb(const uint8_t **p)
{
    uint64_t v = 0;
    unsigned shift = 0;
    uint8_t byte;
    do {
        byte = *(*p)++;
        v |= (uint64_t)(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    return v;
}

size_t restore_encode_arrays(uint8_t *out, size_t cap, uint64_t tb_pc, const uint64_t *pcs,
                             const uint32_t *host_ends, unsigned n)
{
    size_t pos = 0;
    uint64_t prev_pc = tb_pc;
    uint32_t prev_end = 0;
    for (unsigned i = 0; i < n; i++) {
        pos = put_uleb(out, cap, pos, pcs[i] - prev_pc);
        if (!pos) return 0;
        pos = put_uleb(out, cap, pos, host_ends[i] - prev_end);
        if (!pos) return 0;
        prev_pc = pcs[i];
        prev_end = host_ends[i];
    }
    return pos ? pos : 1; /* an empty table still takes a byte */
}

size_t restore_encode(uint8_t *out, size_t cap, uint64_t tb_pc, const TCGContext *s,
                      const TCGCodeResult *res)
{
    static uint64_t pcs[TCG_MAX_INSNS];
    unsigned n = 0;
    for (int i = 0; i < s->nb_ops && n < TCG_MAX_INSNS; i++)
        if (s->ops[i].opc == INDEX_op_insn_start) pcs[n++] = (uint64_t)s->ops[i].args[0];
    if (n > res->nb_insns) n = res->nb_insns;
    return restore_encode_arrays(out, cap, tb_pc, pcs, res->insn_end, n);
}

int restore_search(const uint8_t *meta, unsigned n, uint64_t tb_pc, uint32_t off, uint64_t *pc)
{
    const uint8_t *p = meta;
    uint64_t cur_pc = tb_pc;
    uint32_t end = 0;
    for (unsigned i = 0; i < n; i++) {
        cur_pc += get_uleb(&p);
        end += (uint32_t)get_uleb(&p);
        if (off < end) {
            *pc = cur_pc;
            return (int)i;
        }
    }
    return -1;
}

static int locate(uintptr_t host_pc, TranslationBlock **tbp, uint64_t *pc)
{
    TranslationBlock *tb = tb_from_host_pc(host_pc - 1);
    if (!tb) return -1;
    *tbp = tb;
    return restore_search(tb->meta, tb->icount, tb->pc,
                          (uint32_t)(host_pc - 1 - (uintptr_t)tb->tc_ptr), pc);
}

bool cpu_restore_state(RISCVCPU *cpu, uintptr_t host_pc)
{
    TranslationBlock *tb;
    uint64_t pc;
    int k = locate(host_pc, &tb, &pc);
    if (k < 0) return false;
    cpu->pc = pc;
    /* The TB counted all its instructions at entry; this one and those
     * after it did not retire. */
    cpu->insn_count -= tb->icount - (unsigned)k;
    return true;
}

bool cpu_restore_state_after(RISCVCPU *cpu, uintptr_t host_pc)
{
    TranslationBlock *tb;
    uint64_t pc;
    int k = locate(host_pc, &tb, &pc);
    if (k < 0) return false;
    /* The next instruction's pc: the next row, or the TB's end. */
    uint64_t next = tb->pc + tb->size;
    if ((unsigned)k + 1 < tb->icount) {
        const uint8_t *p = tb->meta;
        uint64_t cur = tb->pc;
        for (unsigned i = 0; i <= (unsigned)k + 1; i++) {
            cur += get_uleb(&p);
            get_uleb(&p);
        }
        next = cur;
    }
    cpu->pc = next;
    cpu->insn_count -= tb->icount - (unsigned)k - 1;
    return true;
}

unsigned cpu_insns_after(uintptr_t host_pc)
{
    TranslationBlock *tb;
    uint64_t pc;
    int k = locate(host_pc, &tb, &pc);
    return k < 0 ? 0 : tb->icount - (unsigned)k - 1;
}
