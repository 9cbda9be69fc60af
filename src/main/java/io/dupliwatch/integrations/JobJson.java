package io.dupliwatch.integrations;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.dupliwatch.report.JobState;
import io.dupliwatch.report.Operation;

/**
 * One job in {@code /api/jobs}, the body of {@code /api/status/{server}/{job}} and (without
 * {@code seconds_since_last_run}) the retained MQTT state: flat but for {@code operations} and {@code untested}, so
 * Uptime Kuma's JSON query, Homepage's {@code dynamic-list} and Home Assistant templates can address every field
 * ({@code operations.Test.last_success}). Field names are stable: never rename them.
 * Times are ISO-8601 UTC, sizes raw bytes, durations seconds.
 *
 * @param server  the server's alias when set, else its name
 * @param title   {@code "server / job"}, a ready-made list label
 * @param status  {@code ok}, {@code warning}, {@code error}, {@code overdue}, {@code untested} or {@code unknown}
 * @param up      whether a pull monitor should see this job as up (the status URL answers 200)
 * @param archived the job or its server is archived (then it is left out of lists and never overdue)
 * @param timeZone the IANA zone the job's schedule is read in (its server's, else the global monitoring zone)
 * @param operations the newest run of each operation, by Duplicati name ({@code Backup}, {@code Restore},
 *                   {@code Test}...): the operations the job ran and those it is expected to run
 * @param untested expected operations missing or too old ({@code ["Restore"]}); empty when none
 * @param reduced the newest backup came as a reduced report: counts and message ids, no texts
 */
public record JobJson(@JsonProperty("job_id") long jobId,
               @JsonProperty("server_id") String serverId,
               @JsonProperty("server_name") String serverName,
               @JsonProperty("server_alias") String serverAlias,
               String server,
               String job,
               String title,
               String status,
               boolean up,
               String reason,
               @JsonProperty("last_status") String lastStatus,
               @JsonProperty("last_run") Instant lastRun,
               @JsonProperty("last_success") Instant lastSuccess,
               @JsonProperty("seconds_since_last_run") Long secondsSinceLastRun,
               boolean overdue,
               @JsonProperty("next_expected") Instant nextExpected,
               @JsonProperty("duration_seconds") double durationSeconds,
               @JsonProperty("source_size_bytes") long sourceSizeBytes,
               @JsonProperty("uploaded_bytes") long uploadedBytes,
               @JsonProperty("storage_used_bytes") long storageUsedBytes,
               long versions,
               long warnings,
               long errors,
               long runs,
               boolean archived,
               @JsonProperty("time_zone") String timeZone,
               Map<String, OperationJson> operations,
               List<String> untested,
               boolean reduced) {

    /** One operation of a job: its newest run and newest success, {@code null} when none. */
    public record OperationJson(@JsonProperty("last_status") String lastStatus,
                                @JsonProperty("last_run") Instant lastRun,
                                @JsonProperty("last_success") Instant lastSuccess) {
    }

    public static JobJson of(JobHealth health, Instant now) {
        JobState job = health.job();
        Long secondsSince = job.latestBeginTime() == null ? null
                : Math.max(0, Duration.between(job.latestBeginTime(), now).toSeconds());
        return new JobJson(job.jobId(), job.serverId(), job.serverName(), job.serverAlias(), job.serverDisplayName(),
                job.backupName(), job.serverDisplayName() + " / " + job.backupName(), health.status().id(),
                health.up(), health.reason(), job.latestStatus(), job.latestBeginTime(), job.lastSuccessTime(),
                secondsSince, health.overdue(), health.nextExpected(), job.durationSeconds(), job.examinedBytes(),
                job.uploadedBytes(), job.storageUsedBytes(), job.versions(), job.warnings(), job.errors(),
                job.runCount(), job.archived(), health.timeZone() == null ? null : health.timeZone().getId(),
                operations(health),
                health.untested().stream().map(Operation::label).toList(), health.reduced());
    }

    private static Map<String, OperationJson> operations(JobHealth health) {
        Map<String, OperationJson> operations = new LinkedHashMap<>();
        for (Operation operation : Operation.values()) {
            health.operation(operation).ifPresentOrElse(
                    state -> operations.put(operation.label(),
                            new OperationJson(state.lastStatus(), state.lastRun(), state.lastSuccess())),
                    () -> {
                        if (health.expected().contains(operation)) {
                            operations.put(operation.label(), new OperationJson(null, null, null));
                        }
                    });
        }
        return operations;
    }
}
