#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kindred contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Whole-process comparison of an import: `kindred-cli import` of generated
# order lines into a new store against the sqlite3 shell's
# `.mode csv` + `.import` of the same file into a new database, run in turn
# (Kindred, sqlite3, Kindred, ...), each deleting its previous file inside
# the timing. Two files: the benchmark's plain ASCII one and one written as
# shops export them (quoted names with commas and doubled quotes, Japanese
# and accented names, CRLF, orders of 1 to 12 lines).
#
#   scripts/bench-import.sh [RUNS [LINES [CUSTOMERS]]]
#
# Prints, for each file, the medians of the elapsed and CPU seconds and of
# the peak memory (from /usr/bin/time), the median of the runs' elapsed
# ratios, and the machine's load. Needs a build in build/ (scripts/test.sh)
# and the sqlite3 and time packages (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
lines=${2:-1000000}
customers=${3:-100000}
cli=build/app/kindred-cli
generator=build/tests/bench/kindred-bench-import
for tool in "$cli" "$generator" /usr/bin/time sqlite3; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench-import: $tool is missing: run scripts/setup.sh and build (scripts/test.sh)" >&2
        exit 1
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command under /usr/bin/time and appends "elapsed user system peak-KB" to a file.
timed() {
    local out=$1
    shift
    /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$@" >/dev/null
    cat "$work/time" >>"$out"
}

median() {
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

compare() {
    local name=$1 csv=$2
    local kindred="$work/kindred.times" sqlite="$work/sqlite.times"
    : >"$kindred"
    : >"$sqlite"
    local store="$work/bench.kindred" db="$work/plain.db"
    local importKindred="rm -f '$store' '$store'-wal '$store'-shm '$store'.lock; exec '$cli' --db '$store' import '$csv'"
    local importSqlite="rm -f '$db'; exec sqlite3 '$db' '.mode csv' '.import $csv t'"
    # One run each not counted: the file is then in the page cache for both.
    sh -c "$importKindred" >/dev/null
    sh -c "$importSqlite" >/dev/null
    for ((i = 0; i < runs; ++i)); do
        timed "$kindred" sh -c "$importKindred"
        timed "$sqlite" sh -c "$importSqlite"
    done
    local kWall kCpu kPeak sWall sCpu sPeak ratio cpuRatio
    kWall=$(awk '{ print $1 }' "$kindred" | median)
    kCpu=$(awk '{ print $2 + $3 }' "$kindred" | median)
    kPeak=$(awk '{ print $4 / 1024 }' "$kindred" | median)
    sWall=$(awk '{ print $1 }' "$sqlite" | median)
    sCpu=$(awk '{ print $2 + $3 }' "$sqlite" | median)
    sPeak=$(awk '{ print $4 / 1024 }' "$sqlite" | median)
    ratio=$(paste "$kindred" "$sqlite" | awk '{ print $1 / $5 }' | median)
    cpuRatio=$(paste "$kindred" "$sqlite" | awk '{ print ($2 + $3) / ($6 + $7) }' | median)
    printf '%s (%s MB): kindred-cli import %.2f s (CPU %.2f s, peak %.0f MB), sqlite3 .import %.2f s (CPU %.2f s, peak %.0f MB)\n' \
        "$name" "$(($(stat -c %s "$csv") / 1048576))" "$kWall" "$kCpu" "$kPeak" "$sWall" "$sCpu" "$sPeak"
    printf '  ratio %.2f (median of %d alternated runs; CPU %.2f; target at most 1.5)\n' "$ratio" "$runs" "$cpuRatio"
}

"$generator" --write-only "$lines" "$customers" 1 "$work/plain.csv" >/dev/null
"$generator" --shop --write-only "$lines" "$customers" 1 "$work/shop.csv" >/dev/null
echo "load before: $(uptime)"
compare "plain order lines, $lines" "$work/plain.csv"
compare "shop order lines, $lines" "$work/shop.csv"
echo "load after: $(uptime)"
