# Multi-stage build: Maven builds the jar, a JRE image runs it as an unprivileged user.
#   docker build -t dupliwatch .
#   docker run -d -p 9666:9666 -v dupliwatch-data:/data dupliwatch
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/dupliwatch.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 dupliwatch \
 && useradd --system --uid 10001 --gid dupliwatch --home-dir /data --no-create-home dupliwatch \
 && mkdir /data && chown dupliwatch:dupliwatch /data
COPY --from=build /app /app
USER dupliwatch
WORKDIR /data
ENV DUPLIWATCH_DATA_DIR=/data \
    DUPLIWATCH_PORT=9666 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 9666
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://localhost:${DUPLIWATCH_PORT}/api/health" > /dev/null || exit 1
# Exec form: the JVM gets SIGTERM directly and shuts down gracefully (in-flight uploads finish).
ENTRYPOINT ["java", "-jar", "/app/dupliwatch.jar"]
