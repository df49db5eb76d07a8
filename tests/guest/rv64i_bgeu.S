/* bgeu: taken (forward and backward) and not taken with signed and unsigned
 * extremes, operands differing only in bit 63, 32 or 0, rs1 = rs2, and x0. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_BR_TAKEN 1, bgeu, 0x0, 0x0
    TEST_BR_TAKEN_BACK 2, bgeu, 0x1, 0x1
    TEST_BR_NOT 3, bgeu, 0x0, 0x1
    TEST_BR_TAKEN 4, bgeu, 0x1, 0x0
    TEST_BR_TAKEN_BACK 5, bgeu, 0xffffffffffffffff, 0x0
    TEST_BR_NOT 6, bgeu, 0x0, 0xffffffffffffffff
    TEST_BR_TAKEN 7, bgeu, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_BR_TAKEN_BACK 8, bgeu, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_NOT 9, bgeu, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_TAKEN 10, bgeu, 0x8000000000000000, 0x8000000000000000
    TEST_BR_TAKEN_BACK 11, bgeu, 0x8000000000000000, 0x0
    TEST_BR_TAKEN 12, bgeu, 0xffffffffffffffff, 0x1
    TEST_BR_NOT 13, bgeu, 0x80000000, 0xffffffff
    TEST_BR_NOT 14, bgeu, 0xffffffff, 0x100000000
    TEST_BR_TAKEN_BACK 15, bgeu, 0x100000000, 0x0
    TEST_BR_TAKEN 16, bgeu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_BR_TAKEN_BACK 17, bgeu, 0xdeadbeefcafebabe, 0x5eadbeefcafebabe
    TEST_BR_NOT 18, bgeu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabf
    li a1, 0xdeadbeefcafebabe
    bgeu a1, a1, 1f
    FAIL 19
1:
    li a1, 0xffffffffffffffff
    bgeu x0, a1, 1f
    j 2f
1:  FAIL 20
2:
    li a1, 0xffffffffffffffff
    bgeu a1, x0, 1f
    FAIL 21
1:
    li a1, 0x0
    bgeu x0, x0, 1f
    FAIL 22
1:
    PASS
