package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Duplicati sample payloads, read-only: end-of-run reports, live posts, REST API answers and the duplistatus reference
 * scenario, kept in the test resources ({@code src/test/resources/samples}) so the suite needs nothing beside the
 * checkout.
 */
public final class Samples {

    public static final Path ROOT = locate();

    private Samples() {
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String relative) {
        return new String(bytes(relative), StandardCharsets.UTF_8);
    }

    private static Path locate() {
        URL root = Samples.class.getResource("/samples");
        if (root == null) {
            throw new IllegalStateException("test resource folder 'samples' missing from the class path");
        }
        try {
            return Path.of(root.toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
