#!/usr/bin/env bash
# usage.sh: exit codes and messages for usage errors, --help on every
# subcommand, --version, options before and after operands, and "--".
. "$(dirname "$0")/lib.sh" "$@"

cp "$DATA/small.json" good.json

run
expect "no command" 2 '^eventline: error: no command'
run frobnicate
expect "unknown command" 2 '^eventline: error: unknown command "frobnicate"'
run --frobnicate
expect "unknown top-level option" 2 '^eventline: error: unknown option --frobnicate'

run --version
expect "--version" 0
check "--version prints the version" grep -Eq '^eventline [0-9]+\.[0-9]+\.[0-9]+$' out.txt
run --help
expect "--help" 0
check "--help on stdout" grep -q '^Usage: eventline COMMAND' out.txt
check "--help lists the exit codes" grep -q 'Exit codes' out.txt

for cmd in extract timex render demo batch convert; do
    run "$cmd" --help
    expect "$cmd --help" 0
    check "$cmd --help prints usage on stdout" grep -q "^Usage: eventline $cmd" out.txt
    check "$cmd --help has examples" grep -q '^Examples:' out.txt
    check "$cmd --help writes nothing on stderr" test ! -s err.txt
    run "$cmd" -h
    expect "$cmd -h" 0
    run help "$cmd"
    expect "help $cmd" 0
    check "help $cmd prints the same page" grep -q "^Usage: eventline $cmd" out.txt
    run "$cmd" --frobnicate
    expect "$cmd unknown long option" 2 '^eventline: error: unknown option --frobnicate$'
    check "$cmd usage error points at --help" grep -q "eventline $cmd --help" err.txt
    run "$cmd" --frobnicate=3
    expect "$cmd unknown long option with a value" 2 '^eventline: error: unknown option --frobnicate$'
    run "$cmd" -Z
    expect "$cmd unknown short option" 2 '^eventline: error: unknown option -Z$'
done

# Options that need a value.
run render good.json -o
expect "render -o without a value" 2 '^eventline: error: option -o needs a value'
run convert good.json --to
expect "convert --to without a value" 2 '^eventline: error: option --to needs a value'

# Bad option values.
run render --dpi 0 good.json -o x.png
expect "--dpi 0" 2 '^eventline: error: --dpi'
run render --theme neon good.json -o x.png
expect "--theme neon" 2 '^eventline: error: --theme: "neon"'
run render --orientation diagonal good.json -o x.png
expect "--orientation diagonal" 2 '^eventline: error: --orientation'
run render --format gif good.json -o x.png
expect "--format gif" 2 '^eventline: error: --format: "gif"'
run render good.json -o x.gif
expect "unknown output extension" 2 'cannot tell the format from "x.gif"'
run render --png tiny good.json -o x.png
expect "--png tiny" 2 '^eventline: error: --png'
run render --max-events lots good.json -o x.png
expect "--max-events lots" 2 '^eventline: error: --max-events'
run render --max-input-bytes 12Q good.json -o x.png
expect "--max-input-bytes 12Q" 2 '^eventline: error: --max-input-bytes'
run render --input yaml good.json -o x.png
expect "--input yaml" 2 '^eventline: error: --input: "yaml"'
run render good.json small.json -o x.png
expect "render with two inputs" 2 '^eventline: error: one input at a time'
run extract --dct 2018-02-30 good.json
expect "--dct 2018-02-30" 2 '^eventline: error: --dct'
run extract --dct yesterday good.json
expect "--dct yesterday" 2 '^eventline: error: --dct'
EVENTLINE_TODAY=tomorrow run extract good.json
expect "malformed EVENTLINE_TODAY" 2 '^eventline: error: EVENTLINE_TODAY'
SOURCE_DATE_EPOCH=soon run render good.json -o x.png
expect "malformed SOURCE_DATE_EPOCH" 2 '^eventline: error: SOURCE_DATE_EPOCH'
run batch good.json
expect "batch without -O" 2 '^eventline: error: -O OUTDIR is required'
run batch -O out
expect "batch without inputs" 2 '^eventline: error: no INPUT'
run batch -j 0 -O out good.json
expect "batch -j 0" 2 '^eventline: error: -j'
run batch -f png,gif -O out good.json
expect "batch -f png,gif" 2 '^eventline: error: -f'
run convert --to yaml good.json
expect "convert --to yaml" 2 '^eventline: error: --to: "yaml"'
run demo extra-argument
expect "demo with an operand" 2 '^eventline: error: unexpected argument'
check "no output written by usage errors" test ! -e x.png

# Options after operands, and "--" ending the options.
run convert good.json -o after.json --to eventline
expect "options after the operand" 0
check "options after the operand: output written" grep -q '"eventline": 1' after.json
cp good.json ./-dash.json
run convert -o dash.json -- -dash.json
expect "-- then a file named like an option" 0
check "-- : output written" grep -q '"label": "First"' dash.json
run convert -o dash2.json -dash.json
expect "the same name without -- is an option" 2 '^eventline: error: unknown option'

# Help on a full standard output is an I/O error.
"$CLI" render --help >/dev/full 2>err.txt
rc=$?
expect "--help > /dev/full" 3 '^eventline: error: cannot write to standard output'

# Bash completion (docs/eventline.bash-completion) offers commands and values.
completion=$DATA/../../../docs/eventline.bash-completion
if [ -f "$completion" ]; then
    words=$(bash -c '. "$1"; COMP_WORDS=(eventline re); COMP_CWORD=1; _eventline; echo "${COMPREPLY[*]}"' _ "$completion")
    check "completion of a command" test "$words" = render
    words=$(bash -c '. "$1"; COMP_WORDS=(eventline batch --theme ""); COMP_CWORD=3; _eventline; echo "${COMPREPLY[*]}"' _ "$completion")
    check "completion of a theme" test "$words" = "light dark print colorblind"
fi

finish
