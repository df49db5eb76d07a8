/* rivet's command line: the subset of qemu-system-riscv64's that applies,
 * with QEMU's spellings and defaults (machine spike, 128 MiB, one hart),
 * so that a QEMU command line runs unchanged. Like QEMU, every option also
 * takes a "--" form, and every error is one line on stderr and status 1.
 * An option rivet does not implement is an error, never silently ignored:
 * a user who asked for it would otherwise get a machine they did not ask
 * for. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accel/tb.h"
#include "hw/machine.h"
#include "target/riscv/cpu.h"
#include "util/log.h"

#define RIVET_VERSION "0.1"

#define MAX_DRIVES 8

typedef struct DriveDef {
    DriveConfig cfg;
    const char *id;
    bool attach; /* if=virtio: a disk of its own; if=none: for -device */
    bool used;
} DriveDef;

typedef struct Options {
    MachineConfig cfg;
    DriveDef drive_defs[MAX_DRIVES];
    int ndrive_defs;
    const char *log_items;
    const char *log_path;
} Options;

static void usage(void)
{
    printf("usage: rivet [options]\n"
           "RISC-V (RV64) system emulator; takes qemu-system-riscv64's command line.\n"
           "\n"
           "Machine:\n"
           "  -M, -machine NAME     virt or spike (the default); 'help' lists them\n"
           "  -m SIZE               guest RAM in MiB, or with a B/K/M/G/T suffix (default 128M)\n"
           "  -smp N                number of harts, 1..%d (default 1)\n"
           "  -accel tcg[,tb-size=MIB][,thread=single|multi]\n"
           "  -cpu rv64[,sstc=on|off]  the CPU model (the only one); sstc=off drops Sstc\n"
           "Boot:\n"
           "  -bios default|none|FILE  firmware at 0x80000000 (default: Debian's OpenSBI\n"
           "                        fw_dynamic on virt)\n"
           "  -kernel FILE          ELF at its own addresses, or a raw image: at 0x80000000\n"
           "                        with -bios none, else 2 MiB-aligned after the firmware\n"
           "  -initrd FILE          initial ramdisk, placed as QEMU does\n"
           "  -append CMDLINE       kernel command line (/chosen/bootargs)\n"
           "  -dtb FILE             use this device tree instead of the generated one\n"
           "  -machine virt,dumpdtb=FILE  write the device tree to FILE and exit\n"
           "Disks and devices (virt: eight virtio-mmio slots):\n"
           "  -drive file=F[,format=raw][,if=virtio|none][,id=ID][,readonly=on][,snapshot=on]\n"
           "  -device virtio-blk-device,drive=ID | virtio-rng-device\n"
           "  -snapshot             keep every disk write in memory\n"
           "Console (always this process's stdio):\n"
           "  -nographic  -serial stdio|mon:stdio  -display none\n"
           "Debugging:\n"
           "  -d ITEM[,ITEM...]     log items ('-d help' lists them)\n"
           "  -D FILE               write the log to FILE instead of stderr\n"
           "  -h, -help             print this help\n"
           "  -version              print the version\n",
           MAX_CPUS);
}

/* Splits "a,b=c,..." in place; returns the next item or NULL. */
static char *next_item(char **rest)
{
    char *s = *rest;
    if (!s) return NULL;
    char *comma = strchr(s, ',');
    if (comma) {
        *comma = 0;
        *rest = comma + 1;
    } else {
        *rest = NULL;
    }
    return s;
}

/* "key=value" -> value when the key matches, else NULL. */
static const char *prop(const char *item, const char *key)
{
    size_t n = strlen(key);
    return !strncmp(item, key, n) && item[n] == '=' ? item + n + 1 : NULL;
}

static char *dup_arg(const char *s)
{
    char *d = strdup(s);
    if (!d) fatal("out of memory");
    return d;
}

static void opt_machine(Options *o, const char *opt, const char *arg)
{
    char *items = dup_arg(arg), *rest = items;
    bool first = true;
    for (char *item; (item = next_item(&rest)); first = false) {
        const char *type = prop(item, "type");
        if (!type && first && !strchr(item, '=')) type = item;
        const char *dump = prop(item, "dumpdtb");
        if (dump) {
            o->cfg.dumpdtb = dup_arg(dump);
            continue;
        }
        if (!type) fatal("%s: unsupported machine property '%s'", opt, item);
        if (!strcmp(type, "help") || !strcmp(type, "?")) {
            printf("Supported machines are:\n"
                   "spike                RISC-V Spike board (default)\n"
                   "virt                 RISC-V VirtIO board\n");
            exit(0);
        }
        if (!strcmp(type, "virt"))
            o->cfg.machine = "virt";
        else if (!strcmp(type, "spike"))
            o->cfg.machine = "spike";
        else
            fatal("%s %s: unsupported machine type (-machine help lists them)", opt, type);
    }
    free(items);
}

