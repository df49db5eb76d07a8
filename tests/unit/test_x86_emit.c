/*
 * Unit test of the x86-64 encoder (tcg/x86_64/emit.c).
 *
 * Each row of ROWS emits into a fresh buffer and is checked four ways:
 *  - the bytes equal the expected bytes, which were produced by GNU as 2.40
 *    on the row's Intel-syntax text (`as --64` on ".intel_syntax noprefix"
 *    plus the text, then `objcopy -O binary -j .text` / `objdump -d`); `.`
 *    in the text is the row's first byte, and rows run with the executable
 *    view of that byte at EXEC_BASE, so `call .+N` is the reference for a
 *    call to EXEC_BASE + N;
 *  - capstone decodes them as exactly the row's instruction count, using
 *    every byte (an independent decoder: catches a wrong length or prefix
 *    order even where the reference text was mistyped);
 *  - nothing outside the emitted bytes changed;
 *  - the space rule: with 15 bytes of room the row sets overflow and writes
 *    nothing, with 16 (or its length, if longer) it emits the same bytes,
 *    and with overflow already set it writes nothing.
 * Then x86_patch_rel32, x86_align and NULL-on-overflow have tests of their
 * own, and a few sequences are run through a real W^X double mapping and
 * their results compared with C computing the same thing: the narrowed
 * test's flags, loads' extensions, byte stores of SIL, immediates, calls
 * and a patched jump.
 *
 * Where the encoder picks a shorter equivalent than the operands suggest,
 * the text is that shorter form: test r, imm with imm in 0..0x7f is the
 * byte test and with imm >= 0 the 32-bit one, exactly what `as -Os` makes
 * of the 64-bit text (the flags are the same); [index*1] is [index].
 */
#define _GNU_SOURCE /* memfd_create */
#include "tcg/x86_64/emit.h"

#include <capstone/capstone.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define EXEC_BASE ((uintptr_t)0x7f0000000000)
#define EXEC(off) ((const void *)(EXEC_BASE + (off)))

/* x86_jmp32 / x86_jcc32 then x86_patch_rel32 to (first byte + off). */
static void jmp32_patch(X86Asm *a, int off)
{
    uint8_t *start = a->ptr;
    x86_patch_rel32(a, x86_jmp32(a), start + off);
}

static void jcc32_patch(X86Asm *a, X86Cond cond, int off)
{
    uint8_t *start = a->ptr;
    x86_patch_rel32(a, x86_jcc32(a, cond), start + off);
}

