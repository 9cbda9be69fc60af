# Multi-stage build: Maven builds the jar with Spring AOT, the runtime image extracts nothing at start and loads
# the classes of a start from an AOT cache made by a training start (README, "Performance"); it runs as an
# unprivileged user.
#   docker build -t dupliwatch .
#   docker run -d -p 9666:9666 -v dupliwatch-data:/data dupliwatch
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/dupliwatch.jar extract --destination /app

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 dupliwatch \
 && useradd --system --uid 10001 --gid dupliwatch --home-dir /data --no-create-home dupliwatch \
 && mkdir /data && chown dupliwatch:dupliwatch /data
COPY --from=build /app /app
# The JVM options README.md recommends; the AOT cache below is only used with these same options.
ENV DUPLIWATCH_DATA_DIR=/data \
    DUPLIWATCH_PORT=9666 \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms16m -Xmx512m -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# Training start: exits once the application context is up and writes the AOT cache of everything it loaded.
RUN java -XX:AOTCacheOutput=/app/dupliwatch.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -jar /app/dupliwatch.jar --dupliwatch.data-dir=/tmp/training --server.port=0 > /tmp/training.log 2>&1 \
 || { tail -30 /tmp/training.log; exit 1; }; \
    rm -rf /tmp/training /tmp/training.log
USER dupliwatch
WORKDIR /data
VOLUME /data
EXPOSE 9666
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS "http://localhost:${DUPLIWATCH_PORT}/api/health" > /dev/null || exit 1
# Exec form: the JVM gets SIGTERM directly and shuts down gracefully (in-flight uploads finish). Subcommands
# (docker run --rm -v dupliwatch-data:/data dupliwatch import-duplistatus /data/backups.db) run without Spring AOT.
ENTRYPOINT ["java", "-XX:AOTCache=/app/dupliwatch.aot", "-Dspring.aot.enabled=true", "-jar", "/app/dupliwatch.jar"]
