/* spike: prints "hi\n" through HTIF console putc (device 1, command 1),
 * waiting for each reply in fromhost, then exits through device 0 with
 * code EXIT_CODE. With -DSTORE64 the exit command is one 64-bit store,
 * otherwise two 32-bit stores, low word first. */
    .section .text.init
    .globl _start
_start:
    la s0, tohost
    la s1, fromhost
    li a0, 'h'
    call putc
    li a0, 'i'
    call putc
    li a0, '\n'
    call putc
    li t0, (EXIT_CODE << 1) | 1
#ifdef STORE64
    sd t0, 0(s0)
#else
    sw t0, 0(s0)
    sw zero, 4(s0)
#endif
1:  j 1b

putc:
    li t0, 0x0101
    slli t0, t0, 48
    or t0, t0, a0
    sd t0, 0(s0)
2:  ld t1, 0(s1)
    beqz t1, 2b
    sd zero, 0(s1)
    ret

    .section .tohost, "aw", @progbits
    .align 6
    .globl tohost
tohost: .dword 0
    .size tohost, 8
    .align 6
    .globl fromhost
fromhost: .dword 0
    .size fromhost, 8
