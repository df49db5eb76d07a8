/* srl: logical right shift, zero fill; only rs2[5:0] is used */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, srl, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0x0
    TEST_RR 2, srl, 0x6f56df77e57f5d5f, 0xdeadbeefcafebabe, 0x1
    TEST_RR 3, srl, 0x1bd5b7ddf, 0xdeadbeefcafebabe, 0x1f
    TEST_RR 4, srl, 0xdeadbeef, 0xdeadbeefcafebabe, 0x20
    TEST_RR 5, srl, 0x1, 0xdeadbeefcafebabe, 0x3f
    TEST_RR 6, srl, 0xfedcba9876543210, 0xfedcba9876543210, 0x40
    TEST_RR 7, srl, 0x7f6e5d4c3b2a1908, 0xfedcba9876543210, 0x41
    TEST_RR 8, srl, 0x1, 0xfedcba9876543210, 0xffffffffffffffff
    TEST_RR 9, srl, 0xfedcba9876543210, 0xfedcba9876543210, 0xffffffffffffffc0
    TEST_RR 10, srl, 0x7f6, 0xfedcba9876543210, 0x123456789abcdef5
    TEST_RR 11, srl, 0x1, 0x8000000000000000, 0x3f
    TEST_RR 12, srl, 0xffffffff, 0xffffffffffffffff, 0x20
    TEST_RR_D1 13, srl, 0xdeadbeefcafebab, 0xdeadbeefcafebabe, 0x4
    TEST_RR_D2 14, srl, 0xdeadbeefcafebab, 0xdeadbeefcafebabe, 0x4
    TEST_RR_DD 15, srl, 0x3, 0xdeadbeefcafebabe
    TEST_RR_Z1 16, srl, 0x0, 0x4
    TEST_RR_Z2 17, srl, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    PASS
