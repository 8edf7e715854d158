#!/usr/bin/env bash
# bench/run.sh: eventline's benchmark, against its peers, in one run.
#
# Usage: bench/run.sh [BUILD_DIR]          (default: bench/build)
#
# Builds eventline in Release, then measures every row of one table in the
# same run: the median of BENCH_RUNS (default 5, at least 5 for a published
# table) whole-process runs, with peak resident memory from /usr/bin/time.
# The last column is eventline's speed-up over the peer on the same input
# (peer time / eventline time, or eventline MB/s / peer MB/s).
#
# Environment:
#   EL_SHARED_DIR   development data (default: ../shared next to the repo);
#                   without it the text and the 20-event list are synthetic.
#   EL_PEERS_DIR    installed peers (default /tmp/eventline-peers, made by
#                   sh $EL_SHARED_DIR/peers/setup.sh); without them the peer
#                   columns say "n/a".
#   BENCH_RUNS      runs per row (default 5).
#   BENCH_TMP       scratch folder (default: a fresh one under /tmp).
#   BENCH_BIG_MB    largest text size for the scaling rows (default 100).
#   BENCH_MAX_EVENTS largest event list for the scaling rows (default 20000).
#   BENCH_TIMEOUT   seconds before one run is abandoned (default 300); the
#                   row then says "failed" and the script goes on.
#   BENCH_SLOW      a run longer than this many seconds (default 120) is not
#                   repeated; its row says "(1 run)".
# Progress goes to standard error, the table to standard output.
set -u

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
build=${1:-$here/build}
shared=${EL_SHARED_DIR:-$repo/../shared}
peers=${EL_PEERS_DIR:-/tmp/eventline-peers}
runs=${BENCH_RUNS:-5}
big_mb=${BENCH_BIG_MB:-100}
max_events=${BENCH_MAX_EVENTS:-20000}
limit=${BENCH_TIMEOUT:-300}
slow=${BENCH_SLOW:-120}

note() { printf '%s\n' "$*" >&2; }
die() { note "bench: $*"; exit 1; }
notes=()
add_note() { notes+=("$*"); note "note: $*"; }

# ---------------------------------------------------------------- tools
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        note "installing the time package for peak-memory figures"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 ||
            { apt-get update -qq >/dev/null 2>&1 &&
              DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; }
    fi
fi
have_time=0
[ -x /usr/bin/time ] && have_time=1
[ $have_time = 1 ] || add_note "/usr/bin/time missing: peak memory not measured"
command -v cmake >/dev/null || die "cmake is needed"

# ---------------------------------------------------------------- build
note "building Release in $build"
# Warnings are not errors here: a benchmark measures, it does not lint (and
# -O2 enables warnings that debug builds do not see).
mkdir -p "$build" || die "cannot create $build"
log=$build/bench-build.log
cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DEL_TESTS=OFF -DEL_WERROR=OFF \
    >"$log" 2>&1 || die "cmake configure failed (see $log)"
cmake --build "$build" -j2 --target eventline-cli >>"$log" 2>&1 ||
    die "build failed (see $log)"
el=$build/eventline
[ -x "$el" ] || die "no eventline binary in $build"

tmp=${BENCH_TMP:-$(mktemp -d /tmp/eventline-bench.XXXXXX)}
mkdir -p "$tmp" || die "cannot create $tmp"
note "scratch folder $tmp"

# ---------------------------------------------------------------- timing
# run_once CMD...: runs CMD once with output discarded; sets T (seconds of
# wall time), M (peak RSS in KiB, or empty) and RC.
run_once() {
    local s e
    s=$EPOCHREALTIME
    if [ $have_time = 1 ]; then
        timeout "$limit" /usr/bin/time -f '%M' -o "$tmp/rss" "$@" >/dev/null 2>"$tmp/stderr"
        RC=$?
    else
        timeout "$limit" "$@" >/dev/null 2>"$tmp/stderr"
        RC=$?
    fi
    e=$EPOCHREALTIME
    T=$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.6f", e - s }')
    M=""
    if [ $have_time = 1 ] && [ -s "$tmp/rss" ]; then
        M=$(grep -E '^[0-9]+$' "$tmp/rss" | tail -n 1)
    fi
}

