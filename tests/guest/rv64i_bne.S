/* bne: taken (forward and backward) and not taken with signed and unsigned
 * extremes, operands differing only in bit 63, 32 or 0, rs1 = rs2, and x0. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_BR_NOT 1, bne, 0x0, 0x0
    TEST_BR_NOT 2, bne, 0x1, 0x1
    TEST_BR_TAKEN 3, bne, 0x0, 0x1
    TEST_BR_TAKEN_BACK 4, bne, 0x1, 0x0
    TEST_BR_TAKEN 5, bne, 0xffffffffffffffff, 0x0
    TEST_BR_TAKEN_BACK 6, bne, 0x0, 0xffffffffffffffff
    TEST_BR_NOT 7, bne, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_BR_TAKEN 8, bne, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_TAKEN_BACK 9, bne, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_NOT 10, bne, 0x8000000000000000, 0x8000000000000000
    TEST_BR_TAKEN 11, bne, 0x8000000000000000, 0x0
    TEST_BR_TAKEN_BACK 12, bne, 0xffffffffffffffff, 0x1
    TEST_BR_TAKEN 13, bne, 0x80000000, 0xffffffff
    TEST_BR_TAKEN_BACK 14, bne, 0xffffffff, 0x100000000
    TEST_BR_TAKEN 15, bne, 0x100000000, 0x0
    TEST_BR_NOT 16, bne, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_BR_TAKEN_BACK 17, bne, 0xdeadbeefcafebabe, 0x5eadbeefcafebabe
    TEST_BR_TAKEN 18, bne, 0xdeadbeefcafebabe, 0xdeadbeefcafebabf
    li a1, 0xdeadbeefcafebabe
    bne a1, a1, 1f
    j 2f
1:  FAIL 19
2:
    li a1, 0xffffffffffffffff
    bne x0, a1, 1f
    FAIL 20
1:
    li a1, 0xffffffffffffffff
    bne a1, x0, 1f
    FAIL 21
1:
    li a1, 0x0
    bne x0, x0, 1f
    j 2f
1:  FAIL 22
2:
    PASS
