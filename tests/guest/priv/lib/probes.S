/* Probes (see priv.h): one labelled access each, assembled twice: the _s
 * copies in .text for M and S, the _u copies in .utext for U. */

.macro PROBE name, sfx
    .globl \name\()_\sfx, \name\()_\sfx\()_insn
    .balign 4
\name\()_\sfx:
.endm

.macro LOAD_PROBE name, insn, sfx
    PROBE \name, \sfx
\name\()_\sfx\()_insn:
    \insn a1, 0(a0)
    mv a0, a1
    ret
.endm

.macro STORE_PROBE name, insn, sfx
    PROBE \name, \sfx
\name\()_\sfx\()_insn:
    \insn a1, 0(a0)
    mv a0, a2
    ret
.endm

.macro AMO_PROBE name, insn, sfx
    PROBE \name, \sfx
\name\()_\sfx\()_insn:
    \insn a2, a1, (a0)
    mv a0, a2
    ret
.endm

.macro PROBES sfx
    LOAD_PROBE probe_lb, lb, \sfx
    LOAD_PROBE probe_lbu, lbu, \sfx
    LOAD_PROBE probe_lh, lh, \sfx
    LOAD_PROBE probe_lw, lw, \sfx
    LOAD_PROBE probe_ld, ld, \sfx
    STORE_PROBE probe_sb, sb, \sfx
    STORE_PROBE probe_sh, sh, \sfx
    STORE_PROBE probe_sw, sw, \sfx
    STORE_PROBE probe_sd, sd, \sfx
    AMO_PROBE probe_amoswap_d, amoswap.d, \sfx
    AMO_PROBE probe_amoadd_d, amoadd.d, \sfx
    AMO_PROBE probe_amoadd_w, amoadd.w, \sfx
    AMO_PROBE probe_sc_d, sc.d, \sfx

    PROBE probe_lr_d, \sfx
probe_lr_d_\sfx\()_insn:
    lr.d a1, (a0)
    mv a0, a1
    ret

    /* lr.d then sc.d a1 to the same address; the sc is the _insn. */
    PROBE probe_lrsc_d, \sfx
    lr.d t0, (a0)
probe_lrsc_d_\sfx\()_insn:
    sc.d a2, a1, (a0)
    mv a0, a2
    ret

    PROBE probe_exec, \sfx
    mv t6, ra
probe_exec_\sfx\()_insn:
    jalr ra, 0(a0)
    mv ra, t6
    ret
.endm

    .text
    PROBES s
    .section .utext, "ax"
    PROBES u
