/* Store page faults from S, delegated to S: exact sepc/scause/stval, memory kept. */
#include "pf_store.h"

int main(void)
{
    return pf_store(PRV_S);
}
