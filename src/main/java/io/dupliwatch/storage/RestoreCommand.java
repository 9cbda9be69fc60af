package io.dupliwatch.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import io.dupliwatch.cli.Subcommand;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar dupliwatch.jar restore FILE}: replaces this instance's SQLite data with a backup taken by
 * {@code GET /api/admin/backup}. The server must be stopped (the data-directory lock refuses otherwise). The file is
 * validated first, the current database is kept beside it as {@code dupliwatch-before-restore-<time>.db}, and a backup
 * from an older version is migrated to the current schema.
 */
@Component
class RestoreCommand implements Subcommand {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final SqliteSnapshots snapshots;
    private final Flyway flyway;
    private final JdbcClient jdbc;
    private final DatasourceProperties datasource;
    private final StorageProperties storage;
    private final Clock clock;

    RestoreCommand(SqliteSnapshots snapshots, Flyway flyway, JdbcClient jdbc, DatasourceProperties datasource,
                   StorageProperties storage, Clock clock) {
        this.snapshots = snapshots;
        this.flyway = flyway;
        this.jdbc = jdbc;
        this.datasource = datasource;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "FILE   replace this instance's SQLite data with a backup file (stop the server first)";
    }

    @Override
    public int run(List<String> args) throws Exception {
        List<String> files = args.stream().filter(arg -> !arg.startsWith("--")).toList();
        if (files.size() != 1) {
            System.err.println("Usage: restore FILE");
            return 2;
        }
        if (!datasource.isEmbedded()) {
            System.err.println("This instance uses PostgreSQL: restore a pg_dump with pg_restore or psql (see docs/operations.md, Backups and restore)");
            return 1;
        }
        Path file = Path.of(files.get(0));
        List<String> problems = snapshots.problems(file, newestKnownVersion());
        if (!problems.isEmpty()) {
            System.err.println("Not restored: " + file);
            problems.forEach(problem -> System.err.println("  " + problem));
            return 1;
        }
        Path safety = storage.dataDir().resolve("dupliwatch-before-restore-" + STAMP.format(clock.instant()) + ".db");
        Files.deleteIfExists(safety);
        snapshots.snapshotTo(safety);
        snapshots.restoreFrom(file);
        int migrations = flyway.migrate().migrationsExecuted;
        System.out.printf("Restored %s: %d servers, %d jobs, %d runs (%d migrations applied). Previous data kept in %s%n",
                file, count("servers"), count("jobs"), count("runs"), migrations, safety.toAbsolutePath());
        return 0;
    }

    private MigrationVersion newestKnownVersion() {
        MigrationVersion newest = MigrationVersion.fromVersion("0");
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getVersion() != null && info.getVersion().isNewerThan(newest)) {
                newest = info.getVersion();
            }
        }
        return newest;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
