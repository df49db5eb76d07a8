/* Entry for the FP guest programs: tests/guest/crt0.S leaves mstatus.FS
 * off (0), and with FS off every FP instruction traps, so this turns the
 * FPU on (FS = Initial) before handing over to crt0's _start. It must come
 * first on the link line (its .text.init then starts RAM) and be the entry
 * point (bench/run.sh links with -e __fp_start). */
    .section .text.init
    .globl __fp_start
__fp_start:
    li t0, 0x2000
    csrs mstatus, t0
    fscsr zero
    j _start
