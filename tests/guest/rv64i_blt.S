/* blt: taken (forward and backward) and not taken with signed and unsigned
 * extremes, operands differing only in bit 63, 32 or 0, rs1 = rs2, and x0. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_BR_NOT 1, blt, 0x0, 0x0
    TEST_BR_NOT 2, blt, 0x1, 0x1
    TEST_BR_TAKEN 3, blt, 0x0, 0x1
    TEST_BR_NOT 4, blt, 0x1, 0x0
    TEST_BR_TAKEN_BACK 5, blt, 0xffffffffffffffff, 0x0
    TEST_BR_NOT 6, blt, 0x0, 0xffffffffffffffff
    TEST_BR_NOT 7, blt, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_BR_TAKEN 8, blt, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_NOT 9, blt, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_NOT 10, blt, 0x8000000000000000, 0x8000000000000000
    TEST_BR_TAKEN_BACK 11, blt, 0x8000000000000000, 0x0
    TEST_BR_TAKEN 12, blt, 0xffffffffffffffff, 0x1
    TEST_BR_TAKEN_BACK 13, blt, 0x80000000, 0xffffffff
    TEST_BR_TAKEN 14, blt, 0xffffffff, 0x100000000
    TEST_BR_NOT 15, blt, 0x100000000, 0x0
    TEST_BR_NOT 16, blt, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_BR_TAKEN_BACK 17, blt, 0xdeadbeefcafebabe, 0x5eadbeefcafebabe
    TEST_BR_TAKEN 18, blt, 0xdeadbeefcafebabe, 0xdeadbeefcafebabf
    li a1, 0xdeadbeefcafebabe
    blt a1, a1, 1f
    j 2f
1:  FAIL 19
2:
    li a1, 0xffffffffffffffff
    blt x0, a1, 1f
    j 2f
1:  FAIL 20
2:
    li a1, 0xffffffffffffffff
    blt a1, x0, 1f
    FAIL 21
1:
    li a1, 0x0
    blt x0, x0, 1f
    j 2f
1:  FAIL 22
2:
    PASS
