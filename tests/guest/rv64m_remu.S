/* remu: unsigned remainder */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, remu, 0x2, 0x14, 0x6
    TEST_RR 2, remu, 0x2, 0xffffffffffffffec, 0x6
    TEST_RR 3, remu, 0x14, 0x14, 0xfffffffffffffffa
    TEST_RR 4, remu, 0x0, 0xffffffffffffffff, 0x1
    TEST_RR 5, remu, 0x1, 0xffffffffffffffff, 0x2
    TEST_RR 6, remu, 0x2, 0x8000000000000000, 0x3
    TEST_RR 7, remu, 0x0, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 8, remu, 0x5, 0x5, 0xffffffffffffffff
    TEST_RR 9, remu, 0xe0bb30, 0xdeadbeefcafebabe, 0x1234567
    TEST_RR 10, remu, 0x0, 0x123456789abcdef, 0x3
    TEST_RR_D1 11, remu, 0x2, 0xdeadbeefcafebabe, 0x7
    TEST_RR_D2 12, remu, 0x2, 0xdeadbeefcafebabe, 0x7
    TEST_RR_DD 13, remu, 0x0, 0xdeadbeefcafebabe
    TEST_RR_Z1 14, remu, 0x0, 0x7
    TEST_RR_Z2 15, remu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    PASS
