/* divu: unsigned division */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, divu, 0x3, 0x14, 0x6
    TEST_RR 2, divu, 0x2aaaaaaaaaaaaaa7, 0xffffffffffffffec, 0x6
    TEST_RR 3, divu, 0x0, 0x14, 0xfffffffffffffffa
    TEST_RR 4, divu, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    TEST_RR 5, divu, 0x7fffffffffffffff, 0xffffffffffffffff, 0x2
    TEST_RR 6, divu, 0x4000000000000000, 0x8000000000000000, 0x2
    TEST_RR 7, divu, 0x1, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 8, divu, 0x0, 0x5, 0xffffffffffffffff
    TEST_RR 9, divu, 0xc3b6b52d42, 0xdeadbeefcafebabe, 0x1234567
    TEST_RR 10, divu, 0x611722833944a5, 0x123456789abcdef, 0x3
    TEST_RR_D1 11, divu, 0x1fcfad8ff86d8864, 0xdeadbeefcafebabe, 0x7
    TEST_RR_D2 12, divu, 0x1fcfad8ff86d8864, 0xdeadbeefcafebabe, 0x7
    TEST_RR_DD 13, divu, 0x1, 0xdeadbeefcafebabe
    TEST_RR_Z1 14, divu, 0x0, 0x7
    TEST_RR_Z2 15, divu, 0xffffffffffffffff, 0xdeadbeefcafebabe
    PASS
