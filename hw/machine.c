/* Machine lifetime and QEMU's RISC-V boot flow, shared by virt and spike.
 *
 * Boot, as QEMU does it (hw/riscv/boot.c): every hart starts in a reset
 * ROM that loads a0 = mhartid, a1 = the device tree address and a2 = the
 * address of an OpenSBI fw_dynamic_info block, then jumps to the firmware.
 * The firmware starts at DRAM_BASE (an ELF firmware at its entry point);
 * with -bios none the "firmware" slot is empty and the ROM still jumps to
 * DRAM_BASE, where the kernel is expected to be. fw_dynamic's next_addr is
 * the kernel's lowest load address (not its ELF entry: QEMU chose that so
 * that fw_dynamic agrees with fw_jump and raw images).
 *
 * Run: the main thread starts the harts and sleeps on m->cond until a
 * device asks for poweroff or reset. A device calls machine_request_*()
 * from a vCPU thread, inside an MMIO access, so those calls only record
 * the request and wake the main thread; stopping the harts is done here. */
#include "hw/machine.h"

#include <stdlib.h>
#include <string.h>

#include "hw/boards.h"
#include "hw/clint.h"
#include "target/riscv/cpu.h"
#include "util/log.h"

#define MiB (1ull << 20)

/* OpenSBI's struct fw_dynamic_info (include/sbi/fw_dynamic.h). */
#define FW_DYNAMIC_INFO_MAGIC 0x4942534full /* "OSBI" */
#define FW_DYNAMIC_INFO_VERSION 2
#define FW_DYNAMIC_INFO_NEXT_MODE_S 1

Machine *machine_create(const MachineConfig *cfg)
{
    const char *name = cfg->machine ? cfg->machine : "spike";
    if (!strcmp(name, "virt")) return virt_create(cfg);
    if (!strcmp(name, "spike")) return spike_create(cfg);
    fatal("unsupported machine type '%s' (-machine help lists them)", name);
}

Machine *machine_alloc(const MachineConfig *cfg)
{
    if (cfg->smp < 1 || cfg->smp > MAX_CPUS)
        fatal("-smp %d: the number of harts must be 1..%d", cfg->smp, MAX_CPUS);
    if (cfg->ram_size == 0 || cfg->ram_size > UINT64_MAX - DRAM_BASE)
        fatal("invalid RAM size %llu", (unsigned long long)cfg->ram_size);
    Machine *m = calloc(1, sizeof(*m));
    if (!m) fatal("out of memory");
    m->cfg = *cfg;
    pthread_mutex_init(&m->lock, NULL);
    pthread_cond_init(&m->cond, NULL);
    m->shutdown_kind = SHUTDOWN_NONE;
    return m;
}

void machine_add_dram(Machine *m, const char *name)
{
    m->ram_base = DRAM_BASE;
    m->ram_size = m->cfg.ram_size;
    as_add_ram(&m->as, name, m->ram_base, m->ram_size);
}

static void clint_irq_to_cpu(void *opaque, int hart, int irq, bool level)
{
    Machine *m = opaque;
    if (hart < m->ncpus) riscv_cpu_set_irq(m->cpus[hart], irq, level);
}

void machine_create_cpus(Machine *m)
{
    for (int i = 0; i < m->cfg.smp; i++) m->cpus[i] = riscv_cpu_new(m, i);
    m->ncpus = m->cfg.smp;
    Clint *clint = m->clint;
    if (clint) {
        clint->irq = clint_irq_to_cpu;
        clint->irq_opaque = m;
    }
}

uint64_t machine_mtime_deadline(Machine *m, uint64_t t)
{
    return clint_host_deadline(m->clint, t);
}

void boot_open(Machine *m, Boot *b, uint64_t rom_base, uint64_t rom_size)
{
    const MachineConfig *cfg = &m->cfg;
    memset(b, 0, sizeof(*b));
    b->rom_base = rom_base;
    b->rom_size = rom_size;
    if (!cfg->bios || !strcmp(cfg->bios, "default"))
        fatal("no default firmware is available yet: use -bios none (with -kernel FILE)");

    uint64_t fw_end = DRAM_BASE;
    b->start_addr = DRAM_BASE;
    if (strcmp(cfg->bios, "none")) {
        image_open(&b->bios, "bios", cfg->bios, DRAM_BASE);
        b->has_bios = true;
        b->start_addr = b->bios.entry;
        fw_end = b->bios.high;
    } else if (!cfg->kernel) {
        fatal("no -kernel given: with -bios none there is nothing to run");
    }
    if (cfg->kernel) {
        uint64_t raw_base = (fw_end + 2 * MiB - 1) & ~(2 * MiB - 1);
        image_open(&b->kernel, "kernel", cfg->kernel, raw_base);
        b->has_kernel = true;
        b->next_addr = b->kernel.low;
    }
}

