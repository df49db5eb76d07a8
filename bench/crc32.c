/* CRC-32 (the reflected IEEE 802.3 polynomial, as zlib's crc32) over a
 * buffer, bit by bit and with a 256-entry table. The bitwise loop is eight
 * data-dependent shift/xor/branch steps per byte; the table loop is one load
 * per byte indexed by the running value. Both must agree on every pass. */
#include "bench.h"

#define POLY 0xedb88320u
#define BUF_SIZE 4096
#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 2200
#endif

static uint8_t buf[BUF_SIZE];
static uint32_t table[256];

static uint32_t crc_bitwise(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    while (n--) {
        crc ^= *p++;
        for (int k = 0; k < 8; k++) {
            if (crc & 1)
                crc = (crc >> 1) ^ POLY;
            else
                crc >>= 1;
        }
    }
    return ~crc;
}

static void make_table(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (POLY & (0u - (c & 1)));
        table[i] = c;
    }
}

static uint32_t crc_table(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    while (n--)
        crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

int main(void) {
    static const uint8_t check[] = "123456789";
    int iterations = (int)bench_opaque(ITERATIONS);
    size_t size = (size_t)bench_opaque(BUF_SIZE);
    uint32_t seed = (uint32_t)bench_opaque(2024);
    uint64_t sum = 0, mismatches = 0;

    make_table();
    for (size_t i = 0; i < size; i++)
        buf[i] = (uint8_t)(bench_rand(&seed) >> 24);

    /* The standard check value; the native run shows it equals zlib's. */
    print_result("crc32.check_bitwise", crc_bitwise(0, check, 9));
    print_result("crc32.check_table", crc_table(0, check, 9));

    for (int it = 0; it < iterations; it++) {
        uint32_t bw = crc_bitwise(0, buf, size);
        /* The table version does eight passes (with chaining) per bitwise one,
         * so both loops get comparable time. */
        uint32_t tb = 0;
        for (int r = 0; r < 8; r++)
            tb = crc_table(r == 0 ? 0 : tb, buf, size);
        if (crc_table(0, buf, size) != bw) mismatches++;
        sum = bench_mix(sum, bw);
        sum = bench_mix(sum, tb);
        /* Change the buffer so every pass hashes new data. */
        buf[(bw >> 3) % size] ^= (uint8_t)tb;
        buf[it % size] += (uint8_t)(bw >> 24);
    }

    print_result("crc32.mismatches", mismatches);
    print_result("crc32.checksum", sum);
    return 0;
}
