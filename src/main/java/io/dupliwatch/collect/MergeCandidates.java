package io.dupliwatch.collect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;

import org.springframework.stereotype.Service;

/** Finds servers that are probably one Duplicati machine seen under two machine-ids. */
@Service
public class MergeCandidates {

    private final ServerDirectory servers;
    private final RunQueries runs;
    private final ConnectionRepository connections;

    MergeCandidates(ServerDirectory servers, RunQueries runs, ConnectionRepository connections) {
        this.servers = servers;
        this.runs = runs;
        this.connections = connections;
    }

    public List<MergeCandidate> find() {
        Map<String, Server> byId = new HashMap<>();
        servers.all().forEach(s -> byId.put(s.id(), s));
        Map<String, Set<String>> namesById = new HashMap<>();
        byId.values().forEach(s -> namesById.computeIfAbsent(s.id(), k -> new LinkedHashSet<>()).add(normalize(s.name())));
        Map<Pair, String> reasons = new LinkedHashMap<>();
        for (StoredConnection connection : connections.findAll()) {
            if (!byId.containsKey(connection.serverId())) {
                continue;
            }
            if (connection.duplicatiMachineName() != null) {
                namesById.get(connection.serverId()).add(normalize(connection.duplicatiMachineName()));
            }
            String reported = connection.duplicatiMachineId();
            if (reported != null && !reported.equals(connection.serverId()) && byId.containsKey(reported)) {
                reasons.put(Pair.of(connection.serverId(), reported), "machine-id");
            }
        }
        List<String> ids = byId.keySet().stream().sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Set<String> shared = new LinkedHashSet<>(namesById.get(ids.get(i)));
                shared.retainAll(namesById.get(ids.get(j)));
                if (!shared.isEmpty()) {
                    reasons.putIfAbsent(Pair.of(ids.get(i), ids.get(j)), "same-name");
                }
            }
        }
        List<MergeCandidate> candidates = new ArrayList<>();
        reasons.forEach((pair, reason) -> candidates.add(candidate(byId.get(pair.first()), byId.get(pair.second()),
                reason)));
        return candidates;
    }

    /** Older newest run (or none) is the source. */
    private MergeCandidate candidate(Server a, Server b, String reason) {
        Instant newestA = newestRun(a.id());
        Instant newestB = newestRun(b.id());
        boolean aIsOlder = newestA == null || (newestB != null && newestA.isBefore(newestB));
        Server source = aIsOlder ? a : b;
        Server target = aIsOlder ? b : a;
        return new MergeCandidate(source.id(), source.name(), aIsOlder ? newestA : newestB, target.id(),
                target.name(), aIsOlder ? newestB : newestA, reason);
    }

    private Instant newestRun(String serverId) {
        return runs.newestRunOfServer(serverId).map(r -> r.run().beginTime()).orElse(null);
    }

    /** Two server ids, in a fixed order so that each pair is found once. */
    private record Pair(String first, String second) {
        static Pair of(String a, String b) {
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }
    }

    private static String normalize(String name) {
        return Objects.requireNonNullElse(name, "").strip().toLowerCase(Locale.ROOT);
    }
}
