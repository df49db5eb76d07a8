#!/bin/sh
# Command line, image loader and machines, through the rivet binary.
#
# Error cases: the status must be 1 and stderr exactly one line starting
# with "rivet: " that contains the key phrase. Success cases: the status
# and stdout the guest program produces. Every expected guest result here
# was first checked on qemu-system-riscv64 7.2 with the same command line
# (plus -cpu rv64,c=false), except where a comment says rivet differs.
#
# Guest programs (tests/cli/*.S) and the broken images derived from them
# are built under build/cli/. Run from the repository root.
RIVET="${RIVET:-build/rivet}"
B=build/cli
RV_CC=riscv64-unknown-elf-gcc
RV_CFLAGS="-march=rv64im_zicsr -mabi=lp64 -mcmodel=medany -static -nostdlib -nostartfiles -ffreestanding -O2 -Itests/guest"
T=10 # seconds before a run counts as hung

if [ ! -x "$RIVET" ]; then
    echo "not ok cli/setup: $RIVET is not built"
    exit 0
fi
if ! command -v $RV_CC >/dev/null 2>&1; then
    echo "not ok cli/setup: $RV_CC not installed"
    exit 0
fi
mkdir -p $B

# build OUT SRC LDSCRIPT [flags...]
build() {
    out=$1 src=$2 ld=$3
    shift 3
    if ! $RV_CC $RV_CFLAGS -T "$ld" "$@" -o "$B/$out" "$src" 2>"$B/$out.log"; then
        echo "not ok cli/build-$out: $(head -n 1 "$B/$out.log")"
        return 1
    fi
}

LD=tests/guest/link.ld
build uart_exit.elf tests/cli/uart_exit.S $LD
build pass.elf tests/cli/pass.S $LD
build bootregs.elf tests/cli/bootregs.S $LD
build bios_jump.elf tests/cli/bios_jump.S $LD
build reset.elf tests/cli/reset.S $LD
build smp.elf tests/cli/smp.S $LD
build bigbss.elf tests/cli/bigbss.S $LD
build low.elf tests/cli/pass.S tests/cli/low.ld
build htif32.elf tests/cli/htif.S $LD -DEXIT_CODE=42
build htif64.elf tests/cli/htif.S $LD -DEXIT_CODE=7 -DSTORE64
riscv64-unknown-elf-objcopy -O binary $B/uart_exit.elf $B/uart_exit.bin
riscv64-unknown-elf-objcopy -O binary $B/bios_jump.elf $B/bios_jump.bin

# Broken images, all derived from pass.elf.
E=$B/pass.elf
esize=$(wc -c <$E)
# patch FILE OFFSET OCTAL-BYTES: overwrite bytes in a copy
patch() {
    cp $E "$1"
    printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc 2>/dev/null
}
: >$B/empty
head -c 40 $E >$B/trunc-header.elf
head -c 100 $E >$B/trunc-phdrs.elf
head -c $((esize - 1)) $E >$B/trunc-end.elf
patch $B/x86.elf 18 '\076\000'    # e_machine = EM_X86_64
patch $B/elf32.elf 4 '\001'       # EI_CLASS = ELFCLASS32
patch $B/bigendian.elf 5 '\002'   # EI_DATA = ELFDATA2MSB
patch $B/rel.elf 16 '\001\000'    # e_type = ET_REL
patch $B/phentsize.elf 54 '\070\001' # e_phentsize = 312
head -c $((2 * 1024 * 1024)) /dev/zero >$B/big.bin
mkdir -p $B/adir

fail() { echo "not ok cli/$1: $2"; }

# err NAME PHRASE ARGS...: rivet must fail with status 1 and one stderr
# line "rivet: ...PHRASE...".
err() {
    name=$1 phrase=$2
    shift 2
    timeout $T "$RIVET" "$@" >$B/out 2>$B/err </dev/null
    st=$?
    lines=$(wc -l <$B/err)
    if [ $st -ne 1 ]; then
        fail "$name" "exit status $st, want 1 ($(head -n 1 $B/err))"
    elif [ "$lines" -ne 1 ]; then
        fail "$name" "stderr has $lines lines, want 1"
    elif ! head -n 1 $B/err | grep -q '^rivet: '; then
        fail "$name" "message does not start with 'rivet: ': $(head -n 1 $B/err)"
    elif ! grep -qF -- "$phrase" $B/err; then
        fail "$name" "message lacks '$phrase': $(head -n 1 $B/err)"
    else
        echo "ok cli/$name"
    fi
}

# run NAME STATUS STDOUT ARGS...: rivet must exit with STATUS and print
# exactly STDOUT (a printf format; "-" for: do not check).
run() {
    name=$1 want=$2 wantout=$3
    shift 3
    timeout $T "$RIVET" "$@" >$B/out 2>$B/err </dev/null
    st=$?
    if [ $st -ne "$want" ]; then
        fail "$name" "exit status $st, want $want ($(head -n 1 $B/err))"
    elif [ "$wantout" != - ] && [ "$(cat $B/out)" != "$(printf "$wantout")" ]; then
        fail "$name" "stdout '$(head -c 80 $B/out)', want '$wantout'"
    else
        echo "ok cli/$name"
    fi
}

