#include "util/log.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

unsigned log_mask;
FILE *log_file;

static FILE *log_out(void)
{
    return log_file ? log_file : stderr;
}

bool log_parse_items(const char *list)
{
    char buf[256];
    snprintf(buf, sizeof(buf), "%s", list);
    for (char *save, *item = strtok_r(buf, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
        if (!strcmp(item, "help")) {
            printf("Log items (comma separated):\n");
#define LOG_HELP(name, bit, help) printf("%-10s %s\n", #name, help);
            LOG_ITEMS(LOG_HELP)
#undef LOG_HELP
            exit(0);
        }
#define LOG_MATCH(name, bit, help)                                                                 \
    if (!strcmp(item, #name)) {                                                                    \
        log_mask |= LOG_##name;                                                                    \
        continue;                                                                                  \
    }
        LOG_ITEMS(LOG_MATCH)
#undef LOG_MATCH
        fprintf(stderr, "rivet: -d: unknown log item '%s' (try -d help)\n", item);
        return false;
    }
    return true;
}

bool log_set_file(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) return false;
    log_file = f;
    return true;
}

void log_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(log_out(), fmt, ap);
    va_end(ap);
}

void log_flush(void)
{
    fflush(log_out());
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    fputs("rivet: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}
