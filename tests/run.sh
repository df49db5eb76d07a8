#!/bin/sh
# Runs every test suite. A suite prints one line per test, "ok NAME" or
# "not ok NAME: reason"; this script counts them and ends with the summary
# line "N passed, N failed", exiting non-zero on any failure.
cd "$(dirname "$0")/.."
export RIVET="${RIVET:-$PWD/build/rivet}"
export RIVET_ASAN="${RIVET_ASAN:-$PWD/build/asan/rivet}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for suite in unit guest guest/priv cli diff diff/fp linux; do
    [ -f "tests/$suite/run.sh" ] || continue
    echo "== $suite"
    sh "tests/$suite/run.sh" 2>&1 | tee -a "$log"
done
passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^not ok ' "$log")
grep '^not ok ' "$log" | sed 's/^/FAILED: /'
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
