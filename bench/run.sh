#!/bin/sh
# make bench: every bench/NAME.c under rivet, under QEMU and natively.
#
# Each program is built twice, bare-metal RV64IM and for the host. The guest's
# output under QEMU must equal the native output, or the program itself is
# broken and is not timed. Then ROUNDS rounds alternate rivet, QEMU and native,
# so that load from other users of the machine falls on all three alike, and
# each run's output is checked again. The table gives median wall times.
#
# Env: RIVET     emulator under test (default build/rivet; may carry options)
#      QEMU      reference emulator (default qemu-system-riscv64)
#      BENCH_ROUNDS   timed rounds per program (default 3)
#      BENCH_ONLY     run only this program
#      BENCH_TIMEOUT  seconds allowed per guest run (default 60)
# Exit status 1 if a program does not build, QEMU and native disagree, or
# rivet's output is wrong; a missing rivet is reported but is not a failure.

# Word splitting of $RIVET, $QEMU, the flag strings and the time lists is
# deliberate, as is the shared printf format for the table rows.
# shellcheck disable=SC2086,SC2059

set -u
cd "$(dirname "$0")/.." || exit 1

RIVET=${RIVET:-build/rivet}
QEMU=${QEMU:-qemu-system-riscv64}
ROUNDS=${BENCH_ROUNDS:-3}
ONLY=${BENCH_ONLY:-}
TIMEOUT=${BENCH_TIMEOUT:-60}
OUT=build/bench
RV_CC=${RV_CC:-riscv64-unknown-elf-gcc}
# As the Makefile's RV_CFLAGS for guest programs.
RV_CFLAGS=${RV_CFLAGS:--march=rv64im_zicsr -mabi=lp64 -mcmodel=medany -static -nostdlib -nostartfiles -ffreestanding -O2 -Itests/guest}
HOST_CC=${HOST_CC:-cc}
WARN="-Wall -Wextra -Werror"

case $ROUNDS in
'' | *[!0-9]* | 0) echo "bench: BENCH_ROUNDS must be a positive integer" >&2; exit 2 ;;
esac

mkdir -p "$OUT"
notes=$OUT/notes.txt
: >"$notes"
note() { echo "$*" >>"$notes"; }
failed=0

# True if the first word of $1 names an executable (a path or a command).
have_cmd() {
    set -- $1
    case $1 in
    */*) [ -x "$1" ] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
    esac
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

# run_guest EMULATOR ELF OUT: sets $elapsed and $why (empty when the run exited
# 0 within the time limit and printed exactly the native output).
run_guest() {
    t0=$(now)
    # $1 unquoted: RIVET and QEMU may carry options.
    timeout "$TIMEOUT" $1 -M virt -bios none -nographic -kernel "$2" </dev/null >"$3" 2>"$3.err"
    rc=$?
    elapsed=$(since "$t0")
    why=
    if [ "$rc" -eq 124 ]; then
        why="timed out after ${TIMEOUT}s"
    elif [ "$rc" -ne 0 ]; then
        why="exit status $rc (stderr in $3.err)"
    elif ! cmp -s "$3" "$ref"; then
        why="output differs from native: diff $3 $ref"
    fi
}

run_native() {
    t0=$(now)
    "$1" >"$2" 2>"$2.err"
    rc=$?
    elapsed=$(since "$t0")
}

median() {
    printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 }
        END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f", m }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

progs=
for src in bench/*.c; do
    name=$(basename "$src" .c)
    [ -z "$ONLY" ] || [ "$name" = "$ONLY" ] || continue
    progs="$progs $name"
done
if [ -z "$progs" ]; then
    echo "bench: no program bench/$ONLY.c" >&2
    exit 2
fi

if have_cmd "$RIVET"; then
    have_rivet=1
else
    have_rivet=0
    note "rivet: '$RIVET' not found (run make): rivet columns left empty"
fi
if ! have_cmd "$QEMU"; then
    echo "bench: '$QEMU' not found" >&2
    exit 2
fi

echo "rivet: $RIVET   qemu: $QEMU   rounds: $ROUNDS"
fmt="%-9s %9s %9s %9s %11s %13s\n"
printf "$fmt" program "rivet s" "qemu s" "native s" qemu/rivet rivet/native

speedups=
for name in $progs; do
    elf=$OUT/$name.elf
    host=$OUT/$name.host
    ref=$OUT/$name.native.out
    # A stale rivet output would be taken for this run's.
    rm -f "$OUT/$name.rivet.out" "$OUT/$name.rivet.out.err"
    if ! $RV_CC $RV_CFLAGS $WARN -DBENCH_GUEST -T tests/guest/link.ld -o "$elf" \
        tests/guest/crt0.S "bench/$name.c" ||
        ! $HOST_CC -O2 $WARN -o "$host" "bench/$name.c"; then
        printf "$fmt" "$name" - - - "build failed" ""
        note "$name: build failed"
        failed=1
        continue
    fi

    # Untimed runs: the reference output, QEMU's check, and a warm cache.
    run_native "$host" "$ref"
    if [ "$rc" -ne 0 ]; then
        printf "$fmt" "$name" - - - "native failed" ""
        note "$name: native build exited $rc"
        failed=1
        continue
    fi
    run_guest "$QEMU" "$elf" "$OUT/$name.qemu.out"
    if [ -n "$why" ]; then
        printf "$fmt" "$name" - - - "QEMU wrong" ""
        note "$name: under QEMU, $why"
        failed=1
        continue
    fi

    rivet_state=ok
    [ "$have_rivet" -eq 1 ] || rivet_state=missing
    qemu_state=ok
    rt='' qt='' nt=''
    r=0
    while [ "$r" -lt "$ROUNDS" ]; do
        r=$((r + 1))
        if [ "$rivet_state" = ok ]; then
            run_guest "$RIVET" "$elf" "$OUT/$name.rivet.out"
            if [ -n "$why" ]; then
                rivet_state=WRONG
                note "$name: under rivet, $why"
                failed=1
            else
                rt="$rt $elapsed"
            fi
        fi
        run_guest "$QEMU" "$elf" "$OUT/$name.qemu.out"
        if [ -n "$why" ] && [ "$qemu_state" = ok ]; then
            qemu_state=WRONG
            note "$name: under QEMU (round $r), $why"
            failed=1
        fi
        qt="$qt $elapsed"
        run_native "$host" "$OUT/$name.native.run.out"
        nt="$nt $elapsed"
        cmp -s "$OUT/$name.native.run.out" "$ref" ||
            note "$name: native output changed between runs (round $r): not deterministic"
    done

    qm=$(median "$qt")
    nm=$(median "$nt")
    [ "$qemu_state" = ok ] || qm=WRONG
    if [ "$rivet_state" = ok ] && [ "$qemu_state" = ok ]; then
        rmed=$(median "$rt")
        speedup=$(ratio "$qm" "$rmed")
        printf "$fmt" "$name" "$rmed" "$qm" "$nm" "$speedup" "$(ratio "$rmed" "$nm")"
        [ "$speedup" = - ] || speedups="$speedups $speedup"
    else
        printf "$fmt" "$name" "$rivet_state" "$qm" "$nm" - -
    fi
done

if [ -n "$speedups" ]; then
    printf '%s\n' $speedups | awk '{ s += log($1); n++ }
        END { printf "geometric mean qemu/rivet: %.2f over %d program(s)\n", exp(s / n), n }'
else
    echo "geometric mean qemu/rivet: none (no program ran correctly under rivet)"
fi
if [ -s "$notes" ]; then
    echo
    cat "$notes"
fi
exit $failed
