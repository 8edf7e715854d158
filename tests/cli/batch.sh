#!/usr/bin/env bash
# batch.sh: many inputs on several threads; one bad input is reported and
# the rest still render; names are safe, unique and stable; NDJSON lines.
. "$(dirname "$0")/lib.sh" "$@"

mkdir -p in/sub in/.hidden
cp "$DATA/small.json" in/alpha.json
cp "$DATA/harbour.json" in/sub/alpha.json          # same stem: alpha-2
cp "$DATA/sheet.csv" in/sheet.csv
cp "$DATA/tljs.json" "in/web page (v2).json"        # unsafe characters
cp "$DATA/article.txt" in/article.txt
cp "$DATA/small.json" in/.hidden/skipped.json        # hidden: skipped
cp "$DATA/broken.json" in/sub/broken.json
echo 'not an input' > in/readme.md                   # other extension: skipped
{ tr -d '\n' < "$DATA/small.json"; echo
  echo
  echo '{"events": [{"date": "2018-13-01", "label": "bad month"}]}'
  tr -d '\n' < "$DATA/harbour.json"; echo; } > in/shard.ndjson

files_outside_out() { find . -type f ! -path './out/*' ! -name '*.lst' ! -name out.txt ! -name err.txt | LC_ALL=C sort; }
files_outside_out > before.lst
run batch -j 3 -f png,svg -O out in
expect "one bad file and one bad NDJSON line give exit 1" 1
check "summary line" grep -Eq '^7 rendered, 2 failed in [0-9.]+ s$' err.txt
check "bad file named with its place" grep -Eq '^eventline: error: in/sub/broken\.json:3:[0-9]+: ' err.txt
check "bad NDJSON line named with its line" grep -Eq '^eventline: error: in/shard\.ndjson:3:[0-9]+: .*2018-13-01' err.txt
for n in alpha alpha-2 sheet web_page__v2_ article shard-1 shard-4; do
    check "out/$n.png rendered" has_magic "out/$n.png" 89504e470d0a1a0a
    check "out/$n.svg rendered" svg_well_formed "out/$n.svg"
done
files_outside_out > after.lst
check "nothing written outside out/" cmp -s before.lst after.lst
check "14 files in out/" test "$(find out -type f | wc -l)" = 14
check "hidden folder skipped" test ! -e out/skipped.png
check "no temporary files left" no_temp_files out
check "plain progress lines when not on a terminal" grep -Eq '^\[[0-9]+/9\] in/alpha\.json$' err.txt

# The same names on every run, whatever the thread count.
run batch -j 1 -q -f png,svg -O out1 in
expect "single thread" 1
check "-q prints no progress lines" sh -c '! grep -q "^\[" err.txt'
check "-q still prints the summary" grep -Eq '^7 rendered, 2 failed' err.txt
for f in out/*; do
    # (SVG: cairo numbers <g id="surfaceN"> from a process-wide counter; the
    # renderer must renumber them for this to hold.)
    check "$(basename "$f") identical with 1 and 3 threads" cmp -s "$f" "out1/$(basename "$f")"
done

# Names that try to leave the output folder stay inside it.
mkdir evil
cp "$DATA/small.json" 'evil/..json'
cp "$DATA/small.json" 'evil/-x.json'
run batch -q -O safe -- 'evil/..json' 'evil/-x.json'
expect "odd names" 0
check "'..json' becomes a plain name inside the folder" test -f safe/_.png
check "'-x.json' keeps its name" test -f safe/-x.png
check "nothing written next to the output folder" test "$(ls | grep -c png)" = 0

# A symbolic link back up the tree is reported; the rest still renders.
mkdir -p loopy/inner
cp "$DATA/small.json" loopy/inner/one.json
ln -s .. loopy/inner/up
run batch -q -O loop-out loopy
expect "folder loop reported as a failed input" 1 '^eventline: error: loopy/inner/up: folder loop'
check "the file beside the loop rendered" has_magic loop-out/one.png 89504e470d0a1a0a
check "loop summary" grep -Eq '^1 rendered, 1 failed' err.txt

# On a terminal: a progress bar with done/total, rate and time left.
if command -v script >/dev/null 2>&1; then
    script -qec "\"$CLI\" batch -j 2 -O tty-out in/alpha.json in/sheet.csv in/sub/alpha.json" /dev/null \
        > tty.txt 2>&1 </dev/null
    check "progress bar shows done/total, rate and ETA" grep -Eq '\[#+\.*\] 3/3 +[0-9.]+/s +ETA [0-9]+:[0-9]{2}' tty.txt
    check "summary after the bar" grep -Eq '3 rendered, 0 failed in' tty.txt
fi

# All good: exit 0.
run batch -q -O good in/alpha.json in/sheet.csv
expect "all inputs good" 0 '^2 rendered, 0 failed in'

# A missing INPUT fails on its own; the others still render.
run batch -O out2 no-such-folder in/alpha.json
expect "missing input among good ones gives exit 1" 1 '^eventline: error: no-such-folder: cannot open: '
check "summary counts the missing input" grep -Eq '^1 rendered, 1 failed in [0-9.]+ s$' err.txt
check "the good input still rendered" has_magic out2/alpha.png 89504e470d0a1a0a
run batch -q -O out2b no-such-folder
expect "only a missing input: exit 1" 1 '^0 rendered, 1 failed in'

# Problems that stop the run before it starts.
mkdir emptydir
run batch -O out3 emptydir
expect "no inputs found" 1 '^eventline: error: no inputs found'
run batch -O in/alpha.json in/sheet.csv
expect "output folder is a file" 3 '^eventline: error: in/alpha\.json: '
finish
