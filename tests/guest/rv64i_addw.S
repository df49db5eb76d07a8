/* addw: 32-bit add, result sign-extended, upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, addw, 0x2, 0x1, 0x1
    TEST_RR 2, addw, 0xffffffff80000000, 0x7fffffff, 0x1
    TEST_RR 3, addw, 0x0, 0xffffffff, 0x1
    TEST_RR 4, addw, 0x0, 0xdeadbeef00000001, 0x12345678ffffffff
    TEST_RR 5, addw, 0x0, 0x80000000, 0x80000000
    TEST_RR 6, addw, 0xffffffffffffffff, 0xffffffff, 0x0
    TEST_RR 7, addw, 0x0, 0xdeadbeef00000000, 0x0
    TEST_RR 8, addw, 0x7fffffff, 0x7ffffff0, 0xf
    TEST_RR 9, addw, 0x0, 0x7fffffffffffffff, 0x1
    TEST_RR 10, addw, 0x7fffffff, 0xffffffff80000000, 0xffffffffffffffff
    TEST_RR_D1 11, addw, 0xffffffff80000000, 0xdeadbeef7fffffff, 0x1
    TEST_RR_D2 12, addw, 0xffffffff80000000, 0xdeadbeef7fffffff, 0x1
    TEST_RR_DD 13, addw, 0xfffffffffffffffe, 0xdeadbeef7fffffff
    TEST_RR_Z1 14, addw, 0x1, 0x1
    TEST_RR_Z2 15, addw, 0x7fffffff, 0xdeadbeef7fffffff
    PASS
