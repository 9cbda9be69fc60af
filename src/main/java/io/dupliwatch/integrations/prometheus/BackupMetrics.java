package io.dupliwatch.integrations.prometheus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import io.dupliwatch.integrations.HealthBoard;
import io.dupliwatch.integrations.JobHealth;
import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.JobState;
import io.dupliwatch.report.OperationState;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunStatus;
import io.dupliwatch.report.Totals;

import org.springframework.stereotype.Component;

/**
 * The backup gauges of {@code /metrics}, per job labelled {@code server} (name), {@code server_id} and {@code backup}
 * (the job's name; not {@code job}, which Prometheus reserves for the scrape job and would rename). Computed at
 * scrape time from per-job state: job states, monitoring views and totals, three reads of O(jobs) rows whatever
 * the number of stored runs. Registered straight into Micrometer's Prometheus registry so a scrape shows them
 * beside Micrometer's own meters.
 */
@Component
class BackupMetrics implements MultiCollector {

    /** {@code dupliwatch_backup_last_status_code}: Duplicati's result as a number (alert on {@code > 1}). */
    /** A run status's position is its {@code dupliwatch_backup_last_status_code}. */
    private static final List<RunStatus> STATUS_CODES = List.of(RunStatus.SUCCESS, RunStatus.WARNING, RunStatus.ERROR,
            RunStatus.FATAL, RunStatus.UNKNOWN);

    private final HealthBoard board;
    private final RunQueries runs;

    BackupMetrics(HealthBoard board, RunQueries runs, PrometheusMeterRegistry registry) {
        this.board = board;
        this.runs = runs;
        registry.getPrometheusRegistry().register(this);
    }

    @Override
    public MetricSnapshots collect() {
        List<JobHealth> jobs = board.jobs();
        List<MetricSnapshot> snapshots = new ArrayList<>(jobMetrics(jobs));
        snapshots.addAll(operationMetrics(jobs));
        snapshots.addAll(serverMetrics(jobs));
        snapshots.addAll(globalMetrics(jobs, runs.totals()));
        return new MetricSnapshots(snapshots);
    }

    private static List<MetricSnapshot> jobMetrics(List<JobHealth> jobs) {
        Gauge lastRun = new Gauge("dupliwatch_backup_last_run_timestamp_seconds",
                "Begin time of the job's newest run, Unix seconds");
        Gauge lastSuccess = new Gauge("dupliwatch_backup_last_success_timestamp_seconds",
                "Begin time of the job's newest Success or Warning run, Unix seconds (absent when there was none)");
        Gauge statusCode = new Gauge("dupliwatch_backup_last_status_code",
                "Result of the newest run: 0 Success, 1 Warning, 2 Error, 3 Fatal, 4 other/unknown");
        Gauge status = new Gauge("dupliwatch_backup_last_status",
                "1 for the result of the newest run, 0 for the others (status label: success, warning, error, fatal, unknown)");
        Gauge up = new Gauge("dupliwatch_backup_up",
                "1 when the job is up as the status URL sees it (newest run good, not overdue), else 0");
        Gauge duration = new Gauge("dupliwatch_backup_last_duration_seconds", "Duration of the newest run");
        Gauge examined = new Gauge("dupliwatch_backup_last_examined_bytes", "Size of the source files the newest run examined");
        Gauge uploaded = new Gauge("dupliwatch_backup_last_uploaded_bytes", "Bytes the newest run uploaded");
        Gauge storage = new Gauge("dupliwatch_backup_storage_used_bytes", "Size of the backup at the destination after the newest run");
        Gauge versions = new Gauge("dupliwatch_backup_versions", "Backup versions kept at the destination after the newest run");
        Gauge warnings = new Gauge("dupliwatch_backup_last_warnings", "Warnings of the newest run");
        Gauge errors = new Gauge("dupliwatch_backup_last_errors", "Errors of the newest run");
        Gauge overdue = new Gauge("dupliwatch_backup_overdue", "1 when the job's expected run did not arrive in time, else 0");
        Gauge nextExpected = new Gauge("dupliwatch_backup_next_expected_timestamp_seconds",
                "When the job's next run is expected, Unix seconds (absent when unknown)");

        for (JobHealth health : jobs) {
            JobState job = health.job();
            if (job.latestStatus() == null) {
                continue;
            }
            Labels labels = labels(job);
            RunStatus result = RunStatus.of(job.latestStatus());
            lastRun.add(labels, seconds(job.latestBeginTime()));
            if (job.lastSuccessTime() != null) {
                lastSuccess.add(labels, seconds(job.lastSuccessTime()));
            }
            statusCode.add(labels, STATUS_CODES.indexOf(result));
            for (RunStatus candidate : STATUS_CODES) {
                status.add(labels.add("status", candidate.name().toLowerCase(Locale.ROOT)), candidate == result ? 1 : 0);
            }
            up.add(labels, health.up() ? 1 : 0);
            duration.add(labels, job.durationSeconds());
            examined.add(labels, job.examinedBytes());
            uploaded.add(labels, job.uploadedBytes());
            storage.add(labels, job.storageUsedBytes());
            versions.add(labels, job.versions());
            warnings.add(labels, job.warnings());
            errors.add(labels, job.errors());
            overdue.add(labels, health.overdue() ? 1 : 0);
            if (health.nextExpected() != null) {
                nextExpected.add(labels, seconds(health.nextExpected()));
            }
        }
        return List.of(lastRun.snapshot(), lastSuccess.snapshot(), statusCode.snapshot(), status.snapshot(),
                up.snapshot(), duration.snapshot(), examined.snapshot(), uploaded.snapshot(), storage.snapshot(),
                versions.snapshot(), warnings.snapshot(), errors.snapshot(), overdue.snapshot(), nextExpected.snapshot());
    }

