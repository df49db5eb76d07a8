/* andi/ori/xori: the 12-bit immediate is sign-extended to 64 bits */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, andi, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, -1
    TEST_RI 2, andi, 0x2be, 0xdeadbeefcafebabe, 2047
    TEST_RI 3, andi, 0xdeadbeefcafeb800, 0xdeadbeefcafebabe, -2048
    TEST_RI 4, andi, 0x0, 0x123456789abcdef, 0
    TEST_RI_D 5, andi, 0xdeadbeefcafebab0, 0xdeadbeefcafebabe, -16
    TEST_RI_Z 6, andi, 0x0, -16
    TEST_RI 7, ori, 0xffffffffffffffff, 0x0, -1
    TEST_RI 8, ori, 0x80000000000007ff, 0x8000000000000000, 2047
    TEST_RI 9, ori, 0xfffffffffffffabe, 0xdeadbeefcafebabe, -2048
    TEST_RI 10, ori, 0x123456789abcdef, 0x123456789abcdef, 0
    TEST_RI_D 11, ori, 0xffffffffffffffff, 0x123456789abcdef, -2
    TEST_RI_Z 12, ori, 0xfffffffffffffffe, -2
    TEST_RI 13, xori, 0x2152411035014541, 0xdeadbeefcafebabe, -1
    TEST_RI 14, xori, 0xdeadbeefcafebd41, 0xdeadbeefcafebabe, 2047
    TEST_RI 15, xori, 0xfedcba98765435ef, 0x123456789abcdef, -2048
    TEST_RI 16, xori, 0x0, 0x0, 0
    TEST_RI_D 17, xori, 0x123456789abcdef, 0xfedcba9876543210, -1
    TEST_RI_Z 18, xori, 0xffffffffffffffff, -1
    PASS
