/* System: fence, ecall/ebreak, Zifencei, Zicsr, privileged — lines of the instruction table (see
 * target/riscv/insns.h). X(name, mnemonic, format, mask, match) */
#define RISCV_INSNS_SYSTEM(X)                                                                      \
    X(fence, "fence", FMT_FENCE, 0x0000707f, 0x0000000f)                                           \
    X(ecall, "ecall", FMT_NONE, 0xffffffff, 0x00000073)                                            \
    X(ebreak, "ebreak", FMT_NONE, 0xffffffff, 0x00100073)                                          \
    X(fence_i, "fence.i", FMT_NONE, 0x0000707f, 0x0000100f)                                        \
    X(csrrw, "csrrw", FMT_CSR, 0x0000707f, 0x00001073)                                             \
    X(csrrs, "csrrs", FMT_CSR, 0x0000707f, 0x00002073)                                             \
    X(csrrc, "csrrc", FMT_CSR, 0x0000707f, 0x00003073)                                             \
    X(csrrwi, "csrrwi", FMT_CSRI, 0x0000707f, 0x00005073)                                          \
    X(csrrsi, "csrrsi", FMT_CSRI, 0x0000707f, 0x00006073)                                          \
    X(csrrci, "csrrci", FMT_CSRI, 0x0000707f, 0x00007073)                                          \
    X(mret, "mret", FMT_NONE, 0xffffffff, 0x30200073)                                              \
    X(sret, "sret", FMT_NONE, 0xffffffff, 0x10200073)                                              \
    X(sfence_vma, "sfence.vma", FMT_R, 0xfe007fff, 0x12000073)                                     \
    X(wfi, "wfi", FMT_NONE, 0xffffffff, 0x10500073)
