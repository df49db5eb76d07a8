/* Instruction page faults from U, delegated to S: sepc = stval = target. */
#include "pf_fetch.h"

int main(void)
{
    return pf_fetch(PRV_U);
}