    /** Per job and operation (Backup, Restore, Test...): the newest run's result and the newest success. */
    private static List<MetricSnapshot> operationMetrics(List<JobHealth> jobs) {
        Gauge lastSuccess = new Gauge("dupliwatch_operation_last_success_timestamp_seconds",
                "Begin time of the job's newest Success or Warning run of the operation, Unix seconds (absent when none)");
        Gauge status = new Gauge("dupliwatch_operation_last_status",
                "1 for the result of the job's newest run of the operation, 0 for the others");
        Gauge untested = new Gauge("dupliwatch_backup_untested",
                "1 when an expected restore or verification of the job is missing or too old, else 0");
        for (JobHealth health : jobs) {
            Labels labels = labels(health.job());
            untested.add(labels, health.untested().isEmpty() ? 0 : 1);
            for (OperationState operation : health.operations()) {
                Labels operationLabels = labels.add("operation", operation.operation().label());
                if (operation.lastSuccess() != null) {
                    lastSuccess.add(operationLabels, seconds(operation.lastSuccess()));
                }
                RunStatus result = RunStatus.of(operation.lastStatus());
                for (RunStatus candidate : STATUS_CODES) {
                    status.add(operationLabels.add("status", candidate.name().toLowerCase(Locale.ROOT)),
                            candidate == result ? 1 : 0);
                }
            }
        }
        return List.of(lastSuccess.snapshot(), status.snapshot(), untested.snapshot());
    }

    /**
     * `job` as users and the issue expect; Prometheus renames it `exported_job` unless honor_labels is set, so
     * `backup` carries the same name under a label no scrape config rewrites.
     */
    private static Labels labels(JobState job) {
        return Labels.of("server", job.serverName(), "server_id", job.serverId(), "job", job.backupName(),
                "backup", job.backupName());
    }

    private static List<MetricSnapshot> serverMetrics(List<JobHealth> jobs) {
        Map<String, List<JobHealth>> byServer = new LinkedHashMap<>();
        jobs.forEach(job -> byServer.computeIfAbsent(job.job().serverId(), id -> new ArrayList<>()).add(job));

        Gauge count = new Gauge("dupliwatch_server_jobs", "Backup jobs of the server");
        Gauge overdue = new Gauge("dupliwatch_server_jobs_overdue", "Overdue backup jobs of the server");
        Gauge failed = new Gauge("dupliwatch_server_jobs_failed", "Jobs of the server whose newest run failed (Error, Fatal...)");
        Gauge lastRun = new Gauge("dupliwatch_server_last_run_timestamp_seconds",
                "Begin time of the server's newest run of any job, Unix seconds");
        byServer.values().forEach(serverJobs -> {
            JobState first = serverJobs.get(0).job();
            Labels labels = Labels.of("server", first.serverName(), "server_id", first.serverId());
            count.add(labels, serverJobs.size());
            overdue.add(labels, serverJobs.stream().filter(JobHealth::overdue).count());
            failed.add(labels, serverJobs.stream().filter(job -> job.status() == HealthStatus.ERROR).count());
            serverJobs.stream().map(job -> job.job().latestBeginTime()).filter(time -> time != null)
                    .max(Instant::compareTo).ifPresent(newest -> lastRun.add(labels, seconds(newest)));
        });
        return List.of(count.snapshot(), overdue.snapshot(), failed.snapshot(), lastRun.snapshot());
    }

    private static List<MetricSnapshot> globalMetrics(List<JobHealth> jobs, Totals totals) {
        return List.of(
                Gauge.single("dupliwatch_servers", "Duplicati servers known", totals.servers()),
                Gauge.single("dupliwatch_jobs", "Backup jobs known", jobs.size()),
                Gauge.single("dupliwatch_jobs_overdue", "Overdue backup jobs", jobs.stream().filter(JobHealth::overdue).count()),
                Gauge.single("dupliwatch_jobs_failed", "Jobs whose newest run failed (Error, Fatal...)",
                        jobs.stream().filter(job -> job.status() == HealthStatus.ERROR).count()),
                Gauge.single("dupliwatch_runs_stored", "Backup runs stored", totals.runs()));
    }

    /** Duplicati's result names, lower case; anything unexpected (Unknown, a new word) is {@code unknown}. */
    private static double seconds(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }

    /** One gauge family being filled during a scrape. */
    private static final class Gauge {

        private final GaugeSnapshot.Builder builder;

        Gauge(String name, String help) {
            this.builder = GaugeSnapshot.builder().name(name).help(help);
        }

        static MetricSnapshot single(String name, String help, double value) {
            Gauge gauge = new Gauge(name, help);
            gauge.add(Labels.EMPTY, value);
            return gauge.snapshot();
        }

        void add(Labels labels, double value) {
            builder.dataPoint(GaugeDataPointSnapshot.builder().labels(labels).value(value).build());
        }

        MetricSnapshot snapshot() {
            return builder.build();
        }
    }
}
