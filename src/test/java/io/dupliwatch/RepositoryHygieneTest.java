package io.dupliwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the repository itself: a fresh clone must be enough to build and test Dupliwatch. */
class RepositoryHygieneTest {

    /** Split so that this file does not match itself. */
    private static final String OUTSIDE_SAMPLES = "../" + "shared";

    @Test
    void testSourcesReadNothingBesideTheCheckout() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains(OUTSIDE_SAMPLES))
                    .toList();
            assertThat(offenders).as("test sources referring to a folder outside the repository").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
