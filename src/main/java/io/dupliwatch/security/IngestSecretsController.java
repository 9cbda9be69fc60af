package io.dupliwatch.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/ingest-secrets/{serverId}}: a new secret for a Duplicati machine-id (shown once; replaces any
 * previous one), list which servers have one, clear it. Admin only, by the URL rules.
 */
@RestController
@RequestMapping("/api/ingest-secrets")
class IngestSecretsController {

    record SecretResponse(String serverId, String secret) {
    }

    private final IngestSecrets secrets;

    IngestSecretsController(IngestSecrets secrets) {
        this.secrets = secrets;
    }

    @GetMapping
    List<IngestSecret> list() {
        return secrets.list();
    }

    @PostMapping("/{serverId}")
    @ResponseStatus(HttpStatus.CREATED)
    SecretResponse generate(@PathVariable String serverId, Authentication caller) {
        return new SecretResponse(serverId, secrets.generate(serverId, caller.getName()));
    }

    @DeleteMapping("/{serverId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String serverId) {
        secrets.clear(serverId);
    }
}
