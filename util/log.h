/* -d / -D logging, as in QEMU: a mask of enabled items and one log file. */
#ifndef RIVET_UTIL_LOG_H
#define RIVET_UTIL_LOG_H

#include <stdbool.h>
#include <stdio.h>

/* One table: name, bit, help text. Read by the option parser and -d help. */
#define LOG_ITEMS(X)                                                                               \
    X(in_asm, 0, "show guest instructions of each translated block")                               \
    X(op, 1, "show the IR of each block before optimisation")                                      \
    X(op_opt, 2, "show the IR of each block after optimisation")                                   \
    X(out_asm, 3, "show the host code generated for each block")                                   \
    X(exec, 4, "show each block as it is executed")                                                \
    X(int, 5, "show interrupts and exceptions")                                                    \
    X(mmu, 6, "show TLB fills")                                                                    \
    X(nochain, 7, "do not chain blocks (debugging aid)")                                           \
    X(stats, 8, "print translator statistics at exit")                                             \
    X(guest_errors, 9, "log invalid operations by the guest (malformed virtqueues)")

enum {
#define LOG_ENUM(name, bit, help) LOG_##name = 1u << (bit),
    LOG_ITEMS(LOG_ENUM)
#undef LOG_ENUM
};

extern unsigned log_mask;
extern FILE *log_file;

static inline bool log_enabled(unsigned item)
{
    return (log_mask & item) != 0;
}

/* Parses a comma-separated -d list ("help" lists the items). Returns false
 * and prints a one-line error on an unknown item. */
bool log_parse_items(const char *list);
/* Opens -D FILE (stderr when never called). Returns false on error. */
bool log_set_file(const char *path);
void log_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_flush(void);

/* A fatal error from bad input: one line on stderr, exit status 1. */
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
