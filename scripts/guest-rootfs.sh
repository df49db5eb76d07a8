#!/bin/sh
# Builds the self-check init, the gzip initramfs around it and busybox, and
# the ext4 disk the init reads and writes. Called by scripts/build-guest.sh,
# which owns caching:
#   guest-rootfs.sh GUESTDIR BUSYBOXDIR LINUXSRC OUTDIR
# OUTDIR receives init, rootfs.cpio.gz and disk.img. No step needs root.
set -eu
guest=$1 bb=$2 ksrc=$3 out=$4
work=$out/work
mkdir -p "$work"
fpflags="-O2 -std=gnu11 -Wall -Wextra -Werror -ffp-contract=off -frounding-math"

# The FP check's expected values come from running the same cases on the
# build host (see guest/fpcases.h).
gcc $fpflags -o "$work/fpgen" "$guest/fpgen.c" -lm
"$work/fpgen" >"$work/fp_expected.h"

riscv64-linux-gnu-gcc $fpflags -static -I"$work" -I"$guest" \
    -o "$work/init" "$guest/init.c" -pthread -lm
riscv64-linux-gnu-strip "$work/init"
cp "$work/init" "$out/init"
cp "$bb/busybox" "$work/busybox"

gcc -O2 -o "$work/gen_init_cpio" "$ksrc/usr/gen_init_cpio.c"
{
    cat "$guest/initramfs.list"
    # busybox.links holds one absolute path per applet; /bin/sh among them.
    sort -u "$bb/busybox.links" | while read -r link; do
        [ "$link" = /bin/busybox ] && continue
        echo "slink $link /bin/busybox 0777 0 0"
    done
} >"$work/initramfs.list"
BUILD=$work GUEST=$guest "$work/gen_init_cpio" "$work/initramfs.list" >"$work/rootfs.cpio"
gzip -9 -n <"$work/rootfs.cpio" >"$out/rootfs.cpio.gz"

# The disk: ext4 filled from a directory by mke2fs -d, owned by root.
mkdir -p "$work/disk"
cp "$guest/disk-hello.txt" "$work/disk/hello.txt"
rm -f "$out/disk.img"
mke2fs -q -F -t ext4 -L rivet -E root_owner=0:0 -d "$work/disk" "$out/disk.img" 16M

rm -rf "$work"
