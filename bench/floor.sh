#!/usr/bin/env bash
# What a start costs in Spring Boot itself, in the libraries Dupliwatch uses, and in Dupliwatch's own code, on this
# machine. Three applications built the same way (same Spring Boot, Spring AOT code in the jar) are started in turn,
# each form five times (alternating, so that all see the same machine), timed from exec to the first /api/health 200;
# the table gives medians:
#   hello       bench/floor: the smallest Spring Boot web application (one JSON endpoint);
#   libraries   the same with the libraries Dupliwatch starts with, in their default set-up (mvn -Plibraries:
#               security, JDBC on SQLite with one Flyway migration, JDBC sessions, metrics, JTE, mail, validation);
#   dupliwatch  Dupliwatch, on an existing SQLite store (its schema made by a first start).
# Forms: the jar, the extracted jar, Spring AOT + AppCDS (Java 17) and Spring AOT + AOT cache (Java 25,
# BENCH_JAVA25), all with the README's recommended JVM options; the last two are ./dupliwatch's starts, their caches
# made here first (bench/aot.sh).
source "$(dirname "$0")/lib.sh"
J25=${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
R=$RECOMMENDED_JVM_OPTS
APPS=(hello libraries dupliwatch)
declare -A JARS=([hello]=target/floor/hello.jar [libraries]=target/floor-libraries/libraries.jar
                 [dupliwatch]=target/dupliwatch.jar)
mvn -q -B -o -DskipTests package
mvn -q -B -f bench/floor/pom.xml -DskipTests package
mvn -q -B -f bench/floor/pom.xml -Plibraries -DskipTests package
for app in "${APPS[@]}"; do
  rm -rf "target/floor/$app-extracted"
  java -Djarmode=tools -jar "${JARS[$app]}" extract --destination "target/floor/$app-extracted" > /dev/null
  for java in java "$J25"; do
    JAR=${JARS[$app]} JVM_OPTS="DUPLIWATCH_JAVA=$java" launcher_prepare
  done
done
# label|java|JVM options (the launcher: its environment)|jar, with @APP@ for the application's name (@JAR@: its jar as built)
FORMS="java 17, jar|java|$R|@JAR@
java 17, extracted jar|java|$R|target/floor/@APP@-extracted/@APP@.jar
java 17, Spring AOT + AppCDS|./dupliwatch|DUPLIWATCH_JAVA=java|@JAR@
java 25, Spring AOT + AOT cache|./dupliwatch|DUPLIWATCH_JAVA=$J25|@JAR@"
machine
prepare_store
start_server; stop_server
printf '%-32s %-9s %-10s %-11s %-19s %-19s\n' "form (ms)" hello libraries dupliwatch "libraries - hello" "dupliwatch - libr."
while IFS='|' read -r label java opts jar; do
  declare -A times=()
  for _ in 1 2 3 4 5; do
    for app in "${APPS[@]}"; do
      JAVA=$java; JVM_OPTS=${opts//@APP@/$app}; JAR=${jar//@APP@/$app}; JAR=${JAR//@JAR@/${JARS[$app]}}
      start_server; stop_server
      times[$app]+="$STARTUP_MS "
    done
  done
  # shellcheck disable=SC2086
  hello=$(median ${times[hello]}); libraries=$(median ${times[libraries]}); dupliwatch=$(median ${times[dupliwatch]})
  printf '%-32s %-9s %-10s %-11s %-19s %-19s\n' "$label" "$hello" "$libraries" "$dupliwatch" \
    "+$(( libraries - hello ))" "+$(( dupliwatch - libraries ))"
done <<< "$FORMS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
