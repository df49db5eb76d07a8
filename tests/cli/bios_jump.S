/* A minimal firmware: jumps to fw_dynamic_info.next_addr (a2 + 16), where
 * the machine put the kernel. */
    .section .text.init
    .globl _start
_start:
    ld t0, 16(a2)
    jr t0
