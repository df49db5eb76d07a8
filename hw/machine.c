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

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hw/boards.h"
#include "hw/clint.h"
#include "hw/fdt_virt.h"
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

void boot_open(Machine *m, Boot *b, uint64_t rom_base, uint64_t rom_size, const char *default_bios)
{
    const MachineConfig *cfg = &m->cfg;
    memset(b, 0, sizeof(*b));
    b->rom_base = rom_base;
    b->rom_size = rom_size;
    const char *bios = cfg->bios;
    if (!bios || !strcmp(bios, "default")) {
        if (!default_bios)
            fatal("machine %s has no default firmware: use -bios none (with -kernel FILE)",
                  cfg->machine);
        if (access(default_bios, R_OK))
            fatal("default firmware %s not found (install Debian's opensbi package, "
                  "or use -bios FILE)",
                  default_bios);
        bios = default_bios;
    }

    uint64_t fw_end = DRAM_BASE;
    b->start_addr = DRAM_BASE;
    if (strcmp(bios, "none")) {
        image_open(&b->bios, "bios", bios, DRAM_BASE);
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
    if (cfg->initrd) {
        if (!cfg->kernel) fatal("-initrd %s: an initrd needs a -kernel", cfg->initrd);
        /* QEMU's rule: far enough above the kernel that it survives the
         * kernel's own unpacking, low enough to stay in reach on small
         * machines. */
        uint64_t gap = cfg->ram_size / 2 < 128 * MiB ? cfg->ram_size / 2 : 128 * MiB;
        image_open_raw(&b->initrd, "initrd", cfg->initrd, b->kernel.low + gap);
        b->has_initrd = true;
    }
}

void boot_set_fdt(Machine *m, Boot *b, void *generated)
{
    const MachineConfig *cfg = &m->cfg;
    void *fdt = generated;
    if (cfg->dtb) {
        free(generated);
        fdt = fdt_load_file(cfg->dtb, &b->fdt_size);
    }
    if (!fdt) {
        if (cfg->append || cfg->initrd || cfg->dumpdtb)
            fatal("machine %s has no device tree for -append/-initrd/dumpdtb", cfg->machine);
        return;
    }
    b->fdt_size = fdt_chosen(fdt, cfg->append, b->has_initrd ? b->initrd.low : 0,
                             b->has_initrd ? b->initrd.high : 0);
    b->fdt = fdt;
    if (cfg->dumpdtb) {
        FILE *f = fopen(cfg->dumpdtb, "wb");
        if (!f || fwrite(fdt, 1, b->fdt_size, f) != b->fdt_size || fclose(f))
            fatal("dumpdtb=%s: cannot write: %s", cfg->dumpdtb, strerror(errno));
        exit(0);
    }
    /* QEMU: the highest 2 MiB-aligned spot below the end of RAM, or below
     * 3 GiB when RAM goes past it, so that 32-bit-minded code can reach it. */
    uint64_t top = m->ram_base + m->ram_size;
    if (m->ram_base < 3072 * MiB && top > 3072 * MiB) top = 3072 * MiB;
    if (top - m->ram_base < b->fdt_size) fatal("RAM too small for the device tree: use more -m");
    b->fdt_addr = (top - b->fdt_size) & ~(2 * MiB - 1);
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

/* QEMU refuses images that overlap; so does rivet, naming both. */
static void check_overlaps(const Boot *b)
{
    struct {
        const char *what;
        uint64_t low, high;
    } r[4];
    int n = 0;
    if (b->has_bios) r[n++] = (typeof(r[0])){"firmware", b->bios.low, b->bios.high};
    if (b->has_kernel) r[n++] = (typeof(r[0])){"kernel", b->kernel.low, b->kernel.high};
    if (b->has_initrd) r[n++] = (typeof(r[0])){"initrd", b->initrd.low, b->initrd.high};
    if (b->fdt) r[n++] = (typeof(r[0])){"device tree", b->fdt_addr, b->fdt_addr + b->fdt_size};
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (r[i].low < r[j].high && r[j].low < r[i].high)
                fatal("the %s (0x%llx-0x%llx) would overlap the %s (0x%llx-0x%llx): "
                      "give the machine more memory (-m)",
                      r[i].what, (unsigned long long)r[i].low, (unsigned long long)r[i].high,
                      r[j].what, (unsigned long long)r[j].low, (unsigned long long)r[j].high);
}

void boot_load(Machine *m, const Boot *b)
{
    if (b->has_bios) image_load(&b->bios, &m->as);
    if (b->has_kernel) image_load(&b->kernel, &m->as);
    if (b->has_initrd) image_load(&b->initrd, &m->as);
    check_overlaps(b);
    if (b->fdt && !as_write_bytes(&m->as, b->fdt_addr, b->fdt, b->fdt_size))
        fatal("internal error: the device tree does not fit in RAM");
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
