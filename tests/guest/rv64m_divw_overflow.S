/* W-form signed overflow: INT32_MIN / -1 = INT32_MIN (sign-extended),
 * remainder 0 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, divw, 0xffffffff80000000, 0x80000000, 0xffffffff
    TEST_RR 2, divw, 0xffffffff80000000, 0xffffffff80000000, 0xffffffffffffffff
    TEST_RR 3, divw, 0xffffffff80000000, 0xdeadbeef80000000, 0x12345678ffffffff
    TEST_RR 4, remw, 0x0, 0x80000000, 0xffffffff
    TEST_RR 5, remw, 0x0, 0xdeadbeef80000000, 0x12345678ffffffff
    TEST_RR_D1 6, divw, 0xffffffff80000000, 0x80000000, 0xffffffff
    TEST_RR_D2 7, remw, 0x0, 0x80000000, 0xffffffff
    TEST_RR 8, divuw, 0x0, 0x80000000, 0xffffffff
    TEST_RR 9, remuw, 0xffffffff80000000, 0x80000000, 0xffffffff
    TEST_RR 10, divw, 0x7fffffff, 0x80000001, 0xffffffff
    TEST_RR 11, divw, 0x0, 0x8000000000000000, 0xffffffffffffffff
    PASS
