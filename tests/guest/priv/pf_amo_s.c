/* AMO and LR/SC page faults from S, delegated to S: cause 15, nothing written. */
#include "pf_amo.h"

int main(void)
{
    return pf_amo(PRV_S);
}
