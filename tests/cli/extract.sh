#!/usr/bin/env bash
# extract.sh: `extract` and `timex` on articles: JSON out, the dateline
# warning, byte offsets that point at the expression, several inputs.
. "$(dirname "$0")/lib.sh" "$@"

cp "$DATA/article.txt" .
run extract article.txt -o events.json
expect "extract an article" 0
check "eventline/1 JSON written" grep -q '"eventline": 1' events.json
check "event list is valid JSON" json_valid events.json
check "dateline without a year gives a warning naming the year" grep -Eq '^eventline: warning: article\.txt: .*2013' err.txt
check "the Saturday is 2013-10-12 (latest Saturday October 12 up to EVENTLINE_TODAY)" grep -q '"2013-10-12"' events.json

run extract --dct 2024-10-12 article.txt
expect "extract with --dct" 0
check "--dct is used" grep -q '"dct": "2024-10-12"' out.txt
check "no year warning with --dct" sh -c '! grep -q warning err.txt'

run_in article.txt extract --dct 2024-10-12 -
expect "extract from stdin" 0
check "stdin evidence is named -" grep -q '"doc": "-"' out.txt

"$CLI" demo --print-article > demo.txt
run extract --dct 2024-10-12 article.txt demo.txt
expect "extract two articles" 0
check "events of both articles" grep -q '"doc": "demo.txt"' out.txt

run timex --dct 2018-07-07 article.txt -o timex.json
expect "timex" 0
check "timex JSON is valid" json_valid timex.json
check "timex has a dct" grep -q '"dct": "2018-07-07"' timex.json
if command -v python3 >/dev/null 2>&1; then
    check "timex offsets point at the text" python3 - timex.json article.txt <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
data = open(sys.argv[2], "rb").read()
assert d["timexes"], "no timexes"
for t in d["timexes"]:
    assert data[t["start"]:t["end"]].decode("utf-8") == t["text"], t
    assert t["type"] in ("DATE", "TIME", "DURATION", "SET"), t
assert any(t["text"].lower().endswith("saturday") and t["value"] == "2018-07-07" for t in d["timexes"]), d
PY
fi
printf 'Caf\303\251 talks ended on Saturday.\n' > utf8.txt
run timex --dct 2018-07-07 --char-offsets utf8.txt
expect "timex --char-offsets" 0
if command -v python3 >/dev/null 2>&1; then
    check "character offsets count code points" python3 - out.txt utf8.txt <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], encoding="utf-8").read()
assert d["timexes"], "no timexes"
for t in d["timexes"]:
    assert text[t["start"]:t["end"]] == t["text"], t
PY
fi
run extract --max-input-bytes 10 article.txt
expect "article over the limit" 1 '^eventline: error: article\.txt: input is larger than the limit'
finish
