/* A bytecode interpreter whose dispatch is a dense switch (a jump table,
 * so an indirect jump per instruction). The program sums the Collatz
 * step counts of 1..300. */
#include <stdint.h>

enum {
    PUSH,
    ADD,
    SUB,
    DUP,
    SWAP,
    OVER,
    JZ,
    JMP,
    ODD,
    HALF,
    TRIPLE1,
    DROP,
    HALT,
    LOADN,
    STOREN,
    LOADS,
    STORES
};

/* clang-format off */
static const uint8_t prog[] = {
    /* 0  */ LOADN, JZ, 33,                 /* while (n) {                  */
    /* 3  */ LOADN,                         /*   x = n                      */
    /* 4  */ DUP, PUSH, 1, SUB, JZ, 25,     /*   while (x != 1) {           */
    /* 10 */ DUP, ODD, JZ, 17,              /*     x = odd ? 3x + 1 : x / 2 */
    /* 14 */ TRIPLE1, JMP, 18,
    /* 17 */ HALF,
    /* 18 */ LOADS, PUSH, 1, ADD, STORES,   /*     steps++                  */
    /* 23 */ JMP, 4,                        /*   }                          */
    /* 25 */ DROP,
    /* 26 */ LOADN, PUSH, 1, SUB, STOREN,   /*   n--                        */
    /* 31 */ JMP, 0,                        /* }                            */
    /* 33 */ HALT,
};
/* clang-format on */

int main(void) {
    int64_t stack[16];
    int sp = 0, pc = 0;
    int64_t n = 300, steps = 0;
    for (;;) {
        uint8_t op = prog[pc++];
        switch (op) {
        case PUSH: stack[sp++] = prog[pc++]; break;
        case ADD:
            sp--;
            stack[sp - 1] += stack[sp];
            break;
        case SUB:
            sp--;
            stack[sp - 1] -= stack[sp];
            break;
        case DUP:
            stack[sp] = stack[sp - 1];
            sp++;
            break;
        case SWAP: {
            int64_t t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = t;
            break;
        }
        case OVER:
            stack[sp] = stack[sp - 2];
            sp++;
            break;
        case JZ:
            if (stack[--sp] == 0)
                pc = prog[pc];
            else
                pc++;
            break;
        case JMP: pc = prog[pc]; break;
        case ODD: stack[sp - 1] &= 1; break;
        case HALF: stack[sp - 1] >>= 1; break;
        case TRIPLE1: stack[sp - 1] = stack[sp - 1] * 3 + 1; break;
        case DROP: sp--; break;
        case HALT: return steps == 14167 ? 0 : 2;
        case LOADN: stack[sp++] = n; break;
        case STOREN: n = stack[--sp]; break;
        case LOADS: stack[sp++] = steps; break;
        case STORES: steps = stack[--sp]; break;
        default: return 3;
        }
    }
}