/* R(name, instruction count, reference text for as, expected bytes, code using `a`) */
// clang-format off
#define ROWS(R) \
    R(mov_rr_64, 1, "mov rax, rbx", "48 89 d8", x86_mov_rr(a, true, X86_RAX, X86_RBX)) \
    R(mov_rr_32, 1, "mov eax, ebx", "89 d8", x86_mov_rr(a, false, X86_RAX, X86_RBX)) \
    R(mov_rr_r8_rax, 1, "mov r8, rax", "49 89 c0", x86_mov_rr(a, true, X86_R8, X86_RAX)) \
    R(mov_rr_rax_r15, 1, "mov rax, r15", "4c 89 f8", x86_mov_rr(a, true, X86_RAX, X86_R15)) \
    R(mov_rr_r12d_r13d, 1, "mov r12d, r13d", "45 89 ec", x86_mov_rr(a, false, X86_R12, X86_R13)) \
    R(mov_rr_rsp_rbp, 1, "mov rsp, rbp", "48 89 ec", x86_mov_rr(a, true, X86_RSP, X86_RBP)) \
    R(mov_ri_zero, 1, "mov eax, 0", "b8 00 00 00 00", x86_mov_ri64(a, X86_RAX, 0)) \
    R(mov_ri_u32max, 1, "mov ecx, 0xffffffff", "b9 ff ff ff ff", x86_mov_ri64(a, X86_RCX, 0xffffffffu)) \
    R(mov_ri_r9d, 1, "mov r9d, 1", "41 b9 01 00 00 00", x86_mov_ri64(a, X86_R9, 1)) \
    R(mov_ri_minus1, 1, "mov rax, -1", "48 c7 c0 ff ff ff ff", x86_mov_ri64(a, X86_RAX, UINT64_MAX)) \
    R(mov_ri_s32min, 1, "mov r10, -0x80000000", "49 c7 c2 00 00 00 80", x86_mov_ri64(a, X86_R10, 0xffffffff80000000u)) \
    R(mov_ri_2p32, 1, "movabs rbx, 0x100000000", "48 bb 00 00 00 00 01 00 00 00", x86_mov_ri64(a, X86_RBX, 0x100000000u)) \
    R(mov_ri_movabs_r15, 1, "movabs r15, 0x123456789abcdef0", "49 bf f0 de bc 9a 78 56 34 12", x86_mov_ri64(a, X86_R15, 0x123456789abcdef0u)) \
    R(mov_ri_below_s32min, 1, "movabs rdi, 0xffffffff7fffffff", "48 bf ff ff ff 7f ff ff ff ff", x86_mov_ri64(a, X86_RDI, 0xffffffff7fffffffu)) \
    R(zero_eax, 1, "xor eax, eax", "31 c0", x86_zero_reg(a, X86_RAX)) \
    R(zero_r11d, 1, "xor r11d, r11d", "45 31 db", x86_zero_reg(a, X86_R11)) \
    R(add_rr_64, 1, "add rax, rbx", "48 01 d8", x86_alu_rr(a, X86_ADD, true, X86_RAX, X86_RBX)) \
    R(sub_rr_32, 1, "sub eax, ecx", "29 c8", x86_alu_rr(a, X86_SUB, false, X86_RAX, X86_RCX)) \
    R(xor_rr_r8_r9, 1, "xor r8, r9", "4d 31 c8", x86_alu_rr(a, X86_XOR, true, X86_R8, X86_R9)) \
    R(cmp_rr_r15d_eax, 1, "cmp r15d, eax", "41 39 c7", x86_alu_rr(a, X86_CMP, false, X86_R15, X86_RAX)) \
    R(and_rr, 1, "and rdx, rsi", "48 21 f2", x86_alu_rr(a, X86_AND, true, X86_RDX, X86_RSI)) \
    R(or_rr, 1, "or edi, r10d", "44 09 d7", x86_alu_rr(a, X86_OR, false, X86_RDI, X86_R10)) \
    R(adc_rr, 1, "adc rbx, rcx", "48 11 cb", x86_alu_rr(a, X86_ADC, true, X86_RBX, X86_RCX)) \
    R(sbb_rr, 1, "sbb r14, r13", "4d 19 ee", x86_alu_rr(a, X86_SBB, true, X86_R14, X86_R13)) \
    R(add_ri_imm8, 1, "add rax, 1", "48 83 c0 01", x86_alu_ri(a, X86_ADD, true, X86_RAX, 1)) \
    R(sub_ri_m128, 1, "sub eax, -128", "83 e8 80", x86_alu_ri(a, X86_SUB, false, X86_RAX, -128)) \
    R(cmp_ri_127, 1, "cmp rcx, 127", "48 83 f9 7f", x86_alu_ri(a, X86_CMP, true, X86_RCX, 127)) \
    R(and_ri_128_r12, 1, "and r12, 0x80", "49 81 e4 80 00 00 00", x86_alu_ri(a, X86_AND, true, X86_R12, 0x80)) \
    R(add_ri_eax_imm32, 1, "add eax, 0x1000", "05 00 10 00 00", x86_alu_ri(a, X86_ADD, false, X86_RAX, 0x1000)) \
    R(add_ri_rax_imm32, 1, "add rax, -0x12345678", "48 05 88 a9 cb ed", x86_alu_ri(a, X86_ADD, true, X86_RAX, -0x12345678)) \
    R(cmp_ri_rax_m129, 1, "cmp rax, -129", "48 3d 7f ff ff ff", x86_alu_ri(a, X86_CMP, true, X86_RAX, -129)) \
    R(or_ri_r9d, 1, "or r9d, 0x12345", "41 81 c9 45 23 01 00", x86_alu_ri(a, X86_OR, false, X86_R9, 0x12345)) \
    R(xor_ri_m1, 1, "xor rdx, -1", "48 83 f2 ff", x86_alu_ri(a, X86_XOR, true, X86_RDX, -1)) \
    R(sbb_ri_rsp, 1, "sbb rsp, 0x100", "48 81 dc 00 01 00 00", x86_alu_ri(a, X86_SBB, true, X86_RSP, 0x100)) \
    R(add_rm_rbx, 1, "add rax, [rbx]", "48 03 03", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_RBX, X86_NOREG, 1, 0)) \
    R(cmp_rm_rsp8, 1, "cmp r8, [rsp+8]", "4c 3b 44 24 08", x86_alu_rm(a, X86_CMP, true, X86_R8, X86_RSP, X86_NOREG, 1, 8)) \
    R(sub_rm_rsp0, 1, "sub eax, [rsp]", "2b 04 24", x86_alu_rm(a, X86_SUB, false, X86_RAX, X86_RSP, X86_NOREG, 1, 0)) \
    R(sub_rm_rbp0, 1, "sub eax, [rbp]", "2b 45 00", x86_alu_rm(a, X86_SUB, false, X86_RAX, X86_RBP, X86_NOREG, 1, 0)) \
    R(xor_rm_r12, 1, "xor rcx, [r12]", "49 33 0c 24", x86_alu_rm(a, X86_XOR, true, X86_RCX, X86_R12, X86_NOREG, 1, 0)) \
    R(and_rm_r13, 1, "and rdx, [r13]", "49 23 55 00", x86_alu_rm(a, X86_AND, true, X86_RDX, X86_R13, X86_NOREG, 1, 0)) \
    R(and_rm_r13_disp32, 1, "and edx, [r13+0x1000]", "41 23 95 00 10 00 00", x86_alu_rm(a, X86_AND, false, X86_RDX, X86_R13, X86_NOREG, 1, 0x1000)) \
    R(or_rm_idx1, 1, "or r10, [rax+rcx*1]", "4c 0b 14 08", x86_alu_rm(a, X86_OR, true, X86_R10, X86_RAX, X86_RCX, 1, 0)) \
    R(add_rm_idx2_d8, 1, "add rax, [rax+rcx*2+0x10]", "48 03 44 48 10", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_RAX, X86_RCX, 2, 0x10)) \
    R(sub_rm_idx4_r12, 1, "sub rax, [rbx+r12*4-0x80]", "4a 2b 44 a3 80", x86_alu_rm(a, X86_SUB, true, X86_RAX, X86_RBX, X86_R12, 4, -0x80)) \
    R(adc_rm_idx8_d32, 1, "adc rax, [r14+rdx*8+0x12345]", "49 13 84 d6 45 23 01 00", x86_alu_rm(a, X86_ADC, true, X86_RAX, X86_R14, X86_RDX, 8, 0x12345)) \
    R(cmp_rm_abs, 1, "cmp eax, [0x1000]", "3b 04 25 00 10 00 00", x86_alu_rm(a, X86_CMP, false, X86_RAX, X86_NOREG, X86_NOREG, 1, 0x1000)) \
    R(cmp_rm_abs_neg, 1, "cmp r9, [-8]", "4c 3b 0c 25 f8 ff ff ff", x86_alu_rm(a, X86_CMP, true, X86_R9, X86_NOREG, X86_NOREG, 1, -8)) \
    R(add_rm_nobase_idx8, 1, "add rax, [rcx*8+0x100]", "48 03 04 cd 00 01 00 00", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_NOREG, X86_RCX, 8, 0x100)) \
    R(add_rm_nobase_idx1, 1, "add rax, [rcx+0x10]", "48 03 41 10", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_NOREG, X86_RCX, 1, 0x10)) \
    R(add_rm_nobase_r13x2, 1, "add rax, [r13*2]", "4a 03 04 6d 00 00 00 00", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_NOREG, X86_R13, 2, 0)) \
    R(xor_rm_rbp_idx, 1, "xor eax, [rbp+rcx*2]", "33 44 4d 00", x86_alu_rm(a, X86_XOR, false, X86_RAX, X86_RBP, X86_RCX, 2, 0)) \
    R(xor_rm_r13_r13, 1, "xor r15, [r13+r13*1]", "4f 33 7c 2d 00", x86_alu_rm(a, X86_XOR, true, X86_R15, X86_R13, X86_R13, 1, 0)) \
    R(or_rm_r12_idx, 1, "or eax, [r12+r13*2]", "43 0b 04 6c", x86_alu_rm(a, X86_OR, false, X86_RAX, X86_R12, X86_R13, 2, 0)) \
    R(or_rm_rsp_idx, 1, "or eax, [rsp+r12*8+0x7f]", "42 0b 44 e4 7f", x86_alu_rm(a, X86_OR, false, X86_RAX, X86_RSP, X86_R12, 8, 0x7f)) \
    R(add_rm_d8max, 1, "add rax, [rdi+127]", "48 03 47 7f", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_RDI, X86_NOREG, 1, 127)) \
    R(add_rm_d8over, 1, "add rax, [rdi+128]", "48 03 87 80 00 00 00", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_RDI, X86_NOREG, 1, 128)) \
    R(add_rm_d8min, 1, "add rax, [rdi-128]", "48 03 47 80", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_RDI, X86_NOREG, 1, -128)) \
    R(add_rm_d8under, 1, "add rax, [rdi-129]", "48 03 87 7f ff ff ff", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_RDI, X86_NOREG, 1, -129)) \
    R(add_rm_d32min, 1, "add rax, [r12-0x80000000]", "49 03 84 24 00 00 00 80", x86_alu_rm(a, X86_ADD, true, X86_RAX, X86_R12, X86_NOREG, 1, INT32_MIN)) \
    R(add_mr_rdi, 1, "add [rdi], rax", "48 01 07", x86_alu_mr(a, X86_ADD, true, X86_RDI, X86_NOREG, 1, 0, X86_RAX)) \
    R(sub_mr_rsp, 1, "sub [rsp], ecx", "29 0c 24", x86_alu_mr(a, X86_SUB, false, X86_RSP, X86_NOREG, 1, 0, X86_RCX)) \
    R(xor_mr_r13, 1, "xor [r13+0x7f], r9", "4d 31 4d 7f", x86_alu_mr(a, X86_XOR, true, X86_R13, X86_NOREG, 1, 0x7f, X86_R9)) \
    R(cmp_mr_rbp_d32, 1, "cmp [rbp-0x81], rdx", "48 39 95 7f ff ff ff", x86_alu_mr(a, X86_CMP, true, X86_RBP, X86_NOREG, 1, -0x81, X86_RDX)) \
    R(or_mr_idx, 1, "or [rax+r15*4+4], r11d", "46 09 5c b8 04", x86_alu_mr(a, X86_OR, false, X86_RAX, X86_R15, 4, 4, X86_R11)) \
    R(add_mi_imm8, 1, "add qword ptr [rdi+8], 1", "48 83 47 08 01", x86_alu_mi(a, X86_ADD, true, X86_RDI, X86_NOREG, 1, 8, 1)) \
    R(cmp_mi_rsp_imm32, 1, "cmp dword ptr [rsp], 0x1000", "81 3c 24 00 10 00 00", x86_alu_mi(a, X86_CMP, false, X86_RSP, X86_NOREG, 1, 0, 0x1000)) \
    R(and_mi_r12_idx, 1, "and qword ptr [r12+r13*2], -1", "4b 83 24 6c ff", x86_alu_mi(a, X86_AND, true, X86_R12, X86_R13, 2, 0, -1)) \
    R(sub_mi_abs, 1, "sub dword ptr [0x2000], 5", "83 2c 25 00 20 00 00 05", x86_alu_mi(a, X86_SUB, false, X86_NOREG, X86_NOREG, 1, 0x2000, 5)) \
    R(or_mi_rbp_d32, 1, "or qword ptr [rbp+0x100], 0x12345", "48 81 8d 00 01 00 00 45 23 01 00", x86_alu_mi(a, X86_OR, true, X86_RBP, X86_NOREG, 1, 0x100, 0x12345)) \
    R(test_rr_64, 1, "test rax, rcx", "48 85 c8", x86_test_rr(a, true, X86_RAX, X86_RCX)) \
    R(test_rr_32, 1, "test edx, edx", "85 d2", x86_test_rr(a, false, X86_RDX, X86_RDX)) \
    R(test_rr_r8, 1, "test r8, rbx", "49 85 d8", x86_test_rr(a, true, X86_R8, X86_RBX)) \
    R(test_ri_al, 1, "test al, 1", "a8 01", x86_test_ri(a, true, X86_RAX, 1)) \
    R(test_ri_sil, 1, "test sil, 1", "40 f6 c6 01", x86_test_ri(a, true, X86_RSI, 1)) \
    R(test_ri_r9b, 1, "test r9b, 0x7f", "41 f6 c1 7f", x86_test_ri(a, true, X86_R9, 0x7f)) \
    R(test_ri_eax_0x80, 1, "test eax, 0x80", "a9 80 00 00 00", x86_test_ri(a, true, X86_RAX, 0x80)) \
    R(test_ri_edx, 1, "test edx, 0x7fffffff", "f7 c2 ff ff ff 7f", x86_test_ri(a, true, X86_RDX, 0x7fffffff)) \
    R(test_ri_rbx_neg, 1, "test rbx, -0x80", "48 f7 c3 80 ff ff ff", x86_test_ri(a, true, X86_RBX, -0x80)) \
    R(test_ri_rax_neg, 1, "test rax, -2", "48 a9 fe ff ff ff", x86_test_ri(a, true, X86_RAX, -2)) \
    R(test_ri_ecx_m1, 1, "test ecx, -1", "f7 c1 ff ff ff ff", x86_test_ri(a, false, X86_RCX, -1)) \
    R(test_ri_r14d, 1, "test r14d, 0x100", "41 f7 c6 00 01 00 00", x86_test_ri(a, false, X86_R14, 0x100)) \
    R(load8, 1, "mov rax, [rax]", "48 8b 00", x86_load(a, 8, false, X86_RAX, X86_RAX, X86_NOREG, 1, 0)) \
    R(load8_abs_r15, 1, "mov r15, [0x400]", "4c 8b 3c 25 00 04 00 00", x86_load(a, 8, false, X86_R15, X86_NOREG, X86_NOREG, 1, 0x400)) \
    R(load4_zx, 1, "mov ecx, [rsp+4]", "8b 4c 24 04", x86_load(a, 4, false, X86_RCX, X86_RSP, X86_NOREG, 1, 4)) \
    R(load4_sx, 1, "movsxd rax, dword ptr [rbp]", "48 63 45 00", x86_load(a, 4, true, X86_RAX, X86_RBP, X86_NOREG, 1, 0)) \
    R(load4_sx_r11, 1, "movsxd r11, dword ptr [r8+r9*4]", "4f 63 1c 88", x86_load(a, 4, true, X86_R11, X86_R8, X86_R9, 4, 0)) \
    R(load2_zx, 1, "movzx eax, word ptr [r12+rax*2]", "41 0f b7 04 44", x86_load(a, 2, false, X86_RAX, X86_R12, X86_RAX, 2, 0)) \
    R(load2_sx, 1, "movsx rdx, word ptr [rsi-2]", "48 0f bf 56 fe", x86_load(a, 2, true, X86_RDX, X86_RSI, X86_NOREG, 1, -2)) \
    R(load1_zx, 1, "movzx eax, byte ptr [r13+8]", "41 0f b6 45 08", x86_load(a, 1, false, X86_RAX, X86_R13, X86_NOREG, 1, 8)) \
    R(load1_zx_r10, 1, "movzx r10d, byte ptr [rax]", "44 0f b6 10", x86_load(a, 1, false, X86_R10, X86_RAX, X86_NOREG, 1, 0)) \
    R(load1_sx, 1, "movsx r9, byte ptr [rdi+rsi*8+0x1000]", "4c 0f be 8c f7 00 10 00 00", x86_load(a, 1, true, X86_R9, X86_RDI, X86_RSI, 8, 0x1000)) \
    R(load1_sx_rsi, 1, "movsx rsi, byte ptr [rsi]", "48 0f be 36", x86_load(a, 1, true, X86_RSI, X86_RSI, X86_NOREG, 1, 0)) \
    R(store1_al, 1, "mov [rdi], al", "88 07", x86_store(a, 1, X86_RAX, X86_RDI, X86_NOREG, 1, 0)) \
    R(store1_bl, 1, "mov [rsp], bl", "88 1c 24", x86_store(a, 1, X86_RBX, X86_RSP, X86_NOREG, 1, 0)) \
    R(store1_spl, 1, "mov [rax], spl", "40 88 20", x86_store(a, 1, X86_RSP, X86_RAX, X86_NOREG, 1, 0)) \
    R(store1_bpl, 1, "mov [rax], bpl", "40 88 28", x86_store(a, 1, X86_RBP, X86_RAX, X86_NOREG, 1, 0)) \
    R(store1_sil, 1, "mov [rax], sil", "40 88 30", x86_store(a, 1, X86_RSI, X86_RAX, X86_NOREG, 1, 0)) \
    R(store1_dil, 1, "mov [rbx+rcx*1], dil", "40 88 3c 0b", x86_store(a, 1, X86_RDI, X86_RBX, X86_RCX, 1, 0)) \
    R(store1_r8b, 1, "mov [rax], r8b", "44 88 00", x86_store(a, 1, X86_R8, X86_RAX, X86_NOREG, 1, 0)) \
    R(store1_sil_r12, 1, "mov [r12], sil", "41 88 34 24", x86_store(a, 1, X86_RSI, X86_R12, X86_NOREG, 1, 0)) \
    R(store2, 1, "mov [rbx+2], ax", "66 89 43 02", x86_store(a, 2, X86_RAX, X86_RBX, X86_NOREG, 1, 2)) \
    R(store2_r9w, 1, "mov [r13], r9w", "66 45 89 4d 00", x86_store(a, 2, X86_R9, X86_R13, X86_NOREG, 1, 0)) \
    R(store4, 1, "mov [rsp], r10d", "44 89 14 24", x86_store(a, 4, X86_R10, X86_RSP, X86_NOREG, 1, 0)) \
    R(store8, 1, "mov [r13], rax", "49 89 45 00", x86_store(a, 8, X86_RAX, X86_R13, X86_NOREG, 1, 0)) \
    R(store8_abs, 1, "mov [0x7ffffff0], rsi", "48 89 34 25 f0 ff ff 7f", x86_store(a, 8, X86_RSI, X86_NOREG, X86_NOREG, 1, 0x7ffffff0)) \
    R(store_imm1, 1, "mov byte ptr [rdi], 0x12", "c6 07 12", x86_store_imm(a, 1, X86_RDI, X86_NOREG, 1, 0, 0x12)) \
    R(store_imm1_neg, 1, "mov byte ptr [r8+1], -1", "41 c6 40 01 ff", x86_store_imm(a, 1, X86_R8, X86_NOREG, 1, 1, -1)) \
    R(store_imm2, 1, "mov word ptr [rax+2], 0x1234", "66 c7 40 02 34 12", x86_store_imm(a, 2, X86_RAX, X86_NOREG, 1, 2, 0x1234)) \
    R(store_imm4, 1, "mov dword ptr [rsp+8], -1", "c7 44 24 08 ff ff ff ff", x86_store_imm(a, 4, X86_RSP, X86_NOREG, 1, 8, -1)) \
    R(store_imm8, 1, "mov qword ptr [rbp], -2", "48 c7 45 00 fe ff ff ff", x86_store_imm(a, 8, X86_RBP, X86_NOREG, 1, 0, -2)) \
    R(store_imm8_idx, 1, "mov qword ptr [r14+r15*8+0x200], 0x7fffffff", "4b c7 84 fe 00 02 00 00 ff ff ff 7f", x86_store_imm(a, 8, X86_R14, X86_R15, 8, 0x200, 0x7fffffff)) \
    R(lea_64, 1, "lea rax, [rbx+rcx*4+8]", "48 8d 44 8b 08", x86_lea(a, true, X86_RAX, X86_RBX, X86_RCX, 4, 8)) \
    R(lea_32, 1, "lea eax, [rdi+1]", "8d 47 01", x86_lea(a, false, X86_RAX, X86_RDI, X86_NOREG, 1, 1)) \
    R(lea_r12, 1, "lea r8, [r12]", "4d 8d 04 24", x86_lea(a, true, X86_R8, X86_R12, X86_NOREG, 1, 0)) \
    R(lea_nobase, 1, "lea rax, [rcx*8]", "48 8d 04 cd 00 00 00 00", x86_lea(a, true, X86_RAX, X86_NOREG, X86_RCX, 8, 0)) \
    R(lea_rbp_r13, 1, "lea rdx, [rbp+r13*1]", "4a 8d 54 2d 00", x86_lea(a, true, X86_RDX, X86_RBP, X86_R13, 1, 0)) \
    R(lea_rsp_neg, 1, "lea rsp, [rsp-0x1000]", "48 8d a4 24 00 f0 ff ff", x86_lea(a, true, X86_RSP, X86_RSP, X86_NOREG, 1, -0x1000)) \
    R(shl_1, 1, "shl rax, 1", "48 d1 e0", x86_shift_ri(a, X86_SHL, true, X86_RAX, 1)) \
    R(shr_5, 1, "shr eax, 5", "c1 e8 05", x86_shift_ri(a, X86_SHR, false, X86_RAX, 5)) \
    R(sar_63_r9, 1, "sar r9, 63", "49 c1 f9 3f", x86_shift_ri(a, X86_SAR, true, X86_R9, 63)) \
    R(rol_3, 1, "rol ecx, 3", "c1 c1 03", x86_shift_ri(a, X86_ROL, false, X86_RCX, 3)) \
    R(ror_1_r12, 1, "ror r12, 1", "49 d1 cc", x86_shift_ri(a, X86_ROR, true, X86_R12, 1)) \
    R(shl_cl, 1, "shl rax, cl", "48 d3 e0", x86_shift_cl(a, X86_SHL, true, X86_RAX)) \
    R(sar_cl_r10d, 1, "sar r10d, cl", "41 d3 fa", x86_shift_cl(a, X86_SAR, false, X86_R10)) \
    R(ror_cl, 1, "ror rdi, cl", "48 d3 cf", x86_shift_cl(a, X86_ROR, true, X86_RDI)) \
    R(not_64, 1, "not rax", "48 f7 d0", x86_grp3(a, X86_NOT, true, X86_RAX)) \
    R(neg_32, 1, "neg ecx", "f7 d9", x86_grp3(a, X86_NEG, false, X86_RCX)) \
    R(mul_r8, 1, "mul r8", "49 f7 e0", x86_grp3(a, X86_MUL, true, X86_R8)) \
    R(imul1, 1, "imul rdx", "48 f7 ea", x86_grp3(a, X86_IMUL1, true, X86_RDX)) \
    R(div_r15d, 1, "div r15d", "41 f7 f7", x86_grp3(a, X86_DIV, false, X86_R15)) \
    R(idiv_rcx, 1, "idiv rcx", "48 f7 f9", x86_grp3(a, X86_IDIV, true, X86_RCX)) \
    R(imul_rr_64, 1, "imul rax, rbx", "48 0f af c3", x86_imul_rr(a, true, X86_RAX, X86_RBX)) \
    R(imul_rr_32, 1, "imul r9d, r10d", "45 0f af ca", x86_imul_rr(a, false, X86_R9, X86_R10)) \
    R(imul_rri_8, 1, "imul rax, rbx, 10", "48 6b c3 0a", x86_imul_rri(a, true, X86_RAX, X86_RBX, 10)) \
    R(imul_rri_32, 1, "imul ecx, edx, 0x1000", "69 ca 00 10 00 00", x86_imul_rri(a, false, X86_RCX, X86_RDX, 0x1000)) \
    R(imul_rri_r8, 1, "imul r8, r9, -1", "4d 6b c1 ff", x86_imul_rri(a, true, X86_R8, X86_R9, -1)) \
    R(cqo, 1, "cqo", "48 99", x86_cqo(a)) \
    R(cdq, 1, "cdq", "99", x86_cdq(a)) \
    R(sete_al, 1, "sete al", "0f 94 c0", x86_setcc(a, X86_CC_E, X86_RAX)) \
    R(setne_cl, 1, "setne cl", "0f 95 c1", x86_setcc(a, X86_CC_NE, X86_RCX)) \
    R(setl_spl, 1, "setl spl", "40 0f 9c c4", x86_setcc(a, X86_CC_L, X86_RSP)) \
    R(setb_dil, 1, "setb dil", "40 0f 92 c7", x86_setcc(a, X86_CC_B, X86_RDI)) \
    R(setg_r8b, 1, "setg r8b", "41 0f 9f c0", x86_setcc(a, X86_CC_G, X86_R8)) \
    R(seto_r15b, 1, "seto r15b", "41 0f 90 c7", x86_setcc(a, X86_CC_O, X86_R15)) \
    R(setbe_bpl, 1, "setbe bpl", "40 0f 96 c5", x86_setcc(a, X86_CC_BE, X86_RBP)) \
    R(setnp_bl, 1, "setnp bl", "0f 9b c3", x86_setcc(a, X86_CC_NP, X86_RBX)) \
    R(movzx8_al, 1, "movzx eax, al", "0f b6 c0", x86_movzx8_rr(a, X86_RAX, X86_RAX)) \
    R(movzx8_sil, 1, "movzx eax, sil", "40 0f b6 c6", x86_movzx8_rr(a, X86_RAX, X86_RSI)) \
    R(movzx8_r10b, 1, "movzx r9d, r10b", "45 0f b6 ca", x86_movzx8_rr(a, X86_R9, X86_R10)) \
    R(movzx8_to_rsp, 1, "movzx esp, dl", "0f b6 e2", x86_movzx8_rr(a, X86_RSP, X86_RDX)) \
    R(cmove, 1, "cmove rax, rbx", "48 0f 44 c3", x86_cmov(a, X86_CC_E, true, X86_RAX, X86_RBX)) \
    R(cmovl_32, 1, "cmovl r8d, ecx", "44 0f 4c c1", x86_cmov(a, X86_CC_L, false, X86_R8, X86_RCX)) \
    R(cmova_r15, 1, "cmova rcx, r15", "49 0f 47 cf", x86_cmov(a, X86_CC_A, true, X86_RCX, X86_R15)) \
    R(movsxd_rr, 1, "movsxd rax, ecx", "48 63 c1", x86_movsxd_rr(a, X86_RAX, X86_RCX)) \
    R(movsxd_rr_r8, 1, "movsxd r8, r9d", "4d 63 c1", x86_movsxd_rr(a, X86_R8, X86_R9)) \
    R(movsx_rr_al, 1, "movsx rax, al", "48 0f be c0", x86_movsx_rr(a, 1, X86_RAX, X86_RAX)) \
    R(movsx_rr_sil, 1, "movsx rax, sil", "48 0f be c6", x86_movsx_rr(a, 1, X86_RAX, X86_RSI)) \
    R(movsx_rr_r11w, 1, "movsx r10, r11w", "4d 0f bf d3", x86_movsx_rr(a, 2, X86_R10, X86_R11)) \
    R(movzx_rr_bl, 1, "movzx eax, bl", "0f b6 c3", x86_movzx_rr(a, 1, X86_RAX, X86_RBX)) \
    R(movzx_rr_dil, 1, "movzx eax, dil", "40 0f b6 c7", x86_movzx_rr(a, 1, X86_RAX, X86_RDI)) \
    R(movzx_rr_di, 1, "movzx eax, di", "0f b7 c7", x86_movzx_rr(a, 2, X86_RAX, X86_RDI)) \
    R(movzx_rr_r9w, 1, "movzx r8d, r9w", "45 0f b7 c1", x86_movzx_rr(a, 2, X86_R8, X86_R9)) \
    R(bswap_32, 1, "bswap eax", "0f c8", x86_bswap(a, false, X86_RAX)) \
    R(bswap_64, 1, "bswap rax", "48 0f c8", x86_bswap(a, true, X86_RAX)) \
    R(bswap_r12, 1, "bswap r12", "49 0f cc", x86_bswap(a, true, X86_R12)) \
    R(bswap_r9d, 1, "bswap r9d", "41 0f c9", x86_bswap(a, false, X86_R9)) \
    R(bswap_edi, 1, "bswap edi", "0f cf", x86_bswap(a, false, X86_RDI)) \
    R(popcnt_64, 1, "popcnt rax, rbx", "f3 48 0f b8 c3", x86_popcnt(a, true, X86_RAX, X86_RBX)) \
    R(popcnt_32_r8, 1, "popcnt r8d, ecx", "f3 44 0f b8 c1", x86_popcnt(a, false, X86_R8, X86_RCX)) \
    R(lzcnt_32, 1, "lzcnt eax, r15d", "f3 41 0f bd c7", x86_lzcnt(a, false, X86_RAX, X86_R15)) \
    R(lzcnt_64, 1, "lzcnt rdx, rsi", "f3 48 0f bd d6", x86_lzcnt(a, true, X86_RDX, X86_RSI)) \
    R(tzcnt_64, 1, "tzcnt r10, r11", "f3 4d 0f bc d3", x86_tzcnt(a, true, X86_R10, X86_R11)) \
    R(tzcnt_32, 1, "tzcnt ecx, edx", "f3 0f bc ca", x86_tzcnt(a, false, X86_RCX, X86_RDX)) \
    R(bsr_64, 1, "bsr rax, rbx", "48 0f bd c3", x86_bsr(a, true, X86_RAX, X86_RBX)) \
    R(bsr_32_r8, 1, "bsr r8d, ecx", "44 0f bd c1", x86_bsr(a, false, X86_R8, X86_RCX)) \
    R(bsr_r15, 1, "bsr r15, rsi", "4c 0f bd fe", x86_bsr(a, true, X86_R15, X86_RSI)) \
    R(bsf_64, 1, "bsf r10, r11", "4d 0f bc d3", x86_bsf(a, true, X86_R10, X86_R11)) \
    R(bsf_32, 1, "bsf ecx, edx", "0f bc ca", x86_bsf(a, false, X86_RCX, X86_RDX)) \
    R(jmp_rax, 1, "jmp rax", "ff e0", x86_jmp_reg(a, X86_RAX)) \
    R(jmp_r11, 1, "jmp r11", "41 ff e3", x86_jmp_reg(a, X86_R11)) \
    R(call_rax, 1, "call rax", "ff d0", x86_call_reg(a, X86_RAX)) \
    R(call_r12, 1, "call r12", "41 ff d4", x86_call_reg(a, X86_R12)) \
    R(push_rbx, 1, "push rbx", "53", x86_push(a, X86_RBX)) \
    R(push_r12, 1, "push r12", "41 54", x86_push(a, X86_R12)) \
    R(pop_rbp, 1, "pop rbp", "5d", x86_pop(a, X86_RBP)) \
    R(pop_r15, 1, "pop r15", "41 5f", x86_pop(a, X86_R15)) \
    R(ret, 1, "ret", "c3", x86_ret(a)) \
    R(ud2, 1, "ud2", "0f 0b", x86_ud2(a)) \
    R(int3, 1, "int3", "cc", x86_int3(a)) \
    R(addsd_rr, 1, "addsd xmm2, xmm3", "f2 0f 58 d3", x86_sse_rr(a, X86_SSE_ADD, true, 2, 3)) \
    R(addss_rr_x10, 1, "addss xmm10, xmm1", "f3 44 0f 58 d1", x86_sse_rr(a, X86_SSE_ADD, false, 10, 1)) \
    R(subsd_rr_x15, 1, "subsd xmm1, xmm15", "f2 41 0f 5c cf", x86_sse_rr(a, X86_SSE_SUB, true, 1, 15)) \
    R(mulsd_rr_x8_x9, 1, "mulsd xmm8, xmm9", "f2 45 0f 59 c1", x86_sse_rr(a, X86_SSE_MUL, true, 8, 9)) \
    R(divss_rr_x12, 1, "divss xmm0, xmm12", "f3 41 0f 5e c4", x86_sse_rr(a, X86_SSE_DIV, false, 0, 12)) \
    R(sqrtsd_rr, 1, "sqrtsd xmm5, xmm5", "f2 0f 51 ed", x86_sse_rr(a, X86_SSE_SQRT, true, 5, 5)) \
    R(addsd_rm, 1, "addsd xmm2, qword ptr [rbp + 0x180]", "f2 0f 58 95 80 01 00 00", x86_sse_rm(a, X86_SSE_ADD, true, 2, X86_RBP, 0x180)) \
    R(movsd_load, 1, "movsd xmm7, qword ptr [rbp + 0x150]", "f2 0f 10 bd 50 01 00 00", x86_movs_load(a, true, 7, X86_RBP, 0x150)) \
    R(movsd_load_rsp_x12, 1, "movsd xmm12, qword ptr [rsp + 0x98]", "f2 44 0f 10 a4 24 98 00 00 00", x86_movs_load(a, true, 12, X86_RSP, 0x98)) \
    R(movss_load, 1, "movss xmm3, dword ptr [rbp + 8]", "f3 0f 10 5d 08", x86_movs_load(a, false, 3, X86_RBP, 8)) \
    R(movsd_store_x14, 1, "movsd qword ptr [rbp + 0x180], xmm14", "f2 44 0f 11 b5 80 01 00 00", x86_movs_store(a, true, 14, X86_RBP, 0x180)) \
    R(movss_store, 1, "movss dword ptr [rbp - 4], xmm1", "f3 0f 11 4d fc", x86_movs_store(a, false, 1, X86_RBP, -4)) \
    R(movapd_x9, 1, "movapd xmm9, xmm4", "66 44 0f 28 cc", x86_movapd(a, 9, 4)) \
    R(movapd_x13, 1, "movapd xmm1, xmm13", "66 41 0f 28 cd", x86_movapd(a, 1, 13)) \
    R(ucomisd_x11, 1, "ucomisd xmm11, xmm11", "66 45 0f 2e db", x86_ucomis(a, true, 11, 11)) \
    R(ucomiss_x9, 1, "ucomiss xmm2, xmm9", "41 0f 2e d1", x86_ucomis(a, false, 2, 9)) \
    R(cmpeqsd, 1, "cmpsd xmm0, xmm1, 0", "f2 0f c2 c1 00", x86_cmps(a, true, 0, 1, X86_CMP_EQ)) \
    R(cmpltss_x9, 1, "cmpss xmm0, xmm9, 1", "f3 41 0f c2 c1 01", x86_cmps(a, false, 0, 9, X86_CMP_LT)) \
    R(cmplesd_x8, 1, "cmpsd xmm8, xmm2, 2", "f2 44 0f c2 c2 02", x86_cmps(a, true, 8, 2, X86_CMP_LE)) \
    R(movq_rdi_x15, 1, "movq rdi, xmm15", "66 4c 0f 7e ff", x86_movq_from_xmm(a, true, X86_RDI, 15)) \
    R(movq_r9_x2, 1, "movq r9, xmm2", "66 49 0f 7e d1", x86_movq_from_xmm(a, true, X86_R9, 2)) \
    R(movd_eax, 1, "movd eax, xmm0", "66 0f 7e c0", x86_movq_from_xmm(a, false, X86_RAX, 0)) \
    R(movd_r10d_x8, 1, "movd r10d, xmm8", "66 45 0f 7e c2", x86_movq_from_xmm(a, false, X86_R10, 8)) \
    R(stmxcsr_rsp, 1, "stmxcsr dword ptr [rsp + 0x90]", "0f ae 9c 24 90 00 00 00", x86_stmxcsr(a, X86_RSP, 0x90)) \
    R(ldmxcsr_rsp, 1, "ldmxcsr dword ptr [rsp + 0x90]", "0f ae 94 24 90 00 00 00", x86_ldmxcsr(a, X86_RSP, 0x90)) \
    R(stmxcsr_r12, 1, "stmxcsr dword ptr [r12]", "41 0f ae 1c 24", x86_stmxcsr(a, X86_R12, 0)) \
    R(vfmadd231sd, 1, "vfmadd231sd xmm2, xmm3, xmm4", "c4 e2 e1 b9 d4", x86_vfma231(a, X86_VFMADD231, true, 2, 3, 4)) \
    R(vfmadd231ss_x10_x15, 1, "vfmadd231ss xmm10, xmm0, xmm15", "c4 42 79 b9 d7", x86_vfma231(a, X86_VFMADD231, false, 10, 0, 15)) \
    R(vfmsub231sd_x15_x9, 1, "vfmsub231sd xmm15, xmm9, xmm1", "c4 62 b1 bb f9", x86_vfma231(a, X86_VFMSUB231, true, 15, 9, 1)) \
    R(vfnmadd231sd_x14_x8, 1, "vfnmadd231sd xmm0, xmm14, xmm8", "c4 c2 89 bd c0", x86_vfma231(a, X86_VFNMADD231, true, 0, 14, 8)) \
    R(vfnmsub231ss, 1, "vfnmsub231ss xmm7, xmm7, xmm7", "c4 e2 41 bf ff", x86_vfma231(a, X86_VFNMSUB231, false, 7, 7, 7)) \
    R(vfnmsub231sd_x12, 1, "vfnmsub231sd xmm12, xmm1, xmm2", "c4 62 f1 bf e2", x86_vfma231(a, X86_VFNMSUB231, true, 12, 1, 2)) \
    R(nop0, 0, "", "", x86_nop(a, 0)) \
    R(nop1, 1, "nop", "90", x86_nop(a, 1)) \
    R(nop2, 1, "xchg ax, ax", "66 90", x86_nop(a, 2)) \
    R(nop3, 1, "nop dword ptr [rax]", "0f 1f 00", x86_nop(a, 3)) \
    R(nop4, 1, "{disp8} nop dword ptr [rax]", "0f 1f 40 00", x86_nop(a, 4)) \
    R(nop5, 1, "{disp8} nop dword ptr [rax+rax*1]", "0f 1f 44 00 00", x86_nop(a, 5)) \
    R(nop6, 1, "{disp8} nop word ptr [rax+rax*1]", "66 0f 1f 44 00 00", x86_nop(a, 6)) \
    R(nop7, 1, "{disp32} nop dword ptr [rax]", "0f 1f 80 00 00 00 00", x86_nop(a, 7)) \
    R(nop8, 1, "{disp32} nop dword ptr [rax+rax*1]", "0f 1f 84 00 00 00 00 00", x86_nop(a, 8)) \
    R(nop9, 1, "{disp32} nop word ptr [rax+rax*1]", "66 0f 1f 84 00 00 00 00 00", x86_nop(a, 9)) \
    R(nop10, 2, "{disp32} nop word ptr [rax+rax*1]; nop", "66 0f 1f 84 00 00 00 00 00 90", x86_nop(a, 10)) \
    R(nop20, 3, "{disp32} nop word ptr [rax+rax*1]; {disp32} nop word ptr [rax+rax*1]; xchg ax, ax", "66 0f 1f 84 00 00 00 00 00 66 0f 1f 84 00 00 00 00 00 66 90", x86_nop(a, 20)) \
    R(jmp32, 1, "{disp32} jmp .+5", "e9 00 00 00 00", x86_jmp32(a)) \
    R(jcc32, 1, "{disp32} je .+6", "0f 84 00 00 00 00", x86_jcc32(a, X86_CC_E)) \
    R(jcc32_g, 1, "{disp32} jg .+6", "0f 8f 00 00 00 00", x86_jcc32(a, X86_CC_G)) \
    R(jmp32_patch_fwd, 1, "{disp32} jmp .+100", "e9 5f 00 00 00", jmp32_patch(a, 100)) \
    R(jmp32_patch_back, 1, "{disp32} jmp .-1000", "e9 13 fc ff ff", jmp32_patch(a, -1000)) \
    R(jmp32_patch_self, 1, "{disp32} jmp .", "e9 fb ff ff ff", jmp32_patch(a, 0)) \
    R(jcc32_patch_fwd, 1, "{disp32} jne .+300", "0f 85 26 01 00 00", jcc32_patch(a, X86_CC_NE, 300)) \
    R(jcc32_patch_back, 1, "{disp32} jb .-20", "0f 82 e6 ff ff ff", jcc32_patch(a, X86_CC_B, -20)) \
    R(jmp_to_back_short, 1, "jmp .-100", "eb 9a", x86_jmp_to(a, a->ptr - 100)) \
    R(jmp_to_fwd_short, 1, "jmp .+50", "eb 30", x86_jmp_to(a, a->ptr + 50)) \
    R(jmp_to_back_long, 1, "jmp .-300", "e9 cf fe ff ff", x86_jmp_to(a, a->ptr - 300)) \
    R(jmp_to_fwd_max8, 1, "jmp .+129", "eb 7f", x86_jmp_to(a, a->ptr + 129)) \
    R(jmp_to_fwd_over8, 1, "jmp .+130", "e9 7d 00 00 00", x86_jmp_to(a, a->ptr + 130)) \
    R(jmp_to_back_min8, 1, "jmp .-126", "eb 80", x86_jmp_to(a, a->ptr - 126)) \
    R(jmp_to_back_under8, 1, "jmp .-127", "e9 7c ff ff ff", x86_jmp_to(a, a->ptr - 127)) \
    R(jcc_to_fwd_max8, 1, "je .+129", "74 7f", x86_jcc_to(a, X86_CC_E, a->ptr + 129)) \
    R(jcc_to_fwd_over8, 1, "jne .+130", "0f 85 7c 00 00 00", x86_jcc_to(a, X86_CC_NE, a->ptr + 130)) \
    R(jcc_to_back_min8, 1, "jl .-126", "7c 80", x86_jcc_to(a, X86_CC_L, a->ptr - 126)) \
    R(jcc_to_back_under8, 1, "jg .-127", "0f 8f 7b ff ff ff", x86_jcc_to(a, X86_CC_G, a->ptr - 127)) \
    R(jcc_to_self, 1, "jae .", "73 fe", x86_jcc_to(a, X86_CC_AE, a->ptr)) \
    R(call_abs_near, 1, "call .+0x1000", "e8 fb 0f 00 00", x86_call_abs(a, EXEC(0x1000))) \
    R(call_abs_back, 1, "call .-0x1000", "e8 fb ef ff ff", x86_call_abs(a, EXEC(-0x1000))) \
    R(call_abs_max, 1, "call .+0x80000004", "e8 ff ff ff 7f", x86_call_abs(a, EXEC(0x80000004))) \
    R(call_abs_min, 1, "call .-0x7ffffffb", "e8 00 00 00 80", x86_call_abs(a, EXEC(-0x7ffffffb))) \
    R(call_abs_over, 2, "movabs r11, 0x7f0080000005; call r11", "49 bb 05 00 00 80 00 7f 00 00 41 ff d3", x86_call_abs(a, EXEC(0x80000005))) \
    R(call_abs_under, 2, "movabs r11, 0x7eff80000004; call r11", "49 bb 04 00 00 80 ff 7e 00 00 41 ff d3", x86_call_abs(a, EXEC(-0x7ffffffc))) \
    R(call_abs_low, 2, "mov r11d, 0x401000; call r11", "41 bb 00 10 40 00 41 ff d3", x86_call_abs(a, (const void *)0x401000)) \
    R(jmp_abs_near, 1, "jmp .+0x12345", "e9 40 23 01 00", x86_jmp_abs(a, EXEC(0x12345))) \
    R(jmp_abs_far, 2, "movabs r11, 0x123456789abc; jmp r11", "49 bb bc 9a 78 56 34 12 00 00 41 ff e3", x86_jmp_abs(a, (const void *)0x123456789abc)) \
    R(jmp_abs_low, 2, "mov r11d, 0x1000; jmp r11", "41 bb 00 10 00 00 41 ff e3", x86_jmp_abs(a, (const void *)0x1000))
