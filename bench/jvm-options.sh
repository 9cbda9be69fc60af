# The JVM options README.md recommends (section "Performance"), sourced by lib.sh and aot.sh: one copy for the bench
# scripts (README, Dockerfile and deploy/dupliwatch.service state them too).
RECOMMENDED_JVM_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms16m -Xmx512m -XX:TrimNativeHeapInterval=5000"
