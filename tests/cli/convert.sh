#!/usr/bin/env bash
# convert.sh: `convert` between eventline/1, TimelineJS JSON and CSV, and
# rendering each of the formats directly.
. "$(dirname "$0")/lib.sh" "$@"

cp "$DATA/harbour.json" "$DATA/sheet.csv" "$DATA/tljs.json" .

run convert sheet.csv -o sheet.json
expect "CSV to eventline/1" 0
check "CSV headline became a label" grep -q '"label": "Tamsin Water Accord"' sheet.json
check "CSV span kept its end" grep -q '"end": "2014-03-20"' sheet.json
run convert tljs.json -o tl.json
expect "TimelineJS to eventline/1" 0
check "TimelineJS headline became a label" grep -q '"label": "Ministers meet"' tl.json
check "TimelineJS HTML reduced to text" sh -c '! grep -q "<b>" tl.json'

run convert --to timelinejs harbour.json -o web.json
expect "eventline/1 to TimelineJS" 0
check "TimelineJS output is JSON" json_valid web.json
check "TimelineJS output has start_date" grep -q '"start_date"' web.json
run convert harbour.json -o table.csv
expect "eventline/1 to CSV by extension" 0
check "CSV output has the TimelineJS header" grep -q '^Year,Month,Day' table.csv
run convert --to csv harbour.json
expect "eventline/1 to CSV on stdout" 0
check "CSV on stdout" grep -q '^Year,Month,Day' out.txt

# Round trips keep the events.
run convert web.json -o back.json
expect "TimelineJS back to eventline/1" 0
check "TimelineJS round trip keeps 6 events" test "$(grep -c '"label"' back.json)" -ge 6
run convert table.csv -o back2.json
expect "CSV back to eventline/1" 0
check "CSV round trip keeps 6 events" test "$(grep -c '"label"' back2.json)" -ge 6

# Forced input formats.
run convert --from csv harbour.json -o x.json
expect "--from csv on a JSON file fails as CSV" 1 '^eventline: error: harbour\.json'
run render --input timelinejs tljs.json -o tl.png
expect "render --input timelinejs" 0
run render sheet.csv -o sheet.svg
expect "render a CSV" 0
check "CSV rendered to SVG" svg_well_formed sheet.svg
finish
