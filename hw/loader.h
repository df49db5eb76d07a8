/* Kernel and firmware images: ELF64 RISC-V executables or raw binaries.
 *
 * An image is read and checked once (image_open), then copied into guest
 * memory as often as needed (image_load): a machine reset reloads RAM from
 * the copy taken at start-up, not from a file that may have changed since.
 */
#ifndef RIVET_HW_LOADER_H
#define RIVET_HW_LOADER_H

#include <stdbool.h>
#include <stdint.h>

#include "system/memory.h"

typedef struct LoadedImage {
    const char *what; /* "kernel", "bios": names the image in messages */
    const char *path;
    uint8_t *data; /* the whole file */
    uint64_t size;
    bool is_elf;
    uint64_t entry;     /* ELF: e_entry; raw: the load address */
    uint64_t low, high; /* lowest loaded address and the end of the highest */
    bool has_tohost, has_fromhost;
    uint64_t tohost, fromhost; /* spike's HTIF words, from .symtab */
} LoadedImage;

/* Reads path and checks all of it: a file starting with the ELF magic must be
 * a well-formed ELF64 little-endian RISC-V executable; anything else is a raw
 * binary to be placed at raw_base. Every problem is fatal(), one line. */
void image_open(LoadedImage *img, const char *what, const char *path, uint64_t raw_base);

/* The same for a file that is data whatever it holds (an initrd). */
void image_open_raw(LoadedImage *img, const char *what, const char *path, uint64_t base);

/* Copies the image into guest RAM/ROM (ELF: PT_LOAD segments at p_paddr, the
 * part past p_filesz zeroed). fatal() when a byte would land outside RAM/ROM. */
void image_load(const LoadedImage *img, AddressSpace *as);

#endif