# out NAME PATTERN ARGS...: rivet must exit 0 with PATTERN in stdout.
out() {
    name=$1 pattern=$2
    shift 2
    timeout $T "$RIVET" "$@" >$B/out 2>$B/err </dev/null
    st=$?
    if [ $st -ne 0 ]; then
        fail "$name" "exit status $st, want 0"
    elif ! grep -qF -- "$pattern" $B/out; then
        fail "$name" "stdout lacks '$pattern'"
    else
        echo "ok cli/$name"
    fi
}

V="-M virt -bios none -nographic"

# --- informational options
out help "usage" -h
out help-long "usage" --help
out help-word "-kernel" -help
out version "rivet version" -version
out version-long "rivet version" --version
out machine-help "virt" -machine help
out log-help "in_asm" -d help

# --- command-line errors
err bad-flag "invalid option" -foo
err bad-flag-double "invalid option" --foo
err positional "unexpected argument" disk.img
err missing-arg-m "requires an argument" -m
err missing-arg-kernel "requires an argument" -M virt -bios none -kernel
err m-garbage "invalid memory size" $V -m abc -kernel $E
err m-zero "invalid memory size" $V -m 0 -kernel $E
err m-bad-suffix "invalid memory size" $V -m 12Q -kernel $E
err m-negative "invalid memory size" $V -m -5 -kernel $E
err m-too-large "too large" $V -m 2T -kernel $E
err m-slots "only a size" $V -m 128M,slots=2 -kernel $E
err machine-unknown "unsupported machine type" -M foo -bios none -kernel $E
err machine-property "unsupported machine property" -M virt,foo=1 -bios none -kernel $E
err smp-zero "number of harts" $V -smp 0 -kernel $E
err smp-too-many "number of harts" $V -smp 9 -kernel $E
err smp-garbage "number of harts" $V -smp two -kernel $E
err accel-kvm "only the tcg" $V -accel kvm -kernel $E
err accel-tb-size "invalid tb-size" $V -accel tcg,tb-size=big -kernel $E
err accel-property "unsupported property" $V -accel tcg,foo=1 -kernel $E
err serial-file "unsupported" $V -serial file:out.txt -kernel $E
err display-gtk "unsupported" $V -display gtk -kernel $E
err log-item "unknown log item" $V -d nonsense -kernel $E
err log-file-unwritable "cannot open the log file" $V -D /nonexistent/dir/log -kernel $E
err no-kernel "no -kernel" -M virt -bios none
err initrd-no-kernel "needs a -kernel" -M virt -initrd $E
err initrd-missing "cannot open initrd" $V -kernel $E -initrd $B/does-not-exist
err dtb-missing "cannot open" $V -kernel $E -dtb $B/does-not-exist
err dtb-garbage "not a flattened device tree" $V -kernel $E -dtb $E
err spike-append "no device tree" -M spike -bios none -kernel $B/htif32.elf -append x
err drive-no-file "no file=" $V -kernel $E -drive if=virtio
err drive-format "only raw" $V -kernel $E -drive file=$E,format=qcow2
err drive-if "unsupported interface" $V -kernel $E -drive file=$E,if=ide
err drive-readonly-value "expected on or off" $V -kernel $E -drive file=$E,readonly=yes
err drive-unused "not used by any -device" $V -kernel $E -drive file=$E,if=none,id=d0
err spike-drive "need -M virt" -M spike -bios none -kernel $B/htif32.elf -drive file=$E,if=virtio
err drive-missing "Could not open" $V -kernel $E -drive file=$B/does-not-exist,if=virtio
cp $E $B/disk.img
err drive-locked "Failed to get \"write\" lock" $V -kernel $E -drive file=$B/disk.img,if=virtio \
    -drive file=$B/disk.img,if=virtio
err device-unknown "unsupported device" $V -kernel $E -device e1000
err device-no-drive "no unused -drive" $V -kernel $E -device virtio-blk-device,drive=nope
err spike-no-bios "use -bios none" -kernel $E

# --- image errors
err kernel-missing "No such file or directory" $V -kernel $B/does-not-exist
err kernel-dir "Is a directory" $V -kernel $B/adir
err kernel-empty "empty" $V -kernel $B/empty
err bios-missing "cannot open bios" -M virt -bios $B/does-not-exist -kernel $E
err elf-trunc-header "truncated ELF header" $V -kernel $B/trunc-header.elf
err elf-trunc-phdrs "program headers lie outside the file" $V -kernel $B/trunc-phdrs.elf
err elf-trunc-end "outside the file" $V -kernel $B/trunc-end.elf
err elf-x86 "not a RISC-V ELF" $V -kernel $B/x86.elf
err elf-32bit "not a 64-bit ELF" $V -kernel $B/elf32.elf
err elf-bigendian "not a little-endian ELF" $V -kernel $B/bigendian.elf
err elf-relocatable "not an ELF executable" $V -kernel $B/rel.elf
err elf-phentsize "program header size" $V -kernel $B/phentsize.elf
err elf-too-big "does not fit" $V -m 1M -kernel $B/bigbss.elf
err elf-outside-ram "does not fit" $V -kernel $B/low.elf
err raw-too-big "does not fit" $V -m 1M -kernel $B/big.bin
err spike-no-tohost "no 'tohost' symbol" -M spike -bios none -kernel $E

