/* UART input through a polled 16550 driver: tests/guest/uart_echo.stdin is
 * the emulator's stdin, and the guest echoes it upper-cased from its
 * second line up to the first '.', then prints the byte count;
 * uart_echo.expect is the exact stdout. The first line is skipped because
 * input arrives from the start: the reset holding register may already
 * hold its first byte when the guest enables the FIFOs, which empties
 * them (as on QEMU). The guest stalls now and then with the FIFOs on, so input piles
 * up beyond the 16-byte receive FIFO: the console must hold it back, not
 * drop it (an overrun, LSR.OE, fails the test with status 2). Checked on
 * qemu-system-riscv64 7.2 with GUEST_EMU. */
#include <stdint.h>

#define UART ((volatile uint8_t *)0x10000000)
enum { RBR = 0, THR = 0, FCR = 2, LSR = 5 };
enum { LSR_DR = 0x01, LSR_OE = 0x02, LSR_THRE = 0x20 };

static void putc_(char c) {
    while (!(UART[LSR] & LSR_THRE))
        ;
    UART[THR] = (uint8_t)c;
}

static void puts_(const char *s) {
    while (*s)
        putc_(*s++);
}

static void putu(unsigned v) {
    char buf[12];
    int i = 0;
    do {
        buf[i++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (i)
        putc_(buf[--i]);
}

/* Long enough for the host to deliver more than a FIFO's worth. */
static void stall(void) {
    for (volatile unsigned i = 0; i < 3000000; i++)
        ;
}

int main(void) {
    UART[FCR] = 0x07; /* FIFOs on, both cleared, trigger level 1 */
    puts_("echo:\n");
    stall();
    while (!(UART[LSR] & LSR_DR) || UART[RBR] != '\n')
        ;
    unsigned n = 0;
    for (;;) {
        uint8_t lsr;
        while (!((lsr = UART[LSR]) & LSR_DR))
            ;
        if (lsr & LSR_OE)
            return 2;
        char c = (char)UART[RBR];
        if (c == '.')
            break;
        putc_(c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
        if (++n % 40 == 0)
            stall();
    }
    puts_("\nbytes: ");
    putu(n);
    putc_('\n');
    return 0;
}