// clang-format on

#define ROW_FN(name, n, text, hex, code)                                                           \
    static void row_##name(X86Asm *a)                                                              \
    {                                                                                              \
        code;                                                                                      \
    }
ROWS(ROW_FN)

typedef struct {
    const char *name;
    int ninsn;
    const char *text;
    const char *hex;
    void (*emit)(X86Asm *a);
} Row;

#define ROW_ENTRY(name, n, text, hex, code) {#name, n, text, hex, row_##name},
static const Row rows[] = {ROWS(ROW_ENTRY)};

enum { BUF_SIZE = 4096, ROW_START = 1024, FILL = 0xaa };
static uint8_t buf[BUF_SIZE];
static csh cs;
static int failures;

static size_t parse_hex(const char *s, uint8_t *out)
{
    size_t n = 0;
    while (*s) {
        if (*s == ' ') {
            s++;
            continue;
        }
        out[n++] = (uint8_t)strtoul((char[]){s[0], s[1], 0}, NULL, 16);
        s += 2;
    }
    return n;
}

static void hex_str(const uint8_t *p, size_t n, char *out)
{
    *out = 0;
    for (size_t i = 0; i < n; i++) out += sprintf(out, i ? " %02x" : "%02x", p[i]);
}

/* A fresh buffer, ptr at ROW_START, executable view of ptr at EXEC_BASE. */
static X86Asm fresh(size_t room)
{
    memset(buf, FILL, sizeof(buf));
    X86Asm a = {.ptr = buf + ROW_START, .limit = buf + ROW_START + room};
    a.rx_offset = (intptr_t)(EXEC_BASE - (uintptr_t)a.ptr);
    return a;
}

