#!/bin/sh
# Builds the guest kernel Image: tinyconfig + guest/kernel.config, cross
# compiled for riscv64. Called by scripts/build-guest.sh, which owns caching:
#   guest-kernel.sh SRCDIR OBJDIR FRAGMENT OUTDIR
# SRCDIR is an unpacked linux-source-6.1 tree (never written to: the build is
# out of tree, so one unpacked tree serves every config). OBJDIR is kept
# between runs, so a changed fragment recompiles only what it touches.
set -eu
src=$1 obj=$2 frag=$3 out=$4
export ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu-
mkdir -p "$obj" "$out"
kmake() { make -C "$src" O="$obj" -j2 "$@"; }

kmake -s tinyconfig
"$src/scripts/kconfig/merge_config.sh" -m -O "$obj" "$obj/.config" "$frag" >/dev/null
kmake -s olddefconfig

# Kconfig drops a symbol whose dependencies are unmet without a word; a
# fragment line that did not take effect is a build error here, not a
# missing driver found at boot.
bad=0
for sym in $(sed -n 's/^\(CONFIG_[A-Za-z0-9_]*\)=y$/\1/p' "$frag"); do
    grep -qx "$sym=y" "$obj/.config" || { echo "guest-kernel: $sym=y did not stick" >&2; bad=1; }
done
for sym in $(sed -n 's/^# \(CONFIG_[A-Za-z0-9_]*\) is not set$/\1/p' "$frag"); do
    grep -q "^$sym=" "$obj/.config" && { echo "guest-kernel: $sym is still set" >&2; bad=1; }
done
[ $bad -eq 0 ]

kmake Image
cp "$obj/arch/riscv/boot/Image" "$out/Image"
cp "$obj/.config" "$out/config"