/* QEMU's size syntax (qemu_strtosz_MiB): a decimal number, possibly with a
 * fraction, then an optional B/K/M/G/T/P/E suffix; no suffix means MiB. */
static bool parse_size(const char *s, uint64_t *out)
{
    if (*s < '0' || *s > '9') return false;
    errno = 0;
    char *end;
    double v = strtod(s, &end);
    if (errno || end == s || v < 0) return false;
    uint64_t mult = 1ull << 20;
    if (*end) {
        const char *units = "BKMGTPE";
        const char *u = strchr(units, *end >= 'a' ? *end - 32 : *end);
        if (!u || end[1]) return false;
        mult = 1ull << (10 * (u - units));
    }
    double bytes = v * (double)mult;
    if (bytes >= 18446744073709551616.0) return false;
    *out = (uint64_t)bytes;
    return true;
}

static void opt_m(Options *o, const char *opt, const char *arg)
{
    const char *size = prop(arg, "size");
    if (!size) size = arg;
    if (strchr(size, ',') || strchr(size, '='))
        fatal("%s %s: only a size is supported (no slots/maxmem)", opt, arg);
    uint64_t bytes;
    if (!parse_size(size, &bytes) || bytes == 0)
        fatal("%s %s: invalid memory size (a number of MiB, or with a B/K/M/G/T suffix)", opt, arg);
    /* DRAM starts at 2 GiB; more than 1 TiB is surely a typo. */
    if (bytes > (1ull << 40)) fatal("%s %s: memory size too large (at most 1T)", opt, arg);
    o->cfg.ram_size = (bytes + 4095) & ~4095ull; /* whole pages */
}

static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
    if (*s < '0' || *s > '9') return false;
    errno = 0;
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || v > max) return false;
    *out = v;
    return true;
}

static void opt_smp(Options *o, const char *opt, const char *arg)
{
    char *items = dup_arg(arg), *rest = items;
    bool first = true;
    for (char *item; (item = next_item(&rest)); first = false) {
        const char *n = prop(item, "cpus");
        if (!n && first && !strchr(item, '=')) n = item;
        if (!n) fatal("%s: unsupported property '%s'", opt, item);
        unsigned long v;
        if (!parse_uint(n, MAX_CPUS, &v) || v < 1)
            fatal("%s %s: the number of harts must be 1..%d", opt, arg, MAX_CPUS);
        o->cfg.smp = (int)v;
    }
    free(items);
}

static void opt_accel(Options *o, const char *opt, const char *arg)
{
    char *items = dup_arg(arg), *rest = items;
    char *accel = next_item(&rest);
    if (strcmp(accel, "tcg")) fatal("%s %s: only the tcg accelerator exists", opt, accel);
    for (char *item; (item = next_item(&rest));) {
        const char *v;
        unsigned long n;
        if ((v = prop(item, "tb-size"))) {
            if (!parse_uint(v, 1ul << 20, &n))
                fatal("%s: invalid tb-size '%s' (a number of MiB)", opt, v);
            o->cfg.tb_size_mib = (unsigned)n;
        } else if ((v = prop(item, "thread"))) {
            /* One host thread per hart is how rivet runs; both are accepted. */
            if (strcmp(v, "single") && strcmp(v, "multi"))
                fatal("%s: invalid thread '%s' (single or multi)", opt, v);
        } else {
            fatal("%s: unsupported property '%s'", opt, item);
        }
    }
    free(items);
}

static void add_blk(Options *o, const char *opt, const DriveDef *d)
{
    if (o->cfg.nvirtio >= 8) fatal("%s: no free virtio-mmio slot", opt);
    o->cfg.virtio[o->cfg.nvirtio++] = (VirtioSlotConfig){.kind = VIRTIO_SLOT_BLK, .drive = d->cfg};
}

static void opt_bios(Options *o, const char *opt, const char *arg)
{
    o->cfg.bios = arg;
}
static void opt_kernel(Options *o, const char *opt, const char *arg)
{
    o->cfg.kernel = arg;
}
static void opt_initrd(Options *o, const char *opt, const char *arg)
{
    o->cfg.initrd = arg;
}
static void opt_append(Options *o, const char *opt, const char *arg)
{
    o->cfg.append = arg;
}
static void opt_dtb(Options *o, const char *opt, const char *arg)
{
    o->cfg.dtb = arg;
}
static void opt_snapshot(Options *o, const char *opt, const char *arg)
{
    o->cfg.snapshot = true;
}

