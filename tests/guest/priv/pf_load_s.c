/* Load page faults from S, delegated to S: exact sepc/scause/stval, rd kept. */
#include "pf_load.h"

int main(void)
{
    return pf_load(PRV_S);
}
