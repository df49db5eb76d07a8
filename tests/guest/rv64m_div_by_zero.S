/* division by zero: quotient all ones, remainder = dividend, no trap */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, div, 0xffffffffffffffff, 0x14, 0x0
    TEST_RR 2, div, 0xffffffffffffffff, 0xffffffffffffffec, 0x0
    TEST_RR 3, div, 0xffffffffffffffff, 0x0, 0x0
    TEST_RR 4, div, 0xffffffffffffffff, 0x8000000000000000, 0x0
    TEST_RR 5, div, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    TEST_RR 6, divu, 0xffffffffffffffff, 0x14, 0x0
    TEST_RR 7, divu, 0xffffffffffffffff, 0x0, 0x0
    TEST_RR 8, divu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    TEST_RR 9, divu, 0xffffffffffffffff, 0x8000000000000000, 0x0
    TEST_RR 10, rem, 0x14, 0x14, 0x0
    TEST_RR 11, rem, 0xffffffffffffffec, 0xffffffffffffffec, 0x0
    TEST_RR 12, rem, 0x0, 0x0, 0x0
    TEST_RR 13, rem, 0x8000000000000000, 0x8000000000000000, 0x0
    TEST_RR 14, rem, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0x0
    TEST_RR 15, remu, 0x14, 0x14, 0x0
    TEST_RR 16, remu, 0x0, 0x0, 0x0
    TEST_RR 17, remu, 0xffffffffffffffff, 0xffffffffffffffff, 0x0
    TEST_RR 18, remu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0x0
    TEST_RR_Z2 19, div, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR_Z2 20, divu, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR_Z2 21, rem, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR_Z2 22, remu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR_Z1 23, div, 0xffffffffffffffff, 0x0
    TEST_RR_Z1 24, rem, 0x0, 0x0
    TEST_RR_D2 25, rem, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0x0
    TEST_RR_D2 26, div, 0xffffffffffffffff, 0xdeadbeefcafebabe, 0x0
    PASS
