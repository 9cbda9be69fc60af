# Multi-stage build: Maven builds the jar with Spring AOT; the runtime image starts it with ./dupliwatch, the
# launcher, whose class cache (an AOT cache, Java 25) is made during the build by a training start
# (docs/operations.md, "Launcher"); it runs as an unprivileged user.
#   docker build -t dupliwatch .
#   docker run -d -p 9666:9666 -v dupliwatch-data:/data dupliwatch
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 dupliwatch \
 && useradd --system --uid 10001 --gid dupliwatch --home-dir /data --no-create-home dupliwatch \
 && mkdir /data && chown dupliwatch:dupliwatch /data
# The launcher with its JVM options (deploy/jvm.options) and the jar beside it, as in an installation.
COPY dupliwatch deploy/jvm.options /app/
COPY --from=build /src/target/dupliwatch.jar /app/
ENV DUPLIWATCH_DATA_DIR=/data \
    DUPLIWATCH_PORT=9666 \
    DUPLIWATCH_LAUNCHER_CACHE=/app/cache \
    JAVA_TOOL_OPTIONS="-XX:+ExitOnOutOfMemoryError"
# The launcher's training start: the jar extracted and the AOT cache of everything a start loads, in /app/cache.
RUN DUPLIWATCH_LAUNCHER=prepare /app/dupliwatch
USER dupliwatch
WORKDIR /data
VOLUME /data
EXPOSE 9666
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS "http://localhost:${DUPLIWATCH_PORT}/api/health" > /dev/null || exit 1
# Exec form, and the launcher execs java: the JVM gets SIGTERM directly and shuts down gracefully (in-flight uploads
# finish). Subcommands (docker run --rm -v dupliwatch-data:/data dupliwatch import-duplistatus /data/backups.db) run
# without Spring AOT.
ENTRYPOINT ["/app/dupliwatch"]
