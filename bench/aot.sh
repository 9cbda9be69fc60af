#!/usr/bin/env bash
# Builds Dupliwatch in its fastest-starting form and prints its start command: what ./dupliwatch does on its first
# start (docs/operations.md, "Launcher"): the jar with Spring AOT's code, extracted, and a class cache made by a
# training start (an AOT cache on JDK 25+, an AppCDS archive before), without starting the server.
# Usage: bench/aot.sh [JAVA [DIR]]   (default: the launcher's choice of JDK, target/launch)
# AOT_JAR: another jar built with Spring AOT's code, used as it is instead of building Dupliwatch.
set -euo pipefail
cd "$(dirname "$0")/.."
exec env DUPLIWATCH_LAUNCHER=prepare ${1:+DUPLIWATCH_JAVA="$1"} ${2:+DUPLIWATCH_LAUNCHER_CACHE="$2"} \
  ${AOT_JAR:+DUPLIWATCH_JAR="$AOT_JAR"} ./dupliwatch