/* Bytes outside [from, to) still hold FILL. */
static bool untouched_outside(const uint8_t *from, const uint8_t *to)
{
    for (const uint8_t *p = buf; p < buf + BUF_SIZE; p++)
        if ((p < from || p >= to) && *p != FILL) return false;
    return true;
}

/* How many instructions capstone decodes from p[0..n), or -1 if it leaves bytes over. */
static int decode_count(const uint8_t *p, size_t n, uint64_t addr)
{
    cs_insn *insn;
    size_t count = cs_disasm(cs, p, n, addr, 0, &insn);
    size_t used = 0;

    for (size_t i = 0; i < count; i++) used += insn[i].size;
    if (count) cs_free(insn, count);
    return used == n ? (int)count : -1;
}

static void report(const char *name, const char *err)
{
    if (err[0]) {
        printf("not ok x86_emit/%s: %s\n", name, err);
        failures++;
    } else {
        printf("ok x86_emit/%s\n", name);
    }
}

static void run_row(const Row *r)
{
    uint8_t want[64], got[64];
    char err[512] = "", hw[200], hg[200];
    size_t nwant = parse_hex(r->hex, want), ngot;
    X86Asm a = fresh(BUF_SIZE - ROW_START);
    uint8_t *start = a.ptr;

    r->emit(&a);
    ngot = (size_t)(a.ptr - start);
    memcpy(got, start, ngot < sizeof(got) ? ngot : sizeof(got));
    if (ngot != nwant || memcmp(got, want, nwant) != 0) {
        hex_str(want, nwant, hw);
        hex_str(got, ngot < sizeof(got) ? ngot : sizeof(got), hg);
        snprintf(err, sizeof(err), "%s: expected %s got %s", r->text, hw, hg);
        report(r->name, err);
        return;
    }
    int n = decode_count(start, ngot, EXEC_BASE);
    if (a.overflow)
        snprintf(err, sizeof(err), "overflow set with room to spare");
    else if (!untouched_outside(start, a.ptr))
        snprintf(err, sizeof(err), "wrote outside its %zu bytes", ngot);
    else if (n != r->ninsn)
        snprintf(err, sizeof(err), "capstone decodes %d instructions (-1: not all bytes), want %d",
                 n, r->ninsn);
    if (err[0]) {
        report(r->name, err);
        return;
    }

    /* 15 bytes of room: nothing written, overflow set, ptr unchanged. */
    a = fresh(X86_MAX_INSN_ROOM - 1);
    start = a.ptr;
    r->emit(&a);
    if (!a.overflow || a.ptr != start || !untouched_outside(start, start))
        snprintf(err, sizeof(err), "with 15 bytes of room: overflow %d, %td bytes emitted",
                 a.overflow, a.ptr - start);

    /* Just enough room: the same bytes. */
    a = fresh(ngot > X86_MAX_INSN_ROOM ? ngot : X86_MAX_INSN_ROOM);
    start = a.ptr;
    r->emit(&a);
    if (!err[0] && (a.overflow || (size_t)(a.ptr - start) != ngot || memcmp(start, want, ngot)))
        snprintf(err, sizeof(err), "with exactly enough room: overflow %d, %td bytes emitted",
                 a.overflow, a.ptr - start);

    /* Overflow already set: stays set, nothing written. */
    a = fresh(BUF_SIZE - ROW_START);
    a.overflow = true;
    start = a.ptr;
    r->emit(&a);
    if (!err[0] && (!a.overflow || a.ptr != start || !untouched_outside(start, start)))
        snprintf(err, sizeof(err), "after an overflow: %td bytes emitted", a.ptr - start);
    report(r->name, err);
}

