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

    /**
     * One page of the server's runs of operations other than backups, newest first.
     *
     * @param jobId     only this job's runs; {@code null} for every job of the server
     * @param operation only runs of this operation; {@code null} for all
     * @param page      zero-based
     */
    public OperationPage page(String serverId, Long jobId, Operation operation, int page, int pageSize) {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page must be >= 0 and pageSize >= 1");
        }
        return operations.page(serverId, jobId, operation, page, pageSize);
    }

    public Optional<StoredOperationRun> run(long operationRunId) {
        return operations.find(operationRunId);
    }
}
