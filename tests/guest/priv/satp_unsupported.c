/* A satp write with a MODE the hart does not support (Sv64 = 11, the
 * reserved 1-7 and 12-15) has no effect at all: satp keeps its old value,
 * which is how Linux probes for Sv57/Sv48. The supported modes read back
 * as written; all 16 ASID bits are writable on QEMU (ASIDLEN = 16). */
#include "priv.h"

int main(void)
{
    uint64_t ppn = (RAM_BASE + 0x10000) >> 12;
    static const uint64_t good[] = {SATP_MODE_SV39, SATP_MODE_SV48, SATP_MODE_SV57};
    for (unsigned i = 0; i < 3; i++) {
        uint64_t v = good[i] << SATP_MODE_SHIFT | 0x5ul << SATP_ASID_SHIFT | ppn;
        csr_write(satp, v);
        CHECK_EQ(csr_read(satp), v);
    }
    uint64_t kept = SATP_MODE_SV39 << SATP_MODE_SHIFT | ppn;
    csr_write(satp, kept);
    for (uint64_t m = 1; m < 16; m++) {
        if (m >= SATP_MODE_SV39 && m <= SATP_MODE_SV57) continue;
        csr_write(satp, m << SATP_MODE_SHIFT | 0x7ul << SATP_ASID_SHIFT | (ppn + 1));
        CHECK_EQ(csr_read(satp), kept);
    }
    uint64_t asid = SATP_MODE_SV48 << SATP_MODE_SHIFT | SATP_ASID_MASK << SATP_ASID_SHIFT | ppn;
    csr_write(satp, asid);
    CHECK_EQ(csr_read(satp), asid);
    csr_write(satp, 0);
    CHECK_EQ(csr_read(satp), 0);
    return 0;
}