/* The field pointers of jmp32/jcc32, and NULL (ignored by patch) on overflow. */
static void test_branch_fields(void)
{
    char err[200] = "";
    X86Asm a = fresh(BUF_SIZE - ROW_START);
    uint8_t *start = a.ptr;
    uint8_t *f1 = x86_jmp32(&a);
    uint8_t *f2 = x86_jcc32(&a, X86_CC_NE);

    if (f1 != start + 1 || f2 != start + 7)
        snprintf(err, sizeof(err), "fields at +%td, +%td, want +1, +7", f1 - start, f2 - start);
    /* Patch the first to jump to the second, then back to itself. */
    x86_patch_rel32(&a, f1, start + 5);
    x86_patch_rel32(&a, f2, start);
    static const uint8_t want[] = {0xe9, 0, 0, 0, 0, 0x0f, 0x85, 0xf5, 0xff, 0xff, 0xff};
    if (!err[0] && memcmp(start, want, sizeof(want)) != 0)
        snprintf(err, sizeof(err), "patched bytes differ from as's jmp .+5; jne .-5");

    a = fresh(8);
    if (!err[0] && (x86_jmp32(&a) != NULL || x86_jcc32(&a, X86_CC_E) != NULL))
        snprintf(err, sizeof(err), "no NULL field on overflow");
    x86_patch_rel32(&a, NULL, a.ptr);
    if (!err[0] && !untouched_outside(a.ptr, a.ptr))
        snprintf(err, sizeof(err), "patching a NULL field wrote");
    report("branch_fields", err);
}

