/* fence in its usual forms executes as an ordering no-op on one hart:
 * no trap, registers and memory as before. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    la a1, buf
    li a2, 0x1122334455667788
    sd a2, 0(a1)
    fence
    ld a0, 0(a1)
    CHECK_EQ a0, a2, 1
    fence rw, rw
    fence r, r
    fence w, w
    fence iorw, iorw
    fence.tso
    CHECK_IMM a2, 0x1122334455667788, 2
    ld a0, 0(a1)
    CHECK_EQ a0, a2, 3
    PASS
    .data
    .align 3
buf: .dword 0
