package io.dupliwatch.collect;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.dupliwatch.config.UrlPath;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Connection settings, tests and collections of Duplicati servers. Errors: {@link CollectErrors}. */
@RestController
class CollectController {

    private final ConnectionSettings settings;
    private final ServerCollector collector;
    private final BulkCollector bulk;

    CollectController(ConnectionSettings settings, ServerCollector collector, BulkCollector bulk) {
        this.settings = settings;
        this.collector = collector;
        this.bulk = bulk;
    }

    @GetMapping("/api/servers/connections")
    List<ConnectionView> connections() {
        return settings.all();
    }

    /** Adds a Duplicati server by address: its machine-id becomes the server id. */
    @PostMapping("/api/servers/connections")
    ResponseEntity<ConnectionView> create(@RequestBody ConnectionRequest request, HttpServletRequest http) {
        ConnectionView created = settings.create(request);
        return ResponseEntity.created(URI.create(http.getContextPath()
                + UrlPath.of("api", "servers", created.serverId(), "connection"))).body(created);
    }

    /** {@code null} for a server without a connection (most only push): not an error, pages ask for every server. */
    @GetMapping("/api/servers/{id}/connection")
    Optional<ConnectionView> connection(@PathVariable String id) {
        return settings.ofServer(id);
    }

    @PutMapping("/api/servers/{id}/connection")
    ConnectionView save(@PathVariable String id, @RequestBody ConnectionRequest request) {
        return settings.save(id, request);
    }

    @DeleteMapping("/api/servers/{id}/connection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        settings.delete(id);
    }

    /** Tests the stored settings, or the ones in the body (completed by the stored secret) before saving them. */
    @PostMapping("/api/servers/{id}/connection/test")
    ConnectionTestResult test(@PathVariable String id, @RequestBody(required = false) ConnectionRequest request) {
        return collector.test(id, request);
    }

    @PostMapping("/api/servers/{id}/collect")
    CollectResult collect(@PathVariable String id) {
        return collector.collect(id);
    }

    @PostMapping("/api/collect")
    ResponseEntity<CollectProgress> collectAll() {
        return ResponseEntity.accepted().body(bulk.collectAll());
    }

    @GetMapping("/api/collect/progress")
    CollectProgress progress() {
        return bulk.progress();
    }
}
