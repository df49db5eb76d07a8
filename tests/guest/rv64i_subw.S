/* subw: 32-bit subtract, result sign-extended, upper input bits ignored */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, subw, 0x2, 0x3, 0x1
    TEST_RR 2, subw, 0xffffffffffffffff, 0x0, 0x1
    TEST_RR 3, subw, 0x7fffffff, 0x80000000, 0x1
    TEST_RR 4, subw, 0xfffffffffffffffe, 0xdeadbeef00000005, 0x1234567800000007
    TEST_RR 5, subw, 0xffffffff80000000, 0x7fffffff, 0xffffffff
    TEST_RR 6, subw, 0xffffffffffffffff, 0x100000000, 0x1
    TEST_RR 7, subw, 0x0, 0xffffffff, 0xffffffff
    TEST_RR_D1 8, subw, 0x7fffffff, 0xdeadbeef80000000, 0x1
    TEST_RR_D2 9, subw, 0x7fffffff, 0xdeadbeef80000000, 0x1
    TEST_RR_DD 10, subw, 0x0, 0xdeadbeef80000000
    TEST_RR_Z1 11, subw, 0xffffffffffffffff, 0x1
    TEST_RR_Z2 12, subw, 0xffffffff80000000, 0xdeadbeef80000000
    PASS
