#!/bin/sh
# The Linux boot benchmark (make bench, group "boot"): the guest of
# scripts/build-guest.sh booted by rivet and by QEMU with the same firmware
# (Debian's OpenSBI fw_dynamic), kernel, initramfs and disk on virtio-mmio,
# alternating runs. Two times per run, from the emulator's start:
#   init   the self-check init's first line ("selfcheck: init started")
#   off    the emulator's exit after the checks power the machine off
# Then the host CPU an idle guest costs: the guest boots to a shell
# (rivet.shell) that waits for input, and the emulator's CPU time over
# IDLE_SECS of wall time is sampled from /proc.
#
# Env: RIVET, QEMU, BENCH_ROUNDS as bench/run.sh; IDLE_SECS (default 10).
# shellcheck disable=SC2086
set -u
cd "$(dirname "$0")/.." || exit 1
RIVET=${RIVET:-build/rivet}
QEMU=${QEMU:-qemu-system-riscv64}
ROUNDS=${BENCH_ROUNDS:-3}
IDLE_SECS=${IDLE_SECS:-10}
OUT=build/bench/boot
BIOS=/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin
mkdir -p $OUT

if ! sh scripts/build-guest.sh --env >$OUT/guest.env 2>$OUT/guest.log; then
    echo "boot: the guest did not build ($OUT/guest.log)"
    exit 1
fi
. ./$OUT/guest.env

now() { date +%s.%N; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# boot_once EMULATOR TAG: sets $t_init and $t_off (seconds), or $why.
boot_once() {
    cp "$DISK" $OUT/disk-$2.img
    t0=$(now)
    t_init=- t_off=- why=
    {
        timeout 300 $1 -M virt -m 256M -nographic -bios $BIOS -kernel "$KERNEL" -initrd "$INITRD" \
            -append "console=ttyS0" -drive file=$OUT/disk-$2.img,format=raw,if=none,id=d0 \
            -device virtio-blk-device,drive=d0 </dev/null
        echo "bench-exit $?"
    } | while IFS= read -r line; do
        case $line in
        *"selfcheck: init started"*) now >$OUT/t_init ;;
        "bench-exit "*) echo "${line#bench-exit }" >$OUT/status ;;
        esac
        printf '%s\n' "$line"
    done >$OUT/$2.log
    t1=$(now)
    if [ "$(cat $OUT/status)" != 0 ] || ! grep -q "selfcheck: all .* checks passed" $OUT/$2.log; then
        why="failed (status $(cat $OUT/status), log $OUT/$2.log)"
        return
    fi
    t_init=$(sub "$t0" "$(cat $OUT/t_init)")
    t_off=$(sub "$t0" "$t1")
}

median() {
    printf '%s\n' $1 | sort -n | awk '{ v[NR] = $1 }
        END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f", m }'
}

ri= ro= qi= qo= failed=0
for r in $(seq "$ROUNDS"); do
    for who in rivet qemu; do
        [ $who = rivet ] && emu=$RIVET || emu=$QEMU
        boot_once "$emu" $who
        if [ -n "$why" ]; then
            echo "boot: $who $why"
            failed=1
            continue
        fi
        if [ $who = rivet ]; then ri="$ri $t_init" ro="$ro $t_off"; else qi="$qi $t_init" qo="$qo $t_off"; fi
    done
done
[ $failed -eq 0 ] || exit 1

mri=$(median "$ri") mro=$(median "$ro") mqi=$(median "$qi") mqo=$(median "$qo")
printf '%-22s %9s %9s %12s\n' "boot (median of $ROUNDS)" rivet qemu "rivet/qemu"
printf '%-22s %8ss %8ss %12s\n' "start to init" $mri $mqi $(awk -v a=$mri -v b=$mqi 'BEGIN{printf "%.2f", a/b}')
printf '%-22s %8ss %8ss %12s\n' "start to power-off" $mro $mqo $(awk -v a=$mro -v b=$mqo 'BEGIN{printf "%.2f", a/b}')

# Idle: boot to the shell, let it settle, then sample utime+stime.
cpu_ticks() { awk '{ print $14 + $15 }' /proc/$1/stat 2>/dev/null || echo 0; }
idle() {
    cp "$DISK" $OUT/disk-idle.img
    fifo=$OUT/idle.in
    rm -f $fifo && mkfifo $fifo
    $1 -M virt -m 256M -nographic -bios $BIOS -kernel "$KERNEL" -initrd "$INITRD" \
        -append "console=ttyS0 rivet.shell" -drive file=$OUT/disk-idle.img,format=raw,if=none,id=d0 \
        -device virtio-blk-device,drive=d0 <$fifo >$OUT/idle-$2.log 2>&1 &
    pid=$!
    exec 9>$fifo # keeps the guest's stdin open, with nothing to read
    n=0
    while ! grep -q "selfcheck: shell on" $OUT/idle-$2.log && [ $n -lt 600 ]; do
        sleep 0.5
        n=$((n + 1))
    done
    sleep 2
    a=$(cpu_ticks $pid)
    sleep "$IDLE_SECS"
    b=$(cpu_ticks $pid)
    kill $pid 2>/dev/null
    wait $pid 2>/dev/null
    exec 9>&-
    hz=$(getconf CLK_TCK)
    awk -v a=$a -v b=$b -v hz=$hz -v s=$IDLE_SECS 'BEGIN { printf "%.1f", 100 * (b - a) / hz / s }'
}
printf '%-22s %8s%% %8s%%\n' "idle guest host CPU" "$(idle "$RIVET" rivet)" "$(idle "$QEMU" qemu)"
