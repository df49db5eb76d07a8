#!/bin/sh
# Builds a static riscv64 busybox from Debian's busybox source package with
# Debian's busybox-static configuration plus guest/busybox.config.
# Called by scripts/build-guest.sh, which owns caching:
#   guest-busybox.sh SRCDIR FRAGMENT OUTDIR
# OUTDIR receives busybox, busybox.links (applet paths) and config.
set -eu
src=$1 frag=$2 out=$3
obj=$out/obj
mkdir -p "$obj"

# Fragment lines replace the base's line for the same symbol.
syms=$(sed -n 's/^\(CONFIG_[A-Za-z0-9_]*\)=.*/\1/p; s/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1/p' "$frag")
cp "$src/debian/config/pkg/static" "$obj/.config"
for s in $syms; do
    sed -i "/^$s=/d; /^# $s is not set\$/d" "$obj/.config"
done
grep '^CONFIG_\|^# CONFIG_' "$frag" >>"$obj/.config"

bmake() { make -C "$src" O="$obj" CROSS_COMPILE=riscv64-linux-gnu- "$@"; }
yes "" | bmake oldconfig >/dev/null
for line in $(grep '^CONFIG_' "$frag" | tr -d ' '); do
    grep -qxF "$line" "$obj/.config" || { echo "guest-busybox: $line did not stick" >&2; exit 1; }
done
bmake -j2 busybox busybox.links
riscv64-linux-gnu-readelf -l "$obj/busybox" | grep -q INTERP && { echo "guest-busybox: not static" >&2; exit 1; }
cp "$obj/busybox" "$obj/busybox.links" "$out/"
cp "$obj/.config" "$out/config"
rm -rf "$obj"
