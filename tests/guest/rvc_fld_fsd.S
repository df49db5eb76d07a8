/* c.fld, c.fsd, c.fldsp and c.fsdsp move doubles like fld and fsd: bit
 * for bit (NaN payloads, a signalling NaN), each in both directions against
 * the 32-bit form, at offsets across their ranges (0..248 from rs1',
 * 0..504 from sp); nothing else in memory changes. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
    .option arch, +d
/* The 32-bit instruction, never compressed by the assembler. */
.macro C32 insn:vararg
    .option push
    .option norvc
    \insn
    .option pop
.endm

_start:
    li t0, 0x2000           /* mstatus.FS = Initial */
    csrs mstatus, t0
    la a0, src
    la a1, dst
    mv s4, sp
    /* c.fld then fsd, fld then c.fsd: offsets 0..248 step 8 */
    c.fld fs0, 0(a0)
    C32 fsd fs0, 0(a1)
    c.fld fs0, 8(a0)
    C32 fsd fs0, 8(a1)
    c.fld fs0, 16(a0)
    C32 fsd fs0, 16(a1)
    c.fld fs0, 24(a0)
    C32 fsd fs0, 24(a1)
    C32 fld fs1, 64(a0)
    c.fsd fs1, 64(a1)
    C32 fld fs1, 128(a0)
    c.fsd fs1, 128(a1)
    C32 fld fs1, 248(a0)
    c.fsd fs1, 248(a1)
    /* the same through sp: offsets 0..504 */
    mv sp, a0
    c.fldsp ft3, 32(sp)
    mv sp, a1
    C32 fsd ft3, 32(sp)
    mv sp, a0
    C32 fld ft4, 40(sp)
    mv sp, a1
    c.fsdsp ft4, 40(sp)
    mv sp, a0
    c.fldsp ft3, 256(sp)
    mv sp, a1
    C32 fsd ft3, 256(sp)
    mv sp, a0
    C32 fld ft4, 504(sp)
    mv sp, a1
    c.fsdsp ft4, 504(sp)
    mv sp, s4
    /* dst now holds exactly the copied dwords of src, and zeros elsewhere */
    la t0, src
    la t1, dst
    la t2, copied
    li t3, 64
1:  ld a2, 0(t0)
    ld a3, 0(t1)
    lbu a4, 0(t2)
    bnez a4, 2f
    li a2, 0
2:  CHECK_EQ a2, a3, 1
    addi t0, t0, 8
    addi t1, t1, 8
    addi t2, t2, 1
    addi t3, t3, -1
    bnez t3, 1b
    PASS

    .data
    .balign 8
src:
    .dword 0xdda1494c73cf256d
    .dword 0x7ff8000000000001
    .dword 0xfff0000000000000
    .dword 0x7ff0000000000123
    .dword 0xdae445508201e2bd
    .dword 0x309d6b79965eda32
    .dword 0xcdcc69292f45e678
    .dword 0x79cb9e86830c71c2
    .dword 0x9d2c67eda13ffe79
    .dword 0x2fa91425cb008853
    .dword 0x7253edc618187993
    .dword 0x244caf9c4dabb481
    .dword 0x89e7d15f17362f25
    .dword 0xe3eff9c0cf44dd3f
    .dword 0xa26b7f62b1852f27
    .dword 0x986e86cb0ab8ab67
    .dword 0x656abd72fb710734
    .dword 0x73f778aaf6fa5db8
    .dword 0xbd299753a7677796
    .dword 0xa66b0d389d95847e
    .dword 0x9f8558a628518867
    .dword 0xd4ea65d003d71684
    .dword 0x102b938b8743feb6
    .dword 0x09208a650f3ebdd3
    .dword 0xe12b2b8f30b17d0b
    .dword 0x998092253deffa38
    .dword 0xc7321cc007b37e14
    .dword 0x5387f61376c468ae
    .dword 0x97491e2370c6a5b8
    .dword 0x320094ead7a94ded
    .dword 0x3bd0334684e55160
    .dword 0x4b4d8474a3ea284d
    .dword 0x012d0ea67ff12229
    .dword 0x15c1d2dfa9964aef
    .dword 0xa7a1149075139237
    .dword 0x6822a6b24735af1c
    .dword 0x8d1fe1daff666589
    .dword 0xee82ec3ffee5a5b2
    .dword 0x154cd2aad7185dda
    .dword 0x4105cca7b53302fc
    .dword 0xc20ba2c250b601fc
    .dword 0x834c687a3acb6266
    .dword 0x079dd25a49fe85b0
    .dword 0x902a174f11fa2ac0
    .dword 0x1ba1192ec42b7170
    .dword 0x1b98fbe466809a11
    .dword 0x4a789cb3d8b9b45c
    .dword 0x111b8aaa62f28d1a
    .dword 0x0452ef05f542441d
    .dword 0xaf5570eed8e94b15
    .dword 0x36a80bdf0023b682
    .dword 0xed52a24135b00a54
    .dword 0x0d650372e90794df
    .dword 0x601e5b4578511608
    .dword 0xb57a6a1dfaf8cda9
    .dword 0x6b77730f65bd9acb
    .dword 0x90f5380e12b2a414
    .dword 0x32d03fdda123f501
    .dword 0xacc6d8f2c74c7ccf
    .dword 0x563e9bed45100358
    .dword 0x4fab6f3e164f1513
    .dword 0x03e0d681552454f1
    .dword 0x68f918d8f6cdb2f8
    .dword 0xec3fbf4dc20ef164
dst:
    .skip 512
copied:
    .byte 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
