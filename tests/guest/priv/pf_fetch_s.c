/* Instruction page faults from S, delegated to S: sepc = stval = target. */
#include "pf_fetch.h"

int main(void)
{
    return pf_fetch(PRV_S);
}
