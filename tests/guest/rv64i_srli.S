/* srli: logical, zero fill, shift amounts 0..63 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, srli, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI 2, srli, 0x6f56df77e57f5d5f, 0xdeadbeefcafebabe, 1
    TEST_RI 3, srli, 0x1bd5b7ddf, 0xdeadbeefcafebabe, 31
    TEST_RI 4, srli, 0xdeadbeef, 0xdeadbeefcafebabe, 32
    TEST_RI 5, srli, 0x1, 0xdeadbeefcafebabe, 63
    TEST_RI 6, srli, 0x1, 0x8000000000000000, 63
    TEST_RI 7, srli, 0xffffffff, 0xffffffffffffffff, 32
    TEST_RI 8, srli, 0xfedcba987654321, 0xfedcba9876543210, 4
    TEST_RI_D 9, srli, 0xdeadbeefcafeb, 0xdeadbeefcafebabe, 12
    TEST_RI_Z 10, srli, 0x0, 12
    PASS
