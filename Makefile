# rivet — RISC-V full-system emulator around a dynamic binary translator.
#   make          build/rivet
#   make asan     build/asan/rivet (ASan + UBSan)
#   make test     install dependencies, build everything, run every test
#   make demo     build rivet and the Linux guest, boot it to a shell
#   make bench    rivet vs QEMU vs native

CC       ?= gcc
BUILD    := build
CAPSTONE_CFLAGS := $(shell pkg-config --cflags capstone 2>/dev/null)
CAPSTONE_LIBS   := $(shell pkg-config --libs capstone 2>/dev/null || echo -lcapstone)
WARN     := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS   ?= -O2 -g
ALL_CFLAGS = -std=gnu11 $(WARN) $(CFLAGS) -I. $(CAPSTONE_CFLAGS) -MMD -MP -pthread
LDLIBS   := $(CAPSTONE_LIBS) -lfdt -pthread -lm
ASAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

SRC_DIRS := util system hw accel target/riscv tcg tcg/x86_64
LIB_SRCS := $(foreach d,$(SRC_DIRS),$(wildcard $(d)/*.c))
MAIN_SRCS := $(wildcard cli/*.c)
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
MAIN_OBJS := $(MAIN_SRCS:%.c=$(BUILD)/obj/%.o)
ASAN_LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/asan/obj/%.o)
ASAN_MAIN_OBJS := $(MAIN_SRCS:%.c=$(BUILD)/asan/obj/%.o)

UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/unit/%)

# Guest programs: bare-metal RV64IM, built with Debian's riscv64-unknown-elf toolchain.
RV_CC     := riscv64-unknown-elf-gcc
RV_MARCH  ?= rv64im_zicsr_zifencei
RV_CFLAGS := -march=$(RV_MARCH) -mabi=lp64 -mcmodel=medany -static -nostdlib \
             -nostartfiles -ffreestanding -O2 -Itests/guest
GUEST_SRCS := $(wildcard tests/guest/*.S) $(wildcard tests/guest/*.c)
GUEST_ELFS := $(patsubst tests/guest/%,$(BUILD)/guest/%.elf,$(basename $(filter-out tests/guest/crt0.S,$(GUEST_SRCS))))

.PHONY: all asan test unit guest demo demo-bare bench deps clean format guest-linux fuzz
all: $(BUILD)/rivet

$(BUILD)/rivet: $(MAIN_OBJS) $(LIB_OBJS)
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

asan: $(BUILD)/asan/rivet
$(BUILD)/asan/rivet: $(ASAN_MAIN_OBJS) $(ASAN_LIB_OBJS)
	$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/asan/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(ASAN_FLAGS) -c -o $@ $<

unit: $(UNIT_BINS)
$(BUILD)/unit/%: tests/unit/%.c $(LIB_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB_OBJS) $(LDLIBS)

guest: $(GUEST_ELFS)
$(BUILD)/guest/%.elf: tests/guest/%.S tests/guest/link.ld tests/guest/test.h
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -T tests/guest/link.ld -o $@ $<
$(BUILD)/guest/%.elf: tests/guest/%.c tests/guest/crt0.S tests/guest/link.ld
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -T tests/guest/link.ld -o $@ tests/guest/crt0.S $<

deps:
	@sh scripts/install-deps.sh

test: deps
	$(MAKE) -j2 all asan unit guest priv
	sh tests/run.sh

# The main job: OpenSBI and Linux to a busybox shell (Ctrl-A x quits). The
# disk is the cached guest's, with writes kept in memory (snapshot=on).
demo: deps
	$(MAKE) -j2 all
	@sh scripts/build-guest.sh --env > $(BUILD)/guest.env
	@. ./$(BUILD)/guest.env && exec $(BUILD)/rivet -M virt -m 256M -smp 2 -nographic \
	    -kernel "$$KERNEL" -initrd "$$INITRD" -append "console=ttyS0 rivet.shell" \
	    -drive file="$$DISK",format=raw,if=virtio,snapshot=on

# The bare-metal demo program of the first milestone.
$(BUILD)/demo.elf: demo/demo.c tests/guest/crt0.S tests/guest/link.ld
	@mkdir -p $(dir $@)
	$(RV_CC) $(RV_CFLAGS) -T tests/guest/link.ld -o $@ tests/guest/crt0.S $<

demo-bare: deps
	$(MAKE) -j2 all $(BUILD)/demo.elf
	$(BUILD)/rivet -M virt -bios none -nographic -kernel $(BUILD)/demo.elf

# The Linux guest (kernel, busybox initramfs, ext4 disk), cached in ~/.cache/rivet.
guest-linux:
	sh scripts/build-guest.sh

bench: deps
	$(MAKE) -j2 all
	sh bench/run.sh

# The differential test against QEMU with fresh seeds until interrupted;
# failures go to build/fuzz/failures.txt (tests/diff/README.md).
fuzz: deps
	$(MAKE) -j2 all
	sh tests/diff/run.sh fuzz

format:
	clang-format -i $(LIB_SRCS) $(MAIN_SRCS) $(UNIT_SRCS) $(wildcard */*.h */*/*.h)

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

include tests/guest/priv/priv.mk
