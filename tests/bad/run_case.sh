#!/usr/bin/env bash
# run_case.sh: runs one case of the bad-input catalogue (cases.tsv).
#
# Usage: run_case.sh CLI CASES_FILE INPUTS_DIR WORK_ROOT NAME
# The case runs in a fresh folder WORK_ROOT/NAME holding a copy of
# INPUTS_DIR, the generated inputs its arguments name, two folders
# (a-folder, a-folder.png) and existing outputs out.{png,pdf,svg,json,csv}.
# It passes when the exit status is the expected one, the process was not
# killed by a signal or a sanitizer, standard error matches the expected
# message, the case's CHECK command (if any) succeeds in the folder, and (on
# failure) every existing output is byte-for-byte as it was and no new file
# was left behind (outside batch-out/, where a batch writes what it could).
set -u

cli=$1 cases=$2 inputs=$3 root=$4 name=$5

fail() { echo "FAIL bad_$name: $*" >&2; exit 1; }

line=$(awk -F '\t' -v n="$name" '$1 == n { print; exit }' "$cases")
[ -n "$line" ] || fail "no such case in $cases"
IFS=$'\t' read -r _ want regex args check <<<"$line"

work=$root/$name
rm -rf "$work"
mkdir -p "$work" || fail "cannot create $work"
cp -R "$inputs"/. "$work"/
mkdir "$work/a-folder" "$work/a-folder.png"

# Inputs made at test time: too big or too odd to keep in the repository.
gen() {
    case $1 in
    biglabel.json)
        { printf '{"events": [{"date": "2018-07-07", "label": "'
          head -c $((20 * 1024 * 1024)) /dev/zero | tr '\0' 'a'
          printf '"}]}\n'; } > "$work/$1" ;;
    deep.json)
        { head -c 100000 /dev/zero | tr '\0' '['
          head -c 100000 /dev/zero | tr '\0' ']'; } > "$work/$1" ;;
    picture.json)
        # A real PNG signature and IHDR chunk followed by binary noise.
        { printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020\000\000\000\020\010\006\000\000\000'
          head -c 600 /dev/zero | tr '\0' '\377'; printf '\000IEND\256B`\202'; } > "$work/$1" ;;
    binary.json)
        # Deterministic bytes 0..255 repeated, NULs included.
        for _ in 1 2 3 4; do
            for i in $(seq 0 255); do printf "\\$(printf %03o "$i")"; done
        done > "$work/$1" ;;
    big.txt)
        for _ in $(seq 1 2000); do
            printf 'On July 7, 2018 the ministers met in Tripoli, a week after the talks of June 30.\n'
        done > "$work/$1" ;;
    oneline.txt)
        # 5 MB without a line break, a date at each end.
        { printf 'On July 7, 2018 '; head -c $((5 * 1024 * 1024)) /dev/zero | tr '\0' 'x'
          printf ' in March 2019\n'; } > "$work/$1" ;;
    loop)
        # A folder that contains itself through a symbolic link.
        mkdir "$work/loop" && cp "$work/good.json" "$work/loop/" &&
            ln -s . "$work/loop/self" ;;
    esac
}
for f in biglabel.json deep.json picture.json binary.json big.txt oneline.txt loop; do
    case " $args " in *"$f"*) gen "$f" ;; esac
done

outputs="out.png out.pdf out.svg out.json out.csv"
for o in $outputs; do printf 'existing %s, must survive\n' "$o" > "$work/$o"; done
listing() { (cd "$work" && find . -path ./batch-out -prune -o -print | LC_ALL=C sort); }
before=$(listing)

# Keep the sanitizers' own exit status apart from the expected ones.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=87"
export EVENTLINE_TODAY=2018-07-10

cd "$work" || fail "cannot enter $work"
( set -o pipefail; eval "timeout 120 \"\$cli\" $args" ) </dev/null 2>"$work.stderr"
got=$?
cd "$root" || exit 1

msg=$(head -c 2000 "$work.stderr")
[ "$got" -ne 124 ] || fail "timed out (hang?): eventline $args"
[ "$got" -lt 128 ] || fail "killed by signal $((got - 128)): eventline $args
$msg"
if grep -Eq 'Sanitizer|runtime error:' "$work.stderr"; then
    fail "sanitizer report: eventline $args
$msg"
fi
[ "$got" -eq "$want" ] || fail "exit status $got, expected $want: eventline $args
stderr: $msg"
if [ "$regex" != "-" ] && ! grep -Eiq -- "$regex" "$work.stderr"; then
    fail "no line of stderr matches /$regex/: eventline $args
stderr: $msg"
fi
if [ -n "${check:-}" ] && ! (cd "$work" && eval "$check") >/dev/null 2>&1; then
    fail "check failed: $check (after: eventline $args)
stderr: $msg"
fi
if [ "$got" -ne 0 ]; then
    grep -q '^eventline: error: ' "$work.stderr" ||
        fail "failed without an 'eventline: error:' line: $msg"
    for o in $outputs; do
        printf 'existing %s, must survive\n' "$o" | cmp -s - "$work/$o" ||
            fail "existing output $o was changed by a failed run"
    done
    after=$(listing)
    [ "$before" = "$after" ] || fail "a failed run left files behind:
$(diff <(echo "$before") <(echo "$after") | grep '^>')"
else
    left=$(cd "$work" && find . -name '.*' ! -name . | head -n 5)
    [ -z "$left" ] || fail "temporary files left behind: $left"
fi
# /dev/full must still be the device (a writer that renamed over it would
# have replaced it with a regular file).
if [ -e /dev/full ] && [ ! -c /dev/full ]; then
    fail "/dev/full is no longer a character device"
fi
echo "ok bad_$name (exit $got) $(head -n 1 "$work.stderr" | head -c 300)"
rm -rf "$work" "$work.stderr"
