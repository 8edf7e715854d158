#!/usr/bin/env bash
# demo.sh: `eventline demo` draws a real timeline from the built-in article:
# a 1920x1080 PNG, a PDF with a MediaBox, a well-formed SVG, the same bytes
# on every run and every day.
. "$(dirname "$0")/lib.sh" "$@"

run demo -O d1
expect "demo -O d1" 0
check "demo.png is a PNG" has_magic d1/demo.png 89504e470d0a1a0a
check "demo.png is 1920x1080" test "$(png_size d1/demo.png)" = 1920x1080
check "demo.pdf starts with %PDF" has_magic d1/demo.pdf 25504446
check "demo.pdf has a MediaBox" grep -aq '/MediaBox' d1/demo.pdf
check "demo.pdf ends with %%EOF" sh -c "tail -c 8 d1/demo.pdf | grep -aq '%%EOF'"
check "demo.svg is well-formed XML" svg_well_formed d1/demo.svg
check "demo.svg is an SVG" grep -q '<svg' d1/demo.svg
check "demo lists the files it wrote" grep -q 'd1/demo.pdf' out.txt
check "no temporary files left" no_temp_files d1

# Another day and another folder: the same bytes.
EVENTLINE_TODAY=2031-01-01 run demo -O d2/nested
expect "demo into a new nested folder" 0
for f in demo.png demo.pdf demo.svg; do
    check "$f is the same on another day" cmp -s d1/$f d2/nested/$f
done
(mkdir -p d3 && cd d3 && "$CLI" demo >/dev/null 2>&1)
check "demo writes into the current folder by default" cmp -s d1/demo.png d3/demo.png

# The article and its events.
run demo --print-article
expect "demo --print-article" 0
check "article has an agency dateline without a year" grep -q '^KESSARA, October 12 (Northwind News Agency) --' out.txt
for phrase in 'on Saturday' 'recently' 'Shortly after that' 'a few years ago' 'the 2014 floods' 'the 1998 Tamsin Water Accord'; do
    check "article says \"$phrase\"" grep -q "$phrase" out.txt
done
run demo --print-json
expect "demo --print-json" 0
check "event list is JSON" json_valid out.txt
check "report date follows the dateline weekday rule (2024)" grep -q '"dct": "2024-10-12"' out.txt
check "the Saturday meeting is dated 2024-10-12" grep -q '"date": "2024-10-12"' out.txt
check "the 2014 floods are dated" grep -q '"date": "2014' out.txt
check "the 1998 accord is dated" grep -q '"date": "1998' out.txt

run demo -O d4 --theme dark --size a4-landscape
expect "demo with render options" 0
check "dark demo differs from the default" sh -c '! cmp -s d1/demo.png d4/demo.png'
finish
