/* rem: remainder has the sign of the dividend */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, rem, 0x2, 0x14, 0x6
    TEST_RR 2, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0x6
    TEST_RR 3, rem, 0x2, 0x14, 0xfffffffffffffffa
    TEST_RR 4, rem, 0xfffffffffffffffe, 0xffffffffffffffec, 0xfffffffffffffffa
    TEST_RR 5, rem, 0x0, 0x7, 0x7
    TEST_RR 6, rem, 0x1, 0x1, 0x2
    TEST_RR 7, rem, 0xffffffffffffffff, 0xffffffffffffffff, 0x2
    TEST_RR 8, rem, 0xfffffffffffffffe, 0x8000000000000000, 0x3
    TEST_RR 9, rem, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff
    TEST_RR 10, rem, 0x0, 0x7fffffffffffffff, 0xffffffffffffffff
    TEST_RR 11, rem, 0xffffffffffbd3c98, 0xdeadbeefcafebabe, 0x1234567
    TEST_RR 12, rem, 0x0, 0x123456789abcdef, 0xfffffffffffffffd
    TEST_RR_D1 13, rem, 0x0, 0xdeadbeefcafebabe, 0x7
    TEST_RR_D2 14, rem, 0x0, 0xdeadbeefcafebabe, 0x7
    TEST_RR_DD 15, rem, 0x0, 0xdeadbeefcafebabe
    TEST_RR_Z1 16, rem, 0x0, 0x7
    TEST_RR_Z2 17, rem, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    PASS
