/* add: 64-bit wrap-around, carry out of bit 31 into bit 32 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, add, 0x2, 0x1, 0x1
    TEST_RR 2, add, 0x0, 0x0, 0x0
    TEST_RR 3, add, 0x8000000000000000, 0x7fffffffffffffff, 0x1
    TEST_RR 4, add, 0x0, 0xffffffffffffffff, 0x1
    TEST_RR 5, add, 0x0, 0x8000000000000000, 0x8000000000000000
    TEST_RR 6, add, 0xffffffffffffffff, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 7, add, 0x100000000, 0xffffffff, 0x1
    TEST_RR 8, add, 0x80000000, 0x7fffffff, 0x1
    TEST_RR 9, add, 0xdfd1045754aa88ad, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR 10, add, 0xfffffffffffffffe, 0xfffffffffffffffb, 0x3
    TEST_RR_D1 11, add, 0xdfd1045754aa88ad, 0x123456789abcdef, 0xdeadbeefcafebabe
    TEST_RR_D2 12, add, 0xdfd1045754aa88ad, 0x123456789abcdef, 0xdeadbeefcafebabe
    TEST_RR_DD 13, add, 0x2468acf13579bde, 0x123456789abcdef
    TEST_RR_Z1 14, add, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_RR_Z2 15, add, 0x123456789abcdef, 0x123456789abcdef
    PASS
