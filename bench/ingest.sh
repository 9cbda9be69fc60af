#!/usr/bin/env bash
# Ingest + external API benchmark: starts Dupliwatch on an empty SQLite data directory, loads
# SERVERS x JOBS x RUNS distinct reports through /api/upload, prints uploads/s and GET latencies.
# Usage: bench/ingest.sh [servers jobs runs]   (default 100 5 40 = 20,000 uploads)
# PostgreSQL instead of SQLite: BENCH_DB_URL=jdbc:postgresql://localhost:5432/bench (BENCH_DB_USERNAME,
# BENCH_DB_PASSWORD); the database must be empty.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-19666}
SAMPLES=${DUPLIWATCH_SAMPLES:-../shared/samples}
JVM_OPTS=${BENCH_JVM_OPTS:--Xmx512m -XX:+UseSerialGC}
[ -f target/dupliwatch.jar ] || mvn -q -B -DskipTests package
DATA=$(mktemp -d)
DB_ARGS=()
if [ -n "${BENCH_DB_URL:-}" ]; then
  DB_ARGS=(--dupliwatch.datasource.url="$BENCH_DB_URL" --dupliwatch.datasource.username="${BENCH_DB_USERNAME:-}"
           --dupliwatch.datasource.password="${BENCH_DB_PASSWORD:-}")
fi
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
java $JVM_OPTS -jar target/dupliwatch.jar --server.port="$PORT" --dupliwatch.data-dir="$DATA" "${DB_ARGS[@]}" \
     --logging.level.io.dupliwatch.ingest=WARN > "$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/api/health" > /dev/null && break; sleep 0.5; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), JVM opts: $JVM_OPTS"
echo "store: ${BENCH_DB_URL:-SQLite}"
java bench/IngestBench.java "http://localhost:$PORT" "$SAMPLES/duplicati/backup-success.json" "$@"
echo "server RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 )) MB"
