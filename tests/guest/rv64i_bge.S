/* bge: taken (forward and backward) and not taken with signed and unsigned
 * extremes, operands differing only in bit 63, 32 or 0, rs1 = rs2, and x0. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_BR_TAKEN 1, bge, 0x0, 0x0
    TEST_BR_TAKEN_BACK 2, bge, 0x1, 0x1
    TEST_BR_NOT 3, bge, 0x0, 0x1
    TEST_BR_TAKEN 4, bge, 0x1, 0x0
    TEST_BR_NOT 5, bge, 0xffffffffffffffff, 0x0
    TEST_BR_TAKEN_BACK 6, bge, 0x0, 0xffffffffffffffff
    TEST_BR_TAKEN 7, bge, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_BR_NOT 8, bge, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_TAKEN_BACK 9, bge, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_TAKEN 10, bge, 0x8000000000000000, 0x8000000000000000
    TEST_BR_NOT 11, bge, 0x8000000000000000, 0x0
    TEST_BR_NOT 12, bge, 0xffffffffffffffff, 0x1
    TEST_BR_NOT 13, bge, 0x80000000, 0xffffffff
    TEST_BR_NOT 14, bge, 0xffffffff, 0x100000000
    TEST_BR_TAKEN_BACK 15, bge, 0x100000000, 0x0
    TEST_BR_TAKEN 16, bge, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_BR_NOT 17, bge, 0xdeadbeefcafebabe, 0x5eadbeefcafebabe
    TEST_BR_NOT 18, bge, 0xdeadbeefcafebabe, 0xdeadbeefcafebabf
    li a1, 0xdeadbeefcafebabe
    bge a1, a1, 1f
    FAIL 19
1:
    li a1, 0xffffffffffffffff
    bge x0, a1, 1f
    FAIL 20
1:
    li a1, 0xffffffffffffffff
    bge a1, x0, 1f
    j 2f
1:  FAIL 21
2:
    li a1, 0x0
    bge x0, x0, 1f
    FAIL 22
1:
    PASS
