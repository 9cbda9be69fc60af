package io.dupliwatch.collect;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One element of {@code GET /api/v1/backups}. Deliberately without {@code TargetURL}: the job list sends the
 * destination URL with its credentials unmasked, so it is never read into memory beyond the raw body.
 *
 * @param id       Duplicati's job id ({@code "1"}), used in {@code /api/v1/backup/{id}/log}; pushed reports
 *                 call the same job {@code DB-1}
 * @param name     the job name, which pushed reports carry as {@code backup-name}
 * @param schedule {@code null} when the job runs only by hand
 */
record DuplicatiJob(String id, String name, DuplicatiSchedule schedule) {

    static List<DuplicatiJob> listFromJson(JsonNode root) {
        if (!root.isArray()) {
            throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "the job list is not a JSON array");
        }
        List<DuplicatiJob> jobs = new ArrayList<>();
        for (JsonNode element : root) {
            JsonNode backup = element.path("Backup");
            String id = DuplicatiJson.text(backup.path("ID"));
            String name = DuplicatiJson.text(backup.path("Name"));
            if (id == null || name == null) {
                throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "a job without ID or Name");
            }
            jobs.add(new DuplicatiJob(id, name, DuplicatiSchedule.fromJson(element.path("Schedule"))));
        }
        return List.copyOf(jobs);
    }
}
