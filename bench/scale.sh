#!/usr/bin/env bash
# Reads and ingest as the store grows: 1,000 jobs (200 servers x 5) get a real upload each, then SeedRuns copies
# runs (server stopped) until 10k, 100k and 1M runs are stored; at each size p50/p99 of the external API and of the dashboard page,
# and at the last size the ingest rounds again (new runs for the same 1,000 jobs).
# Usage: bench/scale.sh [sizes...]   (default 10000 100000 1000000)
source "$(dirname "$0")/lib.sh"
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(10000 100000 1000000)
machine
prepare_store
start_server
ingest --servers=200 --jobs=5 --prefix=seed --rounds=0 --warmup=1000 > /dev/null
SERVER_ID=$(printf 'seed%027d' 77)
printf '%-10s %-46s %-8s %-8s %-8s %-8s\n' runs path "p50 ms" "p99 ms" "max ms" bytes
for size in "${SIZES[@]}"; do
  # Seeded with the server stopped: a million rows written in a minute beside a live server leave a WAL of that
  # size behind, which no store that grew over months has (it slowed the uploads after it by up to 25 %).
  stop_server
  seed "$size" > "$WORK/seed.log"
  start_server
  sleep 15 # the start's own work (first overdue check of 1,000 jobs, compilation) is not what is measured
  runs=$(curl -sf "$BASE/api/summary" | jq .totalBackupsRuns)
  reads "$runs" /api/summary "/api/lastbackups/$SERVER_ID" "/api/lastbackup/$SERVER_ID"
  reads "$runs" / --requests=200 --warmup=100 --login="$WORK/data" --header=Accept-Encoding:gzip
done
echo "RSS after reads: $(rss_mb) MB"
echo
echo "ingest with $runs runs stored (new runs of the same 1,000 jobs):"
ingest --servers=200 --jobs=5 --prefix=seed --first-run=1
echo "server RSS after load: $(rss_mb) MB; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
