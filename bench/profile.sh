#!/usr/bin/env bash
# Profiles the ingest path with JDK Flight Recorder: after bench/ingest.sh's warm-up, records the upload rounds
# (settings=profile), then prints the hottest methods (self and total share of Java and native samples) with
# bench/jfr_top.py. Arguments go to IngestBench; the recording is kept as target/ingest.jfr.
source "$(dirname "$0")/lib.sh"
machine
prepare_store
start_server
ingest --servers=100 --jobs=5 --rounds=0 > /dev/null
jcmd "$SERVER" JFR.start name=bench settings=profile jdk.ExecutionSample#period=2ms jdk.NativeMethodSample#period=4ms > /dev/null
ingest --servers=100 --jobs=5 --warmup=0 --prefix=profile "$@"
jcmd "$SERVER" JFR.dump name=bench filename="$PWD/target/ingest.jfr" > /dev/null
"${JFR:-jfr}" print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 96 target/ingest.jfr \
  | python3 bench/jfr_top.py
