/* UART output from C through a polled 16550 driver (wait for THR empty in
 * LSR, then write THR); tests/guest/c_uart_print.expect is the exact
 * stdout. */
#include <stdint.h>

#define UART_THR (*(volatile uint8_t *)0x10000000)
#define UART_LSR (*(volatile uint8_t *)0x10000005)
#define LSR_THRE 0x20

static void putc_(char c) {
    while (!(UART_LSR & LSR_THRE))
        ;
    UART_THR = (uint8_t)c;
}

static void puts_(const char *s) {
    while (*s)
        putc_(*s++);
}

static void putu(uint64_t v, unsigned base) {
    char buf[24];
    int i = 0;
    do {
        buf[i++] = "0123456789abcdef"[v % base];
        v /= base;
    } while (v);
    while (i)
        putc_(buf[--i]);
}

int main(void) {
    uint64_t f = 1;
    puts_("rivet guest: uart\n");
    for (unsigned i = 1; i <= 20; i++) {
        f *= i;
        if (i % 5 == 0) {
            puts_("factorial(");
            putu(i, 10);
            puts_(") = ");
            putu(f, 10);
            puts_(" = 0x");
            putu(f, 16);
            putc_('\n');
        }
    }
    puts_("done\n");
    return 0;
}
