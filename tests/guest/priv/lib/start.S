/* Start-up, trap entries and priv_run for the privileged tests (see priv.h).
 *
 * Trap frames sit at the top of a per-level trap stack whose address is kept
 * in mscratch / sscratch; the C handler runs on the stack just below its
 * frame. A test that writes sscratch must put it back before an S-mode trap.
 */
#define FR_EPC (32 * 8)
#define FR_CAUSE (33 * 8)
#define FR_TVAL (34 * 8)
#define FR_STATUS (35 * 8)
#define FR_VEC (36 * 8)
#define FR_SIZE (38 * 8)
#define TRAP_STACK 8192

#define PRIV_MAGIC_RET 0x5a5a0001

    .section .text.init, "ax"
    .globl _start
_start:
    la sp, __stack_top
    la t0, priv_mtrap_entry
    csrw mtvec, t0
    la t0, __bss_start
    la t1, __bss_end
1:  bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:  la t0, __ubss_start
    la t1, __ubss_end
3:  bgeu t0, t1, 4f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 3b
4:  la t0, priv_mframe
    csrw mscratch, t0
    la t0, priv_sframe
    csrw sscratch, t0
    la t0, priv_strap_entry
    csrw stvec, t0
    call priv_init
    call main
    call priv_exit
5:  j 5b

/* ---- Trap entries. */
.macro SAVE_REST
    sd x1, 1*8(sp)
    sd x3, 3*8(sp)
    sd x4, 4*8(sp)
    sd x6, 6*8(sp)
    sd x7, 7*8(sp)
    sd x8, 8*8(sp)
    sd x9, 9*8(sp)
    sd x10, 10*8(sp)
    sd x11, 11*8(sp)
    sd x12, 12*8(sp)
    sd x13, 13*8(sp)
    sd x14, 14*8(sp)
    sd x15, 15*8(sp)
    sd x16, 16*8(sp)
    sd x17, 17*8(sp)
    sd x18, 18*8(sp)
    sd x19, 19*8(sp)
    sd x20, 20*8(sp)
    sd x21, 21*8(sp)
    sd x22, 22*8(sp)
    sd x23, 23*8(sp)
    sd x24, 24*8(sp)
    sd x25, 25*8(sp)
    sd x26, 26*8(sp)
    sd x27, 27*8(sp)
    sd x28, 28*8(sp)
    sd x29, 29*8(sp)
    sd x30, 30*8(sp)
    sd x31, 31*8(sp)
.endm

.macro RESTORE_ALL
    ld x1, 1*8(sp)
    ld x3, 3*8(sp)
    ld x4, 4*8(sp)
    ld x5, 5*8(sp)
    ld x6, 6*8(sp)
    ld x7, 7*8(sp)
    ld x8, 8*8(sp)
    ld x9, 9*8(sp)
    ld x10, 10*8(sp)
    ld x11, 11*8(sp)
    ld x12, 12*8(sp)
    ld x13, 13*8(sp)
    ld x14, 14*8(sp)
    ld x15, 15*8(sp)
    ld x16, 16*8(sp)
    ld x17, 17*8(sp)
    ld x18, 18*8(sp)
    ld x19, 19*8(sp)
    ld x20, 20*8(sp)
    ld x21, 21*8(sp)
    ld x22, 22*8(sp)
    ld x23, 23*8(sp)
    ld x24, 24*8(sp)
    ld x25, 25*8(sp)
    ld x26, 26*8(sp)
    ld x27, 27*8(sp)
    ld x28, 28*8(sp)
    ld x29, 29*8(sp)
    ld x30, 30*8(sp)
    ld x31, 31*8(sp)
    ld x2, 2*8(sp)
.endm

/* Entered with sp = frame, t0 saved in the frame, t0 = vector slot. */
.macro TRAP_COMMON lvl, scratch, epc, cause, tval, status, xret
    sd t0, FR_VEC(sp)
    SAVE_REST
    csrr t0, \scratch
    sd t0, 2*8(sp)
    csrw \scratch, sp
    csrr t0, \epc
    sd t0, FR_EPC(sp)
    csrr t0, \cause
    sd t0, FR_CAUSE(sp)
    csrr t0, \tval
    sd t0, FR_TVAL(sp)
    csrr t0, \status
    sd t0, FR_STATUS(sp)
    mv a0, sp
    li a1, \lvl
    call priv_trap
    ld t0, FR_EPC(sp)
    csrw \epc, t0
    RESTORE_ALL
    \xret
.endm

.macro TRAP_ENTER scratch, slot
    csrrw sp, \scratch, sp
    sd t0, 5*8(sp)
    li t0, \slot
.endm

    .text
    .balign 4
    .globl priv_mtrap_entry
priv_mtrap_entry:
    TRAP_ENTER mscratch, -1
priv_mtrap_common:
    TRAP_COMMON 3, mscratch, mepc, mcause, mtval, mstatus, mret

    .balign 4
    .globl priv_strap_entry
