/* sraiw: 32-bit arithmetic shift by 0..31, sign-extended */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, sraiw, 0xffffffff87654321, 0xdeadbeef87654321, 0
    TEST_RI 2, sraiw, 0xffffffffc3b2a190, 0xdeadbeef87654321, 1
    TEST_RI 3, sraiw, 0xffffffffffffffff, 0xdeadbeef87654321, 31
    TEST_RI 4, sraiw, 0x1, 0xdeadbeef7fffffff, 30
    TEST_RI 5, sraiw, 0xffffffffffffffff, 0x80000000, 31
    TEST_RI 6, sraiw, 0xfffffffff8000000, 0x1234567880000000, 4
    TEST_RI_D 7, sraiw, 0xfffffffff8000000, 0xdeadbeef80000000, 4
    TEST_RI_Z 8, sraiw, 0x0, 4
    PASS
