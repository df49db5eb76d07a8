#!/bin/sh
# Differential test: random RV64IMAC + Zba/Zbb/Zbc/Zbs programs
# (tests/diff/gen.c) run under QEMU and under rivet must print the same
# register and memory state after every sequence. One line per program:
# "ok diff/seed-S", or "not ok diff/seed-S:
# sequence K (MODE), first difference in xN: qemu=... rivet=..." (MODE: M,
# S-sv39, S-sv48, U-sv39 or U-sv48).
#
# Environment: RIVET (emulator under test, default build/rivet),
# DIFF_PROGRAMS (20), DIFF_SEQS (1000 sequences per program), DIFF_SEED (1:
# programs use seeds DIFF_SEED, DIFF_SEED+1, ...), DIFF_TIMEOUT (60 s per
# run), DIFF_QEMU (the reference, default qemu-system-riscv64).
# DIFF_SELFTEST=qemu runs the reference in place of rivet (every program must
# pass); DIFF_SELFTEST=flip also alters one hex digit of that output (every
# program must fail, naming the altered register).
#
# `sh tests/diff/run.sh fuzz` (make fuzz) instead runs programs with fresh
# seeds (from the time) until interrupted, printing a progress line per
# round, and appends each failure to build/fuzz/failures.txt, keeping the
# failing program's .S next to it (build/fuzz/seed-S.S). DIFF_PROGRAMS
# (default 2 in this mode) programs make a round.
cd "$(dirname "$0")/../.." || exit 1

RIVET="${RIVET:-$PWD/build/rivet}"
QEMU="${DIFF_QEMU:-qemu-system-riscv64}"
RV_CC=riscv64-unknown-elf-gcc
RV_CFLAGS="-march=rv64imac_zicsr_zifencei_zba_zbb_zbc_zbs -mabi=lp64 -mcmodel=medany -static \
-nostdlib -nostartfiles -ffreestanding -O2 -Itests/guest"
fuzz=
[ "$1" = fuzz ] && fuzz=1
if [ -n "$fuzz" ]; then programs="${DIFF_PROGRAMS:-2}"; else programs="${DIFF_PROGRAMS:-20}"; fi
seqs="${DIFF_SEQS:-1000}"
base="${DIFF_SEED:-1}"
limit="${DIFF_TIMEOUT:-60}"
selftest="${DIFF_SELFTEST:-}"
out=build/diff
[ -n "$fuzz" ] && out=build/fuzz

seeds=
i=0
while [ "$i" -lt "$programs" ]; do
    seeds="$seeds $((base + i))"
    i=$((i + 1))
done

# Reports the same failure for every program and stops: nothing can run.
fail_all() {
    for seed in $seeds; do
        echo "not ok diff/seed-$seed: $1"
    done
    exit 0
}

mkdir -p "$out" || fail_all "cannot create $out"
cc -O2 -std=gnu11 -Wall -Wextra -Werror -o "$out/gen" tests/diff/gen.c 2>"$out/gen.log" ||
    fail_all "cannot build tests/diff/gen.c (see $out/gen.log)"
command -v "$RV_CC" >/dev/null 2>&1 || fail_all "$RV_CC not found"
command -v "$QEMU" >/dev/null 2>&1 || fail_all "$QEMU not found"
case "$selftest" in
"" | qemu | flip) ;;
*) fail_all "unknown DIFF_SELFTEST '$selftest' (qemu or flip)" ;;
esac

# run_status STATUS: words for an emulator's exit status.
run_status() {
    case "$1" in
    124 | 137) echo "timed out after ${limit}s" ;;
    *) echo "exit status $1" ;;
    esac
}

# compare QEMU_OUT RIVET_OUT RIVET_STATUS: prints why the outputs differ, or
# nothing if they are identical and rivet exited 0.
compare() {
    awk -v status="$3" -v how="$(run_status "$3")" '
        FILENAME == ARGV[1] { q[++nq] = $0; next }
        { r[++nr] = $0 }
        # "212 (U-sv39)": the sequence and the mode it ran in.
        function label(line) {
            split(line, f, " ")
            m = f[2]
            return substr(f[1], 2) (sub(/^mode=/, "", m) ? " (" m ")" : "")
        }
        function clip(s) { return length(s) > 80 ? substr(s, 1, 80) "..." : s }
        END {
            n = nq > nr ? nq : nr
            for (i = 1; i <= n; i++) {
                if (i <= nq && i <= nr && q[i] == r[i])
                    continue
                if (i > nr) {
                    printf "sequence %s: rivet output ends before it (%s)\n", label(q[i]), how
                } else if (i > nq) {
                    printf "rivet printed more than QEMU: %s\n", clip(r[i])
                } else {
                    k = label(q[i])
                    fq = split(q[i], a, " ")
                    fr = split(r[i], b, " ")
                    if (i == nr && index(q[i], r[i]) == 1) {
                        printf "sequence %s: rivet output ends mid-line (%s)\n", k, how
                    } else if (a[1] != b[1]) {
                        printf "sequence %s: rivet printed \"%s\" (%s)\n", k, clip(r[i]), how
                    } else {
                        for (j = 2; j <= fq && a[j] == b[j]; j++)
                            ;
                        if (j > fr) {
                            printf "sequence %s: rivet line lacks %s\n", k, a[j]
                        } else if (j > fq) {
                            printf "sequence %s: rivet printed extra \"%s\"\n", k, clip(b[j])
                        } else {
                            name = a[j]
                            sub(/=.*/, "", name)
                            vq = a[j]
                            sub(/^[^=]*=/, "", vq)
                            vr = b[j]
                            sub(/^[^=]*=/, "", vr)
                            printf "sequence %s, first difference in %s: qemu=%s rivet=%s\n", \
                                k, name, vq, vr
                        }
                    }
                }
                exit
            }
            if (status != 0)
                printf "same output, but rivet ended with %s\n", how
        }' "$1" "$2"
}

