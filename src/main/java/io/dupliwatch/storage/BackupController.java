package io.dupliwatch.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.errors.ConflictException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/backup}: a consistent snapshot of Dupliwatch's own SQLite database, streamed as a download
 * while uploads go on. Restore it with {@code java -jar dupliwatch.jar restore FILE}. PostgreSQL is backed up with
 * {@code pg_dump} (docs/operations.md, "Backups and restore").
 */
@RestController
class BackupController {

    static final MediaType SQLITE = MediaType.parseMediaType("application/vnd.sqlite3");
    private static final Logger log = LoggerFactory.getLogger(BackupController.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SqliteSnapshots snapshots;
    private final DatasourceProperties datasource;
    private final StorageProperties storage;
    private final Clock clock;

    BackupController(SqliteSnapshots snapshots, DatasourceProperties datasource, StorageProperties storage, Clock clock) {
        this.snapshots = snapshots;
        this.datasource = datasource;
        this.storage = storage;
        this.clock = clock;
    }

    @GetMapping("/api/admin/backup")
    void backup(HttpServletResponse response) throws IOException {
        if (!datasource.isEmbedded()) {
            throw new ConflictException("Backup download is only available with the SQLite store",
                    "This instance stores its data in PostgreSQL: back it up with pg_dump (see docs/operations.md, Backups and restore)");
        }
        // In the data directory: same disk as the database, and writable by the service user.
        Path file = Files.createTempFile(storage.dataDir(), "snapshot-", ".db");
        try {
            snapshots.snapshotTo(file);
        }
        catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        long size = Files.size(file);
        String name = "dupliwatch-backup-" + STAMP.format(clock.instant()) + ".db";
        log.info("Backup download: {} ({} bytes)", name, size);
        try {
            response.setContentType(SQLITE.toString());
            response.setContentLengthLong(size);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            Files.copy(file, response.getOutputStream());
        }
        finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete snapshot " + file, e);
        }
    }
}
