#!/bin/sh
# make bench: the benchmark programs under rivet, under QEMU and natively.
#
# Three groups of rows:
#   bare  bench/NAME.c in M-mode, translation off (tests/guest/crt0.S)
#   sv39  the same programs in S-mode with Sv39 paging on, identity mapped
#         with superpages (bench/sv39/crt.S): row NAME.sv39
#   tlb   bench/tlb/NAME.c, S-mode only, 64 MiB mapped with 4 KiB pages;
#         these need more guest RAM, and both emulators get TLB_MEM
#   smc   bench/smc/NAME.c, self-modifying code in M-mode, built with C and
#         Zifencei; data_next_to_code also as data_next_to_code.apart
#   boot  the Linux guest booted to power-off, rivet and QEMU (bench/boot.sh)
#   isa   bench/isa/NAME.c, M-mode, built for an extension: nbody with D
#         (lp64d, started by bench/isa/fpstart.S, which turns the FPU on),
#         the others with Zba/Zbb
# Every source but the smc ones is also built for the host. A guest's output
# under QEMU must equal the native output, or the program itself is broken
# and is not timed. The smc programs (guest only: they write RISC-V code)
# check their own results, and what they print under QEMU is the reference.
# Then ROUNDS rounds alternate rivet, QEMU and native, so that load from
# other users of the machine falls on all three alike, and each run's output
# is checked again. The table gives median wall times, and the geometric
# means of qemu/rivet are given per group.
#
# Env: RIVET     emulator under test (default build/rivet; may carry options)
#      QEMU      reference emulator (default qemu-system-riscv64)
#      BENCH_ROUNDS   timed rounds per row (default 3)
#      BENCH_ONLY     run only these rows or programs (space-separated: a
#                     program name selects its bare and sv39 rows, NAME.sv39
#                     one of them; "bare", "sv39", "tlb", "smc", "isa", "boot"
#                     select a group)
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
# The TLB programs' data sits at physical 0x88000000-0x8c000000.
TLB_MEM="-m 256M"
# Added after RV_CFLAGS for the smc programs: a JIT needs fence.i, and the
# compressed code gcc then emits is what such a guest really runs.
SMC_MARCH=${SMC_MARCH:--march=rv64imac_zicsr_zifencei}
# Added after RV_CFLAGS for the isa programs. No fused multiply-add on either
# side (-ffp-contract=off, also for the host build), so that the FP results
# are bit-identical to the native ones; -fno-math-errno lets sqrt be fsqrt.d.
ISA_FP_FLAGS=${ISA_FP_FLAGS:--march=rv64imafdc_zicsr_zifencei -mabi=lp64d -ffp-contract=off -fno-math-errno}
ISA_FP_HOST_FLAGS="-ffp-contract=off -fno-math-errno"
ISA_BITS_MARCH=${ISA_BITS_MARCH:--march=rv64imac_zicsr_zifencei_zba_zbb}
# The isa programs that use the FPU; the rest are bit-manipulation ones.
ISA_FP_PROGS="nbody"

case $ROUNDS in
'' | *[!0-9]* | 0) echo "bench: BENCH_ROUNDS must be a positive integer" >&2; exit 2 ;;
esac