static bool parse_onoff(const char *opt, const char *key, const char *v)
{
    if (!strcmp(v, "on")) return true;
    if (!strcmp(v, "off")) return false;
    fatal("%s: %s=%s: expected on or off", opt, key, v);
}

/* -drive file=F[,format=raw][,if=virtio|none][,id=ID][,readonly=on][,snapshot=on]:
 * a virtio-blk disk on the next free virtio-mmio slot. if=none with an id
 * waits for -device virtio-blk-device,drive=ID, as in QEMU. */
static void opt_drive(Options *o, const char *opt, const char *arg)
{
    if (o->ndrive_defs >= MAX_DRIVES) fatal("%s: too many drives (at most %d)", opt, MAX_DRIVES);
    DriveDef *d = &o->drive_defs[o->ndrive_defs++];
    memset(d, 0, sizeof(*d));
    d->attach = true;
    char *items = dup_arg(arg), *rest = items;
    bool first = true;
    for (char *item; (item = next_item(&rest)); first = false) {
        const char *v;
        if ((v = prop(item, "file")) || (first && !strchr(item, '=') && (v = item)))
            d->cfg.file = v;
        else if ((v = prop(item, "format"))) {
            if (strcmp(v, "raw")) fatal("%s: format=%s: only raw images are supported", opt, v);
        } else if ((v = prop(item, "if"))) {
            if (!strcmp(v, "none"))
                d->attach = false;
            else if (strcmp(v, "virtio"))
                fatal("%s: if=%s: unsupported interface (virtio or none)", opt, v);
        } else if ((v = prop(item, "id")))
            d->id = v;
        else if ((v = prop(item, "readonly")))
            d->cfg.readonly = parse_onoff(opt, "readonly", v);
        else if ((v = prop(item, "snapshot")))
            d->cfg.snapshot = parse_onoff(opt, "snapshot", v);
        else if ((v = prop(item, "media"))) {
            if (strcmp(v, "disk")) fatal("%s: media=%s: only disk", opt, v);
        } else if ((v = prop(item, "cache")) || (v = prop(item, "aio")))
            ; /* host I/O tuning, invisible to the guest: rivet does plain synchronous I/O */
        else
            fatal("%s: unsupported property '%s'", opt, item);
    }
    if (!d->cfg.file) fatal("%s %s: no file= given", opt, arg);
    if (!d->attach && !d->id) fatal("%s %s: if=none needs an id=", opt, arg);
}

/* -device virtio-blk-device,drive=ID | virtio-rng-device */
static void opt_device(Options *o, const char *opt, const char *arg)
{
    char *items = dup_arg(arg), *rest = items;
    char *type = next_item(&rest);
    if (!strcmp(type, "help")) {
        printf("virtio-blk-device    virtio block device on a virtio-mmio slot (drive=ID)\n"
               "virtio-rng-device    virtio entropy source on a virtio-mmio slot\n");
        exit(0);
    }
    if (!strcmp(type, "virtio-rng-device") || !strcmp(type, "virtio-rng")) {
        for (char *item; (item = next_item(&rest));)
            fatal("%s: virtio-rng-device: unsupported property '%s'", opt, item);
        if (o->cfg.nvirtio >= 8) fatal("%s: no free virtio-mmio slot", opt);
        o->cfg.virtio[o->cfg.nvirtio++] = (VirtioSlotConfig){.kind = VIRTIO_SLOT_RNG};
        free(items);
        return;
    }
    if (strcmp(type, "virtio-blk-device") && strcmp(type, "virtio-blk"))
        fatal("%s %s: unsupported device (virtio-blk-device, virtio-rng-device)", opt, type);
    const char *id = NULL;
    for (char *item; (item = next_item(&rest));) {
        const char *v = prop(item, "drive");
        if (!v) fatal("%s: virtio-blk-device: unsupported property '%s'", opt, item);
        id = v;
    }
    if (!id) fatal("%s: virtio-blk-device needs drive=ID", opt);
    for (int i = 0; i < o->ndrive_defs; i++) {
        DriveDef *d = &o->drive_defs[i];
        if (d->id && !strcmp(d->id, id) && !d->attach && !d->used) {
            d->used = true;
            add_blk(o, opt, d);
            free(items);
            return;
        }
    }
    fatal("%s: drive=%s: no unused -drive if=none,id=%s", opt, id, id);
}

static void opt_nographic(Options *o, const char *opt, const char *arg) {}