# median: the median of the numbers on standard input.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print ""; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.6f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# measure CMD...: runs CMD $runs times; sets MT (median seconds), MM (median
# peak RSS in MiB, or empty), OK (0 when any run failed or timed out) and
# NRUNS.  A first run slower than $slow seconds is not repeated.
measure() {
    local ts="" ms="" i
    OK=1
    NRUNS=0
    for ((i = 0; i < runs; i++)); do
        run_once "$@"
        if [ "$RC" -ne 0 ]; then
            OK=0
            note "  run failed (exit $RC): $* : $(head -c 300 "$tmp/stderr")"
            break
        fi
        NRUNS=$((NRUNS + 1))
        ts+="$T"$'\n'
        [ -n "$M" ] && ms+="$M"$'\n'
        if awk -v t="$T" -v s="$slow" 'BEGIN { exit !(t > s) }'; then
            note "  one run took $T s: not repeated"
            break
        fi
    done
    MT=$(printf '%s' "$ts" | median)
    MM=""
    [ -n "$ms" ] && MM=$(printf '%s' "$ms" | median | awk '{ printf "%.1f", $1 / 1024 }')
}
# runs_note: " (1 run)" when the last measure did not repeat its command.
runs_note() { [ "$NRUNS" -lt "$runs" ] && [ "$OK" = 1 ] && echo " ($NRUNS run)"; }

