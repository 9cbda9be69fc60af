# The recommended JVM options (docs/operations.md#jvm-options) as one line, sourced by lib.sh: read from
# deploy/jvm.options, the one list that ./dupliwatch, the Dockerfile and deploy/dupliwatch.service use too.
RECOMMENDED_JVM_OPTS=$(sed -e 's/#.*//' deploy/jvm.options | xargs)
