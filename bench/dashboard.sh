#!/usr/bin/env bash
# Dashboard render benchmark: starts Dupliwatch on an empty SQLite data directory, loads SERVERS x JOBS x RUNS
# distinct reports through /api/upload, then prints the server-side time of GET / (median and p90 of the
# Server-Timing header; target: median < 200 ms at 200 x 5), the client-side time and the CPU time per request.
# Usage: bench/dashboard.sh [servers jobs runs requests]   (default 200 5 12 50)
# PostgreSQL instead of SQLite: BENCH_DB_URL=jdbc:postgresql://localhost:5432/bench (BENCH_DB_USERNAME,
# BENCH_DB_PASSWORD); the database must be empty.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-19766}
SAMPLES=${DUPLIWATCH_SAMPLES:-src/test/resources/samples}
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
     --dupliwatch.monitoring.check-interval=0 --logging.level.io.dupliwatch=WARN > "$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/api/health" > /dev/null && break; sleep 0.5; done
# A server that is already on the port would answer the health check: make sure it is this one.
kill -0 $SERVER 2> /dev/null || { echo "the server did not start (port $PORT in use?):"; tail -5 "$DATA/server.log"; exit 1; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), JVM opts: $JVM_OPTS"
echo "store: ${BENCH_DB_URL:-SQLite}"
java bench/DashboardBench.java "http://localhost:$PORT" "$SAMPLES/duplicati/backup-success.json" "$SERVER" "$@"
echo "server RSS after load: $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 )) MB"
