package io.dupliwatch.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.dupliwatch.report.ServerDirectory;

import org.springframework.stereotype.Component;

/**
 * The cap on servers one source address may create by upload per hour
 * ({@code dupliwatch.ingest.new-servers-per-address-per-hour}): past it, a report for an unknown machine-id is
 * refused with 429 while reports of known servers go on. Counted in the database, so several instances share it.
 */
@Component
class NewServerLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final ServerOriginRepository origins;
    private final ServerDirectory servers;
    private final IngestProperties properties;
    private final Clock clock;

    NewServerLimit(ServerOriginRepository origins, ServerDirectory servers, IngestProperties properties, Clock clock) {
        this.origins = origins;
        this.servers = servers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @return whether the report would create its server and counts against the cap (then call {@link #created}
     *         once it is stored); false when the server exists or there is no cap
     * @throws RejectedReportException (429, with the seconds until a slot frees) when the address used up its hour
     */
    boolean admit(String machineId, String address) {
        int limit = properties.newServersPerAddressPerHour();
        if (limit <= 0 || servers.find(machineId).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        ServerOriginRepository.Recent recent = origins.createdSince(address, now.minus(WINDOW));
        if (recent.count() >= limit) {
            long wait = Duration.between(now, recent.oldest().plus(WINDOW)).toSeconds() + 1;
            throw RejectedReportException.tooManyNewServers(limit, Math.max(1, wait));
        }
        return true;
    }

    void created(String machineId, String address) {
        Instant now = clock.instant();
        origins.record(machineId, address, now, now.minus(WINDOW));
    }
}
