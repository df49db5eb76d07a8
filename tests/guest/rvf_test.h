/* Assertion macros for the F and D guest tests (rvf_*.S, rvd_*.S), on top
 * of test.h. Expected values in those tests were produced by running each
 * case on QEMU (tests/diff/fp/mktests.py), not written by hand.
 *
 * FP_START enables the FP unit (mstatus.FS = Initial: it is Off at reset).
 *
 * FTEST_F code, "insn", result, flags, v1, v2, v3, x1, frm
 * FTEST_X code, "insn", result, flags, v1, v2, v3, x1, frm
 *   fa1..fa3 get the raw 64-bit patterns v1..v3 (so a single can be given
 *   properly NaN-boxed or not), a1 gets x1, frm gets frm and fflags is
 *   cleared; then insn runs, and the result (fa0's 64 bits for FTEST_F,
 *   a0 for FTEST_X) and fflags must be as given. Fails with code either
 *   way. Clobbers t0, t4, a0, a1, a3, fa0..fa3.
 */
#ifndef RIVET_GUEST_RVF_TEST_H
#define RIVET_GUEST_RVF_TEST_H

#include "test.h"

    .option arch, +f, +d

.macro FP_START
    li t0, 0x2000
    csrs mstatus, t0
.endm

.macro FSETUP v1, v2, v3, x1, frm
    li t0, \v1
    fmv.d.x fa1, t0
    li t0, \v2
    fmv.d.x fa2, t0
    li t0, \v3
    fmv.d.x fa3, t0
    li a1, \x1
    li a0, 0
    fmv.d.x fa0, zero
    csrwi frm, \frm
    csrwi fflags, 0
.endm

.macro FTEST_F code, insn, result, flags, v1=0, v2=0, v3=0, x1=0, frm=0
    FSETUP \v1, \v2, \v3, \x1, \frm
    \insn
    frflags a3
    fmv.x.d a0, fa0
    CHECK_IMM a0, \result, \code
    CHECK_IMM a3, \flags, \code
.endm

.macro FTEST_X code, insn, result, flags, v1=0, v2=0, v3=0, x1=0, frm=0
    FSETUP \v1, \v2, \v3, \x1, \frm
    \insn
    frflags a3
    CHECK_IMM a0, \result, \code
    CHECK_IMM a3, \flags, \code
.endm

#endif