# Any truncation of a valid ELF is an error, never a crash or a run:
# sizes from 4 bytes (the magic) up to one byte short.
bad=0
for n in 4 17 63 64 65 119 120 121 175 176 300 1000 2000 $((esize - 64)) $((esize - 8)); do
    [ $n -lt $esize ] || continue
    head -c $n $E >$B/trunc.elf
    timeout $T "$RIVET" $V -kernel $B/trunc.elf >/dev/null 2>$B/err </dev/null
    st=$?
    if [ $st -ne 1 ] || [ "$(wc -l <$B/err)" -ne 1 ]; then
        bad=1
        fail elf-truncations "truncated to $n bytes: status $st, $(head -n 1 $B/err)"
        break
    fi
done
[ $bad -eq 0 ] && echo "ok cli/elf-truncations"

# --- running guests
run virt-elf 5 'rivet' $V -kernel $B/uart_exit.elf
run virt-raw 5 'rivet' $V -kernel $B/uart_exit.bin
run virt-pass 0 '' $V -kernel $B/pass.elf
run virt-boot-regs 0 '' $V -kernel $B/bootregs.elf
run virt-qemu-flags 5 'rivet' -machine virt -m 256 -smp 1 -nographic -serial mon:stdio \
    -display none -accel tcg,tb-size=64,thread=multi -bios none -kernel $B/uart_exit.elf
# -m 1M leaves the device tree no room above the program (QEMU refuses too).
err virt-m-1M "device tree" $V -m 1M -kernel $B/pass.elf
run virt-m-size 0 '' $V -m size=1.5G -kernel $B/pass.elf
run virt-double-dash 0 '' --machine virt --bios none --kernel $B/pass.elf
# A firmware at 0x80000000 that jumps to fw_dynamic's next_addr; the raw
# kernel goes 2 MiB up, at 0x80200000.
run virt-bios-raw 5 'rivet' -M virt -bios $B/bios_jump.bin -kernel $B/uart_exit.bin
run virt-bios-elf 5 'rivet' -M virt -bios $B/bios_jump.elf -kernel $B/uart_exit.bin
# No -bios: OpenSBI's fw_dynamic, which starts the raw kernel at 0x80200000
# in S-mode; the program's UART output and finisher write still work there.
run virt-default-bios 5 - -M virt -kernel $B/uart_exit.bin
if [ "$(tail -n 1 $B/out)" = rivet ] && grep -q "^OpenSBI v" $B/out; then
    echo "ok cli/virt-default-bios-output"
else
    fail virt-default-bios-output "no OpenSBI banner then 'rivet': '$(tail -c 40 $B/out)'"
fi
# Readers share an image (QEMU's shared lock), and -drive/-device parse.
run drive-shared-readers 0 '' $V -kernel $B/pass.elf -drive file=$B/disk.img,if=virtio,readonly=on \
    -drive file=$B/disk.img,format=raw,if=none,id=d1,snapshot=on -device virtio-blk-device,drive=d1 \
    -device virtio-rng-device
run virt-smp2 11 '' $V -smp 2 -kernel $B/smp.elf
run spike-htif32 42 'hi' -M spike -bios none -kernel $B/htif32.elf
run spike-htif64 7 'hi' -M spike -bios none -kernel $B/htif64.elf
run spike-default-machine 42 'hi' -bios none -kernel $B/htif32.elf
run log-file 0 '' $V -D $B/log.txt -kernel $B/pass.elf

# Reset: the program resets the machine forever, printing one character per
# boot; within a second we must see several boots, each with a fresh image.
timeout 1 "$RIVET" $V -m 4M -kernel $B/reset.elf >$B/out 2>$B/err </dev/null
if grep -q X $B/out; then
    fail reset "a boot saw stale RAM: $(head -c 40 $B/out)"
elif ! grep -q RRR $B/out; then
    fail reset "fewer than 3 boots in 1 s: '$(head -c 40 $B/out)' $(head -n 1 $B/err)"
else
    echo "ok cli/reset"
fi

# --- the loader under the sanitizers, on every broken image
if [ -x "${RIVET_ASAN:-}" ]; then
    bad=0
    for f in trunc-header trunc-phdrs trunc-end x86 elf32 bigendian rel phentsize; do
        timeout $T "$RIVET_ASAN" $V -kernel $B/$f.elf >/dev/null 2>$B/err </dev/null
        st=$?
        if [ $st -ne 1 ] || [ "$(wc -l <$B/err)" -ne 1 ]; then
            bad=1
            fail asan-broken-images "$f.elf: status $st, $(head -n 1 $B/err)"
            break
        fi
    done
    [ $bad -eq 0 ] && echo "ok cli/asan-broken-images"
fi
