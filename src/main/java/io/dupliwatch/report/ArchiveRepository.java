package io.dupliwatch.report;

import java.sql.Types;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArchiveRepository {

    private final JdbcClient jdbc;

    ArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean setServerArchivedAt(String serverId, Long archivedAt) {
        return jdbc.sql("UPDATE servers SET archived_at = :at WHERE id = :id")
                .param("at", archivedAt, Types.BIGINT).param("id", serverId).update() == 1;
    }

    boolean setJobArchivedAt(long jobId, Long archivedAt) {
        return jdbc.sql("UPDATE jobs SET archived_at = :at WHERE id = :id")
                .param("at", archivedAt, Types.BIGINT).param("id", jobId).update() == 1;
    }

    void unarchiveIfArchived(String serverId, long jobId) {
        jdbc.sql("UPDATE jobs SET archived_at = NULL WHERE id = :id AND archived_at IS NOT NULL")
                .param("id", jobId).update();
        jdbc.sql("UPDATE servers SET archived_at = NULL WHERE id = :id AND archived_at IS NOT NULL")
                .param("id", serverId).update();
    }

    /** Jobs, runs, logs and former names go with the server (ON DELETE CASCADE). */
    boolean deleteServer(String serverId) {
        return jdbc.sql("DELETE FROM servers WHERE id = :id").param("id", serverId).update() == 1;
    }

    boolean deleteJob(long jobId) {
        return jdbc.sql("DELETE FROM jobs WHERE id = :id").param("id", jobId).update() == 1;
    }
}
