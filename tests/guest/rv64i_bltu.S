/* bltu: taken (forward and backward) and not taken with signed and unsigned
 * extremes, operands differing only in bit 63, 32 or 0, rs1 = rs2, and x0. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_BR_NOT 1, bltu, 0x0, 0x0
    TEST_BR_NOT 2, bltu, 0x1, 0x1
    TEST_BR_TAKEN 3, bltu, 0x0, 0x1
    TEST_BR_NOT 4, bltu, 0x1, 0x0
    TEST_BR_NOT 5, bltu, 0xffffffffffffffff, 0x0
    TEST_BR_TAKEN_BACK 6, bltu, 0x0, 0xffffffffffffffff
    TEST_BR_NOT 7, bltu, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_BR_NOT 8, bltu, 0x8000000000000000, 0x7fffffffffffffff
    TEST_BR_TAKEN 9, bltu, 0x7fffffffffffffff, 0x8000000000000000
    TEST_BR_NOT 10, bltu, 0x8000000000000000, 0x8000000000000000
    TEST_BR_NOT 11, bltu, 0x8000000000000000, 0x0
    TEST_BR_NOT 12, bltu, 0xffffffffffffffff, 0x1
    TEST_BR_TAKEN_BACK 13, bltu, 0x80000000, 0xffffffff
    TEST_BR_TAKEN 14, bltu, 0xffffffff, 0x100000000
    TEST_BR_NOT 15, bltu, 0x100000000, 0x0
    TEST_BR_NOT 16, bltu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe
    TEST_BR_NOT 17, bltu, 0xdeadbeefcafebabe, 0x5eadbeefcafebabe
    TEST_BR_TAKEN_BACK 18, bltu, 0xdeadbeefcafebabe, 0xdeadbeefcafebabf
    li a1, 0xdeadbeefcafebabe
    bltu a1, a1, 1f
    j 2f
1:  FAIL 19
2:
    li a1, 0xffffffffffffffff
    bltu x0, a1, 1f
    FAIL 20
1:
    li a1, 0xffffffffffffffff
    bltu a1, x0, 1f
    j 2f
1:  FAIL 21
2:
    li a1, 0x0
    bltu x0, x0, 1f
    j 2f
1:  FAIL 22
2:
    PASS
