#!/usr/bin/env bash
# Start time, memory and throughput per JVM configuration. For each: a first start on an empty SQLite store
# (creates the schema), three restarts timed from exec to the first /api/health 200 (median; and the server's CPU
# time by then), RSS after 10 s idle, then 10,000 uploads (2,000 warm-up with 8 clients, then 2 rounds of 2,000
# with 1 and with 8 clients) and 2 x 2,000 reads, and RSS after that load.
# Configurations: "label|java binary|JVM options[|jar]" lines in BENCH_CONFIGS (default below). The AOT starts of
# bench/aot.sh are measured when built: target/aot-17 (java on the PATH) and target/aot-25 (JDK 25).
source "$(dirname "$0")/lib.sh"
RECOMMENDED=$RECOMMENDED_JVM_OPTS
J25=${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DEFAULT_CONFIGS="java 17, no options|java|
java 17, recommended|java|$RECOMMENDED"
# The extracted jar alone (no Spring AOT, no class cache): what `java -Djarmode=tools -jar dupliwatch.jar extract` gives.
[ -f target/aot-17/dupliwatch.jar ] && DEFAULT_CONFIGS+="
java 17, recommended, extracted jar|java|$RECOMMENDED|target/aot-17/dupliwatch.jar"
[ -f target/aot-17/dupliwatch.jsa ] && DEFAULT_CONFIGS+="
java 17, recommended + AOT/CDS|java|$RECOMMENDED -XX:SharedArchiveFile=target/aot-17/dupliwatch.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.aot.enabled=true|target/aot-17/dupliwatch.jar"
[ -f target/aot-25/dupliwatch.aot ] && DEFAULT_CONFIGS+="
java 25, recommended + AOT|$J25|$RECOMMENDED -XX:AOTCache=target/aot-25/dupliwatch.aot -Dspring.aot.enabled=true|target/aot-25/dupliwatch.jar"
CONFIGS=${BENCH_CONFIGS:-$DEFAULT_CONFIGS}
PLAIN_JAR=$JAR
machine
printf '%-36s %-8s %-9s %-9s %-9s %-10s %-11s %-9s %-8s\n' configuration "first ms" "start ms" "start cpu" "RSS idle" "RSS loaded" "uploads/s 8" "cpu ms" "load"
while IFS='|' read -r label java opts jar; do
  [ -n "$label" ] || continue
  JAVA=$java; JVM_OPTS=$opts; JAR=${jar:-$PLAIN_JAR}
  rm -rf "$WORK/data"; prepare_store
  start_server; first=$STARTUP_MS; stop_server
  starts=(); cpus=()
  for _ in 1 2 3; do
    start_server; starts+=("$STARTUP_MS"); cpus+=("$STARTUP_CPU_MS")
    [ ${#starts[@]} -eq 3 ] || stop_server
  done
  sleep 10
  idle=$(rss_mb)
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
echo "JVM options, recommended: $RECOMMENDED"
