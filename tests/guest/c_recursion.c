/* Deep recursion with many returns: Ackermann A(2, 300) (about 180000
 * calls, ~600 frames deep), recursive Fibonacci, and mutual recursion. */
#include <stdint.h>

__attribute__((noinline)) static uint64_t ack(uint64_t m, uint64_t n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

__attribute__((noinline)) static uint64_t fib(uint64_t n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static volatile int depth_guard;
__attribute__((noinline)) static int is_odd(unsigned n);
__attribute__((noinline)) static int is_even(unsigned n) {
    depth_guard++;
    return n == 0 ? 1 : is_odd(n - 1);
}
__attribute__((noinline)) static int is_odd(unsigned n) {
    depth_guard++;
    return n == 0 ? 0 : is_even(n - 1);
}

int main(void) {
    if (ack(2, 300) != 603) return 1;
    if (ack(3, 5) != 253) return 2;
    if (fib(24) != 46368) return 3;
    if (!is_even(1000) || is_even(777) || !is_odd(501)) return 4;
    if (depth_guard != 1001 + 778 + 502) return 5;
    return 0;
}
