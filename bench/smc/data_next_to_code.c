/* Hot code and constantly written data on the same 4 KiB page, as in a
 * program that keeps counters or a small table next to its code, or a
 * JIT whose code buffer holds literal pools. An emulator that watches code
 * by page sends every store to such a page down its slow path to find out
 * whether it overwrites code; one that also knows where on the page the
 * code is (16-byte chunks in rivet, a code bitmap in QEMU) at least does not
 * invalidate anything. This program measures what is left: a loop doing a
 * read-modify-write of a 2 KiB table on every iteration.
 *
 * Built two ways with the same loop and the same output:
 *   default          the loop's function starts a page (section
 *                    .text.smc_shared, aligned to 4096) and the table sits
 *                    after its code in the same section and page, from the
 *                    next 16-byte boundary on, so no store touches a chunk
 *                    holding code;
 *   -DDATA_APART     the function alone at the start of its page, the table
 *                    in .bss on a page of its own.
 * The difference in time between the two builds is the cost of sharing.
 * main checks the layout at run time and exits 2 if it is not the intended
 * one (a toolchain that placed things differently would otherwise measure
 * something else). */
#include "bench.h"

#ifndef BENCH_GUEST
#error "bench/smc programs are RV64 guests only"
#endif

#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 2500000
#endif
#define TABLE_WORDS 256 /* 2 KiB */
#define CALL_STEPS 4096 /* loop iterations per call of churn() */

#ifdef DATA_APART
#define HOT_SECTION ".text.smc_apart"
static uint64_t table[TABLE_WORDS] __attribute__((aligned(4096)));
#else
#define HOT_SECTION ".text.smc_shared"
#define STR(x) #x
#define XSTR(x) STR(x)
/* gcc refuses writable data in a code section, so the table is emitted by
 * the assembler, in subsection 1 of the function's section: subsections are
 * laid out in order whatever order gcc emits things in, so the table comes
 * after all of the function's code (subsection 0). smc_code_end marks the
 * end of that code. The section starts a page, and code plus table are
 * under 4 KiB, so they share a page. */
extern uint64_t table[TABLE_WORDS];
extern const char smc_code_end[];
/* clang-format off */
__asm__(".pushsection " HOT_SECTION ",\"ax\",@progbits\n"
        ".subsection 1\n"
        "smc_code_end:\n"
        ".balign 16\n"
        "table:\n"
        ".space 8 * " XSTR(TABLE_WORDS) "\n"
        ".balign 16\n"
        ".popsection\n");
/* clang-format on */
#endif

/* xorshift64 steps; each updates one table word and reads another. */
__attribute__((noinline, aligned(4096), section(HOT_SECTION))) static uint64_t
churn(uint64_t *t, uint64_t h, uint64_t n)
{
    uint64_t s = 0;
    for (uint64_t i = 0; i < n; i++) {
        h ^= h << 13;
        h ^= h >> 7;
        h ^= h << 17;
        uint64_t k = h & (TABLE_WORDS - 1);
        t[k] += h >> 32;
        s += t[(k * 7 + 1) & (TABLE_WORDS - 1)];
    }
    return h ^ s;
}

static int layout_ok(void)
{
    uintptr_t code = (uintptr_t)churn, data = (uintptr_t)table;
#ifdef DATA_APART
    /* .bss follows all code, past the page-aligned .tohost. */
    return code % 4096 == 0 && data % 4096 == 0 && data / 4096 > code / 4096;
#else
    uintptr_t end = (uintptr_t)smc_code_end;
    uintptr_t data_end = data + sizeof(uint64_t) * TABLE_WORDS;
    return code % 4096 == 0 && end > code && data >= ((end + 15) & ~(uintptr_t)15) &&
           (data_end - 1) / 4096 == code / 4096;
#endif
}

int main(void)
{
    if (!layout_ok()) {
        print_str("data_next_to_code: unexpected layout\n");
        return 2;
    }
    uint64_t *t = (uint64_t *)bench_opaque((uintptr_t)table);
    uint64_t n = bench_opaque(ITERATIONS);
    uint64_t h = bench_opaque(0x9e3779b97f4a7c15ull);
    uint64_t sum = 0, done;

    for (done = 0; done < n; done += CALL_STEPS) {
        h = churn(t, h, CALL_STEPS);
        sum = bench_mix(sum, h);
    }
    uint64_t fold = 0;
    for (int i = 0; i < TABLE_WORDS; i++) fold = bench_mix(fold, t[i]);

    print_result("data_next_to_code.steps", done);
    print_result("data_next_to_code.checksum", sum);
    print_result("data_next_to_code.table", fold);
    return 0;
}
