#!/bin/sh
# Privileged-architecture guest tests: every build/guest/priv/NAME.elf (built
# by `make priv`) runs bare metal on the virt machine and passes when the
# emulator exits 0. A failing test prints one "FAIL file:line: ..." line on
# the UART, which becomes the reason. Each test runs under $RIVET, then under
# $RIVET_ASAN (as priv-asan/NAME) when that binary exists.
#
# PRIV_EMU=qemu-system-riscv64 runs the suite under another emulator instead
# (no asan pass): QEMU 7.2, with its default CPU, is the reference these
# tests were checked against.
cd "$(dirname "$0")/../../.." || exit 1
RIVET=${RIVET:-$PWD/build/rivet}
RIVET_ASAN=${RIVET_ASAN:-$PWD/build/asan/rivet}
TIMEOUT=10

# Known QEMU 7.2 bugs. A test meeting one expects the privileged spec there
# (CHECK_SPEC in lib/priv.h) and ends with status 3 after "DEVIATION tag"
# lines when it got exactly QEMU's wrong value; that counts as a pass only
# under QEMU, and only for these tags:
#   amo-load-page-fault    AMO on an unreadable page: 13 instead of 15
#   amo-load-access-fault  AMO whose page walk PMP denies: 5 instead of 7
#   amo-misaligned-cause   misaligned AMO: 4 instead of 6
#   mret-keeps-mprv        MRET to S/U leaves mstatus.MPRV set (spec 1.12:
#   sret-keeps-mprv        MRET/SRET to a mode below M clear it; QEMU 8.0 does)
#   irq-priority-order     without AIA, QEMU takes the lowest-numbered pending
#                          interrupt (SSI before MTI), not MEI>MSI>MTI>SEI>SSI>STI
QEMU_DEVIATIONS="mip-seip-rmw amo-load-page-fault amo-load-access-fault amo-misaligned-cause \
mret-keeps-mprv sret-keeps-mprv irq-priority-order"

out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

# Why it failed: the guest's FAIL line, else the emulator's complaint.
hint() {
    line=$(grep -a -m1 '^FAIL' "$out")
    [ -n "$line" ] || line=$(grep -a -m1 -iE 'error|abort|assert' "$err")
    [ -n "$line" ] || line=$(grep -a -m1 . "$err")
    [ -n "$line" ] && printf ': %.200s' "$line"
}

# known_deviation EMU...: true when EMU is QEMU and every DEVIATION the
# guest printed is a known one; sets $devs.
known_deviation() {
    case "$*" in *qemu*) ;; *) return 1 ;; esac
    devs=
    for tag in $(sed -n 's/^DEVIATION //p' "$out" | tr -d '\r'); do
        case " $QEMU_DEVIATIONS " in
        *" $tag "*) devs="$devs $tag" ;;
        *) return 1 ;;
        esac
    done
    [ -n "$devs" ]
}

# run_one PREFIX NAME ELF EMU...: one ok / not ok line.
run_one() {
    prefix=$1 name=$2 elf=$3
    shift 3
    timeout "$TIMEOUT" "$@" -M virt -bios none -nographic -kernel "$elf" \
        </dev/null >"$out" 2>"$err"
    rc=$?
    if [ "$rc" -eq 3 ] && known_deviation "$@"; then
        echo "ok $prefix/$name (known QEMU 7.2 deviation:$devs)"
    elif [ "$rc" -eq 124 ]; then
        echo "not ok $prefix/$name: timed out after $TIMEOUT s$(hint)"
    elif [ "$rc" -ne 0 ]; then
        echo "not ok $prefix/$name: exit status $rc$(hint)"
    else
        echo "ok $prefix/$name"
    fi
}

found=0
for elf in build/guest/priv/*.elf; do
    [ -f "$elf" ] || continue
    found=1
    name=$(basename "$elf" .elf)
    if [ -n "$PRIV_EMU" ]; then
        # Word splitting is wanted: PRIV_EMU is a command with options.
        # shellcheck disable=SC2086
        run_one priv "$name" "$elf" $PRIV_EMU
        continue
    fi
    if [ -x "$RIVET" ]; then
        run_one priv "$name" "$elf" "$RIVET"
    else
        echo "not ok priv/$name: emulator $RIVET not found"
    fi
    if [ -x "$RIVET_ASAN" ]; then
        run_one priv-asan "$name" "$elf" "$RIVET_ASAN"
    fi
done
[ "$found" -eq 1 ] || echo "not ok priv: no build/guest/priv/*.elf (run make priv)"
