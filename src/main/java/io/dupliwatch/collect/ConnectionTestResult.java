package io.dupliwatch.collect;

/**
 * Answer of {@code POST /api/servers/{id}/connection/test}: either what the server said about itself, or why
 * it could not be reached ({@code problem} is a {@link DuplicatiProblem} name).
 *
 * @param selfSignedCertificate SHA-256 of a certificate accepted only because self-signed ones are allowed
 */
public record ConnectionTestResult(boolean ok,
                                   String duplicatiUrl,
                                   String machineName,
                                   String machineId,
                                   String serverVersion,
                                   Integer jobs,
                                   String selfSignedCertificate,
                                   String problem,
                                   String error) {

    static ConnectionTestResult success(String url, DuplicatiSystemInfo info, int jobs, String certificate) {
        return new ConnectionTestResult(true, url, info.machineName(), info.machineId(), info.serverVersion(), jobs,
                certificate, null, null);
    }

    static ConnectionTestResult failure(DuplicatiException e) {
        return new ConnectionTestResult(false, null, null, null, null, null, null, e.problem().name(),
                e.getMessage());
    }
}
