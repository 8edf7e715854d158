# lib.sh: helpers for the CLI tests, sourced by each tests/cli/*.sh script.
#
# Usage in a script:  . "$(dirname "$0")/lib.sh" "$@"   (arguments: CLI DATA_DIR)
# Every script runs in a fresh temporary folder, counts its checks and ends
# with finish, which prints "N passed, M failed" and sets the exit status.

set -u
CLI=$1
DATA=$2
case $CLI in /*) ;; *) CLI=$PWD/$CLI ;; esac
case $DATA in /*) ;; *) DATA=$PWD/$DATA ;; esac
WORK=$(mktemp -d "${TMPDIR:-/tmp}/eventline-cli.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1

# Reproducible "today" for articles; sanitizers keep their own exit codes.
export EVENTLINE_TODAY=2018-07-10
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=86"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=87"
unset SOURCE_DATE_EPOCH

passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*" >&2
}

# run ARGS...: runs the CLI, keeping stdout in out.txt, stderr in err.txt and
# the exit status in $rc.  Standard input is /dev/null unless redirected.
run() {
    "$CLI" "$@" >out.txt 2>err.txt </dev/null
    rc=$?
    sanitizer_check "$*"
}

# run_in FILE ARGS...: like run, with FILE on standard input.
run_in() {
    local in=$1
    shift
    "$CLI" "$@" >out.txt 2>err.txt <"$in"
    rc=$?
    sanitizer_check "$*"
}

sanitizer_check() {
    if [ "$rc" -ge 86 ] || grep -Eq 'Sanitizer|runtime error:' err.txt; then
        fail "sanitizer or crash (exit $rc): eventline $1"
        sed 's/^/    /' err.txt | head -20 >&2
    fi
}

# expect DESC CODE [STDERR_REGEX]: checks the last run's exit status and,
# when given, that some line of stderr matches the extended regex.
expect() {
    local desc=$1 code=$2 regex=${3:-}
    if [ "$rc" -ne "$code" ]; then
        fail "$desc: exit $rc, expected $code"
        sed 's/^/    /' err.txt | head -5 >&2
        return
    fi
    if [ -n "$regex" ] && ! grep -Eq -- "$regex" err.txt; then
        fail "$desc: no stderr line matches /$regex/"
        sed 's/^/    /' err.txt | head -5 >&2
        return
    fi
    pass
}

# check DESC COMMAND...: passes when the command succeeds.
check() {
    local desc=$1
    shift
    if "$@"; then pass; else fail "$desc"; fi
}

# Helpers for file contents.
has_magic() { # FILE HEX: the file starts with these bytes
    [ "$(head -c $((${#2} / 2)) "$1" | od -An -tx1 | tr -d ' \n')" = "$2" ]
}
png_size() { # FILE: prints WIDTHxHEIGHT from the IHDR chunk
    local hex
    hex=$(od -An -tx1 -j16 -N8 "$1" | tr -d ' \n')
    printf '%dx%d\n' "0x${hex:0:8}" "0x${hex:8:8}"
}
no_temp_files() { # DIR: no ".name.XXXXXX" temporaries left
    [ -z "$(find "$1" -name '.*.??????' 2>/dev/null | head -n 1)" ]
}
svg_well_formed() { # FILE
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout "$1" 2>/dev/null
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$1" 2>/dev/null
    else
        grep -q '<svg' "$1" && tail -c 20 "$1" | grep -q '</svg>'
    fi
}
json_valid() { # FILE: parses as JSON (skipped without python3)
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1" 2>/dev/null
    else
        [ -s "$1" ]
    fi
}

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit $?
}
