#!/usr/bin/env bash
# example.sh: compiles the library example (examples/render_example.c)
# against the built static libraries, runs it, and compares its PNG with the
# CLI's for the same list.
# Arguments: CLI DATA_DIR CC SOURCE_DIR SANITIZE(0/1) LIB...
. "$(dirname "$0")/lib.sh" "$1" "$2"
cc=$3 src=$4 sanitize=$5
shift 5
libs=("$@")

if ! command -v pkg-config >/dev/null 2>&1; then
    echo "pkg-config not found: skipped"
    exit 77
fi
deps="pangocairo cairo fontconfig libcjson zlib"
pkg-config --exists pangoft2 && deps="$deps pangoft2"
flags=(-std=c11 -Wall -Wextra -Werror)
[ "$sanitize" = 1 ] && flags+=(-fsanitize=address,undefined -fno-omit-frame-pointer)
# shellcheck disable=SC2046
"$cc" "${flags[@]}" -I "$src/include" "$src/examples/render_example.c" -o example \
    "${libs[@]}" $(pkg-config --libs $deps) -lm -lpthread 2>err.txt
rc=$?
expect "render_example.c compiles cleanly against the libraries" 0
[ "$rc" -eq 0 ] || finish

./example "$DATA/harbour.json" example.png 2>err.txt
rc=$?
expect "render_example runs" 0
check "it writes a PNG" has_magic example.png 89504e470d0a1a0a
check "of the default slide size" test "$(png_size example.png)" = 1920x1080
run render "$DATA/harbour.json" -o cli.png
expect "the CLI renders the same list" 0
check "example and CLI give the same bytes" cmp -s example.png cli.png
./example "$DATA/broken.json" never.png 2>err.txt
rc=$?
expect "render_example reports bad JSON" 1 'usage: render_example'
check "no output for bad JSON" test ! -e never.png
finish
