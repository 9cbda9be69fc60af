package io.dupliwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on the repository itself: a fresh clone must be enough to build and test Dupliwatch. */
class RepositoryHygieneTest {

    /** Split so that this file does not match itself. */
    private static final String OUTSIDE_SAMPLES = "../" + "shared";

    /** The three lines git writes around an unresolved conflict; built so that this file does not match itself. */
    private static final Pattern CONFLICT_MARKER =
            Pattern.compile("^(" + "<".repeat(7) + " .*|" + "=".repeat(7) + "|" + ">".repeat(7) + " .*)$");

    /** Build output and IDE files, not part of the repository (.gitignore); the server's ./data is skipped too. */
    private static final Set<String> NOT_IN_REPOSITORY = Set.of(".git", "target", ".idea", "jte-classes");

    /** {@code [text](target)} and {@code ![alt](target)}; the target stops at a space (an optional title follows). */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)[^)]*\\)");

    @Test
    void testSourcesReadNothingBesideTheCheckout() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> read(file).contains(OUTSIDE_SAMPLES))
                    .toList();
            assertThat(offenders).as("test sources referring to a folder outside the repository").isEmpty();
        }
    }

    @Test
    void noFileHoldsAnUnresolvedMergeConflict() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : repositoryFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                if (CONFLICT_MARKER.matcher(lines[i]).matches()) {
                    offenders.add(file + ":" + (i + 1) + ": " + lines[i]);
                }
            }
        }
        assertThat(offenders).as("merge-conflict markers").isEmpty();
    }

    @Test
    void everyRelativeLinkOfTheDocumentationLeadsToAFileAndHeadingThatExist() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String link : links(page)) {
                String problem = problemWith(page, link);
                if (problem != null) {
                    broken.add(page + ": " + link + " (" + problem + ")");
                }
            }
        }
        assertThat(pages).as("documentation pages").hasSizeGreaterThan(5);
        assertThat(broken).as("relative links that lead nowhere").isEmpty();
    }

    /** Why a link from {@code page} leads nowhere, or null when it leads somewhere (external links are not followed). */
    private static String problemWith(Path page, String link) {
        if (link.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
            return null;
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        String anchor = hash < 0 ? null : link.substring(hash + 1);
        Path target = path.isEmpty() ? page : page.resolveSibling(path).normalize();
        if (!Files.exists(target)) {
            return "no such file";
        }
        if (anchor != null && target.toString().endsWith(".md") && !anchors(target).contains(anchor)) {
            return "no such heading";
        }
        return null;
    }

    /** Link targets of a Markdown page, code blocks left out. */
    private static List<String> links(Path page) {
        List<String> links = new ArrayList<>();
        for (String line : prose(page)) {
            Matcher link = MARKDOWN_LINK.matcher(line);
            while (link.find()) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to dashes, -1, -2… for repeats. */
    private static Set<String> anchors(Path page) {
        Set<String> anchors = new HashSet<>();
        for (String line : prose(page)) {
            if (line.matches("^#{1,6} .*")) {
                String slug = line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String anchor = slug;
                for (int repeat = 1; !anchors.add(anchor); repeat++) {
                    anchor = slug + "-" + repeat;
                }
            }
        }
        return anchors;
    }

    /** The lines of a Markdown page outside fenced code blocks. */
    private static List<String> prose(Path page) {
        List<String> prose = new ArrayList<>();
        boolean inCode = false;
        for (String line : read(page).split("\\R")) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            }
            else if (!inCode) {
                prose.add(line);
            }
        }
        return prose;
    }

    private static List<Path> repositoryFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(Path.of("."), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean serverData = dir.normalize().equals(Path.of("data"));
                return NOT_IN_REPOSITORY.contains(name) || serverData
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(file.normalize());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertThat(files).as("files of the repository").contains(Path.of("pom.xml"));
        return files;
    }

    /** Git's own rule: a NUL byte in the first 8000 bytes makes a file binary. */
    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
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
