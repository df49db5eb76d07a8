/* virt, -bios none: checks what the reset ROM hands over. a0 = mhartid
 * (0), a2 = the fw_dynamic_info block right after the ROM code (0x1028),
 * and that block holds magic "OSBI", version 2, next_addr = the kernel's
 * load address (0x80000000), next_mode 1 (S), options 0, boot_hart 0.
 * a1 = the device tree, at the highest 2 MiB boundary that leaves room for
 * it below the end of the default 128 MiB of RAM (0x87e00000, as on QEMU),
 * starting with the FDT magic 0xd00dfeed (big-endian).
 * Exits 0 when all hold, else FAIL n with n the first failed check. */
#include "test.h"
    .section .text.init
    .globl _start
_start:
    CHECK_IMM a0, 0, 1
    CHECK_IMM a2, 0x1028, 2
    ld t0, 0(a2)
    CHECK_IMM t0, 0x4942534f, 3
    ld t0, 8(a2)
    CHECK_IMM t0, 2, 4
    ld t0, 16(a2)
    CHECK_IMM t0, 0x80000000, 5
    ld t0, 24(a2)
    CHECK_IMM t0, 1, 6
    ld t0, 32(a2)
    CHECK_IMM t0, 0, 7
    ld t0, 40(a2)
    CHECK_IMM t0, 0, 8
    CHECK_IMM a1, 0x87e00000, 10
    lwu t0, 0(a1)
    CHECK_IMM t0, 0xedfe0dd0, 11
    /* The ROM itself starts with auipc t0, 0. */
    li t1, 0x1000
    lwu t0, 0(t1)
    CHECK_IMM t0, 0x00000297, 9
    PASS
