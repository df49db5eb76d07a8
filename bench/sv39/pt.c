/* The default page tables of the S-mode benchmark builds and the M-mode
 * report of an unexpected trap. No bench.h here: that header defines memset
 * and memcpy, which must exist once per program. */
#include "sv39.h"

#define RAM_BASE 0x80000000ull
#define UART_THR ((volatile uint8_t *)0x10000000)
#define FINISHER ((volatile uint32_t *)0x100000)

static uint64_t base_root[512] __attribute__((aligned(4096)));
static uint64_t ram_l1[512] __attribute__((aligned(4096)));

void sv39_map_base(uint64_t *root)
{
    root[0] = sv39_pte(0, PTE_V | PTE_R | PTE_W | PTE_A | PTE_D);
    for (uint64_t i = 0; i < 512; i++)
        ram_l1[i] =
            sv39_pte(RAM_BASE + i * SV39_MEGAPAGE, PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D);
    /* Shared by every root a program builds: the same table may appear in
     * several trees. */
    root[RAM_BASE / SV39_GIGAPAGE] = sv39_pte((uintptr_t)ram_l1, PTE_V);
}

__attribute__((weak)) uint64_t sv39_page_tables(void)
{
    sv39_map_base(base_root);
    return sv39_satp(base_root, 0);
}

static void trap_puts(const char *s)
{
    while (*s) *UART_THR = (uint8_t)*s++;
}

static void trap_puthex(uint64_t v)
{
    trap_puts("0x");
    for (int shift = 60; shift >= 0; shift -= 4)
        *UART_THR = (uint8_t) "0123456789abcdef"[(v >> shift) & 15];
}

/* From crt.S's M-mode trap vector. Exit code 255, as crt0.S's. */
__attribute__((noreturn)) void sv39_trap(uint64_t cause, uint64_t epc, uint64_t tval)
{
    trap_puts("sv39: unexpected trap mcause=");
    trap_puthex(cause);
    trap_puts(" mepc=");
    trap_puthex(epc);
    trap_puts(" mtval=");
    trap_puthex(tval);
    trap_puts("\n");
    *FINISHER = 255u << 16 | 0x3333;
    for (;;) {
    }
}
