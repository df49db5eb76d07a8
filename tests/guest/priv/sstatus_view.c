/* sstatus is a view of mstatus: the S fields (SIE, SPIE, SPP, SUM, MXR)
 * are the same bits both ways, the M-only fields (MIE, MPIE, MPP, MPRV,
 * TVM, TW, TSR) never show in sstatus and cannot be written through it,
 * and UXL reads 2 (64-bit U). */
#include "priv.h"

#define S_BITS (MSTATUS_SIE | MSTATUS_SPIE | MSTATUS_SPP | MSTATUS_SUM | MSTATUS_MXR)
#define M_ONLY                                                                                     \
    (MSTATUS_MIE | MSTATUS_MPIE | MSTATUS_MPP | MSTATUS_MPRV | MSTATUS_TVM | MSTATUS_TW |          \
     MSTATUS_TSR)

static long read_sstatus_s(void)
{
    return (long)csr_read(sstatus);
}

static long set_sum_s(void)
{
    csr_set(sstatus, MSTATUS_SUM);
    return 0;
}

int main(void)
{
    csr_set(mstatus, S_BITS | M_ONLY);
    uint64_t s = csr_read(sstatus);
    CHECK_EQ(s & S_BITS, S_BITS);
    CHECK_EQ(s & M_ONLY, 0);
    CHECK_EQ((s & MSTATUS_UXL) >> 32, 2);
    csr_clear(mstatus, S_BITS);
    CHECK_EQ(csr_read(sstatus) & S_BITS, 0);

    /* Writing sstatus leaves the M-only fields alone. */
    csr_write(sstatus, S_BITS | M_ONLY);
    CHECK_EQ(csr_read(mstatus) & (S_BITS | M_ONLY), S_BITS | M_ONLY);
    csr_write(sstatus, 0);
    CHECK_EQ(csr_read(mstatus) & (S_BITS | M_ONLY), M_ONLY);
    csr_clear(mstatus, M_ONLY);
    for (int b = 0; b < 64; b++) {
        uint64_t bit = 1ul << b;
        if (!(S_BITS & bit)) continue;
        csr_set(sstatus, bit);
        CHECK_EQ(csr_read(mstatus) & (S_BITS | M_ONLY), bit);
        csr_clear(sstatus, bit);
        CHECK_EQ(csr_read(mstatus) & (S_BITS | M_ONLY), 0);
    }

    /* The same from S itself. */
    csr_set(mstatus, MSTATUS_TW | MSTATUS_TSR | MSTATUS_TVM | MSTATUS_MXR);
    s = (uint64_t)run_s(read_sstatus_s, 0, 0, 0);
    CHECK_EQ(s & M_ONLY, 0);
    CHECK_EQ(s & MSTATUS_MXR, MSTATUS_MXR);
    run_s(set_sum_s, 0, 0, 0);
    CHECK_EQ(csr_read(mstatus) & MSTATUS_SUM, MSTATUS_SUM);
    CHECK_EQ(csr_read(mstatus) & (MSTATUS_TW | MSTATUS_TSR | MSTATUS_TVM),
             MSTATUS_TW | MSTATUS_TSR | MSTATUS_TVM);
    CHECK_EQ(ntraps, 0);
    return 0;
}