/* x86_align from every misalignment: minimal NOP padding, then an aligned field. */
static void test_align(void)
{
    static const unsigned cases[][2] = {{4, 1}, {8, 0}, {16, 0}, {16, 1}, {64, 5}, {1, 0}};
    char err[200] = "";

    for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]) && !err[0]; c++) {
        unsigned al = cases[c][0], skip = cases[c][1];
        for (unsigned mis = 0; mis < 64 && !err[0]; mis++) {
            X86Asm a = fresh(BUF_SIZE - ROW_START);
            a.ptr += mis;
            uint8_t *start = a.ptr, *ret = x86_align(&a, al, skip);
            size_t pad = (size_t)(a.ptr - start);
            cs_insn *insn;
            size_t count = cs_disasm(cs, start, pad, 0, 0, &insn), used = 0;

            for (size_t i = 0; i < count; i++) {
                used += insn[i].size;
                if (strcmp(insn[i].mnemonic, "nop") != 0)
                    used = SIZE_MAX / 2; /* not a nop: fail below */
            }
            if (count) cs_free(insn, count);
            if (ret != a.ptr || ((uintptr_t)a.ptr + skip) % al != 0 || pad >= al)
                snprintf(err, sizeof(err), "align %u skip %u from +%u: padded %zu", al, skip, mis,
                         pad);
            else if (used != pad || count != (pad + 8) / 9)
                snprintf(err, sizeof(err), "align %u skip %u from +%u: padding is not %zu nops", al,
                         skip, mis, (pad + 8) / 9);
            else if (al == 4 && skip == 1 && ((uintptr_t)x86_jmp32(&a) & 3) != 0)
                snprintf(err, sizeof(err), "jmp32 field not aligned after align(4, 1)");
        }
    }
    X86Asm a = fresh(15);
    a.ptr += 1;
    uint8_t *start = a.ptr;
    if (!err[0] &&
        (x86_align(&a, 16, 0) != start || !a.overflow || !untouched_outside(start, start)))
        snprintf(err, sizeof(err), "align without room wrote or did not set overflow");
    report("align", err);
}

