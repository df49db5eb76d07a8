/* W-form division by zero: quotient all ones, remainder = sign-extended low
 * 32 bits of the dividend */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, divw, 0xffffffffffffffff, 0x14, 0x0
    TEST_RR 2, divw, 0xffffffffffffffff, 0x80000000, 0x0
    TEST_RR 3, divw, 0xffffffffffffffff, 0x0, 0x0
    TEST_RR 4, divw, 0xffffffffffffffff, 0x14, 0x1234567800000000
    TEST_RR 5, divw, 0xffffffffffffffff, 0xdeadbeef7fffffff, 0x0
    TEST_RR 6, divuw, 0xffffffffffffffff, 0x14, 0x0
    TEST_RR 7, divuw, 0xffffffffffffffff, 0xffffffff, 0x0
    TEST_RR 8, divuw, 0xffffffffffffffff, 0x14, 0x1234567800000000
    TEST_RR 9, remw, 0x14, 0x14, 0x0
    TEST_RR 10, remw, 0xffffffffffffffec, 0xffffffffffffffec, 0x0
    TEST_RR 11, remw, 0xffffffff80000000, 0xdeadbeef80000000, 0x0
    TEST_RR 12, remw, 0x7fffffff, 0xdeadbeef7fffffff, 0x0
    TEST_RR 13, remw, 0x7, 0x7, 0x1234567800000000
    TEST_RR 14, remuw, 0x14, 0x14, 0x0
    TEST_RR 15, remuw, 0xffffffff80000000, 0xdeadbeef80000000, 0x0
    TEST_RR 16, remuw, 0x7fffffff, 0xdeadbeef7fffffff, 0x0
    TEST_RR 17, remuw, 0x7, 0x7, 0x1234567800000000
    TEST_RR_Z2 18, divw, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR_Z2 19, divuw, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR_Z2 20, remw, 0xffffffffcafebabe, 0xdeadbeefcafebabe
    TEST_RR_Z2 21, remuw, 0xffffffffcafebabe, 0xdeadbeefcafebabe
    PASS
