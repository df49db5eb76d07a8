/* fld/fsd move 64 bits; flw NaN-boxes the 32 it loads; fsw stores the low
 * 32 bits of the register as they are, boxed or not. Offsets may be
 * negative; misaligned accesses work (as on QEMU). */
#include "rvf_test.h"
    .section .text.init
    .globl _start
_start:
    FP_START
    la s1, buf
    fld fa0, 0(s1)
    fmv.x.d a0, fa0
    CHECK_IMM a0, 0x0123456789abcdef, 1
    fsd fa0, 24(s1)
    ld a0, 24(s1)
    CHECK_IMM a0, 0x0123456789abcdef, 2
    flw fa1, 8(s1)
    fmv.x.d a0, fa1
    CHECK_IMM a0, 0xffffffff3f800000, 3
    flw fa1, 12(s1)
    fmv.x.d a0, fa1
    CHECK_IMM a0, 0xffffffffdeadbeef, 4
    addi s2, s1, 16
    fld f0, -16(s2)                 /* f0 is an ordinary register */
    fmv.x.d a0, f0
    CHECK_IMM a0, 0x0123456789abcdef, 5
    li t0, 0x123456789abcdef0       /* not a boxed single */
    fmv.d.x fa2, t0
    fsw fa2, 32(s1)
    lwu a0, 32(s1)
    CHECK_IMM a0, 0x9abcdef0, 6
    lwu a0, 36(s1)
    CHECK_IMM a0, 0, 7              /* only 4 bytes written */
    fsw fa1, -4(s2)
    lwu a0, 12(s1)
    CHECK_IMM a0, 0xdeadbeef, 8
    fld fa3, 4(s1)                  /* misaligned */
    fmv.x.d a0, fa3
    CHECK_IMM a0, 0x3f80000001234567, 9
    flw fa3, 2(s1)
    fmv.x.d a0, fa3
    CHECK_IMM a0, 0xffffffff456789ab, 10
    fsd fa0, 41(s1)
    ld a0, 40(s1)
    CHECK_IMM a0, 0x23456789abcdef00, 11
    PASS

    .data
    .align 3
buf:
    .dword 0x0123456789abcdef
    .word 0x3f800000, 0xdeadbeef
    .dword 0, 0, 0, 0, 0
