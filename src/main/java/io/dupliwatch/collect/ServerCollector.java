package io.dupliwatch.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.monitoring.Interval;
import io.dupliwatch.monitoring.JobMonitoringView;
import io.dupliwatch.monitoring.MonitoringSettingsService;
import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.DuplicatiResultMapper;
import io.dupliwatch.report.InvalidReportFieldException;
import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.report.RunRecorder;
import io.dupliwatch.report.RunSource;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.storage.SecretCipher.UndecryptableSecretException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Collects one Duplicati server: one session (one login), every job's stored log imported as runs through
 * {@link RunRecorder} with source {@link RunSource#COLLECT} – the same mapping and duplicate rule as
 * {@code /api/upload}, so a run already pushed is skipped – and each job's schedule handed to monitoring.
 */
@Service
public class ServerCollector {

    /** A claim older than this belongs to a collection whose process died. */
    static final Duration STALE_CLAIM = Duration.ofHours(1);
    private static final int MAX_ERRORS_LISTED = 20;
    private static final Logger log = LoggerFactory.getLogger(ServerCollector.class);

    private final ConnectionSettings settings;
    private final ConnectionRepository connections;
    private final DuplicatiClient client;
    private final RunRecorder recorder;
    private final ServerDirectory servers;
    private final OverdueBoard monitoredJobs;
    private final MonitoringSettingsService monitoring;
    private final Clock clock;

    ServerCollector(ConnectionSettings settings, ConnectionRepository connections, DuplicatiClient client,
                    RunRecorder recorder, ServerDirectory servers, OverdueBoard monitoredJobs,
                    MonitoringSettingsService monitoring, Clock clock) {
        this.settings = settings;
        this.connections = connections;
        this.client = client;
        this.recorder = recorder;
        this.servers = servers;
        this.monitoredJobs = monitoredJobs;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    /**
     * @throws ConnectionNotFoundException when the server has no connection
     * @throws CollectionRunningException  when the server is being collected already
     * @throws DuplicatiException          when the server cannot be collected at all (nothing was imported)
     */
    public CollectResult collect(String serverId) {
        StoredConnection stored = settings.require(serverId);
        Instant started = clock.instant();
        if (!connections.claim(serverId, started, started.minus(STALE_CLAIM))) {
            throw new CollectionRunningException("Server " + serverId + " is being collected already",
                    "problem.collect.serverRunning", String.valueOf(serverId));
        }
        try (DuplicatiSession session = client.open(settings.connection(stored))) {
            DuplicatiSystemInfo info = session.systemInfo();
            CollectResult result = importJobs(session, serverId, serverName(serverId, info), info, started);
            connections.finishSucceeded(serverId, session.baseUrl().toString(), info,
                    session.acceptedSelfSignedCertificate(), result, clock.instant());
            log.info("Collected {} from {}: {} jobs, {} imported, {} skipped, {} failed", LogEscape.of(serverId),
                    LogEscape.of(result.duplicatiUrl()), result.jobs(), result.imported(), result.skipped(), result.failed());
            return result;
        }
        catch (DuplicatiException e) {
            connections.finishFailed(serverId, e.problem().name(), e.getMessage(), clock.instant());
            log.info("Collecting {} failed ({}): {}", LogEscape.of(serverId), e.problem(), LogEscape.of(e.getMessage()));
            throw e;
        }
        catch (UndecryptableSecretException e) {
            connections.finishFailed(serverId, null, e.getMessage(), clock.instant());
            throw e;
        }
        catch (RuntimeException e) {
            connections.finishFailed(serverId, null, "Internal error: " + e.getClass().getSimpleName(),
                    clock.instant());
            throw e;
        }
    }

    /**
     * Connects with the given settings (completed by the stored ones) and reads identity and job list,
     * changing nothing but the server's time zone (Duplicati's {@code ServerTimeZone}, unless the user chose one).
     */
    public ConnectionTestResult test(String serverId, ConnectionRequest request) {
        StoredConnection stored = settings.find(serverId).orElse(null);
        DuplicatiConnection connection;
        if (request == null) {
            if (stored == null) {
                throw ConnectionNotFoundException.noConnection(serverId);
            }
            connection = settings.connection(stored);
        }
        else {
            connection = settings.connection(request, stored);
        }
        try (DuplicatiSession session = client.open(connection)) {
            DuplicatiSystemInfo info = session.systemInfo();
            int jobs = session.jobs().size();
            monitoring.adoptServerTimeZone(serverId, info.serverTimeZone());
            return ConnectionTestResult.success(session.baseUrl().toString(), info, jobs,
                    session.acceptedSelfSignedCertificate());
        }
        catch (DuplicatiException e) {
            return ConnectionTestResult.failure(e);
        }
    }

    /** An existing server keeps its name (pushed reports may use {@code --machine-name}); a new one gets the host name. */
    private String serverName(String serverId, DuplicatiSystemInfo info) {
        return servers.all().stream().filter(s -> s.id().equals(serverId)).map(Server::name).findFirst()
                .orElse(info.machineName());
    }

    private CollectResult importJobs(DuplicatiSession session, String serverId, String serverName,
                                     DuplicatiSystemInfo info, Instant started) {
        Tally tally = new Tally();
        List<DuplicatiJob> jobs = session.jobs();
        for (DuplicatiJob job : jobs) {
            ReportIdentity identity;
            try {
                identity = new ReportIdentity(serverId, serverName, job.name(), "DB-" + job.id()).requireValid();
            }
            catch (InvalidReportFieldException e) {
                tally.fail(job.name() + ": skipped, " + e.getMessage());
                log.warn("Collecting {}: job {} skipped, {}", LogEscape.of(serverId), LogEscape.of(job.name()), e.getMessage());
                continue;
            }
            List<DuplicatiLogEntry> entries;
            try {
                entries = session.log(job.id());
            }
            catch (DuplicatiException e) {
                tally.fail(job.name() + ": " + e.getMessage());
                continue;
            }
            Map<String, String> extra = extra(identity);
            for (DuplicatiLogEntry entry : entries) {
                importEntry(entry, identity, extra, tally);
            }
        }
        // Before the schedules: their times of day are read in the server's zone (a new server exists by now).
        monitoring.adoptServerTimeZone(serverId, info.serverTimeZone());
        int schedulesApplied = applySchedules(serverId, jobs, tally);
        return new CollectResult(serverId, serverName, session.baseUrl().toString(), info.machineId(), jobs.size(),
                tally.imported, tally.skipped, tally.failed, schedulesApplied, tally.errors, started, clock.instant());
    }

    /**
     * Each scheduled job's Duplicati schedule becomes its monitoring schedule, unless the user set one. A job
     * Dupliwatch has no run of yet has nothing to monitor: its schedule is taken at the collection that
     * brings its first run.
     */
    private int applySchedules(String serverId, List<DuplicatiJob> jobs, Tally tally) {
        Map<String, Long> jobIds = new HashMap<>();
        for (JobMonitoringView job : monitoredJobs.all()) {
            if (job.serverId().equals(serverId)) {
                jobIds.put(job.backupName(), job.jobId());
            }
        }
        int applied = 0;
        for (DuplicatiJob job : jobs) {
            DuplicatiSchedule schedule = job.schedule();
            Long jobId = jobIds.get(job.name());
            if (schedule == null || jobId == null) {
                continue;
            }
            try {
                if (monitoring.applyDuplicatiSchedule(jobId, Interval.parse(schedule.repeat()),
                        schedule.allowedWeekDays(), schedule.time())) {
                    applied++;
                }
            }
            catch (IllegalArgumentException e) {
                tally.note(job.name() + ": schedule '" + schedule.repeat() + "' not used: " + e.getMessage());
            }
        }
        return applied;
    }

    private void importEntry(DuplicatiLogEntry entry, ReportIdentity identity, Map<String, String> extra,
                             Tally tally) {
        if (entry.result() == null) {
            tally.fail(identity.backupName() + ": log row " + entry.id() + " is not a JSON result");
            return;
        }
        if (!entry.isBackup()) {
            return; // Test, Compact, Repair… are operations, not backup runs
        }
        BackupRun run;
        try {
            run = DuplicatiResultMapper.map(entry.result(), identity, extra, null, null);
        }
        catch (IllegalArgumentException e) {
            tally.fail(identity.backupName() + ": log row " + entry.id() + ": " + e.getMessage());
            return;
        }
        Optional<?> recorded = recorder.record(run, RunSource.COLLECT);
        if (recorded.isPresent()) {
            tally.imported++;
        }
        else {
            tally.skipped++;
        }
    }

    /** What a pushed report's {@code Extra} would say about identity; the stored log has no {@code Extra}. */
    private static Map<String, String> extra(ReportIdentity identity) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("machine-id", identity.machineId());
        extra.put("machine-name", identity.machineName());
        extra.put("backup-name", identity.backupName());
        extra.put("backup-id", identity.backupId());
        return extra;
    }

    private static final class Tally {
        int imported;
        int skipped;
        int failed;
        final List<String> errors = new ArrayList<>();

        void fail(String error) {
            failed++;
            note(error);
        }

        void note(String error) {
            if (errors.size() < MAX_ERRORS_LISTED) {
                errors.add(error);
            }
        }
    }
}
