package io.dupliwatch.ingest;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationRecorded;
import io.dupliwatch.report.OperationRun;
import io.dupliwatch.report.RunRecorded;
import io.dupliwatch.report.RunRecorder;
import io.dupliwatch.report.RunSource;
import io.dupliwatch.report.ServerDirectory;

import org.springframework.stereotype.Service;

/** Accepts one pushed report: parse, validate, store once. Logs one line per upload. */
@Service
class ReportIngestor {

    static final String DUPLICATE = "ignored, duplicated data";
    private static final Logger log = LoggerFactory.getLogger(ReportIngestor.class);

    private final ReportParser parser;
    private final RunRecorder recorder;
    private final NewServerLimit newServers;
    private final ServerDirectory servers;

    ReportIngestor(ReportParser parser, RunRecorder recorder, NewServerLimit newServers, ServerDirectory servers) {
        this.parser = parser;
        this.recorder = recorder;
        this.newServers = newServers;
        this.servers = servers;
    }

    /**
     * @param address     the sender's address, which may only add so many servers per hour
     * @param urlIdentity identity keys given in the upload URL ({@link ReportParser#IDENTITY_KEYS})
     * @return whether the report was stored; an operation Dupliwatch does not keep is acknowledged and not stored
     */
    boolean ingest(byte[] body, String contentType, String address, Map<String, String> urlIdentity) {
        if (ReportParser.looksFormEncoded(contentType, body)) {
            throw new RejectedReportException(RejectedReportException.Reason.FORM_ENCODED,
                    "Form-encoded reports are not supported: set --send-http-result-output-format=Json in Duplicati")
                    .localized("problem.report.formEncoded");
        }
        Optional<OperationRun> parsed = parser.parse(body, urlIdentity);
        if (parsed.isEmpty()) {
            log.info("Upload acknowledged, not stored: an operation other than those Dupliwatch keeps");
            return false;
        }
        BackupRun run = parsed.get().run();
        servers.protectedHolderOf(run.identity().machineName(), run.identity().machineId()).ifPresent(holder -> {
            throw new RejectedReportException(RejectedReportException.Reason.NAME_TAKEN, "The machine-name '"
                    + run.identity().machineName() + "' belongs to a server protected by an ingest secret;"
                    + " give this machine another name (--machine-name)", Map.of("field", "machine-name"))
                    .localized("problem.report.nameTaken", run.identity().machineName());
        });
        boolean newServer = newServers.admit(run.identity().machineId(), address);
        Operation operation = parsed.get().operation();
        Optional<Long> storedId = operation == Operation.BACKUP
                ? recorder.record(run, RunSource.PUSH).map(RunRecorded::runId)
                : recorder.record(parsed.get(), RunSource.PUSH).map(OperationRecorded::operationRunId);
        if (storedId.isEmpty()) {
            log.info("Upload ignored (duplicate): server={} ({}) job={} operation={} begin={}",
                    LogEscape.of(run.identity().machineName()), run.identity().machineId(),
                    LogEscape.of(run.identity().backupName()), operation.label(), run.beginTime());
            throw new RejectedReportException(RejectedReportException.Reason.DUPLICATE, DUPLICATE)
                    .localized("problem.report.duplicate");
        }
        if (newServer) {
            newServers.created(run.identity().machineId(), address);
        }
        log.info("Upload stored: server={} ({}) job={} operation={} status={} begin={} run={}",
                LogEscape.of(run.identity().machineName()), run.identity().machineId(),
                LogEscape.of(run.identity().backupName()), operation.label(), LogEscape.of(run.status()),
                run.beginTime(), storedId.get());
        return true;
    }
}
