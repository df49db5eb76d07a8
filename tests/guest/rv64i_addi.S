/* addi: sign-extended 12-bit immediate, 64-bit wrap */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, addi, 0x7ff, 0x0, 2047
    TEST_RI 2, addi, 0xfffffffffffff800, 0x0, -2048
    TEST_RI 3, addi, 0x0, 0x1, -1
    TEST_RI 4, addi, 0x8000000000000000, 0x7fffffffffffffff, 1
    TEST_RI 5, addi, 0x7fffffffffffffff, 0x8000000000000000, -1
    TEST_RI 6, addi, 0x100000000, 0xffffffff, 1
    TEST_RI 7, addi, 0x123456789abc5ef, 0x123456789abcdef, -2048
    TEST_RI 8, addi, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI_D 9, addi, 0xdeadbeefcafeba43, 0xdeadbeefcafebabe, -123
    TEST_RI_Z 10, addi, 0xffffffffffffff85, -123
    PASS
