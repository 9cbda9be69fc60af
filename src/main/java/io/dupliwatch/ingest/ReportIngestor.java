package io.dupliwatch.ingest;

import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.report.BackupRun;
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

    /** @param address the sender's address, which may only add so many servers per hour */
    RunRecorded ingest(byte[] body, String contentType, String address) {
        if (ReportParser.looksFormEncoded(contentType, body)) {
            throw new RejectedReportException(RejectedReportException.Reason.FORM_ENCODED,
                    "Form-encoded reports are not supported: set --send-http-result-output-format=Json in Duplicati");
        }
        BackupRun run = parser.parse(body);
        servers.protectedHolderOf(run.identity().machineName(), run.identity().machineId()).ifPresent(holder -> {
            throw new RejectedReportException(RejectedReportException.Reason.NAME_TAKEN, "The machine-name '"
                    + run.identity().machineName() + "' belongs to a server protected by an ingest secret;"
                    + " give this machine another name (--machine-name)", Map.of("field", "machine-name"));
        });
        boolean newServer = newServers.admit(run.identity().machineId(), address);
        Optional<RunRecorded> recorded = recorder.record(run, RunSource.PUSH);
        if (recorded.isEmpty()) {
            log.info("Upload ignored (duplicate): server={} ({}) job={} begin={}", LogEscape.of(run.identity().machineName()),
                    run.identity().machineId(), LogEscape.of(run.identity().backupName()), run.beginTime());
            throw new RejectedReportException(RejectedReportException.Reason.DUPLICATE, DUPLICATE);
        }
        RunRecorded stored = recorded.get();
        if (newServer) {
            newServers.created(stored.serverId(), address);
        }
        log.info("Upload stored: server={} ({}) job={} status={} begin={} run={}", LogEscape.of(stored.serverName()),
                stored.serverId(), LogEscape.of(stored.backupName()), LogEscape.of(stored.status()), stored.beginTime(), stored.runId());
        return stored;
    }
}
