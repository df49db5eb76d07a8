/* A loop hot enough to be translated once and chained to itself: 100000
 * iterations of a 64-bit LCG folded into a checksum. */
#include <stdint.h>

int main(void) {
    uint64_t x = 1, sum = 0;
    for (uint32_t i = 0; i < 100000; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        sum ^= x >> 17;
        sum += (uint64_t)i * 3;
    }
    if (sum != 0x00005e3282a4e25aULL) return 1;
    if (x != 0x6cfc9548ff6cbfa1ULL) return 2;
    return 0;
}
