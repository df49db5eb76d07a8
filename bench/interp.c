/* A switch-dispatched bytecode interpreter: a register VM with eight 64-bit
 * registers, word memory, branches and call/return, running two programs
 * (a prime sieve and Collatz chain lengths). Every VM instruction is a load
 * of the opcode, an indirect jump through the switch's table and a few
 * operand loads, so this is the indirect-branch benchmark: an emulator that
 * ends a block on every guest indirect jump pays for it here. */
#include "bench.h"

enum op {
    OP_LI,   /* a = imm */
    OP_MOV,  /* a = b */
    OP_ADD,  /* a = b + c */
    OP_SUB,  /* a = b - c */
    OP_MUL,  /* a = b * c */
    OP_XOR,  /* a = b ^ c */
    OP_ADDI, /* a = b + imm */
    OP_ANDI, /* a = b & imm */
    OP_SHRI, /* a = b >> imm */
    OP_LD,   /* a = mem[b + imm] */
    OP_ST,   /* mem[b + imm] = a */
    OP_BEQ,  /* if a == b goto imm */
    OP_BNE,  /* if a != b goto imm */
    OP_BLT,  /* if a < b (unsigned) goto imm */
    OP_BGE,  /* if a >= b (unsigned) goto imm */
    OP_JMP,  /* goto imm */
    OP_CALL, /* push pc, goto imm */
    OP_RET,  /* pop pc */
    OP_HALT,
};

struct insn {
    uint8_t op, a, b, c;
    int32_t imm;
};

#define MEM_WORDS 8192 /* a power of two: addresses are masked into range */
#define CODE_MAX 128
#define SIEVE_LIMIT 8000
#define COLLATZ_LIMIT 3000
#ifndef ITERATIONS /* bench/run.sh passes none: -DITERATIONS is for tuning */
#define ITERATIONS 30
#endif

static uint64_t mem[MEM_WORDS];
static struct insn sieve_code[CODE_MAX], collatz_code[CODE_MAX];
static struct insn *code;
static int ncode;

/* A tiny assembler: emit() returns the instruction's index so that forward
 * branches can be patched once their target is known. r0 is never written
 * and so reads as zero, as on RISC-V. */
static int emit(enum op op, int a, int b, int c, int32_t imm) {
    code[ncode] = (struct insn){(uint8_t)op, (uint8_t)a, (uint8_t)b, (uint8_t)c, imm};
    return ncode++;
}
static int here(void) {
    return ncode;
}
static void patch(int at, int target) {
    code[at].imm = target;
}

/* Marks composites in mem[0..r7) and leaves the prime count in r6 and a hash
 * of the primes in r5. */
static void assemble_sieve(void) {
    code = sieve_code;
    ncode = 0;
    emit(OP_LI, 1, 0, 0, 0);
    int clear = here();
    emit(OP_ST, 0, 1, 0, 0);
    emit(OP_ADDI, 1, 1, 0, 1);
    emit(OP_BLT, 1, 7, 0, clear);

    emit(OP_LI, 1, 0, 0, 2);
    int outer = here();
    emit(OP_MUL, 2, 1, 1, 0);
    int to_count = emit(OP_BGE, 2, 7, 0, 0);
    emit(OP_LD, 3, 1, 0, 0);
    int to_next = emit(OP_BNE, 3, 0, 0, 0);
    emit(OP_LI, 4, 0, 0, 1);
    int mark = here();
    emit(OP_ST, 4, 2, 0, 0);
    emit(OP_ADD, 2, 2, 1, 0);
    emit(OP_BLT, 2, 7, 0, mark);
    patch(to_next, here());
    emit(OP_ADDI, 1, 1, 0, 1);
    emit(OP_JMP, 0, 0, 0, outer);

    patch(to_count, here());
    emit(OP_LI, 1, 0, 0, 2);
    emit(OP_LI, 5, 0, 0, 0);
    emit(OP_LI, 6, 0, 0, 0);
    int count = here();
    emit(OP_LD, 3, 1, 0, 0);
    int skip = emit(OP_BNE, 3, 0, 0, 0);
    emit(OP_ADDI, 6, 6, 0, 1);
    emit(OP_LI, 4, 0, 0, 31);
    emit(OP_MUL, 5, 5, 4, 0);
    emit(OP_XOR, 5, 5, 1, 0);
    patch(skip, here());
    emit(OP_ADDI, 1, 1, 0, 1);
    emit(OP_BLT, 1, 7, 0, count);
    emit(OP_HALT, 0, 0, 0, 0);
}

/* Sums the Collatz chain lengths of 1..r7-1 into r5 through a subroutine
 * (argument r2, result r3), and keeps the largest value seen in r6. */
