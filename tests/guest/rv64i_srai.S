/* srai: arithmetic, sign fill, shift amounts 0..63 */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    TEST_RI 1, srai, 0xdeadbeefcafebabe, 0xdeadbeefcafebabe, 0
    TEST_RI 2, srai, 0xef56df77e57f5d5f, 0xdeadbeefcafebabe, 1
    TEST_RI 3, srai, 0xffffffffbd5b7ddf, 0xdeadbeefcafebabe, 31
    TEST_RI 4, srai, 0xffffffffdeadbeef, 0xdeadbeefcafebabe, 32
    TEST_RI 5, srai, 0xffffffffffffffff, 0xdeadbeefcafebabe, 63
    TEST_RI 6, srai, 0xffffffffffffffff, 0x8000000000000000, 63
    TEST_RI 7, srai, 0x0, 0x7fffffffffffffff, 63
    TEST_RI 8, srai, 0xffedcba987654321, 0xfedcba9876543210, 4
    TEST_RI 9, srai, 0x123456789abcde, 0x123456789abcdef, 4
    TEST_RI_D 10, srai, 0xfffdeadbeefcafeb, 0xdeadbeefcafebabe, 12
    TEST_RI_Z 11, srai, 0x0, 12
    PASS
