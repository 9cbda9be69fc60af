#!/usr/bin/env bash
# Start time, memory and throughput per JVM configuration. For each: a first start on an empty SQLite store
# (creates the schema), three restarts timed from exec to the first /api/health 200 (median; and the server's CPU
# time by then), RSS after 10 s idle, then 10,000 uploads (2,000 warm-up with 8 clients, then 2 rounds of 2,000
# with 1 and with 8 clients) and 2 x 2,000 reads, and RSS after that load.
# Configurations: "label|java binary|JVM options[|jar]" lines in BENCH_CONFIGS (default below); java binary
# ./dupliwatch is the launcher, its options field its environment (its class cache is made before the first start).
# BENCH_LOAD=0 skips the uploads and reads. The last line compares the README's old command (java -jar, Java 17, no
# options) with the launcher (./dupliwatch, the newest JDK it finds): starts, their ratio and idle RSS.
source "$(dirname "$0")/lib.sh"
RECOMMENDED=$RECOMMENDED_JVM_OPTS
PLAIN="java 17, no options"
LAUNCHER="./dupliwatch"
DEFAULT_CONFIGS="$PLAIN|java|
java 17, recommended|java|$RECOMMENDED
./dupliwatch on java 17|./dupliwatch|DUPLIWATCH_JAVA=java
$LAUNCHER|./dupliwatch|"
CONFIGS=${BENCH_CONFIGS:-$DEFAULT_CONFIGS}
declare -A START_MS=() START_CPU_MS=() IDLE_MB=()
PLAIN_JAR=$JAR
machine
printf '%-36s %-8s %-9s %-9s %-9s %-10s %-11s %-9s %-8s\n' configuration "first ms" "start ms" "start cpu" "RSS idle" "RSS loaded" "uploads/s 8" "cpu ms" "load"
while IFS='|' read -r label java opts jar; do
  [ -n "$label" ] || continue
  JAVA=$java; JVM_OPTS=$opts; JAR=${jar:-$PLAIN_JAR}
  rm -rf "$WORK/data"; prepare_store
  [ "$JAVA" != ./dupliwatch ] || launcher_prepare
  start_server; first=$STARTUP_MS; stop_server
  starts=(); cpus=()
  for _ in 1 2 3; do
    start_server; starts+=("$STARTUP_MS"); cpus+=("$STARTUP_CPU_MS")
    [ ${#starts[@]} -eq 3 ] || stop_server
  done
  sleep 10
  idle=$(rss_mb)
  START_MS[$label]=$(median "${starts[@]}"); START_CPU_MS[$label]=$(median "${cpus[@]}"); IDLE_MB[$label]=$idle
  if [ "${BENCH_LOAD:-1}" = 0 ]; then
    stop_server
    printf '%-36s %-8s %-9s %-9s %-9s %-10s %-11s %-9s %-8s\n' "$label" "$first" "${START_MS[$label]}" \
      "${START_CPU_MS[$label]}" "$idle MB" - - - "$(cut -d' ' -f1 /proc/loadavg)"
    continue
  fi
  ingest --clients=1,8 --rounds=2 --warmup=2000 > "$WORK/ingest.txt"
  reads load /api/summary "/api/lastbackups/$(printf 'bench%027d' 7)" > /dev/null
  loaded=$(rss_mb)
  rate=$(awk '/median uploads\/s, 8 clients/ {print $NF}' "$WORK/ingest.txt")
  # shellcheck disable=SC2046
  cpu=$(median $(awk '$1 == "round" && $3 == 8 {print $9}' "$WORK/ingest.txt"))
  stop_server
  printf '%-36s %-8s %-9s %-9s %-9s %-10s %-11s %-9s %-8s\n' "$label" "$first" "$(median "${starts[@]}")" \
    "$(median "${cpus[@]}")" "$idle MB" "$loaded MB" "$rate" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
done <<< "$CONFIGS"
echo "JVM options, recommended: $RECOMMENDED; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${START_MS[$PLAIN]:-}" ] && [ -n "${START_MS[$LAUNCHER]:-}" ]; then
  echo "summary: start (median of 3, existing store) java -jar ${START_MS[$PLAIN]} ms, ./dupliwatch ${START_MS[$LAUNCHER]} ms:" \
    "$(awk -v a="${START_MS[$PLAIN]}" -v b="${START_MS[$LAUNCHER]}" 'BEGIN { printf "%.1f", a / b }')x faster (target >= 3x;" \
    "CPU time ${START_CPU_MS[$PLAIN]} -> ${START_CPU_MS[$LAUNCHER]} ms, less sensitive to other load);" \
    "idle RSS ${IDLE_MB[$PLAIN]} MB -> ${IDLE_MB[$LAUNCHER]} MB (target <= 150 MB)"
fi
