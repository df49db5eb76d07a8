/* c.lw rd', uimm(rs1') loads as lw rd', uimm(rs1'): the word
 * sign-extended, offsets 0..124 in steps of 4. */
#include "test.h"
    .option arch, +c
    .section .text.init
    .globl _start
/* The 32-bit instruction, never compressed by the assembler. */
.macro C32 insn:vararg
    .option push
    .option norvc
    \insn
    .option pop
.endm

/* \cop rd, off(base) must load what \op rd, off(base) loads. */
.macro T_LOAD code, cop, op, rd, off, base
    li \rd, 0x5a5a
    \cop \rd, \off(\base)
    mv s11, \rd
    li \rd, -0x5a5a
    C32 \op \rd, \off(\base)
    CHECK_EQ s11, \rd, \code
.endm
_start:
    la a2, buf
    T_LOAD 1, c.lw, lw, a1, 0, a2
    T_LOAD 2, c.lw, lw, s0, 4, a2
    T_LOAD 3, c.lw, lw, a5, 8, a2
    T_LOAD 4, c.lw, lw, a3, 64, a2
    T_LOAD 5, c.lw, lw, a0, 124, a2
    T_LOAD 6, c.lw, lw, a1, 60, a2
    c.lw a0, 4(a2)
    CHECK_IMM a0, 0xffffffff81234567, 20   /* buf word 1, sign-extended */
    PASS

    .data
    .balign 8
buf:
    .dword 0x8123456789abcdef
    .dword 0x7fffffff80000000
    .dword 0x0c5c7fd0a6a3a450
    .dword 0xd23f0824128b2f33
    .dword 0x1818e811892f902b
    .dword 0x9531985d5d9dc9f8
    .dword 0xe8e25d940ed90475
    .dword 0x36f675cc81e74ef5
    .dword 0x1600a35a099950d8
    .dword 0x6b0d549b6f03675a
    .dword 0x3d9c172411e20b8f
    .dword 0x8d116ece1738f7d9
    .dword 0x0f21ddb66cad4a26
    .dword 0x90c192cfd3ac94af
    .dword 0xf28c105d1fb17c23
    .dword 0xa170b33839263059
    .dword 0x953f48f1a09f76b5
    .dword 0x0fd630f1f29d0da9
    .dword 0x95e60af593bd04cf
    .dword 0x0cb1e29c658cda14
    .dword 0x3898d190f9ebdacc
    .dword 0x8e81973e0becd7b0
    .dword 0x2217beaddbc496cb
    .dword 0x6b4cb2424a23d596
    .dword 0x8a6a63ec24ede6a4
    .dword 0x922766581e27a1c0
    .dword 0x8f6d05584ef8aa38
    .dword 0xae97ba94d0eda82f
    .dword 0x1a61dbe22e44158b
    .dword 0x923a736994e3bf91
    .dword 0x301850c5a38fd547
    .dword 0x18f135d25f557203
    .dword 0xb64ce4228c38fb29
    .dword 0x907a70c31012f037
    .dword 0x9e7769b10f4205b4
    .dword 0x7f15052434b9b5df
    .dword 0x881ed162ae2eb154
    .dword 0xc6f877186d76b07e
    .dword 0x7731af10506bf2ef
    .dword 0xec66a78795e761d1
    .dword 0x5c90a9587403e430
    .dword 0x3f98e2774cbd87ad
    .dword 0x2e05319acb5c7427
    .dword 0xc7a2ea20b2f14c94
    .dword 0x14f4733f3e7d1bfb
    .dword 0x4cdd2055930d6eaf
    .dword 0x7ebff20686734721
    .dword 0x57ee05cde00902c7
    .dword 0x72e6cc3ababced20
    .dword 0x9be4bcfc49b64a08
    .dword 0x12bd4acefaecbd38
    .dword 0x830e07bc1e398f10
    .dword 0x2a3af4d46b0a18e8
    .dword 0x5790f82ec1d3fcff
    .dword 0xeeeacbe226e87555
    .dword 0x6bf46c697d2caf82
    .dword 0xf646e1f40a097c97
    .dword 0x13deef86ab1031d0
    .dword 0x8ede0d7ac3baea9e
    .dword 0xca02135e92b1d3f2
    .dword 0xd17f9acae01f5057
    .dword 0x571242425051c1cc
    .dword 0x59a54a7bb1fee08f
    .dword 0x7f26144b98289fcd