# flip FILE LINE REG: changes the last hex digit of register REG's field
# (after "S<K>" and "mode=") on line LINE, to prove that compare() notices.
flip() {
    awk -v line="$2" -v field="$(($3 + 2))" '
        NR == line {
            c = substr($field, length($field))
            $field = substr($field, 1, length($field) - 1) (c == "0" ? "1" : "0")
        }
        { print }' "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}

# run_seed SEED: builds and runs one program, prints its "ok"/"not ok" line.
# It runs in the main shell (never in $(...)), so that an interrupted fuzz
# run can stop the QEMU it left in the background ($qpid).
qpid=
run_seed() {
    seed=$1
    name="diff/seed-$seed"
    w="$out/seed-$seed"
    if ! "$out/gen" "$seed" "$seqs" >"$w.S" 2>"$w.gen.log"; then
        echo "not ok $name: gen failed (see $w.gen.log)"
        return
    fi
    # shellcheck disable=SC2086
    if ! "$RV_CC" $RV_CFLAGS -T tests/guest/link.ld -o "$w.elf" "$w.S" 2>"$w.as.log"; then
        echo "not ok $name: assembling $w.S failed (see $w.as.log)"
        return
    fi
    if [ -z "$selftest" ] && [ ! -x "$RIVET" ]; then
        echo "not ok $name: rivet binary not found at $RIVET"
        return
    fi

    # The two emulators run side by side (two cores). QEMU's default CPU
    # has C, A and the B extensions; the one under test (rivet, or QEMU
    # again in a self-test) gets rivet's command line.
    timeout -k 5 "$limit" "$QEMU" -M virt -bios none -nographic \
        -kernel "$w.elf" <"/dev/null" >"$w.qemu" 2>"$w.qemu.err" &
    qpid=$!
    test_emu="$RIVET"
    [ -n "$selftest" ] && test_emu="$QEMU"
    timeout -k 5 "$limit" "$test_emu" -M virt -bios none -nographic -kernel "$w.elf" \
        <"/dev/null" >"$w.rivet" 2>"$w.rivet.err"
    st=$?
    wait "$qpid"
    qst=$?
    qpid=

    got=$(grep -c '^S[0-9]' "$w.qemu")
    if [ "$qst" -ne 0 ] || [ "$got" -ne "$seqs" ] || grep -qv '^S[0-9]' "$w.qemu"; then
        # A harness or generator bug: QEMU is the reference and must finish.
        other=$(grep -v '^S[0-9]' "$w.qemu" | head -n 1 | cut -c 1-60)
        echo "not ok $name: QEMU $(run_status "$qst"), $got of $seqs sequences${other:+: $other}"
        return
    fi
    [ "$selftest" = flip ] && flip "$w.rivet" $((seed % seqs + 1)) $((seed % 31 + 1))

    why=$(compare "$w.qemu" "$w.rivet" "$st")
    if [ -z "$why" ]; then
        echo "ok $name"
    else
        echo "not ok $name: $why"
    fi
}

if [ -z "$fuzz" ]; then
    for seed in $seeds; do
        run_seed "$seed"
    done
    exit 0
fi

# Fuzzing: the first seed is the time in seconds times 1000, and each
# program takes the next one; a program takes far more than a millisecond,
# so a later run never reuses a seed.
seed=$(($(date +%s) * 1000))
round=0
failures=0
start=$(date +%s)
# The signal may come while run_seed's output goes to $out/line: report on
# fd 3, the original stdout, and drop the unfinished program's files.
exec 3>&1
stop() {
    [ -n "$qpid" ] && kill "$qpid" 2>/dev/null
    rm -f "$out/seed-$seed".* "$out/line"
    printf '\nfuzz: stopped after %d rounds, %d failures (see %s/failures.txt)\n' \
        "$round" "$failures" "$out" >&3
    exit 0
}
trap stop INT TERM
echo "fuzz: from seed $seed, $programs programs of $seqs sequences a round; Ctrl-C stops"
while :; do
    i=0
    while [ "$i" -lt "$programs" ]; do
        run_seed "$seed" >"$out/line"
        line=$(cat "$out/line")
        case "$line" in
        "ok "*) rm -f "$out/seed-$seed".* ;;
        *)
            failures=$((failures + 1))
            echo "seed $seed: $line" >>"$out/failures.txt"
            echo "fuzz: FAIL $line"
            rm -f "$out/seed-$seed".elf "$out/seed-$seed".qemu "$out/seed-$seed".rivet
            ;;
        esac
        seed=$((seed + 1))
        i=$((i + 1))
    done
    round=$((round + 1))
    echo "fuzz: round $round, $((round * programs * seqs)) sequences in $(($(date +%s) - start)) s, $failures failures, next seed $seed"
done
