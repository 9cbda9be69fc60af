package io.dupliwatch.collect;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.dupliwatch.report.InvalidReportFieldException;
import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.storage.SecretCipher;

import org.springframework.stereotype.Service;

/**
 * Per-server Duplicati connection settings. Secrets are encrypted at rest and never leave this class except
 * decrypted into a {@link DuplicatiConnection} for a session.
 */
@Service
public class ConnectionSettings {

    static final int MAX_AUTO_COLLECT_HOURS = 24 * 366;

    private final ConnectionRepository connections;
    private final SecretCipher cipher;
    private final ServerDirectory servers;
    private final DuplicatiClient client;
    private final Clock clock;

    ConnectionSettings(ConnectionRepository connections, SecretCipher cipher, ServerDirectory servers,
                       DuplicatiClient client, Clock clock) {
        this.connections = connections;
        this.cipher = cipher;
        this.servers = servers;
        this.client = client;
        this.clock = clock;
    }

    public ConnectionView get(String serverId) {
        return ConnectionView.of(require(serverId));
    }

    /**
     * The connection of a server, empty when it has none (most servers only push).
     *
     * @throws ConnectionNotFoundException for a server Dupliwatch does not know
     */
    public Optional<ConnectionView> ofServer(String serverId) {
        Optional<StoredConnection> stored = connections.find(serverId);
        if (stored.isEmpty() && servers.find(serverId).isEmpty()) {
            throw ConnectionNotFoundException.noServer(serverId);
        }
        return stored.map(ConnectionView::of);
    }

    public List<ConnectionView> all() {
        return connections.findAll().stream().map(ConnectionView::of).toList();
    }

    /** Saves the settings of a known server; without a new secret the stored one is kept. */
    public ConnectionView save(String serverId, ConnectionRequest request) {
        StoredConnection existing = connections.find(serverId).orElse(null);
        if (existing == null && servers.all().stream().noneMatch(s -> s.id().equals(serverId))) {
            throw ConnectionNotFoundException.noServerToChange(serverId);
        }
        store(serverId, request, existing);
        return get(serverId);
    }

    /**
     * Adds a Duplicati server Dupliwatch may never have heard from: connects once to learn its identity and
     * stores the settings under its {@code machine-id}, the id its pushed reports use.
     */
    public ConnectionView create(ConnectionRequest request) {
        DuplicatiConnection connection = connection(request, null);
        String machineId;
        try (DuplicatiSession session = client.open(connection)) {
            DuplicatiSystemInfo info = session.systemInfo();
            machineId = info.machineId() != null ? info.machineId() : info.machineName();
        }
        try {
            ReportIdentity.requireSafeId("machine-id", machineId);
        }
        catch (InvalidReportFieldException e) {
            throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "The server's " + e.getMessage());
        }
        StoredConnection existing = connections.find(machineId).orElse(null);
        if (existing != null) {
            throw new ConnectionExistsException("Server " + machineId + " already has a connection; change it with"
                    + " PUT /api/servers/" + machineId + "/connection", "problem.connection.exists", machineId);
        }
        store(machineId, request, null);
        return get(machineId);
    }

    public void delete(String serverId) {
        if (!connections.delete(serverId)) {
            throw ConnectionNotFoundException.noConnection(serverId);
        }
    }

    private void store(String serverId, ConnectionRequest request, StoredConnection existing) {
        validate(request, existing);
        AuthKind kind;
        String encrypted;
        if (has(request.password())) {
            kind = AuthKind.PASSWORD;
            encrypted = cipher.encrypt(request.password());
        }
        else if (has(request.preAuthToken())) {
            kind = AuthKind.PRE_AUTH_TOKEN;
            encrypted = cipher.encrypt(request.preAuthToken().strip());
        }
        else {
            kind = existing.authKind();
            encrypted = existing.encryptedSecret();
        }
        connections.save(serverId, request.url().strip(), kind, encrypted, Boolean.TRUE.equals(request.allowSelfSigned()),
                request.autoCollectHours(), clock.instant());
    }

    Optional<StoredConnection> find(String serverId) {
        return connections.find(serverId);
    }

    StoredConnection require(String serverId) {
        return connections.find(serverId).orElseThrow(() -> ConnectionNotFoundException.noConnection(serverId));
    }

    /** The stored settings, secret decrypted, for a session. */
    DuplicatiConnection connection(StoredConnection stored) {
        return new DuplicatiConnection(DuplicatiAddress.parse(stored.url()),
                stored.authKind().credential(cipher.decrypt(stored.encryptedSecret())), stored.allowSelfSigned(),
                stored.pinnedCertificate());
    }

    /**
     * Settings given in a request (e.g. to test them before saving), completed by the stored ones of
     * {@code serverId}: its secret when the request has none, its pinned certificate when the address and the
     * self-signed permission are unchanged.
     */
    DuplicatiConnection connection(ConnectionRequest request, StoredConnection stored) {
        validate(request, stored);
        DuplicatiCredential credential;
        if (has(request.password())) {
            credential = new DuplicatiCredential.Password(request.password());
        }
        else if (has(request.preAuthToken())) {
            credential = new DuplicatiCredential.PreAuthToken(request.preAuthToken().strip());
        }
        else {
            credential = stored.authKind().credential(cipher.decrypt(stored.encryptedSecret()));
        }
        boolean allowSelfSigned = Boolean.TRUE.equals(request.allowSelfSigned());
        boolean samePlace = stored != null && stored.url().equals(request.url().strip())
                && stored.allowSelfSigned() == allowSelfSigned;
        return new DuplicatiConnection(DuplicatiAddress.parse(request.url()), credential, allowSelfSigned,
                samePlace ? stored.pinnedCertificate() : null);
    }

    private static void validate(ConnectionRequest request, StoredConnection existing) {
        if (request == null || !has(request.url())) {
            throw new InvalidConnectionException("url", "url is required, e.g. 192.168.1.20:8200",
                    "problem.connection.urlRequired");
        }
        try {
            DuplicatiAddress.parse(request.url());
        }
        catch (IllegalArgumentException e) {
            throw new InvalidConnectionException("url", "url: " + e.getMessage());
        }
        if (has(request.password()) && has(request.preAuthToken())) {
            throw new InvalidConnectionException("preAuthToken", "Give either password or preAuthToken, not both",
                    "problem.connection.passwordAndToken");
        }
        if (!has(request.password()) && !has(request.preAuthToken()) && existing == null) {
            throw new InvalidConnectionException("password", "password (or preAuthToken) is required",
                    "problem.connection.passwordRequired");
        }
        Integer hours = request.autoCollectHours();
        if (hours != null && (hours < 1 || hours > MAX_AUTO_COLLECT_HOURS)) {
            throw new InvalidConnectionException("autoCollectHours",
                    "autoCollectHours must be 1.." + MAX_AUTO_COLLECT_HOURS + ", or null to collect only on demand",
                    "problem.connection.autoCollectHours", String.valueOf(MAX_AUTO_COLLECT_HOURS));
        }
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
