#!/usr/bin/env bash
# Ingest benchmark: Dupliwatch on an empty store (BENCH_DB=sqlite|postgresql), 1,000 warm-up uploads, then rounds of
# 1,900 distinct reports across 100 servers x 5 jobs with 1 and then 8 concurrent clients; uploads/s per round and
# the medians, then the external API's read latencies and the server's RSS. Extra arguments go to IngestBench
# (e.g. --rounds=10 to watch growth).
source "$(dirname "$0")/lib.sh"
machine
prepare_store
start_server
echo "started in $STARTUP_MS ms, RSS idle $(rss_mb) MB"
# 1,000 warm-up + 5 rounds x (1,900 with 1 client + 1,900 with 8) = 20,000 uploads = 100 servers x 5 jobs x 40 runs
ingest --servers=100 --jobs=5 --rounds=5 --per-round=1900 "$@"
echo
printf '%-10s %-46s %-8s %-8s %-8s %-8s\n' runs path "p50 ms" "p99 ms" "max ms" bytes
SERVER_ID=$(printf 'bench%027d' 42)
reads "$(curl -sf "$BASE/api/summary" | jq .totalBackupsRuns)" /api/summary "/api/lastbackup/$SERVER_ID" "/api/lastbackups/$SERVER_ID"
echo "server RSS after load: $(rss_mb) MB; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
