# Shared by the bench scripts (sourced): build, start/stop Dupliwatch and PostgreSQL, machine line, RSS.
# Environment: BENCH_PORT (19666), BENCH_JAVA (java, or ./dupliwatch: the launcher), BENCH_JVM_OPTS (default: the
# README's recommended options; with the launcher, its environment, e.g. DUPLIWATCH_JAVA=java),
# BENCH_DB (sqlite | postgresql: a private cluster of Debian's postgresql package, started and removed here),
# BENCH_DB_URL (+ BENCH_DB_USERNAME, BENCH_DB_PASSWORD: an existing, empty database instead),
# DUPLIWATCH_SAMPLES (default: the test resources' copy, src/test/resources/samples).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${BENCH_PORT:-19666}
BASE="http://localhost:$PORT"
JAVA=${BENCH_JAVA:-java}
# The JVM options README.md recommends (section "Performance"); BENCH_JVM_OPTS replaces them.
source bench/jvm-options.sh
JVM_OPTS=${BENCH_JVM_OPTS:-$RECOMMENDED_JVM_OPTS}
# The load generators share the machine's cores with the server: C1 only and the serial collector keep their
# compiler and GC threads from stealing CPU (with the JVM's defaults they add about 2 ms to the server's p99).
CLIENT_JVM_OPTS=${BENCH_CLIENT_JVM_OPTS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
DB=${BENCH_DB:-sqlite}
DUPLIWATCH_SAMPLES=${DUPLIWATCH_SAMPLES:-src/test/resources/samples}
SAMPLE="$DUPLIWATCH_SAMPLES/duplicati/backup-success.json"
JAR=${BENCH_JAR:-target/dupliwatch.jar}
WORK=$(mktemp -d /tmp/dupliwatch-bench.XXXXXX)
SERVER=""
PG_DIR=""
PG_PORT=${BENCH_PG_PORT:-55432}
DB_ARGS=()
JDBC_URL=""
JDBC_USER=""

[ -f "$JAR" ] || mvn -q -B -o -DskipTests package

cleanup() {
  local status=$?
  [ "$status" -eq 0 ] || { echo "failed ($status); server log:" >&2; tail -20 "$WORK/server.log" >&2 || true; }
  stop_server
  if [ -n "$PG_DIR" ]; then
    runuser -u postgres -- /usr/lib/postgresql/*/bin/pg_ctl -D "$PG_DIR/data" -m immediate stop > /dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE

machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB;" \
       "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $("$JAVA" -version 2>&1 | head -1); JVM opts: $JVM_OPTS; store: $DB; load generators: $CLIENT_JVM_OPTS"
}

# A private PostgreSQL cluster from Debian's postgresql package (port BENCH_PG_PORT).
start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  chmod 711 "$WORK"; PG_DIR="$WORK/pg"; mkdir -p "$PG_DIR"; chown postgres "$PG_DIR"
  runuser -u postgres -- "$bin/initdb" -D "$PG_DIR/data" -U dupliwatch --auth=trust -E UTF8 > "$PG_DIR/initdb.log"
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 ${BENCH_PG_OPTS:-}" start > /dev/null
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U dupliwatch dupliwatch
  JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/dupliwatch"; JDBC_USER=dupliwatch
  DB_ARGS=(--dupliwatch.datasource.url="$JDBC_URL" --dupliwatch.datasource.username="$JDBC_USER")
}

# The store chosen by BENCH_DB, empty; the SQLite file lives in $WORK/data.
prepare_store() {
  mkdir -p "$WORK/data"
  if [ -n "${BENCH_DB_URL:-}" ]; then
    DB=$BENCH_DB_URL; JDBC_URL=$BENCH_DB_URL; JDBC_USER=${BENCH_DB_USERNAME:-}
    DB_ARGS=(--dupliwatch.datasource.url="$JDBC_URL" --dupliwatch.datasource.username="$JDBC_USER"
             --dupliwatch.datasource.password="${BENCH_DB_PASSWORD:-}")
  elif [ "$DB" = postgresql ]; then
    start_postgres
  else
    JDBC_URL="jdbc:sqlite:$WORK/data/dupliwatch.db"; JDBC_USER=""
    DB_ARGS=()
  fi
}

# start_server [extra JVM options...]: starts the jar on $WORK/data and waits for /api/health 200; with
# JAVA=./dupliwatch, through the launcher, JVM_OPTS being its environment (make its class cache first: launcher_prepare).
# Sets SERVER (pid), STARTUP_MS (from exec to the first 200) and STARTUP_CPU_MS (the server's CPU time by then,
# a figure that depends less on what else the machine runs).
start_server() {
  if curl -s -o /dev/null "$BASE/api/health"; then
    echo "port $PORT is taken: stop what runs there or set BENCH_PORT" >&2; exit 1
  fi
  local t0; t0=$(date +%s%N)
  local command=(exec_launcher ./dupliwatch)
  # shellcheck disable=SC2206
  [ "$JAVA" = ./dupliwatch ] || command=("$JAVA" $JVM_OPTS "$@" -jar "$JAR")
  # The benches create hundreds of servers from one address: no cap on new servers per address.
  "${command[@]}" --server.port="$PORT" --dupliwatch.data-dir="$WORK/data" "${DB_ARGS[@]}" \
    --dupliwatch.ingest.new-servers-per-address-per-hour=0 >> "$WORK/server.log" 2>&1 &
  SERVER=$! # the launcher execs java: the same process
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "$BASE/api/health"; then
      STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
      STARTUP_CPU_MS=$(cpu_ms)
      return 0
    fi
    kill -0 "$SERVER" 2> /dev/null || { tail -30 "$WORK/server.log"; echo "server died" >&2; exit 1; }
    sleep 0.01
  done
  echo "server did not answer /api/health" >&2; exit 1
}

# exec_launcher COMMAND...: replaces the shell (run it in the background or a subshell) by COMMAND in the launcher's
# environment: $JVM_OPTS, and $JAR unless it is target/dupliwatch.jar, which the launcher builds when stale.
exec_launcher() {
  local jar=()
  [ "$JAR" = target/dupliwatch.jar ] || jar=(DUPLIWATCH_JAR="$JAR")
  # shellcheck disable=SC2086
  exec env $JVM_OPTS "${jar[@]}" "$@"
}

# launcher_prepare: makes the launcher's class cache (bench/aot.sh), so that no timed start includes it.
launcher_prepare() {
  (exec_launcher bench/aot.sh) > /dev/null
}

stop_server() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2> /dev/null || true
    wait "$SERVER" 2> /dev/null || true
    SERVER=""
  fi
}

# median VALUE...: the middle one (the lower middle of an even count).
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

cpu_ms() {
  awk '{ print ($14 + $15) * 10 }' "/proc/$SERVER/stat"
}

rss_mb() {
  echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status") / 1024 ))
}

ingest() {
  # shellcheck disable=SC2086
  "$JAVA" $CLIENT_JVM_OPTS bench/IngestBench.java "$BASE" "$SAMPLE" --pid="$SERVER" "$@"
}

reads() {
  # shellcheck disable=SC2086
  "$JAVA" $CLIENT_JVM_OPTS bench/ReadBench.java "$BASE" "$@"
}

# seed TARGET_RUNS: copies runs in the database until it holds about that many (bench/SeedRuns.java).
seed() {
  if [ ! -d "$WORK/jdbc" ]; then
    mkdir -p "$WORK/jdbc"
    unzip -q -j -o "$JAR" 'BOOT-INF/lib/sqlite-jdbc-*.jar' 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK/jdbc"
  fi
  "$JAVA" -cp "$(ls "$WORK"/jdbc/*.jar | paste -sd:)" bench/SeedRuns.java "$JDBC_URL" "$1" ${JDBC_USER:+"$JDBC_USER"} \
    ${BENCH_DB_PASSWORD:+"$BENCH_DB_PASSWORD"} | tail -1
}
