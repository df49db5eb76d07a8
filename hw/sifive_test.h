/* SiFive test finisher ("sifive,test0"): a guest write powers off or resets. */
#ifndef RIVET_HW_SIFIVE_TEST_H
#define RIVET_HW_SIFIVE_TEST_H

#include <stdint.h>

#include "hw/machine.h"

void sifive_test_create(Machine *m, uint64_t base, uint64_t size);

#endif
