#!/bin/sh
# Installs the Debian packages that rivet's build, tests and benchmarks need.
# Does nothing when they are all present.
set -e
PKGS="make gcc pkg-config libcapstone-dev libfdt-dev gcc-riscv64-unknown-elf \
binutils-riscv64-unknown-elf qemu-system-misc qemu-user opensbi \
device-tree-compiler"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "install-deps: installing$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
