#!/bin/sh
# Linux system test: boots the guest of scripts/build-guest.sh (OpenSBI,
# Linux 6.1, the self-check init, an ext4 disk on virtio-blk) to power-off
# and asserts every line the init prints and rivet's exit status.
#
# Boots, each under a time limit:
#   linux/*        -smp 2, Sstc: every check of guest/init.c must say ok
#   linux-sbi/*    -smp 1 -cpu rv64,sstc=off: the kernel's timer goes
#                  through OpenSBI's SBI TIME calls instead of stimecmp
#   linux-asan/*   the first boot again under the ASan+UBSan build
# The guest is built once and cached (~/.cache/rivet, docs/guest.md); a
# fresh machine builds it here, which takes about ten minutes.
cd "$(dirname "$0")/../.."
RIVET="${RIVET:-$PWD/build/rivet}"
OUT=build/linux
LIMIT=${LINUX_TIMEOUT:-300} # seconds per boot, generous for a loaded CI host
CHECKS="mounts fork-exec-wait shell-pipeline mmap-anon mmap-file sigsegv fp pthread-atomics
virtio-blk-ext4 rtc cpuinfo"
mkdir -p $OUT

if ! sh scripts/build-guest.sh --env >$OUT/guest.env 2>$OUT/guest.log; then
    echo "not ok linux/guest-build: $(tail -n 1 $OUT/guest.log)"
    exit 0
fi
. ./$OUT/guest.env

# boot PREFIX SSTC_LINE ARGS...: one boot; SSTC_LINE is "yes" when the kernel
# must report its timer through Sstc, "no" when it must not.
boot() {
    prefix=$1 sstc=$2
    shift 2
    cp "$DISK" $OUT/$prefix-disk.img
    timeout -k 5 $LIMIT "$RIVET" -M virt -m 256M -nographic -kernel "$KERNEL" -initrd "$INITRD" \
        -append "console=ttyS0 rivet.epoch=$(date +%s)" \
        -drive file=$OUT/$prefix-disk.img,format=raw,if=virtio "$@" \
        </dev/null >$OUT/$prefix.log 2>&1
    st=$?
    tr -d '\r' <$OUT/$prefix.log >$OUT/$prefix.txt
    if [ $st -ne 0 ]; then
        echo "not ok $prefix/exit: status $st (timeout $LIMIT s?): $(tail -n 1 $OUT/$prefix.txt)"
    else
        echo "ok $prefix/exit"
    fi
    if ! grep -q '^selfcheck: init started' $OUT/$prefix.txt; then
        echo "not ok $prefix/init: the self-check init never started ($OUT/$prefix.log)"
        return
    fi
    for c in $CHECKS; do
        line=$(grep "^selfcheck: [a-zA-Z]* $c:" $OUT/$prefix.txt | head -n 1)
        case "$line" in
        "selfcheck: ok $c:"*) echo "ok $prefix/$c" ;;
        "") echo "not ok $prefix/$c: no line for this check" ;;
        *) echo "not ok $prefix/$c: ${line#selfcheck: }" ;;
        esac
    done
    if grep -q '^selfcheck: all [0-9]* checks passed' $OUT/$prefix.txt &&
        grep -q '^selfcheck: powering off' $OUT/$prefix.txt; then
        echo "ok $prefix/summary"
    else
        echo "not ok $prefix/summary: no 'all checks passed' then power-off"
    fi
    if grep -q 'riscv-timer: Timer interrupt in S-mode is available via sstc' $OUT/$prefix.txt; then
        has=yes
    else
        has=no
    fi
    if [ $has = "$sstc" ]; then
        echo "ok $prefix/timer-path"
    else
        echo "not ok $prefix/timer-path: kernel's Sstc timer line present: $has, want $sstc"
    fi
}

boot linux yes -smp 2
boot linux-sbi no -smp 1 -cpu rv64,sstc=off
# The sanitizer build (ASan + UBSan, leaks included: any report makes the
# exit status non-zero), with an entropy device as well.
if [ -x "${RIVET_ASAN:-}" ]; then
    RIVET=$RIVET_ASAN boot linux-asan yes -smp 2 -device virtio-rng-device
else
    echo "not ok linux-asan/setup: RIVET_ASAN is not built"
fi