priv_strap_entry:
    TRAP_ENTER sscratch, -1
priv_strap_common:
    TRAP_COMMON 1, sscratch, sepc, scause, stval, sstatus, sret

/* Vectored tables: slot i at base + 4 * i. */
.macro VEC_STUBS lvl, scratch, common
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
\lvl\()vec_stub_\i:
    TRAP_ENTER \scratch, \i
    j \common
    .endr
.endm

    .balign 256
    .globl priv_mvec_table
priv_mvec_table:
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    j mvec_stub_\i
    .endr
    VEC_STUBS m, mscratch, priv_mtrap_common

    .balign 256
    .globl priv_svec_table
priv_svec_table:
    .irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
    j svec_stub_\i
    .endr
    VEC_STUBS s, sscratch, priv_strap_common

/* ---- priv_run(mode, fn, a0, a1, a2): see priv.h. */
#define CTX_RA 0
#define CTX_SP 8
#define CTX_S0 16
#define CTX_MSTATUS (16 + 12 * 8)

    .globl priv_run
priv_run:
    la t0, priv_ctx
    sd ra, CTX_RA(t0)
    sd sp, CTX_SP(t0)
    sd s0, CTX_S0 + 0*8(t0)
    sd s1, CTX_S0 + 1*8(t0)
    sd s2, CTX_S0 + 2*8(t0)
    sd s3, CTX_S0 + 3*8(t0)
    sd s4, CTX_S0 + 4*8(t0)
    sd s5, CTX_S0 + 5*8(t0)
    sd s6, CTX_S0 + 6*8(t0)
    sd s7, CTX_S0 + 7*8(t0)
    sd s8, CTX_S0 + 8*8(t0)
    sd s9, CTX_S0 + 9*8(t0)
    sd s10, CTX_S0 + 10*8(t0)
    sd s11, CTX_S0 + 11*8(t0)
    csrr t1, mstatus
    sd t1, CTX_MSTATUS(t0)
    la t1, priv_cur_mode
    sd a0, 0(t1)
    li t1, 3 << 11
    csrc mstatus, t1
    slli t2, a0, 11
    csrs mstatus, t2
    csrw mepc, a1
    beqz a0, 1f
    la sp, priv_s_stack_top
    la ra, priv_ret_s
    j 2f
1:  la sp, priv_u_stack_top
    la ra, priv_ret_u
2:  mv a0, a2
    mv a1, a3
    mv a2, a4
    mret

/* priv_longjmp(value): back to priv_run's caller, from the M-mode handler.
 * Only mstatus.MIE is put back; everything else the lower mode changed stays
 * for the test to look at. */
    .globl priv_longjmp
priv_longjmp:
    la t0, priv_ctx
    ld ra, CTX_RA(t0)
    ld sp, CTX_SP(t0)
    ld s0, CTX_S0 + 0*8(t0)
    ld s1, CTX_S0 + 1*8(t0)
    ld s2, CTX_S0 + 2*8(t0)
    ld s3, CTX_S0 + 3*8(t0)
    ld s4, CTX_S0 + 4*8(t0)
    ld s5, CTX_S0 + 5*8(t0)
    ld s6, CTX_S0 + 6*8(t0)
    ld s7, CTX_S0 + 7*8(t0)
    ld s8, CTX_S0 + 8*8(t0)
    ld s9, CTX_S0 + 9*8(t0)
    ld s10, CTX_S0 + 10*8(t0)
    ld s11, CTX_S0 + 11*8(t0)
    ld t1, CTX_MSTATUS(t0)
    andi t1, t1, 8
    csrs mstatus, t1
    la t1, priv_cur_mode
    li t2, 3
    sd t2, 0(t1)
    ret

/* priv_ecall(a7, a0): an ecall with these registers (S-mode forwarding). */
    .globl priv_ecall
priv_ecall:
    mv a7, a0
    mv a0, a1
    ecall
    ret

    .globl priv_ret_s
priv_ret_s:
    li a7, PRIV_MAGIC_RET
    ecall
1:  j 1b

    .section .utext, "ax"
    .globl priv_ret_u
priv_ret_u:
    li a7, PRIV_MAGIC_RET
    ecall
1:  j 1b

    .bss
    .balign 16
    .globl priv_ctx
priv_ctx:
    .space CTX_MSTATUS + 8
    .balign 16
    .space TRAP_STACK
    .globl priv_mframe
priv_mframe:
    .space FR_SIZE
    .balign 16
    .space TRAP_STACK
    .globl priv_sframe
priv_sframe:
    .space FR_SIZE
    .balign 16
    .space TRAP_STACK
    .globl priv_s_stack_top
priv_s_stack_top:

    .section .ubss, "aw", @nobits
    .balign 16
    .space TRAP_STACK
    .globl priv_u_stack_top
priv_u_stack_top:
