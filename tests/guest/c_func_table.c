/* Indirect calls: 50000 calls through a table of function pointers, the
 * callee picked by the running state, so the one indirect call site jumps
 * to all eight targets in an unpredictable order. */
#include <stdint.h>

typedef uint64_t (*op_fn)(uint64_t);

__attribute__((noinline)) static uint64_t op0(uint64_t v) {
    return v + 0x9e3779b9;
}
__attribute__((noinline)) static uint64_t op1(uint64_t v) {
    return v ^ (v >> 7);
}
__attribute__((noinline)) static uint64_t op2(uint64_t v) {
    return v * 31;
}
__attribute__((noinline)) static uint64_t op3(uint64_t v) {
    return (v << 13) | (v >> 51);
}
__attribute__((noinline)) static uint64_t op4(uint64_t v) {
    return v - 12345;
}
__attribute__((noinline)) static uint64_t op5(uint64_t v) {
    return ~v;
}
__attribute__((noinline)) static uint64_t op6(uint64_t v) {
    return v ^ 0x5555aaaa5555aaaaULL;
}
__attribute__((noinline)) static uint64_t op7(uint64_t v) {
    return v + (v >> 3);
}

/* volatile: the compiler must load each pointer, not inline the callee */
static op_fn volatile table[8] = {op0, op1, op2, op3, op4, op5, op6, op7};

int main(void) {
    uint64_t v = 1;
    for (int i = 0; i < 50000; i++)
        v = table[(v >> 11) & 7](v) + (uint64_t)i;
    return v == 0x36d572f82354b23bULL ? 0 : 1;
}
