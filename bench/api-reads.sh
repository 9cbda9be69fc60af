#!/usr/bin/env bash
# The external API's per-server answers at 10,000 runs, for one or more jars in the same run (e.g. a build of main
# and a build of a branch): 100 servers x 5 jobs get real uploads, SeedRuns copies runs (server stopped) up to
# 10,000, and 15 s after the restart, per path, 2,000 warm-up reads then 5,000 measured ones: p50/p99 from the
# client, and the server's CPU time per read (from /proc, steadier than latencies on a shared machine).
# Usage: bench/api-reads.sh [JAR...]   (default target/dupliwatch.jar)
source "$(dirname "$0")/lib.sh"
JARS=("$@"); [ ${#JARS[@]} -gt 0 ] || JARS=("$JAR")
SERVER_ID=$(printf 'apis%027d' 77)
READS=5000
machine
printf '%-28s %-46s %-8s %-8s %-8s %-8s %s\n' jar path "p50 ms" "p99 ms" "max ms" bytes "CPU ms/read"
for jar in "${JARS[@]}"; do
  JAR=$jar
  rm -rf "$WORK/data" "$WORK/jdbc"
  prepare_store
  start_server
  ingest --servers=100 --jobs=5 --prefix=apis --rounds=0 --warmup=500 > /dev/null
  stop_server
  seed 10000 > "$WORK/seed.log"
  start_server
  sleep 15 # the start's own work (first overdue check, compilation) is not what is measured
  for path in "/api/lastbackup/$SERVER_ID" "/api/lastbackups/$SERVER_ID"; do
    reads warmup "$path" --requests=2000 --warmup=0 > /dev/null
    cpu0=$(cpu_ms)
    line=$(reads "$(basename "$jar")" "$path" --requests="$READS" --warmup=0)
    echo "$line $(awk -v ms=$(( $(cpu_ms) - cpu0 )) -v n="$READS" 'BEGIN { printf "%.3f", ms / n }')"
  done
  stop_server
  if [ "$DB" = postgresql ] && [ -z "${BENCH_DB_URL:-}" ]; then
    echo "BENCH_DB=postgresql runs one jar per call (a fresh cluster each)" >&2; break
  fi
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
