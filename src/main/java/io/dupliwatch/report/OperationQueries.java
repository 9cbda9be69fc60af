package io.dupliwatch.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Read access to runs of operations other than backups and to every job's newest run per operation. */
@Service
public class OperationQueries {

    private final OperationRepository operations;

    OperationQueries(OperationRepository operations) {
        this.operations = operations;
    }

    /** Every job's newest run per operation (backups included), keyed by job id; jobs without runs are absent. */
    public Map<Long, List<OperationState>> states() {
        return operations.states();
    }

    /** One job's newest run per operation, backups included. */
    public List<OperationState> states(long jobId) {
        return operations.statesOf(jobId);
    }

    /** The server's newest {@code limit} runs of operations other than backups, newest first. */
    public List<StoredOperationRun> newestOfServer(String serverId, int limit) {
        return operations.newestOfServer(serverId, limit);
    }

    /** The job's newest {@code limit} runs of operations other than backups, newest first. */
    public List<StoredOperationRun> newestOfJob(long jobId, int limit) {
        return operations.newestOfJob(jobId, limit);
    }

    public Optional<StoredOperationRun> run(long operationRunId) {
        return operations.find(operationRunId);
    }
}
