#!/usr/bin/env bash
# Builds Dupliwatch in its fastest-starting form (README, "Performance"): the jar with its Spring AOT code, that jar
# extracted (the JVM's class cache cannot read nested jars) and a cache of what a start loads, made by a training
# start that exits once the application context is up: an AOT cache on JDK 25+, an AppCDS archive before that.
# Usage: bench/aot.sh [JAVA [DIR]]   (default: java on the PATH, target/aot) -> DIR/dupliwatch.jar and its cache.
# AOT_JAR: another jar built with Spring AOT's code (bench/floor.sh), used as it is instead of building Dupliwatch.
# Prints the command that starts the server with it. The cache belongs to that JDK, that jar and those JVM
# options: rebuild it with the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${1:-java}
DIR=${2:-target/aot}
source bench/jvm-options.sh
OPTS=${AOT_JVM_OPTS:-$RECOMMENDED_JVM_OPTS}
JAR=${AOT_JAR:-target/dupliwatch.jar}
[ -n "${AOT_JAR:-}" ] || mvn -q -B -o -DskipTests package
rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
NAME=$(basename "$JAR" .jar)
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "${version%%.*}" -ge 25 ]; then
  CACHE=$DIR/$NAME.aot; MAKE=(-XX:AOTCacheOutput="$CACHE"); USE="-XX:AOTCache=$CACHE"
else
  CACHE=$DIR/$NAME.jsa; MAKE=(-XX:ArchiveClassesAtExit="$CACHE"); USE="-XX:SharedArchiveFile=$CACHE -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
# shellcheck disable=SC2086
"$JAVA" $OPTS -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh "${MAKE[@]}" -jar "$DIR/$NAME.jar" \
  --dupliwatch.data-dir="$DATA" --server.port=0 > "$DATA/training.log" 2>&1 \
  || { tail -20 "$DATA/training.log"; exit 1; }
[ -s "$CACHE" ] || { tail -20 "$DATA/training.log"; echo "no cache written" >&2; exit 1; }
echo "built $CACHE ($(( $(stat -c %s "$CACHE") / 1048576 )) MB) for Java $version. Start the server with:"
echo "  $JAVA $OPTS $USE -Dspring.aot.enabled=true -jar $DIR/$NAME.jar"
