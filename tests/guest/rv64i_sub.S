/* sub: 64-bit wrap-around, borrow across bit 32 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, sub, 0x2, 0x3, 0x1
    TEST_RR 2, sub, 0xffffffffffffffff, 0x0, 0x1
    TEST_RR 3, sub, 0x7fffffffffffffff, 0x8000000000000000, 0x1
    TEST_RR 4, sub, 0x8000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff
    TEST_RR 5, sub, 0xffffffff, 0x100000000, 0x1
    TEST_RR 6, sub, 0x0, 0x123456789abcdef, 0x123456789abcdef
    TEST_RR 7, sub, 0xfdb97530eca86421, 0xfedcba9876543210, 0x123456789abcdef
    TEST_RR 8, sub, 0x8000000000000000, 0x0, 0x8000000000000000
    TEST_RR 9, sub, 0xdfd1045754aa88ae, 0xdeadbeefcafebabe, 0xfedcba9876543210
    TEST_RR_D1 10, sub, 0x202efba8ab557752, 0xfedcba9876543210, 0xdeadbeefcafebabe
    TEST_RR_D2 11, sub, 0x202efba8ab557752, 0xfedcba9876543210, 0xdeadbeefcafebabe
    TEST_RR_DD 12, sub, 0x0, 0xfedcba9876543210
    TEST_RR_Z1 13, sub, 0x2152411035014542, 0xdeadbeefcafebabe
    TEST_RR_Z2 14, sub, 0xfedcba9876543210, 0xfedcba9876543210
    PASS
