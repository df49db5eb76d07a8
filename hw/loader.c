/* Image loader. The input is untrusted: every offset and size read from an
 * ELF is checked against the file size (with overflow in mind) before it is
 * used, so no file, however corrupted, makes us read outside the buffer. */
#include "hw/loader.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/log.h"

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

#define MAX_IMAGE_SIZE (4ull << 30)

#define image_error(img, fmt, ...) fatal("%s '%s': " fmt, (img)->what, (img)->path, ##__VA_ARGS__)

static void read_file(LoadedImage *img)
{
    int fd = open(img->path, O_RDONLY);
    if (fd < 0) fatal("cannot open %s '%s': %s", img->what, img->path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) < 0) fatal("cannot read %s '%s': %s", img->what, img->path, strerror(errno));
    if (S_ISDIR(st.st_mode))
        fatal("cannot read %s '%s': %s", img->what, img->path, strerror(EISDIR));

    /* Not trusting st_size lets pipes and /dev/fd/N work too. */
    uint64_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (uint64_t)st.st_size + 1 : 65536;
    uint8_t *buf = malloc(cap);
    if (!buf) fatal("%s '%s': out of memory", img->what, img->path);
    uint64_t len = 0;
    for (;;) {
        if (len == cap) {
            /* Bounds what a character device such as /dev/zero can cost. */
            if (cap >= MAX_IMAGE_SIZE) image_error(img, "file larger than 4 GiB");
            cap *= 2;
            uint8_t *nbuf = realloc(buf, cap);
            if (!nbuf) fatal("%s '%s': out of memory", img->what, img->path);
            buf = nbuf;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fatal("cannot read %s '%s': %s", img->what, img->path, strerror(errno));
        if (n == 0) break;
        len += (uint64_t)n;
    }
    close(fd);
    img->data = buf;
    img->size = len;
}

/* [off, off+len) lies inside the file. */
static bool in_file(const LoadedImage *img, uint64_t off, uint64_t len)
{
    return off <= img->size && len <= img->size - off;
}

static bool table_in_file(const LoadedImage *img, uint64_t off, uint64_t count, uint64_t entsize)
{
    if (entsize && count > UINT64_MAX / entsize) return false;
    return in_file(img, off, count * entsize);
}

static void read_phdr(const LoadedImage *img, const Elf64_Ehdr *eh, unsigned i, Elf64_Phdr *ph)
{
    memcpy(ph, img->data + eh->e_phoff + (uint64_t)i * sizeof(*ph), sizeof(*ph));
}

static void read_shdr(const LoadedImage *img, const Elf64_Ehdr *eh, unsigned i, Elf64_Shdr *sh)
{
    memcpy(sh, img->data + eh->e_shoff + (uint64_t)i * sizeof(*sh), sizeof(*sh));
}

static void check_segments(LoadedImage *img, const Elf64_Ehdr *eh)
{
    if (eh->e_phnum == 0) image_error(img, "ELF has no program headers");
    if (eh->e_phentsize != sizeof(Elf64_Phdr))
        image_error(img, "malformed ELF: program header size %u", eh->e_phentsize);
    if (!table_in_file(img, eh->e_phoff, eh->e_phnum, sizeof(Elf64_Phdr)))
        image_error(img, "malformed ELF: program headers lie outside the file");

    img->low = UINT64_MAX;
    img->high = 0;
    for (unsigned i = 0; i < eh->e_phnum; i++) {
        Elf64_Phdr ph;
        read_phdr(img, eh, i, &ph);
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
        if (!in_file(img, ph.p_offset, ph.p_filesz))
            image_error(img, "malformed ELF: segment %u data lies outside the file", i);
        if (ph.p_filesz > ph.p_memsz)
            image_error(img, "malformed ELF: segment %u file size exceeds its memory size", i);
        if (ph.p_paddr + ph.p_memsz < ph.p_paddr)
            image_error(img, "malformed ELF: segment %u wraps around the address space", i);
        if (ph.p_paddr < img->low) img->low = ph.p_paddr;
        if (ph.p_paddr + ph.p_memsz > img->high) img->high = ph.p_paddr + ph.p_memsz;
    }
    if (img->high == 0) image_error(img, "ELF has no loadable segment");
}

/* spike's HTIF needs the tohost/fromhost symbols; a missing or broken
 * symbol table is reported as such rather than ignored. */
