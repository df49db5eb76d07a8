# Privileged-architecture guest tests: every tests/guest/priv/NAME.c, linked
# with the test kernel in tests/guest/priv/lib/, becomes
# build/guest/priv/NAME.elf. Included from the Makefile (`make priv`), or
# standalone: make -f tests/guest/priv/priv.mk
BUILD ?= build
RV_CC ?= riscv64-unknown-elf-gcc
PRIV_DIR := tests/guest/priv
PRIV_OUT := $(BUILD)/guest/priv
PRIV_CFLAGS := -march=rv64ima_zicsr_zifencei -mabi=lp64 -mcmodel=medany -static -nostdlib \
               -nostartfiles -ffreestanding -O2 -Wall -Wextra -Werror -I$(PRIV_DIR)/lib
PRIV_LIB_SRCS := $(wildcard $(PRIV_DIR)/lib/*.S) $(wildcard $(PRIV_DIR)/lib/*.c)
PRIV_LIB_OBJS := $(patsubst $(PRIV_DIR)/lib/%,$(PRIV_OUT)/lib/%.o,$(PRIV_LIB_SRCS))
PRIV_LD := $(PRIV_DIR)/lib/link.ld
PRIV_HDRS := $(wildcard $(PRIV_DIR)/lib/*.h)
PRIV_ELFS := $(patsubst $(PRIV_DIR)/%.c,$(PRIV_OUT)/%.elf,$(wildcard $(PRIV_DIR)/*.c))

.PHONY: priv
priv: $(PRIV_ELFS)

# Static pattern rules, so that the Makefile's build/guest/%.elf rules never
# claim these targets.
$(PRIV_LIB_OBJS): $(PRIV_OUT)/lib/%.o: $(PRIV_DIR)/lib/% $(PRIV_HDRS)
	@mkdir -p $(dir $@)
	$(RV_CC) $(PRIV_CFLAGS) -c -o $@ $<

$(PRIV_ELFS): $(PRIV_OUT)/%.elf: $(PRIV_DIR)/%.c $(PRIV_LIB_OBJS) $(PRIV_LD) $(PRIV_HDRS)
	@mkdir -p $(dir $@)
	$(RV_CC) $(PRIV_CFLAGS) -Wl,--no-warn-rwx-segments -T $(PRIV_LD) -o $@ $< $(PRIV_LIB_OBJS)
