/* mcounteren gates cycle, time and instret (bits CY, TM, IR) for S and U;
 * scounteren gates them again for U. A gated read is illegal (2, tval = the
 * encoding); M always reads them. */
#include "priv.h"

#define POISON 0x5eed5eed5eed5eedul
static const uint32_t enc[3] = {0xc0002573, 0xc0102573, 0xc0202573}; /* rd* a0 */

long rd_cycle_s(long), rd_time_s(long), rd_instret_s(long);
long rd_cycle_u(long), rd_time_u(long), rd_instret_u(long);
extern char rd_cycle_s_insn[], rd_time_s_insn[], rd_instret_s_insn[];
extern char rd_cycle_u_insn[], rd_time_u_insn[], rd_instret_u_insn[];
__asm__(".macro RD_COUNTER c, sfx\n"
        "rd_\\c\\()_\\sfx:\n"
        "rd_\\c\\()_\\sfx\\()_insn: rd\\c a0\n"
        "    ret\n"
        ".endm\n"
        ".text\n"
        "RD_COUNTER cycle, s\n"
        "RD_COUNTER time, s\n"
        "RD_COUNTER instret, s\n"
        ".section .utext, \"ax\"\n"
        "RD_COUNTER cycle, u\n"
        "RD_COUNTER time, u\n"
        "RD_COUNTER instret, u\n"
        ".text\n");

static void *const fns[2][3] = {{rd_cycle_u, rd_time_u, rd_instret_u},
                                {rd_cycle_s, rd_time_s, rd_instret_s}};
static char *const insns[2][3] = {{rd_cycle_u_insn, rd_time_u_insn, rd_instret_u_insn},
                                  {rd_cycle_s_insn, rd_time_s_insn, rd_instret_s_insn}};

/* Reads counter c in mode and checks it worked (ok) or trapped. */
static void expect(int mode, int c, bool ok)
{
    uint64_t n = ntraps;
    long v = priv_run(mode, fns[mode][c], POISON, 0, 0);
    if (ok) {
        CHECK(v != (long)POISON);
        CHECK_EQ(ntraps, n);
    } else {
        CHECK_EQ(v, POISON);
        CHECK_TRAP((int)n, PRV_M, CAUSE_ILLEGAL, insns[mode][c], enc[c]);
        CHECK_EQ(traps[n].prev, (uint64_t)mode);
        CHECK_EQ(ntraps, n + 1);
    }
}

int main(void)
{
    exc_action = TA_SKIP;
    csr_write(mcounteren, 0);
    csr_write(scounteren, 0);
    CHECK(rd_cycle_s(0) != 0);
    CHECK(rd_instret_s(0) != 0);
    uint64_t t0 = mtime();
    CHECK((uint64_t)rd_time_s(0) >= t0);

    for (int c = 0; c < 3; c++) {
        expect(PRV_S, c, false);
        expect(PRV_U, c, false);
    }
    for (int b = 0; b < 3; b++) {
        csr_write(mcounteren, 1ul << b);
        csr_write(scounteren, 7);
        for (int c = 0; c < 3; c++) {
            expect(PRV_S, c, c == b);
            expect(PRV_U, c, c == b);
        }
        csr_write(mcounteren, 7);
        csr_write(scounteren, 1ul << b);
        for (int c = 0; c < 3; c++) {
            expect(PRV_S, c, true);
            expect(PRV_U, c, c == b);
        }
    }
    /* time read in S is mtime. */
    csr_write(mcounteren, 7);
    t0 = mtime();
    uint64_t ts = (uint64_t)run_s(rd_time_s, 0, 0, 0);
    CHECK(ts >= t0 && ts <= mtime());
    return 0;
}
