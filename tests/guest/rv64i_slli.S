/* slli: shift amounts 0..63 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, slli, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI 2, slli, 0xbd5b7ddf95fd757c, 0xdeadbeefcafebabe, 1
    TEST_RI 3, slli, 0xe57f5d5f00000000, 0xdeadbeefcafebabe, 31
    TEST_RI 4, slli, 0xcafebabe00000000, 0xdeadbeefcafebabe, 32
    TEST_RI 5, slli, 0x0, 0xdeadbeefcafebabe, 63
    TEST_RI 6, slli, 0x8000000000000000, 0x1, 63
    TEST_RI 7, slli, 0xffffffff00000000, 0xffffffff, 32
    TEST_RI 8, slli, 0x123456789abcdef0, 0x123456789abcdef, 4
    TEST_RI_D 9, slli, 0xdbeefcafebabe000, 0xdeadbeefcafebabe, 12
    TEST_RI_Z 10, slli, 0x0, 12
    PASS
