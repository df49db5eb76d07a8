#!/bin/sh
# Builds the Linux guest from Debian packages only: a kernel Image, a busybox
# initramfs whose /init is the self-check program guest/init.c, and a small
# ext4 disk. See docs/guest.md.
#
#   scripts/build-guest.sh            build what is missing, print the paths
#   scripts/build-guest.sh --env      the same, then only KERNEL=/INITRD=/DISK=
#                                     lines on stdout (for make and tests)
#
# Each artifact lives in ~/.cache/rivet/<name>-<hash>/ (RIVET_CACHE overrides
# ~/.cache/rivet). The hash covers what the artifact is made from: its stage
# script, its input files in guest/, the Debian versions of the packages that
# go into it, and the hashes of the artifacts it consumes. A directory that
# exists is complete (stages build in a temporary directory and rename it), so
# it is reused as it is; any changed input gives a new hash and a rebuild.
# The kernel takes minutes on two cores: it rebuilds only when its own inputs
# change, not when init.c does.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
cache=${RIVET_CACHE:-$HOME/.cache/rivet}
env_only=0
[ "${1:-}" = "--env" ] && env_only=1

say() { echo "build-guest: $*" >&2; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo

# --- Debian packages -----------------------------------------------------
PKGS="linux-source-6.1 gcc-riscv64-linux-gnu binutils-riscv64-linux-gnu \
libc6-dev-riscv64-cross make gcc libc6-dev flex bison bc xz-utils gzip cpio \
e2fsprogs dpkg-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
updated=0
if [ -n "$missing" ]; then
    say "installing$missing"
    $SUDO apt-get update -qq
    updated=1
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        --no-install-recommends $missing >&2
fi

ver() { dpkg-query -W -f='${Version}' "$1"; }
# Hash of files and strings, in order, one line per item so that moving text
# from one item to the next changes the hash.
hash_of() {
    for item in "$@"; do
        if [ -f "$item" ]; then
            printf '%s %s\n' "$(basename "$item")" "$(sha256sum <"$item" | cut -c1-64)"
        else
            printf '%s\n' "$item"
        fi
    done | sha256sum | cut -c1-16
}

# --- deb-src lines, derived from the deb lines already configured ---------
# `apt-get source` needs them. Every active Debian-archive entry (signed by
# Debian's keyring, or by the default keyring) gets a deb-src twin with the
# same URIs, suites and components; no host is named here.
have_deb_src() {
    grep -qs '^deb-src[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list ||
        grep -qsi '^Types:.*deb-src' /etc/apt/sources.list.d/*.sources
}
add_deb_src() {
    out=/etc/apt/sources.list.d/rivet-deb-src.sources
    tmp=$(mktemp)
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk '
        function flush() {
            if (isdeb && keep) printf "Types: deb-src\n%s\n", body
            isdeb = 0; keep = 1; body = ""
        }
        BEGIN { keep = 1 }
        /^[ \t]*$/ { flush(); next }
        /^#/ { next }
        /^Types:/ { for (i = 2; i <= NF; i++) if ($i == "deb") isdeb = 1; next }
        /^Enabled:[ \t]*[Nn]o/ { keep = 0 }
        /^Signed-By:/ && $0 !~ /debian-archive-keyring/ { keep = 0 }
        { body = body $0 "\n" }
        END { flush() }' "$f" >>"$tmp"
    done
    # One-line format: "deb [options] URI suite components..."
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk '$1 == "deb" {
            opts = ""; i = 2
            if ($2 ~ /^\[/) { while ($i !~ /\]$/) { opts = opts $i " "; i++ } opts = opts $i; i++ }
            if (opts != "" && opts !~ /debian-archive-keyring/ && opts ~ /signed-by/) next
            printf "Types: deb-src\nURIs: %s\nSuites: %s\nComponents:", $i, $(i + 1)
            for (j = i + 2; j <= NF; j++) printf " %s", $j
            printf "\n\n"
        }' "$f" >>"$tmp"
    done
    if [ ! -s "$tmp" ]; then
        rm -f "$tmp"
        say "no Debian deb entries in /etc/apt to derive deb-src from"
        exit 1
    fi
    say "adding deb-src entries in $out"
    $SUDO install -m 644 "$tmp" "$out"
    rm -f "$tmp"
    $SUDO apt-get update -qq
}

# --- sources, unpacked once per Debian version ----------------------------
src=$cache/src
mkdir -p "$src"
# One build at a time: the kernel object tree is shared between builds.
exec 9>"$cache/.lock"
flock 9
kver=$(ver linux-source-6.1)
ksrc=$src/linux-source-6.1_$kver
if [ ! -f "$ksrc/.unpacked" ]; then
    say "unpacking linux-source-6.1 $kver"
    rm -rf "$ksrc" "$src/linux-source-6.1"
    tar -C "$src" -xf /usr/src/linux-source-6.1.tar.xz
    mv "$src/linux-source-6.1" "$ksrc"
    touch "$ksrc/.unpacked"
fi

bb_version() {
    apt-get source --print-uris busybox 2>/dev/null |
        sed -n "s/.* busybox_\([^ ]*\)\.dsc .*/\1/p" | head -n1
}
have_deb_src || add_deb_src
bbver=$(bb_version)
if [ -z "$bbver" ] && [ $updated -eq 0 ]; then
    $SUDO apt-get update -qq
    bbver=$(bb_version)
fi
[ -n "$bbver" ] || { say "apt-get source busybox finds no source package"; exit 1; }
bbupstream=${bbver#*:}
bbupstream=${bbupstream%-*}
bbsrc=$src/busybox_$bbver
if [ ! -f "$bbsrc/.unpacked" ]; then
    say "fetching busybox source $bbver"
    rm -rf "$bbsrc" "$src/dl"
    mkdir -p "$src/dl"
    (cd "$src/dl" && apt-get source -qq busybox >&2)
    mv "$src/dl/busybox-$bbupstream" "$bbsrc"
    rm -rf "$src/dl"
    touch "$bbsrc/.unpacked"
fi

# --- stages ----------------------------------------------------------------
# run_stage NAME HASH COMMAND...: COMMAND builds into "$stage_out"; the
# directory becomes $cache/NAME-HASH only once COMMAND has succeeded.
run_stage() {
    name=$1 h=$2
    shift 2
    dir=$cache/$name-$h
    if [ -d "$dir" ]; then
        say "$name: cached in $dir"
        return 0
    fi
    say "$name: building into $dir (log: $dir.log)"
    stage_out=$dir.tmp.$$
    rm -rf "$stage_out"
    mkdir -p "$stage_out"
    t0=$(date +%s)
    if ! "$@" "$stage_out" >"$dir.log" 2>&1; then
        say "$name: FAILED, last lines of $dir.log:"
        tail -n 30 "$dir.log" >&2
        rm -rf "$stage_out"
        exit 1
    fi
    mv "$dir.log" "$stage_out/build.log"
    mv "$stage_out" "$dir"
    say "$name: built in $(($(date +%s) - t0)) s"
}

gccver=$(ver gcc-riscv64-linux-gnu)
binver=$(ver binutils-riscv64-linux-gnu)
libcver=$(ver libc6-dev-riscv64-cross)

kh=$(hash_of "$here/guest-kernel.sh" "$top/guest/kernel.config" \
    "linux-source-6.1 $kver" "gcc $gccver" "binutils $binver")
run_stage linux "$kh" sh "$here/guest-kernel.sh" "$ksrc" \
    "$src/linux-obj-$kver" "$top/guest/kernel.config"

bh=$(hash_of "$here/guest-busybox.sh" "$top/guest/busybox.config" \
    "busybox $bbver" "gcc $gccver" "binutils $binver" "libc $libcver")
run_stage busybox "$bh" sh "$here/guest-busybox.sh" "$bbsrc" \
    "$top/guest/busybox.config"

rh=$(hash_of "$here/guest-rootfs.sh" "$top/guest/init.c" "$top/guest/fpcases.h" \
    "$top/guest/fpgen.c" "$top/guest/initramfs.list" "$top/guest/disk-hello.txt" "busybox $bh" "linux-source-6.1 $kver" \
    "gcc $gccver" "libc $libcver" "e2fsprogs $(ver e2fsprogs)" "host gcc $(ver gcc)")
run_stage rootfs "$rh" sh "$here/guest-rootfs.sh" "$top/guest" \
    "$cache/busybox-$bh" "$ksrc"

# A stable place that always points at the newest build.
latest=$cache/guest-linux
mkdir -p "$latest"
ln -sfn "$cache/linux-$kh/Image" "$latest/Image"
ln -sfn "$cache/rootfs-$rh/rootfs.cpio.gz" "$latest/rootfs.cpio.gz"
ln -sfn "$cache/rootfs-$rh/disk.img" "$latest/disk.img"

if [ $env_only -eq 1 ]; then
    echo "KERNEL=$cache/linux-$kh/Image"
    echo "INITRD=$cache/rootfs-$rh/rootfs.cpio.gz"
    echo "DISK=$cache/rootfs-$rh/disk.img"
    exit 0
fi
cat <<EOF
kernel:    $cache/linux-$kh/Image
initramfs: $cache/rootfs-$rh/rootfs.cpio.gz
disk:      $cache/rootfs-$rh/disk.img   (the self-check writes to it: boot a copy)
(symlinks to the newest build: $latest/)
boot on QEMU:
  cp $cache/rootfs-$rh/disk.img /tmp/disk.img
  qemu-system-riscv64 -M virt -m 256M -nographic -kernel $latest/Image \\
      -initrd $latest/rootfs.cpio.gz -append "console=ttyS0" \\
      -drive file=/tmp/disk.img,format=raw,if=virtio
  (append rivet.shell, or rdinit=/bin/sh, for a shell instead of the checks)
EOF
