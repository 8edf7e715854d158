#!/usr/bin/env bash
# bench_memory.sh: does `eventline batch` keep memory flat as the number of
# inputs grows?  Prints peak resident memory for 1,000 and 10,000 inputs
# (BENCH_SMALL / BENCH_LARGE) of the same 20-event list.  A benchmark, not a
# test: it prints numbers and is not registered with ctest.
#
# Usage: tests/cli/bench_memory.sh BUILD_DIR [EVENT_LIST.json]
set -eu
build=$1
cli=$build/eventline
list=${2:-$(dirname "$0")/data/harbour.json}
small=${BENCH_SMALL:-1000}
large=${BENCH_LARGE:-10000}
jobs=${BENCH_JOBS:-2}
[ -x "$cli" ] || { echo "no eventline binary in $build" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (package time)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/eventline-mem.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

measure() { # N: peak RSS in KiB and wall seconds of a batch over N inputs
    local n=$1 i
    rm -rf "$tmp/in" "$tmp/out"
    mkdir -p "$tmp/in"
    for i in $(seq 1 "$n"); do
        cp "$list" "$tmp/in/list$i.json"
    done
    /usr/bin/time -f '%M %e' -o "$tmp/time" "$cli" batch -q -j "$jobs" -O "$tmp/out" "$tmp/in" \
        2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
    read -r kib secs < "$tmp/time"
    printf '%6d inputs: peak RSS %6.1f MiB, %6.2f s, %.2f ms per input (%d threads)\n' \
        "$n" "$(echo "$kib / 1024" | bc -l)" "$secs" "$(echo "$secs * 1000 / $n" | bc -l)" "$jobs"
}
measure "$small"
measure "$large"
