#!/usr/bin/env bash
# io.sh: standard input and output, error places (FILE:LINE:COL), limits,
# atomic writes that leave existing outputs untouched, full disks, closed
# pipes, folders and permissions.
. "$(dirname "$0")/lib.sh" "$@"

cp "$DATA/small.json" "$DATA/broken.json" "$DATA/badday.json" .

# Standard input and standard output.
run_in small.json convert
expect "convert stdin to stdout" 0
check "stdout holds eventline/1 JSON" grep -q '"eventline": 1' out.txt
run_in small.json convert - -o -
expect "convert - -o -" 0
check "- -o - holds the events" grep -q '"label": "Second"' out.txt
run_in small.json render - -o - --format svg
expect "render stdin to stdout as SVG" 0
check "SVG on stdout is well-formed" svg_well_formed out.txt
run_in small.json render --format png
expect "render stdin without -o goes to stdout" 0
check "PNG on stdout" has_magic out.txt 89504e470d0a1a0a

# Errors with their place.
run render broken.json -o out.png
expect "JSON syntax error with line:col" 1 '^eventline: error: broken\.json:3:[0-9]+: '
run_in broken.json render - -o out.png
expect "syntax error on stdin names <stdin>" 1 '^eventline: error: <stdin>:3:[0-9]+: '
run render badday.json -o out.png
expect "impossible date with line:col and path" 1 \
    '^eventline: error: badday\.json:3:[0-9]+: events\[1\]\.date: "2018-02-30": February 2018 has 28 days'
printf '{"events": [{"date": "2018-07-07", "label": "caf\351"}]}\n' > latin1.json
run render latin1.json -o out.png
expect "invalid UTF-8" 1 '^eventline: error: latin1\.json:1:49: invalid UTF-8'
printf '{"events": [{"date": "2018-07-07",\n "label": "a\000b"}]}\n' > nul.json
run convert nul.json -o out.json
expect "NUL byte" 1 '^eventline: error: nul\.json:2:[0-9]+: NUL byte'
: > empty.json
run render empty.json -o out.png
expect "empty file" 1 '^eventline: error: empty\.json: empty input'
run render no-such.json -o out.png
expect "missing input" 3 '^eventline: error: no-such\.json: cannot open'
mkdir folder.json
run render --input eventline folder.json -o out.png
expect "input is a folder" 3 '^eventline: error: folder\.json: is a folder'
run convert --max-input-bytes 10 small.json -o out.json
expect "input over --max-input-bytes" 1 '^eventline: error: small\.json: input is larger than the limit of 10 bytes'
run_in small.json convert --max-input-bytes 10
expect "stdin over --max-input-bytes" 1 'limit of 10 bytes'

# Atomic writes: a failed run leaves an existing output as it was.
for f in out.png out.json out.svg; do printf 'precious %s\n' "$f" > "$f"; done
run render broken.json -o out.png
expect "failing render" 1
check "existing PNG untouched" grep -q '^precious out.png$' out.png
run convert broken.json -o out.json
expect "failing convert" 1
check "existing JSON untouched" grep -q '^precious out.json$' out.json
run render small.json -o out.svg --layout-json folder.json
expect "layout JSON into a folder" 3 '^eventline: error: folder\.json: is a folder'
check "graphic not replaced when the layout fails" grep -q '^precious out.svg$' out.svg
check "no temporary files left" no_temp_files .
run render small.json -o out.svg --layout-json layout.json
expect "render with --layout-json" 0
check "layout JSON written" json_valid layout.json
check "graphic replaced on success" svg_well_formed out.svg
check "no temporary files after success" no_temp_files .

# Outputs that cannot be written.
mkdir outdir.png
run render small.json -o outdir.png
expect "output is a folder" 3 '^eventline: error: outdir\.png: is a folder'
run render small.json -o no-such-dir/out.png
expect "output folder missing" 3 '^eventline: error: no-such-dir/out\.png: cannot create'
run render small.json -o small.json/out.png
expect "output under a file" 3 '^eventline: error: small\.json/out\.png: cannot create'
run render small.json -o /dev/full --format png
expect "-o /dev/full" 3 '^eventline: error: /dev/full: cannot write: No space left'
check "/dev/full is still a device" test -c /dev/full
"$CLI" convert small.json >/dev/full 2>err.txt
rc=$?
expect "convert > /dev/full" 3 '^eventline: error: <stdout>: cannot write'
"$CLI" render small.json -o - --format svg >/dev/full 2>err.txt
rc=$?
expect "render > /dev/full" 3 '^eventline: error: <stdout>: cannot write'
"$CLI" demo --print-article >/dev/full 2>err.txt
rc=$?
expect "demo --print-article > /dev/full" 3 '^eventline: error: cannot write to standard output'
run render small.json -o /dev/null
expect "-o /dev/null is written in place" 0
if [ "$(id -u)" != 0 ]; then
    mkdir locked && chmod 555 locked
    run render small.json -o locked/out.png
    expect "unwritable folder" 3 '^eventline: error: locked/out\.png: cannot create: Permission denied'
    chmod 755 locked
fi

# A closed pipe: EPIPE is an I/O error, not a crash by SIGPIPE.
if command -v python3 >/dev/null 2>&1; then
    python3 - "$CLI" <<'PY' 2>err.txt
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
p = subprocess.run([sys.argv[1], "convert", "small.json"], stdout=w, stderr=subprocess.PIPE)
os.close(w)
sys.stderr.write(p.stderr.decode())
sys.exit(p.returncode)
PY
    rc=$?
    expect "closed pipe on stdout" 3 'Broken pipe'
fi

# New files follow the umask; replaced files keep their permissions.
(umask 027 && "$CLI" convert small.json -o masked.json)
check "new file mode follows umask 027" test "$(stat -c %a masked.json)" = 640
printf 'x\n' > kept.json
chmod 604 kept.json
run convert small.json -o kept.json
expect "replace an existing file" 0
check "replaced file keeps its mode" test "$(stat -c %a kept.json)" = 604

# --fsync: the same result, flushed to disk.
run convert --fsync small.json -o synced.json
expect "--fsync" 0
check "--fsync output written" grep -q '"eventline": 1' synced.json

# A symbolic link to an output stays a link; the file it names is replaced.
printf 'old\n' > target.json
ln -s target.json link.json
run convert small.json -o link.json
expect "write through a symbolic link" 0
check "the link is still a link" test -L link.json
check "its target was replaced" grep -q '"eventline": 1' target.json

finish
