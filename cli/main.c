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
#include "util/log.h"

#define RIVET_VERSION "0.1"

typedef struct Options {
    MachineConfig cfg;
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
           "  -cpu rv64             the CPU model (the only one)\n"
           "Boot:\n"
           "  -bios none|FILE       firmware at 0x80000000 (there is no default firmware yet)\n"
           "  -kernel FILE          ELF at its own addresses, or a raw image: at 0x80000000\n"
           "                        with -bios none, else 2 MiB-aligned after the firmware\n"
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

static void opt_bios(Options *o, const char *opt, const char *arg)
{
    o->cfg.bios = arg;
}
static void opt_kernel(Options *o, const char *opt, const char *arg)
{
    o->cfg.kernel = arg;
}
static void opt_nographic(Options *o, const char *opt, const char *arg) {}

static void opt_serial(Options *o, const char *opt, const char *arg)
{
    if (strcmp(arg, "stdio") && strcmp(arg, "mon:stdio"))
        fatal("%s %s: unsupported (the console is always stdio)", opt, arg);
}

/* rivet models one CPU: QEMU's generic rv64 (and its alias max) names it. */
static void opt_cpu(Options *o, const char *opt, const char *arg)
{
    if (strcmp(arg, "rv64") && strcmp(arg, "max"))
        fatal("%s %s: unsupported CPU model (rivet offers rv64)", opt, arg);
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
    {"help", false, opt_help},    {"version", false, opt_version},
};

static void parse(Options *o, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (arg[0] != '-' || !arg[1])
            fatal("%s: unexpected argument (disk images are not supported)", arg);
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
    if (o.log_items && !log_parse_items(o.log_items)) exit(1);
    if (o.log_path && !log_set_file(o.log_path))
        fatal("-D %s: cannot open the log file: %s", o.log_path, strerror(errno));
    Machine *m = machine_create(&o.cfg);
    int status = machine_run(m);
    if (log_enabled(LOG_stats)) tb_print_stats();
    log_flush();
    exit(status);
}