/* RV64I encodings (unprivileged spec, chapter 2 "Base Instruction Formats"). */
enum { OP_LOAD = 0x03, OP_IMM = 0x13, OP_AUIPC = 0x17, OP_JALR = 0x67, OP_SYSTEM = 0x73 };
enum { REG_ZERO = 0, REG_T0 = 5, REG_A0 = 10, REG_A1 = 11, REG_A2 = 12 };
enum { CSR_MHARTID = 0xf14 };

static uint32_t enc_i(uint32_t opcode, uint32_t rd, uint32_t funct3, uint32_t rs1, uint32_t imm)
{
    return (imm & 0xfff) << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | opcode;
}

static uint32_t enc_u(uint32_t opcode, uint32_t rd, uint32_t imm20)
{
    return imm20 << 12 | rd << 7 | opcode;
}

static void put64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}

static void write_reset_rom(Machine *m, const Boot *b)
{
    enum { CODE = 24, START = 24, FDT = 32, FW_DYN = 40, SIZE = FW_DYN + 6 * 8 };
    const uint32_t code[CODE / 4] = {
        enc_u(OP_AUIPC, REG_T0, 0),                  /* auipc t0, 0 */
        enc_i(OP_IMM, REG_A2, 0, REG_T0, FW_DYN),    /* addi  a2, t0, FW_DYN */
        enc_i(OP_SYSTEM, REG_A0, 2, 0, CSR_MHARTID), /* csrr  a0, mhartid (csrrs a0, csr, x0) */
        enc_i(OP_LOAD, REG_A1, 3, REG_T0, FDT),      /* ld    a1, FDT(t0) */
        enc_i(OP_LOAD, REG_T0, 3, REG_T0, START),    /* ld    t0, START(t0) */
        enc_i(OP_JALR, REG_ZERO, 0, REG_T0, 0),      /* jr    t0 */
    };
    uint8_t rom[SIZE];
    for (int i = 0; i < CODE / 4; i++)
        for (int k = 0; k < 4; k++) rom[4 * i + k] = (uint8_t)(code[i] >> (8 * k));
    put64(rom + START, b->start_addr);
    put64(rom + FDT, b->fdt_addr);
    put64(rom + FW_DYN + 0, FW_DYNAMIC_INFO_MAGIC);
    put64(rom + FW_DYN + 8, FW_DYNAMIC_INFO_VERSION);
    put64(rom + FW_DYN + 16, b->next_addr);
    put64(rom + FW_DYN + 24, FW_DYNAMIC_INFO_NEXT_MODE_S);
    put64(rom + FW_DYN + 32, 0); /* options */
    put64(rom + FW_DYN + 40, 0); /* boot_hart: any */
    if (b->rom_size < SIZE || !as_write_bytes(&m->as, b->rom_base, rom, SIZE))
        fatal("internal error: no room for the reset ROM");
}

void boot_load(Machine *m, const Boot *b)
{
    if (b->has_bios) image_load(&b->bios, &m->as);
    if (b->has_kernel) image_load(&b->kernel, &m->as);
    /* Last, so that no image can clobber it (QEMU refuses the overlap). */
    write_reset_rom(m, b);
}

int machine_run(Machine *m)
{
    for (;;) {
        for (int i = 0; i < m->ncpus; i++) riscv_cpu_reset(m->cpus[i], m->reset_pc);
        for (int i = 0; i < m->ncpus; i++) riscv_cpu_start(m->cpus[i]);

        pthread_mutex_lock(&m->lock);
        while (m->shutdown_kind == SHUTDOWN_NONE) pthread_cond_wait(&m->cond, &m->lock);
        pthread_mutex_unlock(&m->lock);

        for (int i = 0; i < m->ncpus; i++) riscv_cpu_stop(m->cpus[i]);

        /* Read again: a poweroff may have overtaken a reset while the harts
         * were stopping. */
        pthread_mutex_lock(&m->lock);
        bool poweroff = m->shutdown_kind == SHUTDOWN_POWEROFF;
        if (!poweroff) m->shutdown_kind = SHUTDOWN_NONE;
        pthread_mutex_unlock(&m->lock);
        if (poweroff) break;
        if (m->board_reset) m->board_reset(m);
    }
    fflush(stdout);
    log_flush();
    return m->exit_code;
}

void machine_request_shutdown(Machine *m, int exit_code)
{
    pthread_mutex_lock(&m->lock);
    /* The first poweroff wins, as in QEMU where it ends the process. */
    if (m->shutdown_kind != SHUTDOWN_POWEROFF) {
        m->shutdown_kind = SHUTDOWN_POWEROFF;
        m->exit_code = exit_code;
        pthread_cond_signal(&m->cond);
    }
    pthread_mutex_unlock(&m->lock);
}

void machine_request_reset(Machine *m)
{
    pthread_mutex_lock(&m->lock);
    if (m->shutdown_kind == SHUTDOWN_NONE) {
        m->shutdown_kind = SHUTDOWN_RESET;
        pthread_cond_signal(&m->cond);
    }
    pthread_mutex_unlock(&m->lock);
}

uint64_t machine_mtime(Machine *m)
{
    return clint_mtime(m->clint);
}
