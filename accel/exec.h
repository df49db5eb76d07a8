/* The execution loop and the ways out of generated code. */
#ifndef RIVET_ACCEL_EXEC_H
#define RIVET_ACCEL_EXEC_H

#include <stdbool.h>
#include <stdint.h>

#include "target/riscv/cpu.h"

/* Runs the vCPU until it is stopped. */
int cpu_exec(RISCVCPU *cpu);
/* Leaves generated code or a helper for the loop in cpu_exec. */
void cpu_loop_exit(RISCVCPU *cpu) __attribute__((noreturn));
/* Maps a host return address inside a TB back to its guest instruction:
 * sets pc and retires only the instructions before it. False when host_pc
 * is not in generated code. */
bool cpu_restore_state(RISCVCPU *cpu, uintptr_t host_pc);
/* The same, but for an instruction that completed (a store that modified
 * its own TB): pc moves past it and it retires. */
bool cpu_restore_state_after(RISCVCPU *cpu, uintptr_t host_pc);
/* Guest instructions of the current TB that lie after the one at host_pc
 * (so: not yet retired), without changing any state; 0 outside generated code. */
unsigned cpu_insns_after(uintptr_t host_pc);

/* The host return address of the current helper, for precise state. */
#define GETPC() ((uintptr_t)__builtin_return_address(0))

#endif
