package io.dupliwatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher {@code ./dupliwatch}, run by {@code /bin/sh} in a copy of the checkout against fake JDKs: shell scripts
 * with a {@code release} file that record how they were called and act out the JVM's part (extract the jar, write
 * the class cache), so its choices show without starting a JVM. {@code PackagedJarIT} starts the real thing.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("dupliwatch");
    private static final Path OPTIONS = Path.of("deploy", "jvm.options");

    /**
     * A java: logs its arguments (with the DUPLIWATCH_DB_URL it sees) to $FAKE_JAVA_LOG; extract makes the
     * destination's jar; a training start writes the cache file it is asked for unless $FAKE_JAVA_TRAINING=fail.
     */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "db=${DUPLIWATCH_DB_URL:-} $*" >> "$FAKE_JAVA_LOG"
            previous=""
            for argument do
              case $argument in
                -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*)
                  [ "${FAKE_JAVA_TRAINING:-}" = fail ] || echo cache > "${argument#*=}" ;;
              esac
              [ "$previous" != --destination ] || { mkdir -p "$argument" && touch "$argument/dupliwatch.jar"; }
              previous=$argument
            done
            """;

    /** The system's commands without its java, so that only the fake JDKs are found. */
    @TempDir
    static Path systemWithoutJava;

    @TempDir
    Path root;

    private Path checkout;
    private Path jdks;
    private Path log;
    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void checkoutWithABuiltJar() throws IOException {
        checkout = Files.createDirectories(root.resolve("checkout"));
        Files.copy(LAUNCHER, checkout.resolve("dupliwatch"));
        Files.createDirectories(checkout.resolve("deploy"));
        Files.copy(OPTIONS, checkout.resolve(OPTIONS));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Path source = checkout.resolve("src/main/java/App.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class App {}");
        Path jar = checkout.resolve("target/dupliwatch.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar, first build");
        for (Path sourceOrFolder : List.of(source, source.getParent(), checkout.resolve("src/main"), checkout.resolve("pom.xml"))) {
            setModified(sourceOrFolder, 1_000);
        }
        setModified(jar, 2_000);
        jdks = Files.createDirectories(root.resolve("jdks"));
        log = root.resolve("java.log");
        environment.put("FAKE_JAVA_LOG", log.toString());
        environment.put("DUPLIWATCH_JDK_DIRS", jdks.toString());
        environment.put("PATH", systemWithoutJava.toString());
    }

    /** Symbolic links to everything in /usr/bin and /bin but java. */
    @BeforeAll
    static void linkTheSystemsCommandsButJava() throws IOException {
        for (String folder : List.of("/usr/bin", "/bin")) {
            try (Stream<Path> commands = Files.list(Path.of(folder))) {
                for (Path command : commands.toList()) {
                    Path link = systemWithoutJava.resolve(command.getFileName());
                    if (!command.getFileName().toString().equals("java") && Files.notExists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, command);
                    }
                }
            }
        }
    }

    @Nested
    class ChoosingTheJdk {

        @Test
        void picksTheNewestJava17OrLaterOfJavaHomePathAndTheJdkFolders() throws Exception {
            environment.put("JAVA_HOME", jdk("jdk-17", "17.0.15+6").toString());
            environment.put("PATH", jdk("path-jdk-21", "21.0.2+13").resolve("bin") + ":" + environment.get("PATH"));
            jdk("jdk-11", "11.0.22+7");
            Path jdk25 = jdk("jdk-25", "25.0.3+9-LTS");
            jdk("jdk-1.8", "1.8.0_392-b08");

            Result result = dryRun("--server.port=9000");

            assertThat(result.out()).contains("java: " + jdk25.resolve("bin/java") + " (25.0.3+9-LTS)")
                    .containsPattern("command: " + jdk25.resolve("bin/java") + " -XX:\\+UseSerialGC .*"
                            + "-XX:AOTCache=.*/dupliwatch\\.aot -Dspring\\.aot\\.enabled=true -jar .*/dupliwatch\\.jar "
                            + "--server\\.port=9000");
        }

        @Test
        void findsAMacOsJdkBundle() throws Exception {
            Path home = jdk("temurin-21.jdk/Contents/Home", "21.0.2+13");

            assertThat(dryRun().out()).contains("java: " + home.resolve("bin/java") + " (21.0.2+13)");
        }

        @Test
        void asksAJavaWithoutReleaseFileForItsVersion() throws Exception {
            Path bin = Files.createDirectories(jdks.resolve("bare/bin"));
            executable(bin.resolve("java"), "#!/bin/sh\necho '    java.runtime.version = 22.0.1+8' >&2\n");

            assertThat(dryRun().out()).contains("java: " + bin.resolve("java") + " (22.0.1+8)");
        }

        @Test
        void beforeJava25UsesAnAppCdsArchive() throws Exception {
            jdk("jdk-17", "17.0.15+6");

            assertThat(dryRun().out()).containsPattern("-XX:SharedArchiveFile=.*/dupliwatch\\.jsa -Xlog:cds=off")
                    .doesNotContain("AOTCache");
        }

        @Test
        void noJava17OrLaterIsAnErrorSayingWhereItLooked() throws Exception {
            jdk("jdk-11", "11.0.22+7");

            Result result = dryRun();

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err()).contains("no Java 17 or later found", "JAVA_HOME", "PATH", jdks.toString());
        }

        @Test
        void aJavaNamedByDupliwatchJavaMustBe17OrLater() throws Exception {
            environment.put("DUPLIWATCH_JAVA", jdk("jdk-11", "11.0.22+7").resolve("bin/java").toString());

            Result result = dryRun();

            assertThat(result.status()).isEqualTo(1);
            assertThat(result.err()).contains("DUPLIWATCH_JAVA=", "is not Java 17 or later (version: 11.0.22+7)");
        }
    }

    @Nested
    class BuildingTheJar {

        @Test
        void aJarNewerThanTheSourcesIsStartedAsItIs() throws Exception {
            jdk("jdk-17", "17.0.15+6");

            assertThat(dryRun().out()).contains("build: no");
        }

        @Test
        void aSourceChangedAfterTheBuildMakesItBuildAgain() throws Exception {
            jdk("jdk-17", "17.0.15+6");
            setModified(checkout.resolve("src/main/java/App.java"), 3_000);

            assertThat(dryRun().out()).contains("build: yes", "cache: made after the build");
        }

        @Test
        void aChangedPomMakesItBuildAgain() throws Exception {
            jdk("jdk-17", "17.0.15+6");
            setModified(checkout.resolve("pom.xml"), 3_000);

            assertThat(dryRun().out()).contains("build: yes");
        }

        @Test
        void aMissingJarIsBuilt() throws Exception {
            jdk("jdk-17", "17.0.15+6");
            Files.delete(checkout.resolve("target/dupliwatch.jar"));

            assertThat(dryRun().out()).contains("build: yes");
        }

        @Test
        void aStaleJarIsBuiltByTheMavenWrapperBeforeItStarts() throws Exception {
            jdk("jdk-17", "17.0.15+6");
            environment.put("DUPLIWATCH_CLASS_CACHE", "off");
            setModified(checkout.resolve("src/main/java/App.java"), 3_000);
            executable(checkout.resolve("mvnw"), """
                    #!/bin/sh
                    echo "mvnw $*" >> "$FAKE_JAVA_LOG"
                    echo "jar, second build" > target/dupliwatch.jar
                    """);

            start();

            assertThat(Files.readAllLines(log)).hasSize(2).first().isEqualTo("mvnw -q -B package -DskipTests");
            assertThat(checkout.resolve("target/dupliwatch.jar")).hasContent("jar, second build");
        }

        @Test
        void aFailedBuildStartsTheJarBuiltBeforeWithAWarning() throws Exception {
            jdk("jdk-17", "17.0.15+6");
            environment.put("DUPLIWATCH_CLASS_CACHE", "off");
            setModified(checkout.resolve("src/main/java/App.java"), 3_000);
            executable(checkout.resolve("mvnw"), "#!/bin/sh\nexit 1\n");

            Result result = start();

            assertThat(result.err()).contains("the build failed: starting the jar built before");
            assertThat(Files.readAllLines(log)).singleElement().asString()
                    .endsWith("-jar " + checkout.resolve("target/dupliwatch.jar"));
        }

        @Test
        void anInstalledJarBesideTheLauncherIsNeverBuilt() throws Exception {
            Path installation = Files.createDirectories(root.resolve("opt"));
            Files.copy(LAUNCHER, installation.resolve("dupliwatch"));
            Files.copy(OPTIONS, installation.resolve("jvm.options"));
            Files.writeString(installation.resolve("dupliwatch.jar"), "jar");
            environment.put("DUPLIWATCH_LAUNCHER_CACHE", root.resolve("cache").toString());
            jdk("jdk-17", "17.0.15+6");

            Result result = run(installation, "dry-run");

            assertThat(result.out()).contains("build: no", "cache: " + root.resolve("cache") + "/dupliwatch-java-17.0.15_6-")
                    .containsPattern("-Xmx512m .*-jar " + root.resolve("cache") + "/.*/dupliwatch.jar");
        }
    }

    @Nested
    class TheClassCache {

        @BeforeEach
        void jdk25() throws IOException {
            jdk("jdk-25", "25.0.3+9-LTS");
        }

        @Test
        void isMadeOnFirstUseWithoutTheConfiguredDatabaseThenStartedWithSpringAot() throws Exception {
            environment.put("DUPLIWATCH_DB_URL", "jdbc:postgresql://db/dupliwatch");

            Result first = start("--server.port=9000");

            List<String> calls = Files.readAllLines(log);
            assertThat(first.status()).isZero();
            assertThat(calls).hasSize(3);
            assertThat(calls.get(0)).contains("-Djarmode=tools -jar " + checkout.resolve("target/dupliwatch.jar") + " extract");
            assertThat(calls.get(1)).startsWith("db= ").contains("-Dspring.context.exit=onRefresh", "-XX:AOTCacheOutput=");
            assertThat(calls.get(2)).startsWith("db=jdbc:postgresql://db/dupliwatch ")
                    .containsPattern("-XX:AOTCache=" + checkout + "/target/launch/dupliwatch-java-25.0.3_9_LTS-[0-9]+/dupliwatch.aot "
                            + "-Dspring.aot.enabled=true -jar .*/dupliwatch.jar --server.port=9000$");
            assertThat(dryRun().out()).containsPattern("cache: .* \\(ready\\)");
        }

        @Test
        void isReusedByTheNextStart() throws Exception {
            start();
            Files.delete(log);

            start();

            assertThat(Files.readAllLines(log)).singleElement().asString().contains("-XX:AOTCache=");
        }

        @Test
        void isMadeAgainForANewJarAndTheOldOneRemoved() throws Exception {
            start();
            String before = cacheFolders().get(0);
            Files.writeString(checkout.resolve("target/dupliwatch.jar"), "jar, second build");
            setModified(checkout.resolve("target/dupliwatch.jar"), 4_000);

            start();

            assertThat(cacheFolders()).singleElement().isNotEqualTo(before);
        }

        @Test
        void aFailedTrainingFallsBackToAPlainStartWithAWarningAndIsNotRetriedForThatJar() throws Exception {
            environment.put("FAKE_JAVA_TRAINING", "fail");

            Result first = start("--server.port=9000");
            Result second = start("--server.port=9000");

            assertThat(first.err()).contains("the class cache could not be made", "starting without the recommended options");
            assertThat(second.err()).contains("could not be made for this jar before");
            assertThat(Files.readAllLines(log)).filteredOn(call -> call.contains("onRefresh")).hasSize(1);
            assertThat(Files.readAllLines(log)).last().asString()
                    .endsWith(" -jar " + checkout.resolve("target/dupliwatch.jar") + " --server.port=9000")
                    .doesNotContain("-Xmx512m", "spring.aot");
        }

        @Test
        void canBeSwitchedOffForThePlainJarWithTheRecommendedOptions() throws Exception {
            environment.put("DUPLIWATCH_CLASS_CACHE", "off");

            start("--server.port=9000");

            assertThat(Files.readAllLines(log)).singleElement().asString().contains("-Xmx512m")
                    .endsWith(" -jar " + checkout.resolve("target/dupliwatch.jar") + " --server.port=9000")
                    .doesNotContain("spring.aot", "AOTCache");
        }

        private List<String> cacheFolders() throws IOException {
            try (Stream<Path> folders = Files.list(checkout.resolve("target/launch"))) {
                return folders.map(Path::toString).toList();
            }
        }
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = jdks.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version.replaceAll("[+-].*", "") + "\"\n"
                + "JAVA_RUNTIME_VERSION=\"" + version + "\"\n");
        executable(home.resolve("bin/java"), FAKE_JAVA);
        return home;
    }

    private static void executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void setModified(Path file, long seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + seconds)));
    }

    private Result dryRun(String... arguments) throws Exception {
        return run(checkout, "dry-run", arguments);
    }

    private Result start(String... arguments) throws Exception {
        return run(checkout, "start", arguments);
    }

    private Result run(Path folder, String mode, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", folder.resolve("dupliwatch").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("DUPLIWATCH_") || name.equals("JAVA_HOME"));
        builder.environment().putAll(environment);
        builder.environment().put("DUPLIWATCH_LAUNCHER", mode);
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {
    }
}