static void find_symbols(LoadedImage *img, const Elf64_Ehdr *eh)
{
    if (eh->e_shnum == 0) return;
    if (eh->e_shentsize != sizeof(Elf64_Shdr))
        image_error(img, "malformed ELF: section header size %u", eh->e_shentsize);
    if (!table_in_file(img, eh->e_shoff, eh->e_shnum, sizeof(Elf64_Shdr)))
        image_error(img, "malformed ELF: section headers lie outside the file");

    for (unsigned i = 0; i < eh->e_shnum; i++) {
        Elf64_Shdr sh;
        read_shdr(img, eh, i, &sh);
        if (sh.sh_type != SHT_SYMTAB) continue;
        if (sh.sh_entsize != sizeof(Elf64_Sym) || !in_file(img, sh.sh_offset, sh.sh_size))
            image_error(img, "malformed ELF: symbol table lies outside the file");
        if (sh.sh_link >= eh->e_shnum)
            image_error(img, "malformed ELF: symbol table has no string table");
        Elf64_Shdr strsh;
        read_shdr(img, eh, sh.sh_link, &strsh);
        if (!in_file(img, strsh.sh_offset, strsh.sh_size))
            image_error(img, "malformed ELF: string table lies outside the file");
        const char *strtab = (const char *)img->data + strsh.sh_offset;

        uint64_t nsyms = sh.sh_size / sizeof(Elf64_Sym);
        for (uint64_t k = 1; k < nsyms; k++) {
            Elf64_Sym sym;
            memcpy(&sym, img->data + sh.sh_offset + k * sizeof(sym), sizeof(sym));
            if (sym.st_shndx == SHN_UNDEF || sym.st_name >= strsh.sh_size) continue;
            const char *name = strtab + sym.st_name;
            uint64_t room = strsh.sh_size - sym.st_name;
            if (!memchr(name, 0, room)) continue; /* unterminated name */
            if (!strcmp(name, "tohost")) {
                img->has_tohost = true;
                img->tohost = sym.st_value;
            } else if (!strcmp(name, "fromhost")) {
                img->has_fromhost = true;
                img->fromhost = sym.st_value;
            }
        }
    }
}

static void open_elf(LoadedImage *img)
{
    Elf64_Ehdr eh;
    if (img->size < EI_NIDENT) image_error(img, "truncated ELF header");
    if (img->data[EI_CLASS] != ELFCLASS64) image_error(img, "not a 64-bit ELF");
    if (img->data[EI_DATA] != ELFDATA2LSB) image_error(img, "not a little-endian ELF");
    if (img->size < sizeof(eh)) image_error(img, "truncated ELF header");
    memcpy(&eh, img->data, sizeof(eh));
    if (eh.e_machine != EM_RISCV)
        image_error(img, "not a RISC-V ELF (e_machine %u)", (unsigned)eh.e_machine);
    if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)
        image_error(img, "not an ELF executable (e_type %u)", (unsigned)eh.e_type);
    check_segments(img, &eh);
    find_symbols(img, &eh);
    img->entry = eh.e_entry;
}

static void place_raw(LoadedImage *img, uint64_t base)
{
    if (img->size == 0) image_error(img, "file is empty");
    if (base + img->size < base) image_error(img, "image too large");
    img->entry = img->low = base;
    img->high = base + img->size;
}

void image_open(LoadedImage *img, const char *what, const char *path, uint64_t raw_base)
{
    memset(img, 0, sizeof(*img));
    img->what = what;
    img->path = path;
    read_file(img);
    img->is_elf = img->size >= SELFMAG && !memcmp(img->data, ELFMAG, SELFMAG);
    if (img->is_elf) {
        open_elf(img);
        return;
    }
    place_raw(img, raw_base);
}

void image_open_raw(LoadedImage *img, const char *what, const char *path, uint64_t base)
{
    memset(img, 0, sizeof(*img));
    img->what = what;
    img->path = path;
    read_file(img);
    place_raw(img, base);
}

static bool write_zeros(AddressSpace *as, uint64_t addr, uint64_t len)
{
    static const uint8_t zeros[65536];
    while (len) {
        uint64_t n = len < sizeof(zeros) ? len : sizeof(zeros);
        if (!as_write_bytes(as, addr, zeros, n)) return false;
        addr += n;
        len -= n;
    }
    return true;
}

static void no_fit(const LoadedImage *img, uint64_t addr, uint64_t len)
{
    image_error(img, "0x%llx..0x%llx does not fit in guest RAM/ROM", (unsigned long long)addr,
                (unsigned long long)(addr + len - 1));
}

void image_load(const LoadedImage *img, AddressSpace *as)
{
    if (!img->is_elf) {
        if (!as_write_bytes(as, img->low, img->data, img->size)) no_fit(img, img->low, img->size);
        return;
    }
    Elf64_Ehdr eh;
    memcpy(&eh, img->data, sizeof(eh));
    for (unsigned i = 0; i < eh.e_phnum; i++) {
        Elf64_Phdr ph;
        read_phdr(img, &eh, i, &ph);
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0) continue;
        if (!as_write_bytes(as, ph.p_paddr, img->data + ph.p_offset, ph.p_filesz) ||
            !write_zeros(as, ph.p_paddr + ph.p_filesz, ph.p_memsz - ph.p_filesz))
            no_fit(img, ph.p_paddr, ph.p_memsz);
    }
}
