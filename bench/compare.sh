#!/usr/bin/env bash
# The measures of docs/performance.md's comparison, taken the same way from any server that speaks the duplistatus
# API (Dupliwatch, duplistatus, ...), already running at URL and holding no runs of these servers yet:
#   uploads/s of 2,000 reports with 1 and then 8 clients, then up to 10,000 runs with 8 clients
#   (100 servers x 5 jobs, runs 1 h apart, ~2.3 KB reports built from a real Duplicati report: IngestBench.java);
#   p50/p99 of /api/summary, /api/lastbackup/:id and /api/lastbackups/:id at 10,000 runs, and of the dashboard
#   with 1 and 8 clients (ReadBench.java); the server's RSS when its PID is given.
# Usage: bench/compare.sh URL [PID]
# Environment: COMPARE_DASHBOARD (path of the dashboard, default /), COMPARE_LOGIN (Dupliwatch's data directory: the
# dashboard is read signed in as its initial admin, see ReadBench.java), COMPARE_PREFIX (machine-id prefix, cmp),
# DUPLIWATCH_SAMPLES (where duplicati/backup-success.json is, default src/test/resources/samples),
# BENCH_CLIENT_JVM_OPTS (JVM options of the load generators).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE=${1:?usage: bench/compare.sh URL [PID]}
BASE=${BASE%/}
PID=${2:-}
DASHBOARD=${COMPARE_DASHBOARD:-/}
PREFIX=${COMPARE_PREFIX:-cmp}
SAMPLE=${DUPLIWATCH_SAMPLES:-src/test/resources/samples}/duplicati/backup-success.json
CLIENT_JVM_OPTS=${BENCH_CLIENT_JVM_OPTS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
OUT=$(mktemp -d /tmp/dupliwatch-compare.XXXXXX)
trap 'rm -rf "$OUT"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }
rss() { [ -n "$PID" ] && echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 )) MB" || echo "-"; }
# shellcheck disable=SC2086
ingest() { java $CLIENT_JVM_OPTS bench/IngestBench.java "$BASE" "$SAMPLE" --servers=100 --jobs=5 --spacing=PT1H \
  --prefix="$PREFIX" --warmup=0 --rounds=1 ${PID:+--pid="$PID"} "$@"; }
# shellcheck disable=SC2086
reads() { java $CLIENT_JVM_OPTS bench/ReadBench.java "$BASE" "$@"; }
# field N of the output line of phase/path $2 in file $1
pick() { awk -v key="$2" -v n="$3" '$1 == key || $2 == key { v = $n } END { print v }' "$1"; }

curl -sf -o /dev/null "$BASE/api/summary" || { echo "$BASE/api/summary does not answer" >&2; exit 1; }
LOAD_BEFORE=$(load)
RSS_IDLE=$(rss)
SERVER_ID=$(printf '%s%027d' "$PREFIX" 42)
LOGIN=()
[ -n "${COMPARE_LOGIN:-}" ] && LOGIN=(--login="$COMPARE_LOGIN")

# 2,000 uploads with 1 client, 2,000 with 8, then 6,000 more with 8: 10,000 runs (20 per job).
ingest --clients=1,8 --per-round=2000 | tee "$OUT/ingest.txt"
ingest --clients=8 --per-round=6000 --first-run=8 | tee "$OUT/ingest10k.txt"
RUNS=$(curl -sf "$BASE/api/summary" | grep -o '"totalBackupsRuns":[0-9]*' | cut -d: -f2)
reads "$RUNS" /api/summary "/api/lastbackup/$SERVER_ID" "/api/lastbackups/$SERVER_ID" | tee "$OUT/api.txt"
reads dash-1 "$DASHBOARD" --requests=200 --warmup=100 --header=Accept-Encoding:gzip "${LOGIN[@]}" | tee "$OUT/dash1.txt"
reads dash-8 "$DASHBOARD" --requests=400 --warmup=100 --clients=8 --header=Accept-Encoding:gzip "${LOGIN[@]}" \
  | tee "$OUT/dash8.txt"
LOAD_AFTER=$(load)

echo
echo "## $BASE, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
     "$(free -g | awk '/Mem:/ {print $2}') GB; load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| 2,000 uploads, 1 / 8 clients | $(awk '$1 == "round" && $3 == 1 { print $6 }' "$OUT/ingest.txt") / $(awk '$1 == "round" && $3 == 8 { print $6 }' "$OUT/ingest.txt") per s |"
echo "| 6,000 more uploads (to $RUNS runs), 8 clients | $(awk '$1 == "round" { print $6 " per s (p50 " $7 " ms, p99 " $8 " ms)" }' "$OUT/ingest10k.txt") |"
for path in /api/summary "/api/lastbackups/$SERVER_ID" "/api/lastbackup/$SERVER_ID"; do
  echo "| \`${path/$SERVER_ID/:id}\` p50 / p99 | $(pick "$OUT/api.txt" "$path" 3) / $(pick "$OUT/api.txt" "$path" 4) ms |"
done
echo "| dashboard \`$DASHBOARD\`, 1 / 8 clients, p50 (p99) | $(pick "$OUT/dash1.txt" "$DASHBOARD" 3) ($(pick "$OUT/dash1.txt" "$DASHBOARD" 4)) / $(pick "$OUT/dash8.txt" "$DASHBOARD" 3) ($(pick "$OUT/dash8.txt" "$DASHBOARD" 4)) ms |"
echo "| dashboard weight (gzip) | $(pick "$OUT/dash1.txt" "$DASHBOARD" 6) bytes |"
echo "| RSS idle before / after the load | $RSS_IDLE / $(rss) |"
