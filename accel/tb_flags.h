/* TB flag bits that the execution machinery itself interprets. The rest
 * of the flags word belongs to the target. */
#ifndef RIVET_ACCEL_TB_FLAGS_H
#define RIVET_ACCEL_TB_FLAGS_H

/* Guest virtual addresses are physical ones for this TB (no translation):
 * chaining across pages is safe. */
#define TB_FLAG_PHYS (1u << 31)

#endif