static void opt_serial(Options *o, const char *opt, const char *arg)
{
    if (strcmp(arg, "stdio") && strcmp(arg, "mon:stdio"))
        fatal("%s %s: unsupported (the console is always stdio)", opt, arg);
}

/* rivet models one CPU: QEMU's generic rv64 (and its alias max) names it.
 * Of QEMU's extension switches, sstc=on|off (true/false) is offered. */
static void opt_cpu(Options *o, const char *opt, const char *arg)
{
    char *items = dup_arg(arg), *rest = items;
    char *model = next_item(&rest);
    if (strcmp(model, "rv64") && strcmp(model, "max"))
        fatal("%s %s: unsupported CPU model (rivet offers rv64)", opt, model);
    for (char *item; (item = next_item(&rest));) {
        const char *v = prop(item, "sstc");
        if (!v) fatal("%s: unsupported CPU property '%s' (rivet offers sstc=on|off)", opt, item);
        if (!strcmp(v, "on") || !strcmp(v, "true"))
            riscv_has_sstc = true;
        else if (!strcmp(v, "off") || !strcmp(v, "false"))
            riscv_has_sstc = false;
        else
            fatal("%s: sstc=%s: expected on or off", opt, v);
    }
    free(items);
}

static void opt_display(Options *o, const char *opt, const char *arg)
{
    if (strcmp(arg, "none")) fatal("%s %s: unsupported (only none)", opt, arg);
}

static void opt_d(Options *o, const char *opt, const char *arg)
{
    o->log_items = arg;
}
static void opt_D(Options *o, const char *opt, const char *arg)
{
    o->log_path = arg;
}

static void opt_help(Options *o, const char *opt, const char *arg)
{
    usage();
    exit(0);
}

static void opt_version(Options *o, const char *opt, const char *arg)
{
    printf("rivet version " RIVET_VERSION
           " (RISC-V RV64 system emulator, qemu-system-riscv64 command line)\n");
    exit(0);
}

static const struct Option {
    const char *name;
    bool has_arg;
    void (*fn)(Options *o, const char *opt, const char *arg);
} options[] = {
    {"M", true, opt_machine},     {"machine", true, opt_machine},
    {"m", true, opt_m},           {"smp", true, opt_smp},
    {"accel", true, opt_accel},   {"bios", true, opt_bios},
    {"kernel", true, opt_kernel}, {"nographic", false, opt_nographic},
    {"serial", true, opt_serial}, {"display", true, opt_display},
    {"cpu", true, opt_cpu},       {"d", true, opt_d},
    {"D", true, opt_D},           {"h", false, opt_help},
    {"initrd", true, opt_initrd}, {"append", true, opt_append},
    {"dtb", true, opt_dtb},       {"drive", true, opt_drive},
    {"device", true, opt_device}, {"snapshot", false, opt_snapshot},
    {"help", false, opt_help},    {"version", false, opt_version},
};

static void parse(Options *o, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || !arg[1])
            fatal("%s: unexpected argument (give disk images with -drive file=...)", arg);
        const char *name = arg + 1;
        if (name[0] == '-' && name[1]) name++; /* --opt is -opt */
        const struct Option *opt = NULL;
        for (size_t k = 0; k < sizeof(options) / sizeof(options[0]); k++)
            if (!strcmp(options[k].name, name)) opt = &options[k];
        if (!opt) fatal("%s: invalid option", arg);
        const char *value = NULL;
        if (opt->has_arg) {
            if (i + 1 >= argc) fatal("%s: requires an argument", arg);
            value = argv[++i];
        }
        opt->fn(o, arg, value);
    }
}

int main(int argc, char **argv)
{
    Options o = {.cfg = {.machine = "spike", .ram_size = 128ull << 20, .smp = 1}};
    parse(&o, argc, argv);
    /* Drives given with if=virtio take slots after the -device ones, in
     * command-line order, like QEMU's default devices. */
    for (int i = 0; i < o.ndrive_defs; i++) {
        DriveDef *d = &o.drive_defs[i];
        if (d->attach)
            add_blk(&o, "-drive", d);
        else if (!d->used)
            fatal("-drive id=%s: not used by any -device", d->id);
    }
    if (o.cfg.snapshot)
        for (int i = 0; i < o.cfg.nvirtio; i++) o.cfg.virtio[i].drive.snapshot = true;
    if (o.log_items && !log_parse_items(o.log_items)) exit(1);
    if (o.log_path && !log_set_file(o.log_path))
        fatal("-D %s: cannot open the log file: %s", o.log_path, strerror(errno));
    Machine *m = machine_create(&o.cfg);
    int status = machine_run(m);
    if (log_enabled(LOG_stats)) tb_print_stats();
    log_flush();
    exit(status);
}
