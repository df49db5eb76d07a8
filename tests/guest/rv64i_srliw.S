/* srliw: 32-bit logical shift by 0..31, sign-extended (srliw x,0
 * sign-extends) */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, srliw, 0xffffffff87654321, 0xdeadbeef87654321, 0
    TEST_RI 2, srliw, 0x43b2a190, 0xdeadbeef87654321, 1
    TEST_RI 3, srliw, 0x1, 0xdeadbeef87654321, 31
    TEST_RI 4, srliw, 0xffffffff80000000, 0x80000000, 0
    TEST_RI 5, srliw, 0x7fffffff, 0xffffffffffffffff, 1
    TEST_RI 6, srliw, 0x7fffffff, 0xdeadbeef7fffffff, 0
    TEST_RI 7, srliw, 0x0, 0x100000000, 0
    TEST_RI_D 8, srliw, 0x8000000, 0xdeadbeef80000000, 4
    TEST_RI_Z 9, srliw, 0x0, 4
    PASS