# ---------------------------------------------------------------- inputs
# News text: the TempEval-3 training articles, else a synthetic article.
news=$tmp/news.txt
if [ -d "$shared/data/te3-train" ] && ls "$shared"/data/te3-train/*.txt >/dev/null 2>&1; then
    cat "$shared"/data/te3-train/*.txt > "$tmp/news-once.txt"
    text_src="TempEval-3 training texts ($(ls "$shared"/data/te3-train/*.txt | wc -l) articles)"
else
    add_note "$shared/data/te3-train absent: synthetic news text used"
    cat > "$tmp/news-once.txt" <<'TEXT'
CAIRO, March 3 (Reuters) -- The central bank raised its main rate on Thursday, two weeks after
the currency fell to a record low. The decision, the third increase since January 2017, follows
talks with the IMF that began last month and are expected to end in the second quarter.
Officials said inflation would peak by the end of the year and fall in 2019. The 2016 loan
agreement, signed on November 11, 2016, runs for three years. A few years ago the bank kept
rates unchanged for 18 months; recently it has moved every quarter. Markets open at 10:30 a.m.
on weekdays and close early on Fridays during Ramadan. Shortly after the announcement, shares
rose 2 percent, and the next day bond yields fell to their lowest level since the summer of 2015.
TEXT
    text_src="synthetic article"
fi
# repeat_to SRC DEST MB: SRC repeated until DEST holds at least MB MiB.
repeat_to() {
    local src=$1 dest=$2 want=$(( $3 * 1024 * 1024 )) size
    : > "$dest"
    size=0
    while [ "$size" -lt "$want" ]; do
        cat "$src" >> "$dest"
        size=$(stat -c %s "$dest")
    done
}
note "preparing texts"
repeat_to "$tmp/news-once.txt" "$news" 20
head -c $((1024 * 1024)) "$news" | sed '$d' > "$tmp/news-1mb.txt"
text_sizes=$(for mb in 1 10 100 "$big_mb"; do [ "$mb" -le "$big_mb" ] && echo "$mb"; done | sort -n -u | tr '\n' ' ')
for mb in $text_sizes; do
    [ -s "$tmp/text-$mb.txt" ] || repeat_to "$tmp/news-once.txt" "$tmp/text-$mb.txt" "$mb"
done
mb_of() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }

# Event lists: the shared 20-event example, else a synthetic one, and
# synthetic lists of N events spread over thirty years.
gen_events() { # N FILE
    awk -v n="$1" 'BEGIN {
        printf "{\"title\": \"%d events\", \"dct\": \"2020-01-01\", \"events\": [\n", n
        for (i = 0; i < n; i++) {
            y = 1990 + int(i * 30 / n); m = 1 + (i * 7) % 12; d = 1 + (i * 13) % 28
            printf "  {\"date\": \"%04d-%02d-%02d\", \"label\": \"Event %d: ministers agree on budget plan\"", y, m, d, i + 1
            if (i % 3 == 0) printf ", \"note\": \"Talks lasted three days and ended with a joint statement on spending\""
            printf "}%s\n", (i + 1 < n ? "," : "")
        }
        print "]}" }' > "$2"
}
ev20=$tmp/events20.json
if [ -f "$shared/design/examples/events20.json" ]; then
    cp "$shared/design/examples/events20.json" "$ev20"
    ev_src="design/examples/events20.json"
else
    add_note "$shared/design/examples/events20.json absent: synthetic 20-event list used"
    gen_events 20 "$ev20"
    ev_src="synthetic 20-event list"
fi
sizes=""
for n in 20 200 2000 20000; do [ "$n" -le "$max_events" ] && sizes="$sizes $n"; done
for n in $sizes; do gen_events "$n" "$tmp/events-$n.json"; done
rm -rf "$tmp/batch-in"
mkdir -p "$tmp/batch-in"
for i in $(seq -w 1 100); do
    sed "s/\"title\": \"/\"title\": \"List $i: /" "$ev20" > "$tmp/batch-in/list$i.json"
done

# ---------------------------------------------------------------- peers
have_chrono=0 have_dp=0 have_mpl=0
if command -v node >/dev/null && [ -f "$peers/run_chrono.js" ] &&
   [ -d "$peers/chrono/node_modules/chrono-node" ]; then have_chrono=1
else add_note "chrono-node not installed in $peers: its column is n/a (sh \$EL_SHARED_DIR/peers/setup.sh)"; fi
if [ -x /usr/bin/python3 ] && [ -f "$peers/run_dateparser.py" ] &&
   /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then have_dp=1
else add_note "dateparser not installed: its column is n/a"; fi
if [ -x /usr/bin/python3 ] && [ -f "$peers/mpl_timeline.py" ] &&
   /usr/bin/python3 -c 'import matplotlib' 2>/dev/null; then have_mpl=1
else add_note "matplotlib not installed: its column is n/a"; fi

# peer_bench KEY ...: runs an in-process peer benchmark printing per_pass_s
# and peak_rss_MB; sets PT (median seconds per pass) and PM (MiB).
peer_bench() {
    local out
    out=$(timeout $((limit * 3)) "$@" 2>"$tmp/peer.err")
    PT=$(printf '%s\n' "$out" | sed -n 's/^per_pass_s=//p' | tr ',' '\n' | median)
    PM=$(printf '%s\n' "$out" | sed -n 's/^peak_rss_MB=//p')
    [ -n "$PT" ] || note "  peer run failed: $* : $(head -c 300 "$tmp/peer.err")"
}

# ---------------------------------------------------------------- table
rows=()
# row MEASURE INPUT EL_VALUE EL_MEM PEER PEER_VALUE PEER_MEM SPEEDUP
row() { rows+=("| $1 | $2 | $3 | $4 | $5 | $6 | $7 | $8 |"); note "row: $1 | $3 | $6 | $8"; }
fmt_ms() { [ -n "$1" ] && awk -v t="$1" 'BEGIN { printf "%.1f ms", t * 1000 }' || echo "failed"; }
fmt_s() { [ -n "$1" ] && awk -v t="$1" 'BEGIN { printf "%.3f s", t }' || echo "failed"; }
mbps() { awk -v b="$1" -v t="$2" 'BEGIN { if (t > 0) printf "%.6f", b / 1e6 / t }'; }
sig() { [ -n "$1" ] && awk -v v="$1" 'BEGIN { printf "%.3g", v }' || echo "failed"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.1fx", a / b; else print "n/a" }'; }
mem() { [ -n "$1" ] && echo "$1 MiB" || echo "n/a"; }
na="n/a"
text_opts=(--dct 2018-07-07 --max-input-bytes 1G)

# 1. Tagger throughput on 20 MB of news text.
note "tagger throughput"
nbytes=$(stat -c %s "$news")
measure "$el" timex "${text_opts[@]}" -o /dev/null "$news"
el_mbps=$(mbps "$nbytes" "$MT")
el_mem=$MM
[ $OK = 1 ] || el_mbps=""
if [ $have_chrono = 1 ]; then
    peer_bench node "$peers/run_chrono.js" --bench "$news" "$runs" 2018-07-07 --per-line
    p=$(mbps "$nbytes" "$PT")
    row "tagger throughput, MB/s" "news $(mb_of "$news") MB" "$(sig "$el_mbps")" "$(mem "$el_mem")" \
        "chrono-node, per line" "$(sig "$p")" "$(mem "$PM")" "$(ratio "$el_mbps" "$p")"
else
    row "tagger throughput, MB/s" "news $(mb_of "$news") MB" "$(sig "$el_mbps")" "$(mem "$el_mem")" \
        "chrono-node" "$na" "$na" "$na"
fi
if [ $have_dp = 1 ]; then
    peer_bench /usr/bin/python3 "$peers/run_dateparser.py" --bench "$tmp/news-1mb.txt" "$runs" 2018-07-07 --per-line
    p=$(mbps "$(stat -c %s "$tmp/news-1mb.txt")" "$PT")
    row "tagger throughput, MB/s" "news (peer on 1 MB)" "$(sig "$el_mbps")" "$(mem "$el_mem")" \
        "dateparser, per line" "$(sig "$p")" "$(mem "$PM")" "$(ratio "$el_mbps" "$p")"
else
    row "tagger throughput, MB/s" "news" "$(sig "$el_mbps")" "$(mem "$el_mem")" "dateparser" "$na" "$na" "$na"
fi

# 2. One 20-event timeline, whole process, per format.
for fmt in png pdf svg; do
    note "20 events to $fmt"
    measure "$el" render "$ev20" -o "$tmp/one.$fmt"
    et=$MT em=$MM
    [ $OK = 1 ] || et=""
    if [ $have_mpl = 1 ]; then
        measure /usr/bin/python3 "$peers/mpl_timeline.py" "$ev20" "$tmp/mpl.$fmt"
        pt=$MT
        [ $OK = 1 ] || pt=""
        row "20 events to ${fmt^^}, whole process" "$ev_src" "$(fmt_ms "$et")" "$(mem "$em")" \
            "matplotlib" "$(fmt_ms "$pt")$(runs_note)" "$(mem "$MM")" "$(ratio "$pt" "$et")"
    else
        row "20 events to ${fmt^^}, whole process" "$ev_src" "$(fmt_ms "$et")" "$(mem "$em")" \
            "matplotlib" "$na" "$na" "$na"
    fi
done

# 3. Batch: 100 lists of 20 events to PNG, on 1 and 2 threads.
note "batch"
if [ $have_mpl = 1 ]; then
    rm -rf "$tmp/mpl-out"
    measure /usr/bin/python3 "$peers/mpl_timeline.py" --batch "$tmp/batch-in" "$tmp/mpl-out" --format png
    mpl_batch=$MT mpl_batch_mem=$MM mpl_batch_runs=$(runs_note)
    [ $OK = 1 ] || mpl_batch=""
fi
per_file() { [ -n "$1" ] && awk -v t="$1" 'BEGIN { printf "%.4f", t / 100 }'; }
one_core=""
for j in 1 2; do
    rm -rf "$tmp/batch-out"
    measure "$el" batch -j "$j" -f png -O "$tmp/batch-out" "$tmp/batch-in"
    et=$MT
    [ $OK = 1 ] || et=""
    [ $j = 1 ] && one_core=$et
    extra=""
    [ $j = 2 ] && [ -n "$one_core" ] && [ -n "$et" ] &&
        extra=" ($(ratio "$one_core" "$et") of 1 thread)"
    if [ $have_mpl = 1 ]; then
        row "batch 100 x 20 events to PNG, $j thread(s), per file" "100 JSON files" \
            "$(fmt_ms "$(per_file "$et")")$extra" "$(mem "$MM")" "matplotlib --batch (1 process)" \
            "$(fmt_ms "$(per_file "$mpl_batch")")$mpl_batch_runs" "$(mem "$mpl_batch_mem")" "$(ratio "$mpl_batch" "$et")"
    else
        row "batch 100 x 20 events to PNG, $j thread(s), per file" "100 JSON files" \
            "$(fmt_ms "$(per_file "$et")")$extra" "$(mem "$MM")" "matplotlib" "$na" "$na" "$na"
    fi
done

# 4. Scaling with text size: tagging and extraction of 1, 10, 100 MB.
for cmd in timex extract; do
    for mb in $text_sizes; do
        f=$tmp/text-$mb.txt
        note "$cmd $mb MB"
        measure "$el" "$cmd" "${text_opts[@]}" -o /dev/null "$f"
        v="failed or over ${limit} s"
        [ $OK = 1 ] && v="$(fmt_s "$MT"), $(sig "$(mbps "$(stat -c %s "$f")" "$MT")") MB/s$(runs_note)"
        m=$(mem "$MM")
        # Extraction's memory target: peak RSS <= 2x the input + 10 MiB.
        if [ "$cmd" = extract ] && [ -n "$MM" ]; then
            lim=$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.1f", 2 * b / 1048576 + 10 }')
            m="$m (target <= $lim MiB)"
            awk -v m="$MM" -v l="$lim" 'BEGIN { exit !(m > l) }' &&
                add_note "extract of $(mb_of "$f") MB: peak $MM MiB, over the target of $lim MiB"
        fi
        row "$cmd, text scaling" "$(mb_of "$f") MB" "$v" "$m" "-" "-" "-" "-"
    done
done

# 5. Scaling with the number of events: render to SVG (layout and text,
#    no rasterising) and to PNG at a fixed slide size.
for n in $sizes; do
    f=$tmp/events-$n.json
    note "render $n events"
    measure "$el" render "$f" --format svg -o /dev/null
    v="failed or over ${limit} s"
    [ $OK = 1 ] && v="$(fmt_s "$MT")$(runs_note)"
    row "render to SVG, events scaling" "$n events" "$v" "$(mem "$MM")" "-" "-" "-" "-"
done

# ---------------------------------------------------------------- report
cores=$(nproc 2>/dev/null || echo "?")
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
echo "eventline benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "machine: $cores cores, ${cpu:-unknown CPU}, ${ram:-unknown RAM}; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo "each value: median of $runs whole-process runs (a run over $slow s is not repeated); memory: median peak RSS; text: $text_src"
echo
echo "| measure | input | eventline | eventline peak RSS | peer | peer value | peer peak RSS | eventline speed-up |"
echo "|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ ${#notes[@]} -gt 0 ]; then
    echo
    for n in "${notes[@]}"; do echo "note: $n"; done
fi
echo
echo "peer throughput figures are in-process (per_pass_s of the peers' --bench); eventline's are whole process."
[ -n "${BENCH_TMP:-}" ] || rm -rf "$tmp"