mkdir -p "$OUT"
notes=$OUT/notes.txt
results=$OUT/results.txt
: >"$notes"
: >"$results"
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
# 0 within the time limit and printed exactly the reference output $ref, the
# native one or, for the smc rows, QEMU's; none when $ref is empty). The
# guest RAM options are in $mem.
run_guest() {
    t0=$(now)
    # $1 and $mem unquoted: RIVET and QEMU may carry options.
    timeout "$TIMEOUT" $1 -M virt $mem -bios none -nographic -kernel "$2" </dev/null >"$3" 2>"$3.err"
    rc=$?
    elapsed=$(since "$t0")
    why=
    if [ "$rc" -eq 124 ]; then
        why="timed out after ${TIMEOUT}s"
    elif [ "$rc" -ne 0 ]; then
        why="exit status $rc (stderr in $3.err)"
    elif [ -n "$ref" ] && ! cmp -s "$3" "$ref"; then
        why="output differs from $refname: diff $3 $ref"
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

# selected ROW PROGRAM GROUP: whether BENCH_ONLY asks for this row.
selected() {
    [ -z "$ONLY" ] && return 0
    for w in $ONLY; do
        [ "$w" = "$1" ] || [ "$w" = "$2" ] || [ "$w" = "$3" ] && return 0
    done
    return 1
}

# rv_build ELF SOURCES...: a guest program.
rv_build() {
    elf=$1
    shift
    $RV_CC $RV_CFLAGS $WARN -DBENCH_GUEST -Ibench -Ibench/sv39 -T tests/guest/link.ld -o "$elf" "$@"
}

# prepare NAME SRC [FLAGS]: builds the host binary (FLAGS added to the
# compiler's) and records the native output in $OUT/NAME.native.out; false
# (with the reason in the notes) on failure.
prepare() {
    if ! $HOST_CC -O2 $WARN ${3:-} -Ibench -o "$OUT/$1.host" "$2"; then
        note "$1: host build failed"
        return 1
    fi
    run_native "$OUT/$1.host" "$OUT/$1.native.out"
    if [ "$rc" -ne 0 ]; then
        note "$1: native build exited $rc"
        return 1
    fi
}

# bench_row GROUP ROW PROGRAM ELF: times one guest build of PROGRAM (whose
# host binary and native output prepare made, unless $native is 0) and prints
# its table row; a row goes to $results, with "-" for the times of one that
# did not run correctly everywhere (and for the native time when there is no
# native build).
bench_row() {
    group=$1 row=$2 prog=$3 elf=$4
    host=$OUT/$prog.host
    if [ "$native" -eq 1 ]; then
        ref=$OUT/$prog.native.out refname=native
    else
        ref='' refname="QEMU's first run"
    fi
    # A stale rivet output would be taken for this run's, a stale reference
    # for this run's QEMU output.
    rm -f "$OUT/$row.rivet.out" "$OUT/$row.rivet.out.err" "$OUT/$row.ref.out"

    # Untimed: QEMU's check, and a warm cache.
    run_guest "$QEMU" "$elf" "$OUT/$row.qemu.out"
    if [ -n "$why" ]; then
        printf "$fmt" "$row" - - - "QEMU wrong" ""
        note "$row: under QEMU, $why"
        echo "$group $row $prog - - - -" >>"$results"
        failed=1
        return
    fi
    if [ "$native" -eq 0 ]; then
        ref=$OUT/$row.ref.out
        cp "$OUT/$row.qemu.out" "$ref"
    fi

    rivet_state=ok
    [ "$have_rivet" -eq 1 ] || rivet_state=missing
    qemu_state=ok
    rt='' qt='' nt=''
    r=0
    while [ "$r" -lt "$ROUNDS" ]; do
        r=$((r + 1))
        if [ "$rivet_state" = ok ]; then
            run_guest "$RIVET" "$elf" "$OUT/$row.rivet.out"
            if [ -n "$why" ]; then
                rivet_state=WRONG
                note "$row: under rivet, $why"
                failed=1
            else
                rt="$rt $elapsed"
            fi
        fi
        run_guest "$QEMU" "$elf" "$OUT/$row.qemu.out"
        if [ -n "$why" ] && [ "$qemu_state" = ok ]; then
            qemu_state=WRONG
            note "$row: under QEMU (round $r), $why"
            failed=1
        fi
        qt="$qt $elapsed"
        [ "$native" -eq 1 ] || continue
        run_native "$host" "$OUT/$row.native.run.out"
        nt="$nt $elapsed"
        cmp -s "$OUT/$row.native.run.out" "$ref" ||
            note "$row: native output changed between runs (round $r): not deterministic"
    done

    qm=$(median "$qt")
    nm=-
    [ "$native" -eq 1 ] && nm=$(median "$nt")
    [ "$qemu_state" = ok ] || qm=WRONG
    if [ "$rivet_state" = ok ] && [ "$qemu_state" = ok ]; then
        rmed=$(median "$rt")
        speedup=$(ratio "$qm" "$rmed")
        slowdown=-
        [ "$native" -eq 1 ] && slowdown=$(ratio "$rmed" "$nm")
        printf "$fmt" "$row" "$rmed" "$qm" "$nm" "$speedup" "$slowdown"
        echo "$group $row $prog $rmed $qm $nm $speedup" >>"$results"
    else
        printf "$fmt" "$row" "$rivet_state" "$qm" "$nm" - -
        echo "$group $row $prog - - - -" >>"$results"
    fi
}

int_progs=
for src in bench/*.c; do
    name=$(basename "$src" .c)
    selected "$name" "$name" bare || selected "$name.sv39" "$name" sv39 || continue
    int_progs="$int_progs $name"
done
tlb_progs=
for src in bench/tlb/*.c; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .c)
    selected "$name" "$name" tlb || continue
    tlb_progs="$tlb_progs $name"
done
# The rows of an smc program: data_next_to_code is also built with its data
# on a page of its own (-DDATA_APART), to show what sharing the page costs.
smc_rows_of() {
    case $1 in
    data_next_to_code) echo "$1 $1.apart" ;;
    *) echo "$1" ;;
    esac
}
isa_progs=
for src in bench/isa/*.c; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .c)
    selected "$name" "$name" isa || continue
    isa_progs="$isa_progs $name"
done
is_fp_prog() {
    case " $ISA_FP_PROGS " in *" $1 "*) return 0 ;; esac
    return 1
}
smc_rows=
for src in bench/smc/*.c; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .c)
    for row in $(smc_rows_of "$name"); do
        selected "$row" "$name" smc && smc_rows="$smc_rows $row"
    done
done
if [ -z "$int_progs$tlb_progs$smc_rows$isa_progs" ]; then
    echo "bench: nothing matches BENCH_ONLY='$ONLY'" >&2
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

# The row column fits the longest row name (13 unless an smc row is longer).
w=13
for row in $smc_rows; do
    [ "${#row}" -gt "$w" ] && w=${#row}
done
fmt="%-${w}s %9s %9s %9s %11s %13s\n"

# Build everything first: the rows come out by group.
ready=
for name in $int_progs; do
    if prepare "$name" "bench/$name.c" &&
        rv_build "$OUT/$name.elf" tests/guest/crt0.S "bench/$name.c" &&
        rv_build "$OUT/$name.sv39.elf" bench/sv39/crt.S bench/sv39/pt.c "bench/$name.c"; then
        ready="$ready $name"
    else
        note "$name: not built (see above), its rows are skipped"
        failed=1
    fi
done
for name in $tlb_progs; do
    if prepare "$name" "bench/tlb/$name.c" &&
        rv_build "$OUT/$name.elf" bench/sv39/crt.S bench/sv39/pt.c "bench/tlb/$name.c"; then
        ready="$ready $name"
    else
        note "$name: not built (see above), its row is skipped"
        failed=1
    fi
done
for row in $smc_rows; do
    name=${row%%.*} defs=
    [ "$row" = "$name.apart" ] && defs=-DDATA_APART
    if rv_build "$OUT/$row.elf" $SMC_MARCH $defs tests/guest/crt0.S "bench/smc/$name.c"; then
        ready="$ready smc/$row"
    else
        note "$row: not built (see above), its row is skipped"
        failed=1
    fi
done
for name in $isa_progs; do
    if is_fp_prog "$name"; then
        # fpstart.S first: its .text.init starts RAM, and it is the entry.
        hflags=$ISA_FP_HOST_FLAGS
        gbuild="$ISA_FP_FLAGS -Wl,-e,__fp_start bench/isa/fpstart.S"
    else
        hflags=
        gbuild=$ISA_BITS_MARCH
    fi
    if prepare "$name" "bench/isa/$name.c" "$hflags" &&
        rv_build "$OUT/$name.elf" $gbuild tests/guest/crt0.S "bench/isa/$name.c"; then
        ready="$ready isa/$name"
    else
        note "$name: not built (see above), its row is skipped"
        failed=1
    fi
done
is_ready() {
    for p in $ready; do [ "$p" = "$1" ] && return 0; done
    return 1
}

echo "rivet: $RIVET   qemu: $QEMU   rounds: $ROUNDS"
printf "$fmt" program "rivet s" "qemu s" "native s" qemu/rivet rivet/native

# A program's sv39 row right after its bare row: the machine's load changes
# less between the two, which the paging-cost line below compares.
native=1
mem=
for name in $int_progs; do
    for group in bare sv39; do
        row=$name elf=$OUT/$name.elf
        [ "$group" = bare ] || row=$name.sv39 elf=$OUT/$name.sv39.elf
        selected "$row" "$name" "$group" || continue
        if is_ready "$name"; then bench_row "$group" "$row" "$name" "$elf"
        else printf "$fmt" "$row" - - - "not built" ""; fi
    done
done
mem=$TLB_MEM
for name in $tlb_progs; do
    if is_ready "$name"; then bench_row tlb "$name" "$name" "$OUT/$name.elf"
    else printf "$fmt" "$name" - - - "not built" ""; fi
done
native=0
mem=
for row in $smc_rows; do
    if is_ready "smc/$row"; then bench_row smc "$row" "${row%%.*}" "$OUT/$row.elf"
    else printf "$fmt" "$row" - - - "not built" ""; fi
done
native=1
mem=
for name in $isa_progs; do
    if is_ready "isa/$name"; then bench_row isa "$name" "$name" "$OUT/$name.elf"
    else printf "$fmt" "$name" - - - "not built" ""; fi
done
# The variants of a program compute the same thing: their outputs must agree.
for row in $smc_rows; do
    name=${row%%.*}
    [ "$row" != "$name" ] || continue
    case " $smc_rows " in *" $name "*) ;; *) continue ;; esac
    if [ -s "$OUT/$row.ref.out" ] && [ -s "$OUT/$name.ref.out" ] &&
        ! cmp -s "$OUT/$row.ref.out" "$OUT/$name.ref.out"; then
        note "$row: under QEMU, output differs from $name's: diff $OUT/$row.ref.out $OUT/$name.ref.out"
        failed=1
    fi
done

echo
awk '
    $7 == "-" { bad[$1]++; next }
    { n[$1]++; s[$1] += log($7) }
    END {
        split("bare sv39 tlb smc isa", g, " ")
        d["bare"] = "bare integer programs (M-mode)"
        d["sv39"] = "same programs, S-mode + Sv39"
        d["tlb"] = "TLB programs (Sv39, 4 KiB pages)"
        d["smc"] = "self-modifying code (M-mode)"
        d["isa"] = "D and Zbb programs (M-mode)"
        for (i = 1; i <= 5; i++)
            if (n[g[i]])
                printf "geometric mean qemu/rivet, %-34s %5.2f over %d program(s)%s\n",
                    d[g[i]] ":", exp(s[g[i]] / n[g[i]]), n[g[i]],
                    bad[g[i]] ? sprintf(" (%d left out)", bad[g[i]]) : ""
            else if (bad[g[i]])
                printf "geometric mean qemu/rivet, %-34s  none: no row ran correctly\n",
                    d[g[i]] ":"
    }' "$results"
# What turning paging on costs each emulator, over the programs whose bare
# and sv39 rows both ran.
awk '
    $7 == "-" { next }
    $1 == "bare" { rb[$3] = $4; qb[$3] = $5 }
    $1 == "sv39" { rs[$3] = $4; qs[$3] = $5 }
    END {
        for (p in rs)
            if (p in rb) { n++; r += log(rs[p] / rb[p]); q += log(qs[p] / qb[p]) }
        if (n)
            printf "time with Sv39 / bare time, geometric mean over %d program(s): rivet %.2f, qemu %.2f\n",
                n, exp(r / n), exp(q / n)
    }' "$results"
# What sharing a page with hot code costs data stores: the time ratio of
# data_next_to_code to data_next_to_code.apart, and the extra time per store
# (the loop stores once per step; the step count is in the output).
if [ -s "$OUT/data_next_to_code.ref.out" ]; then
    steps=$(awk '$1 == "data_next_to_code.steps" { print $2 }' "$OUT/data_next_to_code.ref.out")
    awk -v steps="${steps:-0}" '
        $7 == "-" { next }
        $2 == "data_next_to_code" { rs = $4; qs = $5 }
        $2 == "data_next_to_code.apart" { ra = $4; qa = $5 }
        END {
            if (rs && ra && steps > 0)
                printf "data on a code page / on its own page, time: rivet %.2f (%+.0f ns a store), qemu %.2f (%+.0f ns a store)\n",
                    rs / ra, (rs - ra) * 1e9 / steps, qs / qa, (qs - qa) * 1e9 / steps
        }' "$results"
fi
# The Linux boot (bench/boot.sh): only when asked for by name or with
# everything, since the guest takes minutes to build on a fresh machine.
if [ -z "$ONLY" ] || selected boot boot boot; then
    echo
    RIVET="$RIVET" QEMU="$QEMU" BENCH_ROUNDS="$ROUNDS" sh bench/boot.sh || failed=1
fi
if [ -s "$notes" ]; then
    echo
    cat "$notes"
fi
exit $failed
