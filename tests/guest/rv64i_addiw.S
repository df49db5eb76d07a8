/* addiw: 32-bit add of an immediate, sign-extended (addiw x,0 = sext.w) */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, addiw, 0xffffffff80000000, 0x7fffffff, 1
    TEST_RI 2, addiw, 0xffffffffffffffff, 0xdeadbeef00000000, -1
    TEST_RI 3, addiw, 0x5, 0xdeadbeef00000005, 0
    TEST_RI 4, addiw, 0xffffffff80000000, 0xdeadbeef80000000, 0
    TEST_RI 5, addiw, 0x0, 0xffffffff, 1
    TEST_RI 6, addiw, 0xfffffffffffff800, 0x0, -2048
    TEST_RI 7, addiw, 0x7fffffff, 0x80000000, -1
    TEST_RI 8, addiw, 0xffffffffffffffff, 0x7fffffffffffffff, 0
    TEST_RI 9, addiw, 0x7ff, 0x100000000, 2047
    TEST_RI_D 10, addiw, 0xffffffff80000000, 0xdeadbeef7fffffff, 1
    TEST_RI_Z 11, addiw, 0x1, 1
    PASS
