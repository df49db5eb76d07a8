/* mulhsu: high 64 bits of signed rs1 x unsigned rs2 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RR 1, mulhsu, 0x0, 0x3, 0x7
    TEST_RR 2, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff
    TEST_RR 3, mulhsu, 0xffffffffffffffff, 0xffffffffffffffff, 0x1
    TEST_RR 4, mulhsu, 0x0, 0x1, 0xffffffffffffffff
    TEST_RR 5, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff
    TEST_RR 6, mulhsu, 0x7ffffffffffffffe, 0x7fffffffffffffff, 0xffffffffffffffff
    TEST_RR 7, mulhsu, 0xc000000000000000, 0x8000000000000000, 0x8000000000000000
    TEST_RR 8, mulhsu, 0x121fa00ad77d742, 0x123456789abcdef, 0xfedcba9876543210
    TEST_RR 9, mulhsu, 0xded3a87865f7e88f, 0xdeadbeefcafebabe, 0xfedcba9876543210
    TEST_RR 10, mulhsu, 0x1, 0x100000000, 0x100000000
    TEST_RR_D1 11, mulhsu, 0xffda16776506d22e, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_D2 12, mulhsu, 0xffda16776506d22e, 0xdeadbeefcafebabe, 0x123456789abcdef
    TEST_RR_DD 13, mulhsu, 0xe3040e23b7943f5a, 0xdeadbeefcafebabe
    TEST_RR_Z1 14, mulhsu, 0x0, 0x123456789abcdef
    TEST_RR_Z2 15, mulhsu, 0x0, 0xdeadbeefcafebabe
    PASS
