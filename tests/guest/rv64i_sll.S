/* sll: shift by 0/1/31/32/63; only rs2[5:0] is used */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, sll, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0x0
    TEST_RR 2, sll, 0xbd5b7ddf95fd757c, 0xdeadbeefcafebabe, 0x1
    TEST_RR 3, sll, 0xe57f5d5f00000000, 0xdeadbeefcafebabe, 0x1f
    TEST_RR 4, sll, 0xcafebabe00000000, 0xdeadbeefcafebabe, 0x20
    TEST_RR 5, sll, 0x0, 0xdeadbeefcafebabe, 0x3f
    TEST_RR 6, sll, 0x123456789abcdef, 0x123456789abcdef, 0x40
    TEST_RR 7, sll, 0x2468acf13579bde, 0x123456789abcdef, 0x41
    TEST_RR 8, sll, 0x8000000000000000, 0x123456789abcdef, 0xffffffffffffffff
    TEST_RR 9, sll, 0x123456789abcdef, 0x123456789abcdef, 0xffffffffffffffc0
    TEST_RR 10, sll, 0xbde0000000000000, 0x123456789abcdef, 0x123456789abcdef5
    TEST_RR 11, sll, 0x8000000000000000, 0x1, 0x3f
    TEST_RR 12, sll, 0xffffffff00000000, 0xffffffffffffffff, 0x20
    TEST_RR_D1 13, sll, 0xeadbeefcafebabe0, 0xdeadbeefcafebabe, 0x4
    TEST_RR_D2 14, sll, 0xeadbeefcafebabe0, 0xdeadbeefcafebabe, 0x4
    TEST_RR_DD 15, sll, 0x8000000000000000, 0xdeadbeefcafebabe
    TEST_RR_Z1 16, sll, 0x0, 0x4
    TEST_RR_Z2 17, sll, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    PASS
