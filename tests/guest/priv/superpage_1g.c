/* Sv39 1 GiB gigapage: a level-2 leaf maps TVA .. TVA + 1 GiB to RAM at
 * 0x80000000, so TVA + (x - 0x80000000) is an alias of x: loads see the
 * image's data, stores through the alias land in it, code runs through it. */
#include "priv.h"

static volatile uint64_t var = 0x1234567890abcdeful;
static uint8_t code[64] __attribute__((aligned(64)));

#define ALIAS(p) (TVA + ((uint64_t)(p)-RAM_BASE))

int main(void)
{
    struct vm vm;
    vm_setup_sv39(&vm);
    vm_map(&vm, TVA, RAM_BASE, 2, PTE_R | PTE_W | PTE_X | PTE_AD);
    sfence_vma();
    write_ret_stub(code, 42);

    CHECK_EQ(run_s(probe_ld_s, ALIAS(&var), 0, 0), 0x1234567890abcdeful);
    run_s(probe_sd_s, ALIAS(&var), 0x600d, 0);
    CHECK_EQ(var, 0x600d);
    CHECK_EQ(run_s(probe_exec_s, ALIAS(code), 0, 0), 42);
    /* Far into the gigapage: RAM at 0x87fff000 (the top of virt's 128 MiB). */
    wr64(0x87fff000ul, 0x7f7f);
    CHECK_EQ(run_s(probe_ld_s, TVA + 0x7fff000ul, 0, 0), 0x7f7f);
    CHECK_EQ(ntraps, 0);
    return 0;
}
