/* sra: arithmetic right shift, sign fill; only rs2[5:0] is used */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, sra, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0x0
    TEST_RR 2, sra, 0xef56df77e57f5d5f, 0xdeadbeefcafebabe, 0x1
    TEST_RR 3, sra, 0xffffffffbd5b7ddf, 0xdeadbeefcafebabe, 0x1f
    TEST_RR 4, sra, 0xffffffffdeadbeef, 0xdeadbeefcafebabe, 0x20
    TEST_RR 5, sra, 0xffffffffffffffff, 0xdeadbeefcafebabe, 0x3f
    TEST_RR 6, sra, 0xfedcba9876543210, 0xfedcba9876543210, 0x40
    TEST_RR 7, sra, 0xff6e5d4c3b2a1908, 0xfedcba9876543210, 0x41
    TEST_RR 8, sra, 0xffffffffffffffff, 0xfedcba9876543210, 0xffffffffffffffff
    TEST_RR 9, sra, 0xfedcba9876543210, 0xfedcba9876543210, 0xffffffffffffffc0
    TEST_RR 10, sra, 0xfffffffffffffff6, 0xfedcba9876543210, 0x123456789abcdef5
    TEST_RR 11, sra, 0xffffffffffffffff, 0x8000000000000000, 0x3f
    TEST_RR 12, sra, 0x1, 0x7fffffffffffffff, 0x3e
    TEST_RR 13, sra, 0x123456789abcd, 0x123456789abcdef, 0x8
    TEST_RR_D1 14, sra, 0xfdeadbeefcafebab, 0xdeadbeefcafebabe, 0x4
    TEST_RR_D2 15, sra, 0xfdeadbeefcafebab, 0xdeadbeefcafebabe, 0x4
    TEST_RR_DD 16, sra, 0xffffffffffffffff, 0xdeadbeefcafebabe
    TEST_RR_Z1 17, sra, 0x0, 0x4
    TEST_RR_Z2 18, sra, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    PASS
