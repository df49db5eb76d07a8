/* Load page faults from U, delegated to S: exact sepc/scause/stval, rd kept. */
#include "pf_load.h"

int main(void)
{
    return pf_load(PRV_U);
}