/* ---- running emitted code ---- */

typedef uint64_t (*Fn)(uint64_t, uint64_t);

static uint8_t *code_rw, *code_rx;
enum { CODE_SIZE = 65536 };

static bool map_code(void)
{
    int fd = memfd_create("x86_emit_test", 0);
    if (fd < 0 || ftruncate(fd, CODE_SIZE) != 0) return false;
    void *rw = mmap(NULL, CODE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    void *rx = mmap(NULL, CODE_SIZE, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    close(fd);
    if (rw == MAP_FAILED || rx == MAP_FAILED) return false;
    code_rw = rw;
    code_rx = rx;
    return true;
}

static X86Asm code_asm(void)
{
    X86Asm a = {.ptr = code_rw, .limit = code_rw + CODE_SIZE};
    a.rx_offset = (intptr_t)((uintptr_t)code_rx - (uintptr_t)code_rw);
    return a;
}

static Fn code_fn(const uint8_t *w)
{
    return (Fn)(void *)(w + (code_rx - code_rw));
}

static int parity_even(uint64_t v)
{
    v &= 0xff;
    v ^= v >> 4;
    v ^= v >> 2;
    v ^= v >> 1;
    return !(v & 1);
}

/* ZF | SF << 1 | PF << 2 after test (w64, rdi, imm), from the definition of TEST. */
static void test_exec_test_ri(char *err, size_t len)
{
    static const int32_t imms[] = {0,          1,  0x7f,  0x80, 0xff,     0x100,
                                   0x7fffffff, -1, -0x80, -2,   INT32_MIN};
    static const uint64_t vals[] = {0,
                                    1,
                                    0x7f,
                                    0x80,
                                    0xff,
                                    0x100,
                                    0x80000000,
                                    0xffffffff,
                                    1ull << 63,
                                    UINT64_MAX,
                                    0x123456789abcdef0};

    for (int w64 = 0; w64 < 2; w64++) {
        for (size_t i = 0; i < sizeof(imms) / sizeof(imms[0]); i++) {
            X86Asm a = code_asm();
            x86_test_ri(&a, w64, X86_RDI, imms[i]);
            x86_setcc(&a, X86_CC_E, X86_RAX);
            x86_setcc(&a, X86_CC_S, X86_RSI); /* SIL: needs REX, or it would be DH */
            x86_setcc(&a, X86_CC_P, X86_RDX);
            x86_movzx8_rr(&a, X86_RAX, X86_RAX);
            x86_movzx8_rr(&a, X86_RSI, X86_RSI);
            x86_movzx8_rr(&a, X86_RDX, X86_RDX);
            x86_shift_ri(&a, X86_SHL, false, X86_RSI, 1);
            x86_shift_ri(&a, X86_SHL, false, X86_RDX, 2);
            x86_alu_rr(&a, X86_OR, false, X86_RAX, X86_RSI);
            x86_alu_rr(&a, X86_OR, false, X86_RAX, X86_RDX);
            x86_ret(&a);
            for (size_t j = 0; j < sizeof(vals) / sizeof(vals[0]); j++) {
                uint64_t mask = w64 ? UINT64_MAX : 0xffffffff;
                uint64_t r = vals[j] & (uint64_t)(int64_t)imms[i] & mask;
                uint64_t want =
                    (r == 0) | ((r >> (w64 ? 63 : 31)) & 1) << 1 | (uint64_t)parity_even(r) << 2;
                uint64_t got = code_fn(code_rw)(vals[j], 0);
                if (got != want) {
                    snprintf(err, len, "test%s 0x%llx, %d: flags %llu, want %llu",
                             w64 ? "64" : "32", (unsigned long long)vals[j], imms[i],
                             (unsigned long long)got, (unsigned long long)want);
                    return;
                }
            }
        }
    }
}

/* x86_load of every size and extension from [rdi + rsi * 2 - 4]. */
static void test_exec_load(char *err, size_t len)
{
    static const uint8_t mem[16] = {0x81, 0x92, 0xa3, 0xb4, 0xc5, 0xd6, 0xe7, 0xf8,
                                    0x09, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, 0x6f, 0x70};

    for (unsigned size = 1; size <= 8; size *= 2) {
        for (int sx = 0; sx < 2; sx++) {
            if (size == 8 && sx) continue;
            X86Asm a = code_asm();
            x86_mov_ri64(&a, X86_RAX, 0x5555555555555555u); /* must be overwritten */
            x86_load(&a, size, sx, X86_RAX, X86_RDI, X86_RSI, 2, -4);
            x86_ret(&a);
            for (uint64_t off = 0; off + size <= 8; off++) {
                uint64_t raw = 0, want;
                memcpy(&raw, mem + off, size);
                want = raw;
                if (sx && size == 1) want = (uint64_t)(int64_t)(int8_t)raw;
                if (sx && size == 2) want = (uint64_t)(int64_t)(int16_t)raw;
                if (sx && size == 4) want = (uint64_t)(int64_t)(int32_t)raw;
                uint64_t got = code_fn(code_rw)((uintptr_t)(mem + off), 2);
                if (got != want) {
                    snprintf(err, len, "load size %u sx %d at +%llu: 0x%llx, want 0x%llx", size, sx,
                             (unsigned long long)off, (unsigned long long)got,
                             (unsigned long long)want);
                    return;
                }
            }
        }
    }
}

/* Byte stores of every low register 0..15 (SPL excepted: it is our stack). */
static void test_exec_store(char *err, size_t len)
{
    for (int r = 0; r < 16; r++) {
        if (r == X86_RSP || r == X86_RDI) continue;
        uint8_t mem[4] = {0, 0, 0, 0};
        X86Asm a = code_asm();
        x86_push(&a, X86_RBX);
        x86_push(&a, X86_RBP);
        x86_push(&a, X86_R12);
        x86_push(&a, X86_R13);
        x86_push(&a, X86_R14);
        x86_push(&a, X86_R15);
        /* Without REX, registers 4..7 would be AH..BH: all 0xaa here. */
        x86_mov_ri64(&a, X86_RAX, 0xeeddccbbaa99u);
        x86_mov_rr(&a, true, X86_RCX, X86_RAX);
        x86_mov_rr(&a, true, X86_RDX, X86_RAX);
        x86_mov_rr(&a, true, X86_RBX, X86_RAX);
        x86_mov_rr(&a, true, (X86Reg)r, X86_RAX);
        x86_store(&a, 1, (X86Reg)r, X86_RDI, X86_NOREG, 1, 1);
        x86_store(&a, 2, (X86Reg)r, X86_RDI, X86_NOREG, 1, 2);
        x86_pop(&a, X86_R15);
        x86_pop(&a, X86_R14);
        x86_pop(&a, X86_R13);
        x86_pop(&a, X86_R12);
        x86_pop(&a, X86_RBP);
        x86_pop(&a, X86_RBX);
        x86_ret(&a);
        code_fn(code_rw)((uintptr_t)mem, 0);
        if (mem[0] != 0 || mem[1] != 0x99 || mem[2] != 0x99 || mem[3] != 0xaa) {
            snprintf(err, len, "stores of r%d: %02x %02x %02x %02x, want 00 99 99 aa", r, mem[0],
                     mem[1], mem[2], mem[3]);
            return;
        }
    }
}

static void test_exec_mov_ri64(char *err, size_t len)
{
    static const uint64_t imms[] = {0,
                                    1,
                                    0x7fffffff,
                                    0x80000000,
                                    0xffffffff,
                                    1ull << 32,
                                    UINT64_MAX,
                                    0xffffffff80000000,
                                    1ull << 63,
                                    0xffffffff7fffffff,
                                    0x123456789abcdef0};

    for (size_t i = 0; i < sizeof(imms) / sizeof(imms[0]); i++) {
        for (int r = X86_RAX; r <= X86_R11; r += X86_R11) {
            X86Asm a = code_asm();
            x86_mov_ri64(&a, (X86Reg)r, UINT64_MAX); /* a 32-bit mov must clear the top */
            x86_mov_ri64(&a, (X86Reg)r, imms[i]);
            x86_mov_rr(&a, true, X86_RAX, (X86Reg)r);
            x86_ret(&a);
            uint64_t got = code_fn(code_rw)(0, 0);
            if (got != imms[i]) {
                snprintf(err, len, "mov r%d, 0x%llx gave 0x%llx", r, (unsigned long long)imms[i],
                         (unsigned long long)got);
                return;
            }
        }
    }
}

static uint64_t helper_3x1(uint64_t x, uint64_t y)
{
    return x * 3 + 1 + y;
}

/* call_abs / jmp_abs to a C function, from the executable view. */
static void test_exec_call(char *err, size_t len)
{
    X86Asm a = code_asm();
    x86_alu_ri(&a, X86_SUB, true, X86_RSP, 8); /* keep the stack 16-byte aligned */
    x86_call_abs(&a, (const void *)helper_3x1);
    x86_alu_ri(&a, X86_ADD, true, X86_RSP, 8);
    x86_ret(&a);
    uint8_t *tail = a.ptr;
    x86_jmp_abs(&a, (const void *)helper_3x1);
    /*
     * Near calls: a function placed inside the buffer. Entered one byte
     * late, its movabs would be mov eax, 0x21 and four nops.
     */
    uint8_t *near_fn = a.ptr;
    x86_mov_ri64(&a, X86_RAX, 0x9090909000000021u);
    x86_alu_rr(&a, X86_ADD, true, X86_RAX, X86_RDI);
    x86_ret(&a);
    uint8_t *near_call = a.ptr;
    x86_push(&a, X86_RBX);
    x86_call_abs(&a, (const void *)x86_rx_addr(&a, near_fn));
    x86_pop(&a, X86_RBX);
    x86_ret(&a);
    if (near_call[1] != 0xe8)
        snprintf(err, len, "call inside the buffer did not use rel32");
    else if (code_fn(code_rw)(10, 2) != 33 || code_fn(tail)(5, 1) != 17)
        snprintf(err, len, "call_abs/jmp_abs to a C function returned a wrong value");
    else if (code_fn(near_call)(1, 2) != 0x9090909000000022u)
        snprintf(err, len, "near call_abs returned a wrong value");
}

/* A jmp32 runs into the next instruction, then, patched, to another block. */
static void test_exec_patch(char *err, size_t len)
{
    X86Asm a = code_asm();
    x86_align(&a, 4, 1);
    uint8_t *entry = a.ptr, *field = x86_jmp32(&a);
    x86_mov_ri64(&a, X86_RAX, 1);
    x86_ret(&a);
    uint8_t *other = a.ptr;
    x86_mov_ri64(&a, X86_RAX, 2);
    x86_ret(&a);
    uint64_t before = code_fn(entry)(0, 0);
    x86_patch_rel32(&a, field, other);
    uint64_t after = code_fn(entry)(0, 0);
    x86_patch_rel32(&a, field, field + 4);
    uint64_t back = code_fn(entry)(0, 0);
    if (before != 1 || after != 2 || back != 1)
        snprintf(err, len, "patched jump ran to %llu, %llu, %llu; want 1, 2, 1",
                 (unsigned long long)before, (unsigned long long)after, (unsigned long long)back);
}

static void test_exec(void)
{
    static void (*const tests[])(char *, size_t) = {test_exec_test_ri, test_exec_load,
                                                    test_exec_store,   test_exec_mov_ri64,
                                                    test_exec_call,    test_exec_patch};
    static const char *const names[] = {"exec_test_ri",  "exec_load", "exec_store",
                                        "exec_mov_ri64", "exec_call", "exec_patch"};

    if (!map_code()) {
        report("exec", "cannot double-map a code buffer (memfd_create/mmap)");
        return;
    }
    for (size_t i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
        char err[256] = "";
        tests[i](err, sizeof(err));
        report(names[i], err);
    }
}

int main(void)
{
    if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) {
        printf("not ok x86_emit/capstone: cs_open failed\n");
        return 1;
    }
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) run_row(&rows[i]);
    test_branch_fields();
    test_align();
    test_exec();
    cs_close(&cs);
    return failures != 0;
}
