/* Sv39 end to end: see lib/satp_modes.h. */
#include "satp_modes.h"

int main(void)
{
    return satp_mode_test(SATP_MODE_SV39);
}
