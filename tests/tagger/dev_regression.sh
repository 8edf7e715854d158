#!/bin/sh
# dev_regression.sh TAG_DIR SHARED_DIR WORK_DIR
# Tags the TempEval-3 development set with tag_dir, scores it with the
# shared scorer and fails when a score drops below its floor.  Exits 77
# (skipped) when the shared data or python3 is missing.
set -u
tag_dir=$1
shared=$2
work=$3
gold="$shared/data/te3-train"
scorer="$shared/tools/score_timex.py"
# Floors: a little below the scores reached when they were set.
STRICT_FLOOR=88.5
RELAXED_FLOOR=94.1
VALUE_FLOOR=82.6

if [ ! -d "$gold" ] || [ ! -f "$scorer" ]; then
    echo "skip: no development data in $shared"
    exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "skip: python3 not found"
    exit 77
fi
rm -rf "$work"
mkdir -p "$work" || exit 1
"$tag_dir" "$gold" "$work" || { echo "tag_dir failed"; exit 1; }
python3 "$scorer" "$gold" "$work" --json > "$work/scores.json" || { echo "scorer failed"; exit 1; }
python3 - "$work/scores.json" "$STRICT_FLOOR" "$RELAXED_FLOOR" "$VALUE_FLOOR" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))['scores']
floors = {'strict': float(sys.argv[2]), 'relaxed': float(sys.argv[3]), 'value': float(sys.argv[4])}
bad = 0
for k, floor in floors.items():
    f1 = s[k]['F1']
    ok = f1 >= floor
    print('%-8s F1 %6.2f  floor %6.2f  %s' % (k, f1, floor, 'ok' if ok else 'BELOW FLOOR'))
    bad += not ok
sys.exit(1 if bad else 0)
PY
