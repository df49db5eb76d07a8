/* mul: low 64 bits of the product (same for signed and unsigned) */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, mul, 0x15, 0x3, 0x7
    TEST_RR 2, mul, 0x1, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 3, mul, 0xfffffffffffffffb, 0xffffffffffffffff, 0x5
    TEST_RR 4, mul, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 5, mul, 0x0, 0x8000000000000000, 0x2
    TEST_RR 6, mul, 0x2236d88fe5618cf0, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 7, mul, 0xfffffffe00000001, 0xffffffff, 0xffffffff
    TEST_RR 8, mul, 0x0, 0x100000000, 0x100000000
    TEST_RR 9, mul, 0x1, 0x7fffffffffffffff, 0x7fffffffffffffff
    TEST_RR 10, mul, 0x0, 0x0, 0xdeadbeefcafebabe
    TEST_RR_D1 11, mul, 0x7eb689f4ea447d62, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 12, mul, 0x7eb689f4ea447d62, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 13, mul, 0xb295b2eef140a504, 0xdeadbeefcafebabe
    TEST_RR_Z1 14, mul, 0x0, 0x123456789abcdef
    TEST_RR_Z2 15, mul, 0x0, 0xdeadbeefcafebabe
    PASS
