/* div: signed division rounds toward zero */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, div, 0x3, 0x14, 0x6
    TEST_RR 2, div, 0xfffffffffffffffd, 0xffffffffffffffec, 0x6
    TEST_RR 3, div, 0xfffffffffffffffd, 0x14, 0xfffffffffffffffa
    TEST_RR 4, div, 0x3, 0xffffffffffffffec, 0xfffffffffffffffa
    TEST_RR 5, div, 0x1, 0x7, 0x7
    TEST_RR 6, div, 0x0, 0x1, 0x2
    TEST_RR 7, div, 0x0, 0xffffffffffffffff, 0x2
    TEST_RR 8, div, 0xc000000000000000, 0x8000000000000000, 0x2
    TEST_RR 9, div, 0x8000000000000000, 0x8000000000000000, 0x1
    TEST_RR 10, div, 0x8000000000000001, 0x7fffffffffffffff, 0xffffffffffffffff
    TEST_RR 11, div, 0xffffffe2b6b4c2ea, 0xdeadbeefcafebabe, 0x1234567
    TEST_RR 12, div, 0xff9ee8dd7cc6bb5b, 0x123456789abcdef, 0xfffffffffffffffd
    TEST_RR_D1 13, div, 0xfb3d646b662463d2, 0xdeadbeefcafebabe, 0x7
    TEST_RR_D2 14, div, 0xfb3d646b662463d2, 0xdeadbeefcafebabe, 0x7
    TEST_RR_DD 15, div, 0x1, 0xdeadbeefcafebabe
    TEST_RR_Z1 16, div, 0x0, 0x7
    TEST_RR_Z2 17, div, 0xffffffffffffffff, 0xdeadbeefcafebabe
    PASS
