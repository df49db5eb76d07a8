/* The bundled demo guest: a bare-metal RV64IM program that shows the
 * machine working. It prints through the 16550 UART, computes a few things
 * with integer arithmetic, and powers off through the test finisher. */
#include <stdint.h>

#define UART_THR ((volatile uint8_t *)0x10000000)
#define UART_LSR ((volatile uint8_t *)0x10000005)

static void putc_uart(char c)
{
    while (!(*UART_LSR & 0x20)) {
    }
    *UART_THR = (uint8_t)c;
}

static void puts_uart(const char *s)
{
    while (*s) putc_uart(*s++);
}

static void put_dec(uint64_t v)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n) putc_uart(buf[--n]);
}

static uint64_t read_csr_mhartid(void)
{
    uint64_t v;
    __asm__ volatile("csrr %0, mhartid" : "=r"(v));
    return v;
}

/* The Mandelbrot set in 16.16 fixed point. */
static void mandelbrot(void)
{
    const char *shades = " .:-=+*#%@";
    for (int row = 0; row < 24; row++) {
        int64_t ci = ((int64_t)row - 12) * 65536 / 10;
        for (int col = 0; col < 72; col++) {
            int64_t cr = ((int64_t)col - 50) * 65536 / 22;
            int64_t zr = 0, zi = 0;
            int it = 0;
            while (it < 60 && zr * zr + zi * zi < (4ll << 32)) {
                int64_t t = ((zr * zr - zi * zi) >> 16) + cr;
                zi = ((2 * zr * zi) >> 16) + ci;
                zr = t;
                it++;
            }
            putc_uart(shades[it >= 60 ? 9 : it % 9]);
        }
        putc_uart('\n');
    }
}

static unsigned count_primes(unsigned limit)
{
    unsigned count = 0;
    for (unsigned n = 2; n < limit; n++) {
        unsigned d = 2;
        while (d * d <= n && n % d) d++;
        if (d * d > n) count++;
    }
    return count;
}

int main(void)
{
    puts_uart("rivet demo: RV64IM bare metal on the virt machine, hart ");
    put_dec(read_csr_mhartid());
    puts_uart("\n\n");
    mandelbrot();
    puts_uart("\nprimes below 100000: ");
    put_dec(count_primes(100000));
    puts_uart("\nbye\n");
    return 0;
}
