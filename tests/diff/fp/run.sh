#!/bin/sh
# Floating-point differential test: random F/D programs (tests/diff/fp/gen.c)
# run under QEMU and under rivet must print the same lines: after every
# sequence, fflags, f0..f31, the integer destinations and the memory buffer;
# after every trap, mcause, mepc and mtval. Each program runs under rivet
# three times: as built (round-to-nearest arithmetic inline, the rest in
# helpers), with RIVET_FPU=helper (every operation in a helper, on the host
# SSE/FMA path where it applies) and with RIVET_FPU=soft (every operation
# through the soft-float). One line each: "ok diff-fp/seed-S",
# "ok diff-fp-helper/seed-S", "ok diff-fp-soft/seed-S", or "not ok ...:
# line N (sequence K), first difference in NAME: qemu=... rivet=...".
#
# Environment: RIVET (default build/rivet), FPDIFF_PROGRAMS (4),
# FPDIFF_SEQS (500 sequences per program), FPDIFF_SEED (1: programs use
# seeds FPDIFF_SEED, FPDIFF_SEED+1, ...), FPDIFF_TIMEOUT (60 s per run),
# DIFF_QEMU (the reference, default qemu-system-riscv64).
# FPDIFF_SELFTEST=flip alters one hex digit of QEMU's output before the
# comparison: every program must then fail, naming that register.
#
# To narrow a failure down: build/diff-fp/gen SEED 1 K > one.S rebuilds
# sequence K alone (same S line, except mepc in trap lines).
cd "$(dirname "$0")/../../.." || exit 1

RIVET="${RIVET:-$PWD/build/rivet}"
QEMU="${DIFF_QEMU:-qemu-system-riscv64}"
RV_CC=riscv64-unknown-elf-gcc
RV_CFLAGS="-march=rv64im_zicsr -mabi=lp64 -mcmodel=medany -static -nostdlib -nostartfiles \
-ffreestanding -O2 -Itests/guest"
programs="${FPDIFF_PROGRAMS:-4}"
seqs="${FPDIFF_SEQS:-500}"
base="${FPDIFF_SEED:-1}"
limit="${FPDIFF_TIMEOUT:-60}"
selftest="${FPDIFF_SELFTEST:-}"
out=build/diff-fp

seeds=
i=0
while [ "$i" -lt "$programs" ]; do
    seeds="$seeds $((base + i))"
    i=$((i + 1))
done

fail_all() {
    for seed in $seeds; do
        echo "not ok diff-fp/seed-$seed: $1"
        echo "not ok diff-fp-helper/seed-$seed: $1"
        echo "not ok diff-fp-soft/seed-$seed: $1"
    done
    exit 0
}

mkdir -p "$out" || fail_all "cannot create $out"
cc -O2 -std=gnu11 -Wall -Wextra -Werror -o "$out/gen" tests/diff/fp/gen.c 2>"$out/gen.log" ||
    fail_all "cannot build tests/diff/fp/gen.c (see $out/gen.log)"
command -v "$RV_CC" >/dev/null 2>&1 || fail_all "$RV_CC not found"
command -v "$QEMU" >/dev/null 2>&1 || fail_all "$QEMU not found"
[ -x "$RIVET" ] || fail_all "rivet binary not found at $RIVET"
case "$selftest" in
"" | flip) ;;
*) fail_all "unknown FPDIFF_SELFTEST '$selftest' (flip)" ;;
esac

# compare REF OUT STATUS: why OUT differs from REF, or nothing.
compare() {
    awk -v status="$3" '
        FILENAME == ARGV[1] { q[++nq] = $0; next }
        { r[++nr] = $0 }
        function clip(s) { return length(s) > 80 ? substr(s, 1, 80) "..." : s }
        END {
            for (i = 1; i <= nq || i <= nr; i++) {
                if (q[i] == r[i])
                    continue
                split(q[i], a, " ")
                split(r[i], b, " ")
                if (i > nr) {
                    printf "line %d: rivet output ends before \"%s\" (exit status %s)\n", \
                        i, clip(q[i]), status
                } else if (i > nq) {
                    printf "line %d: rivet printed more: \"%s\"\n", i, clip(r[i])
                } else if (a[1] != b[1]) {
                    printf "line %d: qemu \"%s\", rivet \"%s\"\n", i, clip(q[i]), clip(r[i])
                } else {
                    for (j = 2; a[j] == b[j] && a[j] != ""; j++)
                        ;
                    name = a[j]
                    sub(/=.*/, "", name)
                    vq = a[j]
                    sub(/^[^=]*=/, "", vq)
                    vr = b[j]
                    sub(/^[^=]*=/, "", vr)
                    printf "line %d (%s), first difference in %s: qemu=%s rivet=%s\n", \
                        i, a[1], name, vq, vr
                }
                exit
            }
            if (status != 0)
                printf "same output, but rivet exited with status %s\n", status
        }' "$1" "$2"
}

for seed in $seeds; do
    w="$out/seed-$seed"
    if ! "$out/gen" "$seed" "$seqs" >"$w.S" 2>"$w.gen.log"; then
        echo "not ok diff-fp/seed-$seed: gen failed (see $w.gen.log)"
        continue
    fi
    # shellcheck disable=SC2086
    if ! "$RV_CC" $RV_CFLAGS -T tests/guest/link.ld -o "$w.elf" "$w.S" 2>"$w.as.log"; then
        echo "not ok diff-fp/seed-$seed: assembling $w.S failed (see $w.as.log)"
        continue
    fi
    timeout -k 5 "$limit" "$QEMU" -M virt -bios none -nographic -kernel "$w.elf" \
        <"/dev/null" >"$w.qemu" 2>"$w.qemu.err"
    st=$?
    got=$(grep -c '^S[0-9]' "$w.qemu")
    if [ "$st" -ne 0 ] || [ "$got" -ne "$seqs" ]; then
        echo "not ok diff-fp/seed-$seed: QEMU exit status $st, $got of $seqs sequences"
        continue
    fi
    if [ "$selftest" = flip ]; then
        # the last digit of f(seed % 32) on the line of sequence seed % seqs
        awk -v k="S$((seed % seqs))" -v f="f$((seed % 32))=" '
            $1 == k { for (j = 2; j <= NF; j++) if (index($j, f) == 1) {
                c = substr($j, length($j)); $j = substr($j, 1, length($j) - 1) (c == "0" ? "1" : "0") } }
            { print }' "$w.qemu" >"$w.qemu.flip" && mv "$w.qemu.flip" "$w.qemu"
    fi
    for mode in host helper soft; do
        name=diff-fp/seed-$seed
        [ "$mode" = host ] || name=diff-fp-$mode/seed-$seed
        fpu=
        [ "$mode" = host ] || fpu=$mode
        RIVET_FPU=$fpu timeout -k 5 "$limit" "$RIVET" -M virt -bios none -nographic \
            -kernel "$w.elf" <"/dev/null" >"$w.$mode" 2>"$w.$mode.err"
        st=$?
        why=$(compare "$w.qemu" "$w.$mode" "$st")
        if [ -z "$why" ]; then
            echo "ok $name"
        else
            echo "not ok $name: $why"
        fi
    done
done
