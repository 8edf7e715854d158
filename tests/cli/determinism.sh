#!/usr/bin/env bash
# determinism.sh: the same input gives the same bytes, run after run, for
# every format, so shards can be rerun and compared.
. "$(dirname "$0")/lib.sh" "$@"

cp "$DATA/harbour.json" "$DATA/article.txt" .
for fmt in png pdf svg; do
    run render harbour.json -o a.$fmt
    expect "render $fmt (1)" 0
    run render harbour.json -o b.$fmt
    expect "render $fmt (2)" 0
    check "$fmt: same bytes twice" cmp -s a.$fmt b.$fmt
    SOURCE_DATE_EPOCH=1700000000 run render harbour.json -o c.$fmt
    expect "render $fmt with SOURCE_DATE_EPOCH (1)" 0
    SOURCE_DATE_EPOCH=1700000000 run render harbour.json -o d.$fmt
    expect "render $fmt with SOURCE_DATE_EPOCH (2)" 0
    check "$fmt: same bytes twice with SOURCE_DATE_EPOCH" cmp -s c.$fmt d.$fmt
done
run render --png small harbour.json -o small.png
expect "--png small" 0
check "--png small gives a PNG no larger than --png fast" test "$(stat -c %s small.png)" -le "$(stat -c %s a.png)"

# batch (one reused renderer per thread) gives render's bytes.
mkdir -p lists
cp "$DATA/harbour.json" "$DATA/small.json" lists/
run batch -q -j 2 -f png,svg,pdf -O bout lists
expect "batch of two lists" 0
for name in harbour small; do
    for fmt in png svg pdf; do
        run render "lists/$name.json" -o "single-$name.$fmt"
        check "$name.$fmt: batch and render give the same bytes" cmp -s "bout/$name.$fmt" "single-$name.$fmt"
    done
done

run extract article.txt -o x1.json
expect "extract (1)" 0
run extract article.txt -o x2.json
expect "extract (2)" 0
check "extract: same bytes twice" cmp -s x1.json x2.json
run convert harbour.json -o r1.json
run convert r1.json -o r2.json
check "convert: eventline/1 round trip is stable" cmp -s r1.json r2.json
finish
