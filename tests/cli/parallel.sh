#!/usr/bin/env bash
# parallel.sh: the "Scaling out" recipes of docs/CLI.md with GNU parallel:
# over files, over NDJSON shards, and through --sshlogin (":" is the local
# machine, so no ssh is needed here).  Skipped (77) without parallel.
. "$(dirname "$0")/lib.sh" "$@"

if ! command -v parallel >/dev/null 2>&1; then
    echo "GNU parallel not installed: skipped"
    exit 77
fi
export PARALLEL_HOME=$WORK/.parallel
mkdir -p "$PARALLEL_HOME" lists
: > "$PARALLEL_HOME/will-cite"

for i in 1 2 3 4 5 6; do
    sed "s/Harbour works at Kessara/Harbour works, list $i/" "$DATA/harbour.json" > lists/list$i.json
done

# Files across cores: one render per file.
mkdir -p render-out
parallel -j2 "$CLI" render {} -o render-out/{/.}.png ::: lists/*.json 2>err.txt
rc=$?
expect "parallel render over files" 0
check "six PNGs" test "$(ls render-out/*.png | wc -l)" = 6

# The same files through batch: identical bytes.
run batch -q -O batch-out lists
expect "batch over the same files" 0
for f in batch-out/*.png; do
    check "$(basename "$f"): parallel and batch give the same bytes" cmp -s "$f" "render-out/$(basename "$f")"
done

# NDJSON shards: one event list per line, split into shards, one batch per shard.
for f in lists/*.json; do tr -d '\n' < "$f"; echo; done > all.ndjson
mkdir shards
split -l 2 -d --additional-suffix=.ndjson all.ndjson shards/part-
check "three shards" test "$(ls shards | wc -l)" = 3
parallel -j2 "$CLI" batch -q -O shard-out/{/.} {} ::: shards/*.ndjson 2>err.txt
rc=$?
expect "parallel batch over NDJSON shards" 0
check "six PNGs from the shards" test "$(find shard-out -name '*.png' | wc -l)" = 6
check "shard line 1 equals the file it came from" cmp -s shard-out/part-00/part-00-1.png batch-out/list1.png

# A rerun of one shard gives the same bytes (shards can be rerun and compared).
"$CLI" batch -q -O rerun shards/part-01.ndjson 2>err.txt
rc=$?
expect "rerun one shard" 0
for f in rerun/*.png; do
    check "rerun $(basename "$f") is identical" cmp -s "$f" "shard-out/part-01/$(basename "$f")"
done

# The same command through --sshlogin (":" = this machine, no ssh needed).
parallel --sshlogin : -j2 "$CLI" batch -q -O "$WORK/ssh-out/{/.}" "$WORK/{}" ::: shards/*.ndjson 2>err.txt
rc=$?
expect "parallel --sshlogin : over shards" 0
check "six PNGs through --sshlogin" test "$(find ssh-out -name '*.png' | wc -l)" = 6

# xargs -P: the same over files without GNU parallel.
find lists -name '*.json' -print0 | xargs -0 -n 2 -P 2 "$CLI" batch -q -O xargs-out 2>err.txt
rc=$?
expect "xargs -P batch" 0
check "six PNGs through xargs" test "$(ls xargs-out/*.png | wc -l)" = 6
finish
