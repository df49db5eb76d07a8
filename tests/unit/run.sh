#!/bin/sh
# C unit tests: each build/unit/test_* binary prints its own ok/not ok lines.
for t in build/unit/test_*; do
    [ -x "$t" ] || continue
    "$t" || echo "not ok $(basename "$t"): exited with status $?"
done