static void assemble_collatz(void) {
    code = collatz_code;
    ncode = 0;
    emit(OP_LI, 1, 0, 0, 1);
    emit(OP_LI, 5, 0, 0, 0);
    emit(OP_LI, 6, 0, 0, 0);
    int loop = here();
    emit(OP_MOV, 2, 1, 0, 0);
    int call = emit(OP_CALL, 0, 0, 0, 0);
    emit(OP_ADD, 5, 5, 3, 0);
    emit(OP_ADDI, 1, 1, 0, 1);
    emit(OP_BLT, 1, 7, 0, loop);
    emit(OP_HALT, 0, 0, 0, 0);

    patch(call, here());
    emit(OP_LI, 3, 0, 0, 0);
    emit(OP_LI, 4, 0, 0, 1);
    int step = here();
    int done = emit(OP_BEQ, 2, 4, 0, 0);
    emit(OP_ANDI, 4, 2, 0, 1); /* r4 held 1 for the loop test: reloaded at join */
    int odd = emit(OP_BNE, 4, 0, 0, 0);
    emit(OP_SHRI, 2, 2, 0, 1);
    int join = emit(OP_JMP, 0, 0, 0, 0);
    patch(odd, here());
    emit(OP_ADD, 4, 2, 2, 0);
    emit(OP_ADD, 2, 4, 2, 0);
    emit(OP_ADDI, 2, 2, 0, 1);
    int no_max = emit(OP_BLT, 2, 6, 0, 0);
    emit(OP_MOV, 6, 2, 0, 0);
    patch(no_max, here());
    patch(join, here());
    emit(OP_LI, 4, 0, 0, 1);
    emit(OP_ADDI, 3, 3, 0, 1);
    emit(OP_JMP, 0, 0, 0, step);
    patch(done, here());
    emit(OP_RET, 0, 0, 0, 0);
}

/* Runs until HALT; returns the number of VM instructions executed. */
static uint64_t run(const struct insn *prog, uint64_t *r) {
    uint32_t stack[64];
    uint32_t pc = 0, sp = 0;
    uint64_t steps = 0;
    for (;;) {
        const struct insn *i = &prog[pc++];
        steps++;
        switch (i->op) {
        case OP_LI: r[i->a] = (uint64_t)(int64_t)i->imm; break;
        case OP_MOV: r[i->a] = r[i->b]; break;
        case OP_ADD: r[i->a] = r[i->b] + r[i->c]; break;
        case OP_SUB: r[i->a] = r[i->b] - r[i->c]; break;
        case OP_MUL: r[i->a] = r[i->b] * r[i->c]; break;
        case OP_XOR: r[i->a] = r[i->b] ^ r[i->c]; break;
        case OP_ADDI: r[i->a] = r[i->b] + (uint64_t)(int64_t)i->imm; break;
        case OP_ANDI: r[i->a] = r[i->b] & (uint64_t)(int64_t)i->imm; break;
        case OP_SHRI: r[i->a] = r[i->b] >> (i->imm & 63); break;
        case OP_LD: r[i->a] = mem[(r[i->b] + (uint64_t)i->imm) & (MEM_WORDS - 1)]; break;
        case OP_ST: mem[(r[i->b] + (uint64_t)i->imm) & (MEM_WORDS - 1)] = r[i->a]; break;
        case OP_BEQ:
            if (r[i->a] == r[i->b]) pc = (uint32_t)i->imm;
            break;
        case OP_BNE:
            if (r[i->a] != r[i->b]) pc = (uint32_t)i->imm;
            break;
        case OP_BLT:
            if (r[i->a] < r[i->b]) pc = (uint32_t)i->imm;
            break;
        case OP_BGE:
            if (r[i->a] >= r[i->b]) pc = (uint32_t)i->imm;
            break;
        case OP_JMP: pc = (uint32_t)i->imm; break;
        case OP_CALL:
            stack[sp++ & 63] = pc;
            pc = (uint32_t)i->imm;
            break;
        case OP_RET: pc = stack[--sp & 63]; break;
        case OP_HALT: return steps;
        }
    }
}

int main(void) {
    int iterations = (int)bench_opaque(ITERATIONS);
    uint64_t steps = 0, sum = 0;

    assemble_sieve();
    assemble_collatz();
    for (int it = 0; it < iterations; it++) {
        uint64_t r[8] = {0};
        r[7] = bench_opaque(SIEVE_LIMIT - 97 * (uint64_t)(it % 16));
        steps += run(sieve_code, r);
        sum = bench_mix(sum, r[5]);
        sum = bench_mix(sum, r[6]);

        uint64_t q[8] = {0};
        q[7] = bench_opaque(COLLATZ_LIMIT + 13 * (uint64_t)(it % 16));
        steps += run(collatz_code, q);
        sum = bench_mix(sum, q[5]);
        sum = bench_mix(sum, q[6]);
    }

    print_result("interp.steps", steps);
    print_result("interp.checksum", sum);
    return 0;
}
